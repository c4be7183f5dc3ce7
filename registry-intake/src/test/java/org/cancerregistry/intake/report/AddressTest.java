package org.cancerregistry.intake.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.cancerregistry.intake.report.PathologyReportContent.Address;
import org.junit.jupiter.api.Test;

/** Labs send ZIP+4 with its hyphen (HL7 XAD-5 allows it); NAACCR's 9-character postal code has none. */
class AddressTest {

    @Test
    void shouldKeepAZipPlusFourWithoutItsHyphen() {
        assertThat(new Address("495 East Drive", "Delmar", "NY", "12054-1234", "001").postalCode()).isEqualTo("120541234");
    }

    @Test
    void shouldLeaveOtherPostalCodesAsSent() {
        assertThat(new Address(null, null, "NY", "12054", null).postalCode()).isEqualTo("12054");
        assertThat(new Address(null, null, null, "K1A 0B1", null).postalCode()).isEqualTo("K1A 0B1");
        assertThat(new Address(null, null, null, null, null).postalCode()).isNull();
    }
}
