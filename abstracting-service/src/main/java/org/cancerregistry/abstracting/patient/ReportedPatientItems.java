package org.cancerregistry.abstracting.patient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;

/** The NAACCR patient items a pathology report gives for a patient the registry does not know yet. */
public final class ReportedPatientItems {

    // HL7 table 0001 to NAACCR v26 sexAssignedAtBirth (225), whose codes are 1 male, 2 female and 9 unknown: ambiguous (A),
    // not applicable (N), other (O) and unknown (U) say nothing of the sex assigned at birth.
    private static final Map<String, String> SEX = Map.of("M", "1", "F", "2", "A", "9", "U", "9", "N", "9", "O", "9");
    // CDC race codes (HL7 table 0005) to NAACCR race1 (160).
    private static final Map<String, String> RACE = Map.of(
            "2106-3", "01", "2054-5", "02", "1002-5", "03", "2028-9", "96", "2076-8", "97", "2131-1", "98");

    /** An identifier of the patient other than the SSN, which is an item of its own. */
    public record Identifier(String type, String value) {
    }

    private ReportedPatientItems() {
    }

    public static List<Identifier> identifiers(ReportedPatient patient) {
        return patient.identifiers() == null ? List.of() : patient.identifiers().stream()
                .filter(id -> id.type() != null && id.value() != null && !id.value().isBlank() && !"SS".equals(id.type()))
                .map(id -> new Identifier(id.type(), id.value().trim()))
                .toList();
    }

    public static Map<String, String> of(ReportedPatient patient) {
        Map<String, String> items = new LinkedHashMap<>();
        put(items, "nameLast", patient.lastName());
        put(items, "nameFirst", patient.firstName());
        put(items, "nameMiddle", patient.middleName());
        put(items, "dateOfBirth", patient.dateOfBirth());
        put(items, "socialSecurityNumber", patient.ssn());
        put(items, "sexAssignedAtBirth", SEX.getOrDefault(blank(patient.sex()), "9"));
        put(items, "race1", RACE.getOrDefault(blank(patient.race()), "99"));
        if (patient.address() != null) {
            put(items, "addrCurrentCity", patient.address().city());
            put(items, "addrCurrentState", patient.address().state());
            put(items, "addrCurrentPostalCode", blank(patient.address().postalCode()).replace("-", ""));
        }
        return items;
    }

    private static void put(Map<String, String> items, String naaccrId, String value) {
        if (value != null && !value.isBlank()) {
            items.put(naaccrId, value.trim());
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }
}
