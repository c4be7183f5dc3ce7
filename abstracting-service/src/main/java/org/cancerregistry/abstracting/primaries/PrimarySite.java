package org.cancerregistry.abstracting.primaries;

/**
 * ICD-O-3 topography as a number 0-809 ({@code C509} is 509), and the paired organs for which laterality
 * separates primaries.
 */
final class PrimarySite {

    static final int UNKNOWN = -1;
    private static final int UNKNOWN_PRIMARY_SITE = 809;

    /**
     * Paired sites, transcribed in part from the SEER Program Coding and Staging Manual laterality list.
     * Lung includes C342, the middle lobe: it exists only in the right lung, so its laterality is always
     * right, and a left-lung tumor against a middle-lobe tumor is correctly two sides. Nasal septum and
     * cartilage, trachea and the sternum are midline and left out.
     */
    private static final int[][] PAIRED_RANGES = {
            {79, 79},     // parotid gland
            {80, 81},     // submandibular and sublingual glands
            {90, 99},     // tonsil
            {300, 301},   // nasal cavity, middle ear
            {310, 310},   // maxillary sinus
            {312, 312},   // frontal sinus
            {340, 349},   // main bronchus and lung
            {384, 384},   // pleura
            {400, 403},   // long and short bones of the limbs
            {413, 414},   // rib and clavicle, pelvic bones
            {441, 443},   // skin of eyelid, external ear, face
            {445, 447},   // skin of trunk and limbs
            {471, 472},   // peripheral nerves of the limbs
            {491, 492},   // connective tissue of the limbs
            {500, 509},   // breast
            {569, 570},   // ovary, fallopian tube
            {620, 629},   // testis
            {630, 631},   // epididymis, spermatic cord
            {649, 649},   // kidney
            {659, 659},   // renal pelvis
            {669, 669},   // ureter
            {690, 699},   // eye and adnexa
            {700, 700},   // cerebral meninges
            {710, 714},   // cerebrum and its lobes
            {722, 725},   // olfactory, optic, acoustic and other cranial nerves
            {740, 749},   // adrenal gland
            {754, 754},   // carotid body
    };

    private static final boolean[] PAIRED = new boolean[UNKNOWN_PRIMARY_SITE + 1];

    static {
        for (int[] range : PAIRED_RANGES) {
            for (int site = range[0]; site <= range[1]; site++) {
                PAIRED[site] = true;
            }
        }
    }

    private PrimarySite() {
    }

    /** 0-808, or {@link #UNKNOWN} when blank, malformed or C809 (unknown primary site). */
    static int parse(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String value = code.strip();
        if (value.length() == 5 && value.charAt(3) == '.') {
            value = value.substring(0, 3) + value.charAt(4);
        }
        if (value.length() != 4 || Character.toUpperCase(value.charAt(0)) != 'C') {
            return UNKNOWN;
        }
        int site = 0;
        for (int i = 1; i < 4; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return UNKNOWN;
            }
            site = site * 10 + (c - '0');
        }
        return site >= UNKNOWN_PRIMARY_SITE ? UNKNOWN : site;
    }

    static boolean isPaired(int site) {
        return PAIRED[site];
    }

    static String code(int site) {
        return "C" + (site < 100 ? (site < 10 ? "00" : "0") : "") + site;
    }
}
