package org.cancerregistry.abstracting.primaries;

/**
 * Whether an incoming tumor is the same primary as an existing tumor of the same patient: the SEER Solid
 * Tumor Rules simplified as the registry applies them before a registrar reviews. The first rule that
 * applies decides:
 * <ol>
 * <li>M1 unknown site (blank, malformed, C809) or histology (blank, malformed, 8000): questionable.</li>
 * <li>M2 either tumor hematopoietic or lymphoid (9590-9993): one primary when both fall in the same
 * group (see {@link Histology}), otherwise two. Site, laterality and timing are not considered.</li>
 * <li>M3 sites differ in the 2nd or 3rd character (C50x against C34x): two primaries.</li>
 * <li>M4 paired organ, one tumor right (1) and the other left (2): two primaries.</li>
 * <li>M5 paired organ, side of either tumor unknown (9, 3 one side unspecified, or blank): questionable.</li>
 * <li>M6 histologies differ in the first three digits, but an in situ tumor is followed within 60 days by
 * an invasive tumor of the same ICD-O-3 morphology block: one primary (the invasive diagnosis updates
 * the in situ one).</li>
 * <li>M7 histologies differ in the first three digits: two primaries.</li>
 * <li>M8 same site and histology diagnosed more than 365 days apart: two primaries.</li>
 * <li>M9 same site and histology diagnosed within 365 days: one primary.</li>
 * <li>M10 same site and histology, dates too incomplete to tell: questionable.</li>
 * </ol>
 * Partial dates are read as the range of days they allow; a timing rule applies only when it holds for
 * every reading, and the reason says when the decision relied on a partial date.
 */
public final class MultiplePrimaryRules {

    static final String UNKNOWN_SITE_OR_HISTOLOGY = "M1 unknown site or histology";
    static final String HEMATOPOIETIC = "M2 hematopoietic or lymphoid";
    static final String DIFFERENT_SITE = "M3 different site";
    static final String DIFFERENT_SIDES = "M4 paired organ, different sides";
    static final String SIDE_UNKNOWN = "M5 paired organ, side unknown";
    static final String IN_SITU_THEN_INVASIVE = "M6 in situ then invasive within 60 days";
    static final String DIFFERENT_HISTOLOGY = "M7 different histology";
    static final String MORE_THAN_A_YEAR_APART = "M8 more than one year apart";
    static final String WITHIN_A_YEAR = "M9 within one year";
    static final String TIMING_UNKNOWN = "M10 timing unknown";

    private static final int ONE_YEAR_DAYS = 365;
    private static final int IN_SITU_WINDOW_DAYS = 60;

