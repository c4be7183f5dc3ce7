package org.cancerregistry.followup.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.followup.AccessTokens;
import org.cancerregistry.followup.abstracts.TumorAbstractChanged;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DeadLetterReplayTest {

    /**
     * An abstract that cannot be read goes to the dead-letter topic and from there to the manager's list, with the
     * reason and without its payload or key; a replay reads it again and fails again.
     */
    @Test
    void shouldListAnUnreadableAbstractWithoutItsPayload() throws Exception {
        String marker = UUID.randomUUID().toString();
        String topic = topic(TumorAbstractChanged.TOPIC);
        RecordMetadata sent = send(topic, marker, "{\"eventId\": \"" + marker + "\", \"patientId\": 42, \"patientItems\": {\"nameLast\": \"");
        String token = AccessTokens.registryManager();

        await().atMost(Duration.ofSeconds(20)).until(() -> find(token, topic, sent.partition(), sent.offset()) != null);
        Map<String, Object> listed = find(token, topic, sent.partition(), sent.offset());

        assertThat(listed).doesNotContainKeys("payload", "key");
        assertThat((String) listed.get("reason")).contains("unreadable TumorAbstractChanged event");
        assertThat(listed.toString()).doesNotContain(marker);
        assertThat(listed.get("topic")).isEqualTo(ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming." + TumorAbstractChanged.TOPIC + ".dead-letter-queue.topic", String.class));

        given().auth().oauth2(token).post("/api/v1/dead-letters/" + listed.get("id") + "/replay")
                .then().statusCode(200)
                .body("replayResult", is("FAILED"))
                .body("replayedAt", notNullValue())
                .body("reason", containsString("unreadable TumorAbstractChanged event"))
                .body("payload", is((Object) null))
                .body("key", is((Object) null));
    }

    @Test
    void shouldShowDeadLettersToManagersOnly() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/dead-letters").then().statusCode(403);
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/dead-letters/1/replay").then().statusCode(403);
        given().auth().oauth2(AccessTokens.registryManager()).post("/api/v1/dead-letters/" + Long.MAX_VALUE + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> find(String token, String sourceTopic, int partition, long offset) {
        JsonPath page = given().auth().oauth2(token).get("/api/v1/dead-letters?size=500").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream()
                .filter(item -> sourceTopic.equals(item.get("sourceTopic"))
                        && Integer.valueOf(partition).equals(item.get("sourcePartition"))
                        && item.get("sourceOffset") != null && ((Number) item.get("sourceOffset")).longValue() == offset)
                .findFirst().orElse(null);
    }

    /** The topic the service's channel of that name reads: the tests' own copy of the platform's topic. */
    private static String topic(String channel) {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
    }

    private static RecordMetadata send(String topic, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        }
    }
}
