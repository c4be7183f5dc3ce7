package org.cancerregistry.abstracting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.report.PathologyReportReceived.Address;
import org.cancerregistry.abstracting.report.PathologyReportReceived.Identifier;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportSection;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.cancerregistry.abstracting.report.PathologyReportReceived.Screening;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every value PathologyReportReceived allows (intake's JSON Schema maxima) fits abstracting's columns. */
@QuarkusTest
class ContractLimitsTest {

    private static final int MAX_REPORT_TEXT = 262_144;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldStoreAndQueueAReportWithEveryFieldAtItsContractMaximum() throws Exception {
        String unique = UUID.randomUUID().toString().replace("-", "");
        ReportedPatient patient = new ReportedPatient(
                List.of(new Identifier("SS", digits(unique, 100)), new Identifier("MRNUMBER10", "MR" + "x".repeat(98)),
                        new Identifier("PASSPORT10", unique + "y".repeat(100 - unique.length()))),
                name(unique, 40), name(unique.substring(5), 40), name(unique.substring(9), 40), "19610229", "F",
                "2106-3".repeat(3) + "XX", new Address("1 Main St", "Albany", "NY", "12207-1234", "001"));
        String half = "Infiltrating duct carcinoma. ".repeat(MAX_REPORT_TEXT / 2 / 29);
        PathologyReportReceived event = new PathologyReportReceived(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), 1, null,
                Instant.now(), "L".repeat(10), "N".repeat(100), "M".repeat(199), ("A" + unique).substring(0, 20), "1".repeat(20),
                "20260310", false, patient, "F".repeat(100),
                List.of(new ReportSection("2".repeat(20), "S".repeat(100), half), new ReportSection("22637-3", "Final diagnosis", half)),
                List.of(), new Screening("REPORTABLE", List.of("carcinoma")));

        PathologyReportEvents.publish(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM work_queue_item WHERE report_id = ?",
                event.reportId()) == 1);
        assertThat(count("""
                SELECT count(*) FROM patient_identifier i JOIN pathology_report r ON r.patient_id = i.patient_id
                WHERE r.id = ? AND i.type IN ('MRNUMBER10', 'PASSPORT10')""", event.reportId())).isEqualTo(2);
    }

    private static String digits(String seed, int length) {
        StringBuilder digits = new StringBuilder();
        for (char c : seed.toCharArray()) {
            digits.append((int) c % 10);
        }
        return digits.append("0".repeat(length)).substring(0, length);
    }

    private static String name(String seed, int length) {
        StringBuilder name = new StringBuilder("Q");
        for (char c : seed.toCharArray()) {
            name.append((char) ('a' + (c % 26)));
        }
        return name.append("z".repeat(length)).substring(0, length);
    }

    private int count(String sql, UUID id) throws SQLException {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
