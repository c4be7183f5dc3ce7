package org.cancerregistry.reporting.naaccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NaaccrXmlValidityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void shouldReadValidFile(Path file) throws IOException {
        List<NaaccrPatient> patients = readAll(file);

        assertThat(patients).allSatisfy(patient -> assertThat(patient.items()).containsKey("patientIdNumber"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void shouldRejectInvalidFile(Path file) {
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(NaaccrXmlException.class)
                .hasMessageContaining("line");
    }

    @Test
    void shouldReadTheRootAttributesAndFileItems() throws IOException {
        try (InputStream in = Files.newInputStream(fixture("valid/all-root-attributes.xml"));
                NaaccrXmlReader reader = new NaaccrXmlReader(in)) {
            assertThat(reader.baseDictionaryUri()).isEqualTo(NaaccrVersion.V250.baseDictionaryUri());
            assertThat(reader.recordType()).isEqualTo('A');
            assertThat(reader.specificationVersion()).isEqualTo("1.8");
            assertThat(reader.fileItems()).containsExactly(Map.entry("registryId", "0000012345"));
        }
    }

    @Test
    void shouldSkipUserExtensionsAndKeepTheItems() throws IOException {
        List<NaaccrPatient> patients = readAll(fixture("valid/user-extension-in-tumor.xml"));

        assertThat(patients).singleElement().satisfies(patient -> {
            assertThat(patient.items()).containsEntry("patientIdNumber", "00004711");
            assertThat(patient.tumors()).singleElement().isEqualTo(Map.of("primarySite", "C509"));
        });
    }

    @Test
    void shouldReadEscapedTextAndCdataAsTheyWereMeant() throws IOException {
        List<NaaccrPatient> patients = readAll(fixture("valid/escaped-text.xml"));

        assertThat(patients.get(0).tumors().get(0))
                .containsEntry("textDxProcPath", "Margins < 1 mm & clear\nER > 90% & PR < 10%");
    }

    @Test
    void shouldNameTheProblemAndLineOfAnInvalidFile() {
        assertThatThrownBy(() -> readAll(fixture("invalid/bad-tumor-tag.xml")))
                .isInstanceOf(NaaccrXmlException.class)
                .hasMessage("Unexpected element 'Tumour' in Patient at line 6, column 17");
    }

    @Test
    void shouldNotQuoteDocumentTextWhenTheXmlIsMalformed() {
        assertThatThrownBy(() -> readAll(fixture("invalid/undeclared-entity.xml")))
                .isInstanceOf(NaaccrXmlException.class)
                .hasMessageContaining("line 5")
                .hasMessageNotContaining("Jones")
                .hasNoCause();
        assertThatThrownBy(() -> readAll(fixture("invalid/garbage.xml")))
                .isInstanceOf(NaaccrXmlException.class)
                .hasMessageNotContaining("DOE");
    }

    static Stream<Path> validFiles() throws IOException {
        return files("valid");
    }

    static Stream<Path> invalidFiles() throws IOException {
        return files("invalid");
    }

    private static List<NaaccrPatient> readAll(Path file) throws IOException {
        List<NaaccrPatient> patients = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); NaaccrXmlReader reader = new NaaccrXmlReader(in)) {
            for (Optional<NaaccrPatient> patient = reader.next(); patient.isPresent(); patient = reader.next()) {
                patients.add(patient.get());
            }
        }
        return patients;
    }

    private static Stream<Path> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(fixture(folder))) {
            return files.sorted().toList().stream();
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(NaaccrXmlValidityTest.class.getResource("/naaccr/validity/" + name),
                    name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
