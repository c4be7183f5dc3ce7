package org.cancerregistry.abstracting.tumor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.cancerregistry.abstracting.report.PathologyReport;

/** The NAACCR tumor items a pathology report fills in for a new tumor: the path report items and its text. */
public final class ReportedTumorItems {

    // NAACCR textDxProcPath (2570) holds at most 4000 characters.
    private static final int TEXT_LENGTH = 4000;
    // Surgical pathology, synoptic and comprehensive reports are NAACCR pathReportType1 (7480) 01, pathology.
    private static final Set<String> PATHOLOGY_REPORT_TYPES = Set.of("11529-5", "60568-3", "60567-5");

    private ReportedTumorItems() {
    }

    public static Map<String, String> of(PathologyReport report) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("pathReportingFacId1", report.labClia);
        items.put("pathReportNumber1", report.accessionNumber);
        if (report.specimenCollectionDate != null && !report.specimenCollectionDate.isBlank()) {
            items.put("pathDateSpecCollect1", isoDate(report.specimenCollectionDate));
        }
        if (PATHOLOGY_REPORT_TYPES.contains(report.reportTypeLoinc)) {
            items.put("pathReportType1", "01");
        }
        String text = report.diagnosisText();
        if (!text.isBlank()) {
            items.put("textDxProcPath", text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text);
        }
        report.patient.identifiers().stream()
                .filter(id -> "MR".equals(id.type()) && id.value().length() <= 15)
                .findFirst()
                .ifPresent(mrn -> items.put("medicalRecordNumber", mrn.value()));
        return items;
    }

    /** NAACCR dateTime items are ISO 8601: YYYYMMDD becomes YYYY-MM-DD, YYYYMM becomes YYYY-MM. */
    static String isoDate(String naaccrDate) {
        return switch (naaccrDate.length()) {
            case 8 -> naaccrDate.substring(0, 4) + "-" + naaccrDate.substring(4, 6) + "-" + naaccrDate.substring(6);
            case 6 -> naaccrDate.substring(0, 4) + "-" + naaccrDate.substring(4);
            default -> naaccrDate;
        };
    }
}
