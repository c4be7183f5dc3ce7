package org.cancerregistry.reporting.naaccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NaaccrXmlRoundTripTest {

    private static final Instant GENERATED = Instant.parse("2026-03-02T14:30:00Z");
    private static final Map<String, String> FILE_ITEMS = Map.of("registryId", "0000012345");
    private static final Set<String> IDENTIFYING = Set.of("nameLast", "nameFirst", "nameMiddle", "socialSecurityNumber",
            "medicalRecordNumber", "textDxProcPath", "pathReportingFacId1", "pathReportNumber1",
            "pathDateSpecCollect1", "pathReportType1");

    private static final String PATH_TEXT = "Invasive ductal carcinoma, grade <2> & margins clear\r\n"
            + "ER \"positive\" > 90%\nHER2 'negative'";

    @Test
    void shouldReadBackWhatAnAbstractFileHolds() {
        List<NaaccrPatient> patients = patients();

        byte[] file = write(NaaccrVersion.V260, 'A', patients);

        try (NaaccrXmlReader reader = new NaaccrXmlReader(new ByteArrayInputStream(file))) {
            assertThat(reader.baseDictionaryUri()).isEqualTo("http://naaccr.org/naaccrxml/naaccr-dictionary-260.xml");
            assertThat(reader.recordType()).isEqualTo('A');
            assertThat(reader.specificationVersion()).isEqualTo("1.8");
            assertThat(reader.fileItems()).isEqualTo(FILE_ITEMS);
            assertThat(readAll(reader)).isEqualTo(patients);
        }
    }

    @Test
    void shouldWriteTheRootAttributesAndEscapeText() {
        String xml = new String(write(NaaccrVersion.V260, 'A', patients()), StandardCharsets.UTF_8);

        assertThat(xml)
                .contains("xmlns=\"http://naaccr.org/naaccrxml\"")
                .contains("baseDictionaryUri=\"http://naaccr.org/naaccrxml/naaccr-dictionary-260.xml\"")
                .contains("recordType=\"A\"", "specificationVersion=\"1.8\"", "timeGenerated=\"2026-03-02T14:30:00Z\"")
                .contains("<Item naaccrId=\"primarySite\">C509</Item>")
                .contains("grade &lt;2&gt; &amp; margins clear&#13;\nER");
    }

    @Test
    void shouldWriteItemsInNumberOrder() {
        String xml = new String(write(NaaccrVersion.V260, 'A', patients()), StandardCharsets.UTF_8);

        assertThat(xml.indexOf("\"patientIdNumber\"")).isLessThan(xml.indexOf("\"race1\""));
        assertThat(xml.indexOf("\"race1\"")).isLessThan(xml.indexOf("\"dateOfBirth\""));
        assertThat(xml.indexOf("\"tumorRecordNumber\"")).isLessThan(xml.indexOf("\"primarySite\""));
        assertThat(xml.indexOf("\"primarySite\"")).isLessThan(xml.indexOf("\"histologicTypeIcdO3\""));
    }

    @Test
    void shouldLeaveNamesSsnAndTextOutOfAnIncidenceFile() {
        List<NaaccrPatient> patients = patients();

        byte[] file = write(NaaccrVersion.V260, 'I', patients);

        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("Walker", "Ann", "Marie", "123456789", "Invasive ductal", "MR-0001", "nameLast");
        try (NaaccrXmlReader reader = new NaaccrXmlReader(new ByteArrayInputStream(file))) {
            assertThat(reader.recordType()).isEqualTo('I');
            assertThat(readAll(reader)).isEqualTo(patients.stream().map(this::withoutIdentifyingItems).toList());
        }
    }

    @Test
    void shouldRefuseAValueTooLongNamingTheItemButNotTheValue() {
        NaaccrPatient patient = new NaaccrPatient(Map.of("patientIdNumber", "00000001", "nameLast", "X".repeat(41)),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(out, NaaccrVersion.V260, 'A', GENERATED, FILE_ITEMS)) {
            assertThatThrownBy(() -> writer.write(patient))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nameLast")
                    .hasMessageContaining("40")
                    .hasMessageNotContaining("XXXX");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("<Patient");
    }

    @Test
    void shouldRefuseTooLongFileAndTumorItems() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new NaaccrXmlWriter(out, NaaccrVersion.V260, 'A', GENERATED,
                Map.of("registryId", "12345678901")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registryId");
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(out, NaaccrVersion.V260, 'A', GENERATED, FILE_ITEMS)) {
            assertThatThrownBy(() -> writer.write(new NaaccrPatient(Map.of(), List.of(Map.of("primarySite", "C5090")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("primarySite")
                    .hasMessageNotContaining("C5090");
        }
    }

    @Test
    void shouldRefuseAnItemAtTheWrongLevel() {
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(new ByteArrayOutputStream(), NaaccrVersion.V260, 'A',
                GENERATED, FILE_ITEMS)) {
            assertThatThrownBy(() -> writer.write(new NaaccrPatient(Map.of("primarySite", "C509"), List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Item 'primarySite' belongs in Tumor, not in Patient");
        }
    }

    @Test
    void shouldRefuseACharacterXmlCannotCarry() {
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(new ByteArrayOutputStream(), NaaccrVersion.V260, 'A',
                GENERATED, FILE_ITEMS)) {
            assertThatThrownBy(() -> writer.write(new NaaccrPatient(Map.of("nameLast", "Wal\u0000ker"), List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nameLast")
                    .hasMessageNotContaining("Wal");
        }
    }

    @Test
    void shouldLeaveOutItemsUnknownToTheTableAndBlankValues() {
        Map<String, String> patientItems = new HashMap<>(Map.of("patientIdNumber", "00000001", "sex", "2",
                "favouriteColour", "blue", "nameMiddle", "  ", "nameFirst", ""));
        patientItems.put("nameLast", null);
        NaaccrPatient patient = new NaaccrPatient(patientItems,
                List.of(Map.of("primarySite", "C619", "myRegistryFlag", "Y")));

        byte[] file = write(NaaccrVersion.V260, 'A', List.of(patient));

        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("\"sex\"", "favouriteColour", "myRegistryFlag", "nameMiddle", "nameFirst",
                "nameLast");
        try (NaaccrXmlReader reader = new NaaccrXmlReader(new ByteArrayInputStream(file))) {
            assertThat(readAll(reader)).containsExactly(new NaaccrPatient(Map.of("patientIdNumber", "00000001"),
                    List.of(Map.of("primarySite", "C619"))));
        }
    }

    @Test
    void shouldWriteSexForV25AndSexAssignedAtBirthForV26() {
        NaaccrPatient patient = new NaaccrPatient(Map.of("sex", "2", "sexAssignedAtBirth", "2"), List.of());

        String v25 = new String(write(NaaccrVersion.V250, 'A', List.of(patient)), StandardCharsets.UTF_8);
        String v26 = new String(write(NaaccrVersion.V260, 'A', List.of(patient)), StandardCharsets.UTF_8);

        assertThat(v25).contains("naaccr-dictionary-250.xml", "<Item naaccrId=\"sex\">2</Item>")
                .doesNotContain("sexAssignedAtBirth");
        assertThat(v26).contains("<Item naaccrId=\"sexAssignedAtBirth\">2</Item>").doesNotContain("\"sex\"");
    }

    @Test
    void shouldCloseTheDocumentButNotTheStream() {
        ClosingTrackingStream out = new ClosingTrackingStream();

        new NaaccrXmlWriter(out, NaaccrVersion.V260, 'A', GENERATED, Map.of()).close();

        assertThat(out.closed).isFalse();
        try (NaaccrXmlReader reader = new NaaccrXmlReader(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(reader.fileItems()).isEmpty();
            assertThat(reader.next()).isEmpty();
        }
    }

    private static byte[] write(NaaccrVersion version, char recordType, List<NaaccrPatient> patients) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(out, version, recordType, GENERATED, FILE_ITEMS)) {
            patients.forEach(writer::write);
        }
        return out.toByteArray();
    }

    private static List<NaaccrPatient> readAll(NaaccrXmlReader reader) {
        List<NaaccrPatient> patients = new ArrayList<>();
        for (Optional<NaaccrPatient> patient = reader.next(); patient.isPresent(); patient = reader.next()) {
            patients.add(patient.get());
        }
        return patients;
    }

    private NaaccrPatient withoutIdentifyingItems(NaaccrPatient patient) {
        return new NaaccrPatient(withoutIdentifyingItems(patient.items()),
                patient.tumors().stream().map(this::withoutIdentifyingItems).toList());
    }

    private Map<String, String> withoutIdentifyingItems(Map<String, String> items) {
        Map<String, String> kept = new HashMap<>(items);
        kept.keySet().removeAll(IDENTIFYING);
        return kept;
    }

    private static List<NaaccrPatient> patients() {
        return List.of(
                new NaaccrPatient(Map.of("patientIdNumber", "00000001", "nameLast", "Walker", "nameFirst", "Ann",
                        "nameMiddle", "Marie", "socialSecurityNumber", "123456789", "dateOfBirth", "19580412",
                        "sexAssignedAtBirth", "2", "race1", "01", "dateOfLastContact", "20260115", "vitalStatus", "1"),
                        List.of(
                                Map.of("tumorRecordNumber", "01", "medicalRecordNumber", "MR-0001",
                                        "dateOfDiagnosis", "20250310", "primarySite", "C509", "laterality", "1",
                                        "histologicTypeIcdO3", "8500", "behaviorCodeIcdO3", "3",
                                        "textDxProcPath", PATH_TEXT, "pathReportNumber1", "S25-1234",
                                        "pathDateSpecCollect1", "20250305"),
                                Map.of("tumorRecordNumber", "02", "dateOfDiagnosis", "202511",
                                        "primarySite", "C187", "histologicTypeIcdO3", "8140",
                                        "behaviorCodeIcdO3", "2", "sequenceNumberCentral", "02"))),
                new NaaccrPatient(Map.of("patientIdNumber", "00000002", "nameLast", "O'Brien & Sons",
                        "dateOfBirth", "19400101", "sexAssignedAtBirth", "1", "vitalStatus", "0",
                        "causeOfDeath", "C619"),
                        List.of(Map.of("tumorRecordNumber", "01", "primarySite", "C619", "histologicTypeIcdO3", "8140",
                                "behaviorCodeIcdO3", "3", "addrAtDxCity", "Saint-Étienne", "countyAtDx", "031"))),
                new NaaccrPatient(Map.of("patientIdNumber", "00000003", "addrCurrentCity", "Zürich",
                        "addrCurrentState", "ZZ"),
                        List.of(Map.of("tumorRecordNumber", "01", "primarySite", "C341", "laterality", "2",
                                "textDxProcPath", "Adenocarcinoma <lung>"))));
    }

    private static final class ClosingTrackingStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
