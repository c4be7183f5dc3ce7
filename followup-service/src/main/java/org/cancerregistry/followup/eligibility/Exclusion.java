package org.cancerregistry.followup.eligibility;

/** Why a tumor does not count toward the Commission on Cancer follow-up rate. */
public record Exclusion(String code, String reason) {

    public static final Exclusion NON_ANALYTIC =
            new Exclusion("NON_ANALYTIC", "Class of case is not analytic (00-22)");
    public static final Exclusion FOREIGN_RESIDENT =
            new Exclusion("FOREIGN_RESIDENT", "Resident of another country at diagnosis");
    public static final Exclusion AGE_OVER_100 =
            new Exclusion("AGE_OVER_100", "Over 100 years old at diagnosis");
    public static final Exclusion IN_SITU_CERVIX =
            new Exclusion("IN_SITU_CERVIX", "In situ carcinoma of the cervix");
    public static final Exclusion SKIN_BASAL_SQUAMOUS =
            new Exclusion("SKIN_BASAL_SQUAMOUS", "Basal or squamous cell carcinoma of the skin");
    public static final Exclusion BENIGN_OR_BORDERLINE =
            new Exclusion("BENIGN_OR_BORDERLINE", "Benign or borderline behavior");
}
