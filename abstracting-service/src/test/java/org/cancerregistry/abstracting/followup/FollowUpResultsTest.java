package org.cancerregistry.abstracting.followup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.event.TumorAbstractsTopic;
import org.cancerregistry.abstracting.tumor.BaseAbstract;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FollowUpResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void shouldTakeAFollowUpResultIntoTheRecordAndPublishTheCompletedAbstract() throws Exception {
        String tumorId = BaseAbstract.completedTumor();
        String patientId = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/tumors/" + tumorId)
                .then().statusCode(200).extract().path("patientId");
        FollowUpRecorded result = new FollowUpRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.fromString(patientId),
                "20261101", "PHYSICIAN", "1", "2", null);

        try (TumorAbstractsTopic topic = new TumorAbstractsTopic()) {
            publish(result);
            publish(result);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(AccessTokens.registrar())
                    .get("/api/v1/tumors/" + tumorId).then().statusCode(200)
                    .body("patientItems.dateOfLastContact", org.hamcrest.Matchers.is("20261101"))
                    .body("tumorItems.cancerStatus", org.hamcrest.Matchers.is("2"))
                    .body("tumorItems.dateOfLastCancerStatus", org.hamcrest.Matchers.is("20261101")));
            List<String> updates = topic.read(value -> value.contains(tumorId) && value.contains("\"UPDATED\""), 2,
                    Duration.ofSeconds(5));
            assertThat(updates).hasSize(1);
            assertThat(updates.get(0)).contains("\"dateOfLastContact\":\"20261101\"");
        }
    }

    @Test
    void shouldNeverMoveTheDateOfLastContactBackwards() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();
        BaseAbstract.patch(tumorId, BaseAbstract.items()).then().statusCode(200);
        String patientId = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/tumors/" + tumorId)
                .then().statusCode(200).extract().path("patientId");

        publish(new FollowUpRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.fromString(patientId), "20250101", "PATIENT", "1", "1", null));

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(AccessTokens.registrar()).get("/api/v1/tumors/" + tumorId).then().statusCode(200)
                .body("patientItems.dateOfLastContact", org.hamcrest.Matchers.is(BaseAbstract.items().get("dateOfLastContact")))
                .body("tumorItems.dateOfLastCancerStatus", org.hamcrest.Matchers.is("20250101")));
    }

    private static void publish(FollowUpRecorded result) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(ConfigProvider.getConfig().getValue("mp.messaging.incoming.followup-results.topic", String.class), result.patientId().toString(), JSON.writeValueAsString(result)))
                    .get(10, TimeUnit.SECONDS);
        }
    }
}
