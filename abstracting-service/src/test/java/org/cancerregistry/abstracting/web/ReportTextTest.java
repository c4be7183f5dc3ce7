package org.cancerregistry.abstracting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void shouldMarkEveryMatchedTermWhateverItsCase() {
        assertThat(ReportText.highlighted("Infiltrating duct CARCINOMA, left breast; carcinoma in situ absent.",
                List.of("carcinoma", "breast")))
                .isEqualTo("Infiltrating duct <mark>CARCINOMA</mark>, left <mark>breast</mark>; <mark>carcinoma</mark> in situ absent.");
    }

    @Test
    void shouldMarkTheLongerOfOverlappingTermsWhole() {
        assertThat(ReportText.highlighted("Ductal carcinoma in situ.", List.of("carcinoma", "carcinoma in situ")))
                .isEqualTo("Ductal <mark>carcinoma in situ</mark>.");
    }

    @Test
    void shouldEscapeTheReportSoThatItsTextCannotBecomeMarkup() {
        assertThat(ReportText.highlighted("<script>alert(1)</script> tumor size < 2 cm & margins", List.of("tumor")))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>tumor</mark> size &lt; 2 cm &amp; margins");
    }

    @Test
    void shouldLeaveTextWithoutTermsEscapedOnly() {
        assertThat(ReportText.highlighted("Benign \"cyst\"", List.of())).isEqualTo("Benign &quot;cyst&quot;");
    }
}
