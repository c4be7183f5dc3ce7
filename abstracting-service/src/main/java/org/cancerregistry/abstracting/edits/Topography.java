package org.cancerregistry.abstracting.edits;

import java.util.Map;
import java.util.regex.Pattern;

/** ICD-O-3 topography (primary site) codes and the site groups the edits use. */
final class Topography {

    private static final Pattern SHAPE = Pattern.compile("C\\d{3}");

    /** Valid fourth characters of each three-character ICD-O-3 site category (C00-C80). */
    private static final Map<String, String> SUBSITES = Map.ofEntries(
            Map.entry("C00", "012345689"), Map.entry("C01", "9"), Map.entry("C02", "0123489"), Map.entry("C03", "019"),
            Map.entry("C04", "0189"), Map.entry("C05", "01289"), Map.entry("C06", "01289"), Map.entry("C07", "9"),
            Map.entry("C08", "0189"), Map.entry("C09", "0189"), Map.entry("C10", "0123489"), Map.entry("C11", "012389"),
            Map.entry("C12", "9"), Map.entry("C13", "01289"), Map.entry("C14", "028"), Map.entry("C15", "01234589"),
            Map.entry("C16", "012345689"), Map.entry("C17", "012389"), Map.entry("C18", "0123456789"),
            Map.entry("C19", "9"), Map.entry("C20", "9"), Map.entry("C21", "0128"), Map.entry("C22", "01"),
            Map.entry("C23", "9"), Map.entry("C24", "0189"), Map.entry("C25", "01234789"), Map.entry("C26", "089"),
            Map.entry("C30", "01"), Map.entry("C31", "012389"), Map.entry("C32", "012389"), Map.entry("C33", "9"),
            Map.entry("C34", "012389"), Map.entry("C37", "9"), Map.entry("C38", "012348"), Map.entry("C39", "089"),
            Map.entry("C40", "012389"), Map.entry("C41", "0123489"), Map.entry("C42", "01234"),
            Map.entry("C44", "0123456789"), Map.entry("C47", "012345689"), Map.entry("C48", "0128"),
            Map.entry("C49", "012345689"), Map.entry("C50", "012345689"), Map.entry("C51", "01289"),
            Map.entry("C52", "9"), Map.entry("C53", "0189"), Map.entry("C54", "012389"), Map.entry("C55", "9"),
            Map.entry("C56", "9"), Map.entry("C57", "01234789"), Map.entry("C58", "9"), Map.entry("C60", "01289"),
            Map.entry("C61", "9"), Map.entry("C62", "019"), Map.entry("C63", "012789"), Map.entry("C64", "9"),
            Map.entry("C65", "9"), Map.entry("C66", "9"), Map.entry("C67", "0123456789"), Map.entry("C68", "0189"),
            Map.entry("C69", "012345689"), Map.entry("C70", "019"), Map.entry("C71", "0123456789"),
            Map.entry("C72", "01234589"), Map.entry("C73", "9"), Map.entry("C74", "019"), Map.entry("C75", "01234589"),
            Map.entry("C76", "01234578"), Map.entry("C77", "01234589"), Map.entry("C80", "9"));

    /**
     * Sites whose laterality must be coded (SEER paired organs): salivary glands, tonsils, nasal cavity and middle ear,
     * maxillary and frontal sinuses, main bronchus and lung, pleura, bones of the limbs, ribs and pelvis, skin of the
     * eyelid, ear, face, trunk and limbs, nerves and soft tissue of the limbs, breast, ovary, fallopian tube, testis,
     * epididymis, spermatic cord, kidney, renal pelvis, ureter, eye and adnexa, cerebral meninges, cerebrum, cranial
     * nerves, adrenal gland, carotid body.
     */
    private static final String[][] PAIRED_ORGANS = {
            {"C079", "C081"}, {"C090", "C099"}, {"C300", "C301"}, {"C310", "C310"}, {"C312", "C312"},
            {"C340", "C349"}, {"C384", "C384"}, {"C400", "C403"}, {"C413", "C414"}, {"C441", "C443"},
            {"C445", "C447"}, {"C470", "C472"}, {"C491", "C492"}, {"C500", "C509"}, {"C569", "C569"},
            {"C570", "C570"}, {"C620", "C631"}, {"C649", "C649"}, {"C659", "C659"}, {"C669", "C669"},
            {"C690", "C699"}, {"C700", "C700"}, {"C710", "C714"}, {"C722", "C725"}, {"C740", "C749"},
            {"C754", "C754"}};

    /**
     * Sites without an epithelium and basement membrane, where a tumor cannot be in situ: bone and marrow, blood and
     * reticuloendothelial system, peripheral nerves, soft tissue, brain and CNS, pituitary, craniopharyngeal duct and
     * pineal gland, lymph nodes, unknown primary site.
     */
    private static final String[][] NO_IN_SITU = {
            {"C400", "C424"}, {"C470", "C479"}, {"C490", "C499"}, {"C700", "C729"}, {"C751", "C753"},
            {"C770", "C779"}, {"C809", "C809"}};

    /** Brain and CNS, where benign and borderline tumors are reportable. */
    private static final String[][] CENTRAL_NERVOUS_SYSTEM = {{"C700", "C729"}, {"C751", "C753"}};

    private Topography() {
    }

    static boolean isValid(String site) {
        if (!SHAPE.matcher(site).matches()) {
            return false;
        }
        String subsites = SUBSITES.get(site.substring(0, 3));
        return subsites != null && subsites.indexOf(site.charAt(3)) >= 0;
    }

    static boolean isPairedOrgan(String site) {
        return inAny(site, PAIRED_ORGANS);
    }

    static boolean allowsInSitu(String site) {
        return !inAny(site, NO_IN_SITU);
    }

    static boolean isCentralNervousSystem(String site) {
        return inAny(site, CENTRAL_NERVOUS_SYSTEM);
    }

    /** Male genital organs (C600-C639): coded male when sex is not known. */
    static boolean isMaleOnly(String site) {
        return between(site, "C600", "C639");
    }

    /** Female genital organs and placenta (C510-C589): coded female when sex is not known. */
    static boolean isFemaleOnly(String site) {
        return between(site, "C510", "C589");
    }

    static boolean between(String site, String first, String last) {
        return SHAPE.matcher(site).matches() && site.compareTo(first) >= 0 && site.compareTo(last) <= 0;
    }

    private static boolean inAny(String site, String[][] ranges) {
        for (String[] range : ranges) {
            if (between(site, range[0], range[1])) {
                return true;
            }
        }
        return false;
    }
}
