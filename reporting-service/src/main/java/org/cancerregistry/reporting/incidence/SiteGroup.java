package org.cancerregistry.reporting.incidence;

/**
 * Primary site groups after the SEER site recode (ICD-O-3/WHO 2008), a subset: the common sites, then
 * "Other". As in SEER, lymphomas, myeloma and leukemias go by histology whatever the site, and
 * mesothelioma and Kaposi sarcoma (9050-9055, 9140) and other hematopoietic histologies (9590-9993)
 * are left out of the site groups.
 */
public enum SiteGroup {
    ORAL_CAVITY_AND_PHARYNX("Oral cavity and pharynx"),
    ESOPHAGUS("Esophagus"),
    STOMACH("Stomach"),
    COLON_AND_RECTUM("Colon and rectum"),
    ANUS("Anus"),
    LIVER_AND_BILE_DUCT("Liver and intrahepatic bile duct"),
    PANCREAS("Pancreas"),
    LARYNX("Larynx"),
    LUNG_AND_BRONCHUS("Lung and bronchus"),
    MELANOMA_OF_THE_SKIN("Melanoma of the skin"),
    BREAST("Breast"),
    CERVIX_UTERI("Cervix uteri"),
    CORPUS_AND_UTERUS("Corpus and uterus NOS"),
    OVARY("Ovary"),
    PROSTATE("Prostate"),
    TESTIS("Testis"),
    URINARY_BLADDER("Urinary bladder"),
    KIDNEY_AND_RENAL_PELVIS("Kidney and renal pelvis"),
    BRAIN_AND_NERVOUS_SYSTEM("Brain and other nervous system"),
    THYROID("Thyroid"),
    LYMPHOMA("Lymphoma"),
    MYELOMA("Myeloma"),
    LEUKEMIA("Leukemia"),
    OTHER("Other");

    private final String label;

    SiteGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param primarySite ICD-O-3 topography, e.g. C504
     * @param histology   ICD-O-3 histology (4 digits), e.g. 8500
     */
    public static SiteGroup of(String primarySite, String histology) {
        int type = histology != null && histology.matches("\\d{4}") ? Integer.parseInt(histology) : -1;
        if (type >= 9590 && type <= 9729) {
            return LYMPHOMA;
        }
        if (type == 9731 || type == 9732 || type == 9734) {
            return MYELOMA;
        }
        if (type == 9733 || type == 9742 || (type >= 9800 && type <= 9948) || type == 9963 || type == 9964) {
            return LEUKEMIA;
        }
        if ((type >= 9050 && type <= 9055) || type == 9140 || type >= 9590) {
            return OTHER;
        }
        if (primarySite == null || !primarySite.matches("C\\d{3}")) {
            return OTHER;
        }
        int site = Integer.parseInt(primarySite.substring(1));
        if (site <= 148) {
            return ORAL_CAVITY_AND_PHARYNX;
        }
        if (site >= 150 && site <= 159) {
            return ESOPHAGUS;
        }
        if (site >= 160 && site <= 169) {
            return STOMACH;
        }
        if ((site >= 180 && site <= 189) || site == 199 || site == 209 || site == 260) {
            return COLON_AND_RECTUM;
        }
        if (site >= 210 && site <= 218) {
            return ANUS;
        }
        if (site == 220 || site == 221) {
            return LIVER_AND_BILE_DUCT;
        }
        if (site >= 250 && site <= 259) {
            return PANCREAS;
        }
        if (site >= 320 && site <= 329) {
            return LARYNX;
        }
        if (site >= 340 && site <= 349) {
            return LUNG_AND_BRONCHUS;
        }
        if (site >= 440 && site <= 449) {
            return type >= 8720 && type <= 8790 ? MELANOMA_OF_THE_SKIN : OTHER;
        }
        if (site >= 500 && site <= 509) {
            return BREAST;
        }
        if (site >= 530 && site <= 539) {
            return CERVIX_UTERI;
        }
        if ((site >= 540 && site <= 549) || site == 559) {
            return CORPUS_AND_UTERUS;
        }
        if (site == 569) {
            return OVARY;
        }
        if (site == 619) {
            return PROSTATE;
        }
        if (site >= 620 && site <= 629) {
            return TESTIS;
        }
        if (site >= 670 && site <= 679) {
            return URINARY_BLADDER;
        }
        if (site == 649 || site == 659) {
            return KIDNEY_AND_RENAL_PELVIS;
        }
        if (site >= 700 && site <= 729) {
            return BRAIN_AND_NERVOUS_SYSTEM;
        }
        if (site == 739) {
            return THYROID;
        }
        return OTHER;
    }
}
