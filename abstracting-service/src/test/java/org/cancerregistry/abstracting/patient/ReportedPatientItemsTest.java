package org.cancerregistry.abstracting.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cancerregistry.abstracting.item.NaaccrItems;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedPatientItemsTest {

    @ParameterizedTest(name = "HL7 sex {0} is sexAssignedAtBirth {1}")
    @CsvSource({ "M, 1", "F, 2", "A, 9", "N, 9", "O, 9", "U, 9", "'', 9", "X, 9" })
    void shouldMapEveryHl7AdministrativeSexToAV26SexAssignedAtBirthCode(String hl7Sex, String naaccrCode) {
        String item = ReportedPatientItems.of(new ReportedPatient(List.of(), "Doe", "Jane", "", "19570706", hl7Sex, "", null))
                .get("sexAssignedAtBirth");

        assertThat(item).isEqualTo(naaccrCode);
        assertThat(NaaccrItems.formatProblem("sexAssignedAtBirth", item)).as("a valid v26 code").isEmpty();
    }
}
