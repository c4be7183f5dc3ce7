package org.cancerregistry.reporting.incidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IncidenceReportTest {

    @Test
    void shouldQuoteCsvFieldsHoldingACommaOrAQuote() {
        IncidenceReport report = new IncidenceReport(2026, 3, List.of(
                new IncidenceCount(2026, "Breast", "2", "1", 2),
                new IncidenceCount(2026, "Other", "9", "1,\"2\"", 1)));

        assertThat(report.csv().lines()).containsExactly(
                "diagnosisYear,siteGroup,sex,stage,count",
                "2026,Breast,2,1,2",
                "2026,Other,9,\"1,\"\"2\"\"\",1");
    }
}
