package org.cancerregistry.followup.eligibility;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which tumors the Commission on Cancer leaves out of the follow-up rate, read from NAACCR items
 * keyed by naaccrId.
 */
public final class CocEligibility {

    // NAACCR codes addrAtDxState "XX" for a resident of a country other than the US or Canada whose
    // country is known, "YY" for one whose country is unknown.
    private static final Set<String> OTHER_COUNTRY = Set.of("XX", "YY");
    private static final int AGE_UNKNOWN = 999;

    private CocEligibility() {
    }

    /**
     * The first exclusion that applies to the tumor, in the order non-analytic, foreign resident,
     * age over 100, in situ cervix, basal and squamous skin, benign or borderline. An item is read
     * from the tumor's items first and from the patient's when the tumor does not carry it, since
     * NAACCR files differ in the level they place some items on.
     */
    public static Optional<Exclusion> exclusion(Map<String, String> patientItems, Map<String, String> tumorItems) {
        Items items = new Items(patientItems, tumorItems);
        if (!isAnalytic(items.get("classOfCase"))) {
            return Optional.of(Exclusion.NON_ANALYTIC);
        }
        if (OTHER_COUNTRY.contains(items.get("addrAtDxState").toUpperCase())) {
            return Optional.of(Exclusion.FOREIGN_RESIDENT);
        }
        int age = number(items.get("ageAtDiagnosis"), 3);
        if (age > 100 && age != AGE_UNKNOWN) {
            return Optional.of(Exclusion.AGE_OVER_100);
        }
        String site = items.get("primarySite").toUpperCase();
        String behavior = items.get("behaviorCodeIcdO3");
        if (isSiteIn(site, "C53") && behavior.equals("2")) {
            return Optional.of(Exclusion.IN_SITU_CERVIX);
        }
        int histology = number(items.get("histologicTypeIcdO3"), 4);
        if (isSiteIn(site, "C44") && histology >= 8000 && histology <= 8110) {
            return Optional.of(Exclusion.SKIN_BASAL_SQUAMOUS);
        }
        if (behavior.equals("0") || behavior.equals("1")) {
            return Optional.of(Exclusion.BENIGN_OR_BORDERLINE);
        }
        return Optional.empty();
    }

    /** A patient is followed, and counted in the rate, when at least one of their tumors is eligible. */
    public static boolean isEligible(Map<String, String> patientItems, Collection<Map<String, String>> tumors) {
        return tumors.stream().anyMatch(tumorItems -> exclusion(patientItems, tumorItems).isEmpty());
    }

    /** Analytic cases are class of case 00 through 22; a missing or malformed class cannot be shown analytic. */
    private static boolean isAnalytic(String classOfCase) {
        int code = number(classOfCase, 2);
        return code >= 0 && code <= 22;
    }

    /** Topography codes of one ICD-O-3 site: the site followed by one subsite digit, e.g. C530-C539. */
    private static boolean isSiteIn(String primarySite, String site) {
        return primarySite.length() == 4 && primarySite.startsWith(site) && Character.isDigit(primarySite.charAt(3));
    }

    /** The item as a number of exactly that many digits, or -1 when it is not one. */
    private static int number(String item, int digits) {
        if (item.length() != digits || !item.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(item);
    }

    private record Items(Map<String, String> patient, Map<String, String> tumor) {

        String get(String naaccrId) {
            String value = tumor.get(naaccrId);
            if (value == null || value.isBlank()) {
                value = patient.get(naaccrId);
            }
            return value == null ? "" : value.strip();
        }
    }
}