    public PrimaryComparison compare(TumorFacts existing, TumorFacts incoming) {
        int siteA = PrimarySite.parse(existing.primarySite());
        int siteB = PrimarySite.parse(incoming.primarySite());
        int histologyA = Histology.parse(existing.histology());
        int histologyB = Histology.parse(incoming.histology());

        if (siteA == PrimarySite.UNKNOWN || siteB == PrimarySite.UNKNOWN) {
            return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, UNKNOWN_SITE_OR_HISTOLOGY,
                    "The primary site of at least one tumor is unknown or invalid ("
                            + existing.primarySite() + ", " + incoming.primarySite() + ").");
        }
        if (histologyA == Histology.UNKNOWN || histologyB == Histology.UNKNOWN) {
            return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, UNKNOWN_SITE_OR_HISTOLOGY,
                    "The histology of at least one tumor is unknown, NOS or invalid ("
                            + existing.histology() + ", " + incoming.histology() + ").");
        }
        if (Histology.isHematopoietic(histologyA) || Histology.isHematopoietic(histologyB)) {
            return hematopoietic(histologyA, histologyB);
        }
        if (siteA / 10 != siteB / 10) {
            return new PrimaryComparison(PrimaryDecision.MULTIPLE, DIFFERENT_SITE,
                    "Different primary sites: " + PrimarySite.code(siteA) + " and " + PrimarySite.code(siteB) + ".");
        }
        if (PrimarySite.isPaired(siteA) && PrimarySite.isPaired(siteB)) {
            PrimaryComparison sides = sides(existing.laterality(), incoming.laterality());
            if (sides != null) {
                return sides;
            }
        }
        DiagnosisDate dateA = DiagnosisDate.parse(existing.dateOfDiagnosis());
        DiagnosisDate dateB = DiagnosisDate.parse(incoming.dateOfDiagnosis());
        if (!Histology.sameFirstThreeDigits(histologyA, histologyB)) {
            PrimaryComparison inSitu = inSituThenInvasive(existing, incoming, histologyA, histologyB, dateA, dateB);
            if (inSitu != null) {
                return inSitu;
            }
            return new PrimaryComparison(PrimaryDecision.MULTIPLE, DIFFERENT_HISTOLOGY,
                    "Different histologies: " + histologyA + " and " + histologyB + ".");
        }
        return timing(dateA, dateB);
    }

    private static PrimaryComparison hematopoietic(int histologyA, int histologyB) {
        if (!Histology.isHematopoietic(histologyA) || !Histology.isHematopoietic(histologyB)) {
            return new PrimaryComparison(PrimaryDecision.MULTIPLE, HEMATOPOIETIC,
                    "A solid tumor and a hematopoietic or lymphoid neoplasm (" + histologyA + ", " + histologyB
                            + ") are separate primaries.");
        }
        String groupA = Histology.hematopoieticGroup(histologyA);
        String groupB = Histology.hematopoieticGroup(histologyB);
        if (groupA.equals(groupB)) {
            return new PrimaryComparison(PrimaryDecision.SINGLE, HEMATOPOIETIC,
                    "Both are " + groupA + " (" + histologyA + ", " + histologyB
                            + "); hematopoietic neoplasms of one group are one primary whatever the site or date.");
        }
        return new PrimaryComparison(PrimaryDecision.MULTIPLE, HEMATOPOIETIC,
                "Different hematopoietic groups: " + groupA + " (" + histologyA + ") and " + groupB + " ("
                        + histologyB + ").");
    }

    /** M4 or M5 for a paired organ, or null when the sides do not decide. */
    private static PrimaryComparison sides(String lateralityA, String lateralityB) {
        String a = lateralityA == null ? "" : lateralityA.strip();
        String b = lateralityB == null ? "" : lateralityB.strip();
        if ((a.equals("1") && b.equals("2")) || (a.equals("2") && b.equals("1"))) {
            return new PrimaryComparison(PrimaryDecision.MULTIPLE, DIFFERENT_SIDES,
                    "Paired organ with tumors on opposite sides (laterality " + a + " and " + b + ").");
        }
        if (isSideUnknown(a) || isSideUnknown(b)) {
            return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, SIDE_UNKNOWN,
                    "Paired organ and the side of at least one tumor is not known (laterality '" + a + "' and '"
                            + b + "'): they may be on opposite sides.");
        }
        return null;
    }

    private static boolean isSideUnknown(String laterality) {
        return laterality.isEmpty() || laterality.equals("9") || laterality.equals("3");
    }

    /** M6 when it decides (one primary, or questionable for lack of dates), null when it does not apply. */
    private static PrimaryComparison inSituThenInvasive(TumorFacts existing, TumorFacts incoming, int histologyA,
                                                        int histologyB, DiagnosisDate dateA, DiagnosisDate dateB) {
        String behaviorA = existing.behavior() == null ? "" : existing.behavior().strip();
        String behaviorB = incoming.behavior() == null ? "" : incoming.behavior().strip();
        boolean inSituFirst = behaviorA.equals("2") && behaviorB.equals("3");
        boolean invasiveFirst = behaviorA.equals("3") && behaviorB.equals("2");
        if (!(inSituFirst || invasiveFirst) || !Histology.solidGroup(histologyA).equals(Histology.solidGroup(histologyB))) {
            return null;
        }
        String group = Histology.solidGroup(histologyA);
        if (!dateA.isKnown() || !dateB.isKnown()) {
            return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, IN_SITU_THEN_INVASIVE,
                    "In situ and invasive " + group + ", but a diagnosis date is missing, so whether the invasive "
                            + "tumor followed within 60 days cannot be told.");
        }
        DaysBetween inSituToInvasive = inSituFirst ? DaysBetween.of(dateA, dateB) : DaysBetween.of(dateB, dateA);
        if (inSituToInvasive.min() >= 0 && inSituToInvasive.max() <= IN_SITU_WINDOW_DAYS) {
            return new PrimaryComparison(PrimaryDecision.SINGLE, IN_SITU_THEN_INVASIVE,
                    "In situ then invasive " + group + " " + apart(inSituToInvasive.max(), "at most", dateA, dateB)
                            + ", within " + IN_SITU_WINDOW_DAYS + " days: one primary, the invasive diagnosis updates it.");
        }
        if (inSituToInvasive.max() < 0 || inSituToInvasive.min() > IN_SITU_WINDOW_DAYS) {
            return null;
        }
        return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, IN_SITU_THEN_INVASIVE,
                "In situ and invasive " + group + "; the partial dates " + dateA.text() + " and " + dateB.text()
                        + " allow both within and beyond 60 days.");
    }

    private static PrimaryComparison timing(DiagnosisDate dateA, DiagnosisDate dateB) {
        if (!dateA.isKnown() || !dateB.isKnown()) {
            return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, TIMING_UNKNOWN,
                    "Same site and histology, but a diagnosis date is missing ('" + dateA.text() + "', '"
                            + dateB.text() + "').");
        }
        DaysBetween days = DaysBetween.of(dateA, dateB);
        if (days.closest() > ONE_YEAR_DAYS) {
            return new PrimaryComparison(PrimaryDecision.MULTIPLE, MORE_THAN_A_YEAR_APART,
                    "Same site and histology diagnosed " + apart(days.closest(), "at least", dateA, dateB)
                            + ", more than one year: separate primaries.");
        }
        if (days.farthest() <= ONE_YEAR_DAYS) {
            return new PrimaryComparison(PrimaryDecision.SINGLE, WITHIN_A_YEAR,
                    "Same site and histology diagnosed " + apart(days.farthest(), "at most", dateA, dateB)
                            + ", within one year: one primary.");
        }
        return new PrimaryComparison(PrimaryDecision.QUESTIONABLE, TIMING_UNKNOWN,
                "Same site and histology; the partial dates " + dateA.text() + " and " + dateB.text()
                        + " allow between " + days.closest() + " and " + days.farthest() + " days apart.");
    }

    /** "200 days apart", or for partial dates the bound that holds for every day they can mean. */
    private static String apart(long days, String bound, DiagnosisDate a, DiagnosisDate b) {
        if (a.isExact() && b.isExact()) {
            return days + " days apart";
        }
        return bound + " " + days + " days apart (partial dates " + a.text() + " and " + b.text()
                + ", taking unknown months and days at their " + (bound.equals("at least") ? "closest" : "farthest") + ")";
    }
}
