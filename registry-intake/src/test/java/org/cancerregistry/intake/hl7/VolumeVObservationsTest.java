package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.imsweb.datagenerator.hl7.NaaccrHl7DataGeneratorOptions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Volume V puts observations under an order (ORC/OBR/OBX) or under a specimen (ORC/OBR/SPM/OBX), in one or
 * several orders: intake reads every OBX wherever it stands. The official samples are those of the NAACCR
 * Volume V documentation, transcribed under hl7/official with their control id and accession made unique per run.
 */
@QuarkusTest
class VolumeVObservationsTest {

    private static final String HL7 = "application/hl7-v2";
    private static final String SAMPLE_CONTROL_ID = "2004072813390045";
    private static final String BREAST_PARTS = "1. Infiltrating duct carcinoma, left breast.\n"
            + "2. Lymph node, no pathologic diagnosis, left axilla.\n"
            + "3. Ext. of tumor into deep fatty tissue. Metastatic carcinoma, left axillary lymph node (1) Level I. "
            + "Free of disease 17 of 18 lymph nodes - Level I (12), Level II (2) and Level III (3).";

    @Inject
    AgroalDataSource database;

    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> officialSamples() {
        return Stream.of(
                Arguments.of("flow-cytometry-cll", "06-123456-MH", "A small population of monoclonal B-cells (Kappa) is present "
                        + "in the bone marrow. The antigenic profile is consistent with chronic lymphocytic leukemia/small "
                        + "lymphocytic lymphoma (CLL/SLL)."),
                Arguments.of("surgical-breast-formatted-text", "97 810430",
                        "Carcinoma of breast. Post operative diagnosis: same.\n" + BREAST_PARTS),
                Arguments.of("surgical-breast-text-parts", "97 810430",
                        "Carcinoma of breast. Post operative diagnosis: same.\n" + BREAST_PARTS),
                Arguments.of("surgical-breast-short-text-parts", "97 810430", BREAST_PARTS),
                Arguments.of("surgical-breast-specimen-groups", "97 810430", BREAST_PARTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialSamples")
    void shouldExtractTheFinalDiagnosisOfEachOfficialSample(String sample, String accession, String finalDiagnosis)
            throws Exception {
        String controlId = Hl7Fixtures.uniqueId("NAACCR");
        String message = new String(Hl7Fixtures.bytes("official/" + sample + ".hl7"), StandardCharsets.UTF_8)
                .replace("|" + SAMPLE_CONTROL_ID + "|", "|" + controlId + "|")
                .replace("|" + accession + "|", "|" + Hl7Fixtures.uniqueId("S") + "|");

        Ack ack = Ack.of(submit(message));

        assertThat(ack.code()).as(ack.raw()).isEqualTo("AA");
        assertThat(finalDiagnosis(stored(controlId))).isEqualTo(finalDiagnosis);
    }

    @Test
    void shouldKeepTheTranscribedSamplesIdenticalToTheNaaccrDocument() throws IOException {
        Path document = Path.of("../../shared/naaccr/volume-v-hl7-samples.txt");
        Assumptions.assumeTrue(Files.exists(document), "the NAACCR samples are not beside the project");
        List<String> transcribed = new ArrayList<>();
        for (String sample : officialSamples().map(arguments -> (String) arguments.get()[0]).toList()) {
            transcribed.add(new String(Hl7Fixtures.bytes("official/" + sample + ".hl7"), StandardCharsets.UTF_8));
        }
        List<String> published = Stream.of(Files.readString(document).split("\n\\s*\n"))
                .filter(message -> !message.isBlank())
                .map(message -> message.strip().lines().map(line -> line.replaceFirst("<CR>$", ""))
                        .collect(Collectors.joining("\r", "", "\r")))
                .toList();

        assertThat(transcribed).isEqualTo(published);
    }

    @Test
    void shouldReadSpecimenGroupsSeveralOrdersAndSynopticAnswers() throws Exception {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        Ack ack = Ack.of(submit(Hl7Fixtures.message("valid/synoptic-checklist-and-specimen-parts.hl7", controlId,
                Hl7Fixtures.uniqueId("S"))));

        assertThat(ack.code()).as(ack.raw()).isEqualTo("AA");
        JsonNode report = stored(controlId);
        assertThat(finalDiagnosis(report)).isEqualTo("A. Left breast, lumpectomy: invasive ductal carcinoma, Nottingham "
                + "grade 2, 2.1 cm.\nB. Sentinel lymph node: metastatic carcinoma in 1 of 2 lymph nodes.");
        assertThat(sectionsOf(report, "22633-2")).containsExactly("Left breast, lumpectomy.",
                "Left axillary sentinel lymph node, excision.");
        List<String> answers = new ArrayList<>();
        report.get("synoptic").forEach(answer -> answers.add(String.join("|", answer.get("subId").asText(),
                answer.get("questionCode").asText(), answer.get("question").asText(), answer.get("codingSystem").asText(),
                answer.get("answerCode").asText(), answer.get("answer").asText())));
        assertThat(answers).containsExactly(
                "1.1|2118|Procedure|CAPECC|2119|Excision (less than total mastectomy)",
                "1.2|2120|Specimen Laterality|CAPECC|2122|Left",
                "1.3|2127|Histologic Type|CAPECC|2128|Invasive carcinoma of no special type (ductal)",
                "1.4|2140|Tumor Size (Centimeters)|CAPECC||2.1",
                "1.5|31206-6|Histology and behavior ICD-O-3|LN|8500/3|Infiltrating duct carcinoma");
        assertThat(report.get("behaviorCodes").toString()).isEqualTo("[\"3\"]");
    }

    static Stream<Arguments> generatorOptions() {
        return Stream.of(
                Arguments.of("default options", null),
                Arguments.of("site and morphology", options(true, null)),
                Arguments.of("no site and morphology", options(false, null)),
                Arguments.of("state NY", options(null, "NY")),
                Arguments.of("state CA with site and morphology", options(true, "CA")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatorOptions")
    void shouldAcceptEveryMessageOfTheDataGenerator(String description, NaaccrHl7DataGeneratorOptions options) throws Exception {
        for (String message : GeneratedMessages.volumeV(20, options)) {
            Ack ack = Ack.of(submit(message));
            assertThat(ack.code()).as(ack.raw()).isEqualTo("AA");
            JsonNode report = stored(ack.controlId());
            assertThat(finalDiagnosis(report)).isEqualTo(GeneratedMessages.finalDiagnosis(message));
            if (options != null && Boolean.TRUE.equals(options.getGenerateSiteAndMorphology())) {
                assertThat(report.get("synoptic").findValuesAsText("questionCode")).contains("31205-8");
            }
        }
    }

    private static NaaccrHl7DataGeneratorOptions options(Boolean siteAndMorphology, String state) {
        NaaccrHl7DataGeneratorOptions options = new NaaccrHl7DataGeneratorOptions();
        options.setGenerateSiteAndMorphology(siteAndMorphology);
        options.setState(state);
        return options;
    }

    private String submit(String message) {
        return given().auth().oauth2(AccessTokens.lab()).contentType(HL7).body(message.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(200).contentType(HL7).extract().asString();
    }

    /** The stored report's sections, synoptic answers and behavior codes, as one JSON object. */
    private JsonNode stored(String controlId) throws SQLException, IOException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("""
                        SELECT json_build_object('sections', sections::json, 'synoptic', synoptic_observations::json,
                                                 'behaviorCodes', behavior_codes::json)::text
                        FROM pathology_report WHERE message_control_id = ?""")) {
            query.setString(1, controlId);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).as("a report stored for %s", controlId).isTrue();
                return json.readTree(row.getString(1));
            }
        }
    }

    private static String finalDiagnosis(JsonNode report) {
        return String.join("\n", sectionsOf(report, "22637-3"));
    }

    private static List<String> sectionsOf(JsonNode report, String loinc) {
        List<String> texts = new ArrayList<>();
        report.get("sections").forEach(section -> {
            if (section.get("loinc").asText().equals(loinc)) {
                texts.add(section.get("text").asText());
            }
        });
        return texts;
    }
}
