package org.cancerregistry.reporting.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.reporting.AccessTokens;
import org.cancerregistry.reporting.naaccr.NaaccrPatient;
import org.cancerregistry.reporting.naaccr.NaaccrXmlReader;
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

/** Abstracts in through tumor-abstracts, a submission out as NAACCR XML, read back item by item. */
@QuarkusTest
class SubmissionExportTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    // A diagnosis year other tests hardly use, which keeps the files small.
    private static final int YEAR = 1990 + (int) (Math.random() * 20);
    // Bytes as they travel: RestAssured otherwise asks for gzip itself and decodes it out of sight.
    private static final RestAssuredConfig AS_SENT = RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Inject
    AgroalDataSource database;

    @Test
    void shouldExportTheStoredAbstractsAndReadThemBackItemByItem() throws Exception {
        String lastName = "Export" + UUID.randomUUID().toString().substring(0, 8);
        TumorAbstractChanged event = completed(lastName);
        publish(event);
        await().atMost(Duration.ofSeconds(20)).until(() -> exported("A").contains(lastName));

        byte[] file = download(submit("A", "260"));
        List<NaaccrPatient> patients = read(file);
        NaaccrPatient patient = patients.stream().filter(p -> lastName.equals(p.items().get("nameLast"))).findFirst().orElseThrow();

        assertThat(patient.items()).containsAllEntriesOf(event.patientItems());
        assertThat(patient.tumors()).singleElement().satisfies(tumor -> assertThat(tumor).containsAllEntriesOf(event.tumorItems()));
    }

    @Test
    void shouldLeaveNamesSsnAndTextOutOfAnIncidenceFile() throws Exception {
        String lastName = "Incidence" + UUID.randomUUID().toString().substring(0, 8);
        TumorAbstractChanged event = completed(lastName);
        publish(event);
        await().atMost(Duration.ofSeconds(20)).until(() -> exported("A").contains(lastName));

        String file = new String(download(submit("I", "260")));

        assertThat(file).contains("recordType=\"I\"").contains("naaccr-dictionary-260.xml")
                .contains(event.tumorItems().get("primarySite"))
                .doesNotContain(lastName).doesNotContain("123456789").doesNotContain("Infiltrating duct carcinoma");
    }

    @Test
    void shouldStreamTheFileGzipCompressedWhenAskedAndDecompressToTheSameSha256() throws Exception {
        String lastName = "Gzip" + UUID.randomUUID().toString().substring(0, 8);
        publish(completed(lastName));
        await().atMost(Duration.ofSeconds(20)).until(() -> exported("A").contains(lastName));
        String location = submit("A", "260");
        byte[] plain = download(location);

        var compressed = given().config(AS_SENT).auth().oauth2(AccessTokens.stateRegistry()).header("Accept-Encoding", "gzip")
                .get(location + "/file").then().statusCode(200).extract().response();
        byte[] file;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed.asByteArray()))) {
            file = gzip.readAllBytes();
        }

        assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.asByteArray().length).isLessThan(file.length);
        assertThat(sha256(file)).isEqualTo(compressed.header("X-Content-SHA256"));
        assertThat(file).isEqualTo(plain);
        assertThat(new String(file)).contains(lastName);
    }

    @Test
    void shouldRecordEachDownloadAndTheStateRegistrysAcknowledgement() throws Exception {
        String location = submit("A", "260");
        download(location);

        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED")).post(location + "/acknowledgement").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).contentType(ContentType.JSON)
                .body(Map.of("status", "REJECTED", "reasons", List.of("3 records fail edit IF42")))
                .post(location + "/acknowledgement").then().statusCode(200);

        given().auth().oauth2(AccessTokens.registrar()).get(location).then().statusCode(200)
                .body("acknowledgement", is("REJECTED"))
                .body("acknowledgementReasons", is("3 records fail edit IF42"));
        assertThat(downloadsBy(location.substring(location.lastIndexOf('/') + 1))).contains("service-account-state-registry-demo");
    }

    private List<String> downloadsBy(String submission) throws Exception {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT downloaded_by FROM submission_download WHERE submission_id = ?")) {
            query.setObject(1, UUID.fromString(submission));
            List<String> who = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    who.add(rows.getString(1));
                }
            }
            return who;
        }
    }

    @Test
    void shouldRefuseAnInvalidRequestAndLabs() {
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "X", "naaccrVersion", "240", "diagnosisYears", List.of()))
                .post("/api/v1/submissions").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(YEAR)))
                .post("/api/v1/submissions").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("stateRegistry"));
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(), "stateRegistry", "state-registry-demo"))
                .post("/api/v1/submissions").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("selection"));
        given().auth().oauth2(AccessTokens.lab()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(YEAR)))
                .post("/api/v1/submissions").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(YEAR)))
                .post("/api/v1/submissions").then().statusCode(403);
    }

    private String exported(String recordType) throws Exception {
        return new String(download(submit(recordType, "260")));
    }

    private static String submit(String recordType, String version) {
        return given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", recordType, "naaccrVersion", version, "diagnosisYears", List.of(YEAR),
                        "stateRegistry", "state-registry-demo"))
                .post("/api/v1/submissions")
                .then().statusCode(202).extract().header("Location");
    }

    /** Waits for the file, checks that every selected tumor was written, downloads it uncompressed as a state registry and checks its SHA-256. */
    private static byte[] download(String location) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> "READY".equals(given().auth().oauth2(AccessTokens.registrar())
                .get(location).then().statusCode(200).extract().path("state")));
        var status = given().auth().oauth2(AccessTokens.registrar()).get(location).then().extract().jsonPath();
        assertThat(status.getInt("tumors")).isEqualTo(status.getInt("tumorsTotal"));
        var response = given().config(AS_SENT).auth().oauth2(AccessTokens.stateRegistry()).get(location + "/file")
                .then().statusCode(200).extract().response();
        byte[] file = response.asByteArray();
        assertThat(response.header("Content-Encoding")).isNotEqualTo("gzip");
        assertThat(response.header("X-Content-SHA256")).isEqualTo(sha256(file)).isEqualTo(status.getString("sha256"));
        return file;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static List<NaaccrPatient> read(byte[] file) {
        List<NaaccrPatient> patients = new ArrayList<>();
        try (NaaccrXmlReader reader = new NaaccrXmlReader(new ByteArrayInputStream(file))) {
            for (Optional<NaaccrPatient> next = reader.next(); next.isPresent(); next = reader.next()) {
                patients.add(next.get());
            }
        }
        return patients;
    }

    private static TumorAbstractChanged completed(String lastName) {
        Map<String, String> patient = Map.of("patientIdNumber", "00012345", "nameLast", lastName, "nameFirst", "Ann",
                "socialSecurityNumber", "123456789", "dateOfBirth", "19600101", "sexAssignedAtBirth", "2", "race1", "01",
                "dateOfLastContact", YEAR + "1201", "vitalStatus", "1");
        Map<String, String> tumor = Map.of("tumorRecordNumber", "01", "primarySite", "C504", "laterality", "2",
                "histologicTypeIcdO3", "8500", "behaviorCodeIcdO3", "3", "dateOfDiagnosis", YEAR + "0310", "classOfCase", "14",
                "textDxProcPath", "Infiltrating duct carcinoma, left breast.", "derivedSummaryStage2018", "1");
        return new TumorAbstractChanged(UUID.randomUUID(), Instant.now(), 1, "COMPLETED", UUID.randomUUID(), UUID.randomUUID(), 1,
                patient, tumor, List.of());
    }

    private static void publish(TumorAbstractChanged event) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(ConfigProvider.getConfig().getValue("mp.messaging.incoming.tumor-abstracts.topic", String.class), event.patientId().toString(), JSON.writeValueAsString(event)))
                    .get(10, TimeUnit.SECONDS);
        }
    }
}
