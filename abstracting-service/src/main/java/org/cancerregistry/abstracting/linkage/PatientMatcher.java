package org.cancerregistry.abstracting.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether an incoming person (from a pathology report) is a given registry patient.
 *
 * <p>Deterministic rules come first, in this order:
 * <ol>
 * <li>SSN agrees: link, unless the first name or the date of birth disagrees outright, in which case one of
 * the two records carries a wrong SSN and a registrar must look (REVIEW, never an automatic link).</li>
 * <li>Generational suffixes differ (Jr against Sr): father and son, a new patient.</li>
 * <li>Twin pattern: same last name and full date of birth, first names unrelated (not a typo, nickname,
 * initial or middle name): a new patient. Family members share last name, birth date and address, which
 * Fellegi-Sunter's independence assumption would otherwise add up to a link.</li>
 * <li>Last name (or previous last name), first name, full date of birth and sex all agree exactly after
 * normalisation, and the SSNs do not disagree: link.</li>
 * </ol>
 * Otherwise the Fellegi-Sunter weights of all fields are summed and held against the thresholds. A weight
 * above the upper threshold still goes to review when the first name, date of birth, sex or SSN disagrees
 * outright: namesakes and relatives reach high weights on shared names and addresses.
 */
public final class PatientMatcher {

    private static final String LAST_NAME = "lastName";
    private static final String FIRST_NAME = "firstName";
    private static final String MIDDLE_NAME = "middleName";
    private static final String DATE_OF_BIRTH = "dateOfBirth";
    private static final String SEX = "sex";
    private static final String SSN = "ssn";
    private static final String POSTAL_CODE = "postalCode";

    /** Outright disagreement on any of these keeps a high weight from linking automatically. */
    private static final List<String> CONFLICTING_FIELDS = List.of(FIRST_NAME, DATE_OF_BIRTH, SEX, SSN);

    private final LinkageThresholds thresholds;

    public PatientMatcher(LinkageThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public LinkageScore compare(PersonRecord incoming, PersonRecord candidate) {
        NormalizedPerson a = NormalizedPerson.of(incoming);
        NormalizedPerson b = NormalizedPerson.of(candidate);

        Map<String, Outcome> outcomes = new LinkedHashMap<>(10);
        outcomes.put(LAST_NAME, NameComparison.lastName(a, b));
        outcomes.put(FIRST_NAME, NameComparison.firstName(a, b));
        outcomes.put(MIDDLE_NAME, NameComparison.middleName(a, b));
        outcomes.put(DATE_OF_BIRTH, BirthDateComparison.compare(a.birthDate(), b.birthDate()));
        outcomes.put(SEX, SexComparison.compare(a.sex(), b.sex()));
        outcomes.put(SSN, SsnComparison.compare(a.ssn(), b.ssn()));
        outcomes.put(POSTAL_CODE, PostalCodeComparison.compare(a.postalCode(), b.postalCode()));

        double weight = 0;
        Map<String, FieldAgreement> fields = new LinkedHashMap<>(10);
        for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
            weight += entry.getValue().weight();
            fields.put(entry.getKey(), entry.getValue().agreement());
        }
        return decide(weight, fields, a, b);
    }

    private LinkageScore decide(double weight, Map<String, FieldAgreement> fields,
                                NormalizedPerson a, NormalizedPerson b) {
        FieldAgreement last = fields.get(LAST_NAME);
        FieldAgreement first = fields.get(FIRST_NAME);
        FieldAgreement birthDate = fields.get(DATE_OF_BIRTH);
        FieldAgreement ssn = fields.get(SSN);

        if (ssn == FieldAgreement.AGREE) {
            boolean conflicting = first == FieldAgreement.DISAGREE || birthDate == FieldAgreement.DISAGREE;
            return conflicting
                    ? new LinkageScore(weight, LinkDecision.REVIEW, "deterministic: SSN with conflicting name or DOB", fields)
                    : new LinkageScore(weight, LinkDecision.LINK, "deterministic: SSN", fields);
        }
        String suffixA = a.generationalSuffix();
        String suffixB = b.generationalSuffix();
        if (suffixA != null && suffixB != null && !suffixA.equals(suffixB)) {
            return new LinkageScore(weight, LinkDecision.NEW_PATIENT, "deterministic: generational suffix differs", fields);
        }
        if (last == FieldAgreement.AGREE && birthDate == FieldAgreement.AGREE && first == FieldAgreement.DISAGREE) {
            return new LinkageScore(weight, LinkDecision.NEW_PATIENT, "deterministic: twin pattern", fields);
        }
        if (last == FieldAgreement.AGREE && first == FieldAgreement.AGREE && birthDate == FieldAgreement.AGREE
                && fields.get(SEX) == FieldAgreement.AGREE && ssn != FieldAgreement.DISAGREE) {
            return new LinkageScore(weight, LinkDecision.LINK, "deterministic: name+DOB+sex", fields);
        }

        if (weight < thresholds.lower()) {
            return new LinkageScore(weight, LinkDecision.NEW_PATIENT, "probabilistic", fields);
        }
        if (weight < thresholds.upper()) {
            return new LinkageScore(weight, LinkDecision.REVIEW, "probabilistic", fields);
        }
        List<String> conflicts = new ArrayList<>(4);
        for (String field : CONFLICTING_FIELDS) {
            if (fields.get(field) == FieldAgreement.DISAGREE) {
                conflicts.add(field);
            }
        }
        if (!conflicts.isEmpty()) {
            return new LinkageScore(weight, LinkDecision.REVIEW,
                    "probabilistic, conflicting " + String.join(", ", conflicts), fields);
        }
        return new LinkageScore(weight, LinkDecision.LINK, "probabilistic", fields);
    }
}
