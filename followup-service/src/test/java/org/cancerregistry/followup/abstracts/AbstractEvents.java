package org.cancerregistry.followup.abstracts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.followup.AccessTokens;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Publishes TumorAbstractChanged events on the real tumor-abstracts topic, as abstracting-service does. */
public final class AbstractEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final DateTimeFormatter NAACCR = DateTimeFormatter.BASIC_ISO_DATE;

    private AbstractEvents() {
    }

    /**
     * A completed breast abstract of a new patient last contacted on the given day, analytic unless classOfCase says
     * otherwise, followed by a physician no other test's patient has (a random 8-digit physicianFollowUp, the item's
     * NAACCR length, since reporting-service's tests read these events too): a test lists only its own patients with
     * {@link #listedBy}.
     */
    public static TumorAbstractChanged completed(LocalDate lastContact, String classOfCase) {
        return completed(lastContact, classOfCase, String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
    }

    /** The same for a patient of the given follow-up physician. */
    public static TumorAbstractChanged completed(LocalDate lastContact, String classOfCase, String physician) {
        Map<String, String> patient = new HashMap<>();
        patient.put("nameLast", "Follow" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        patient.put("nameFirst", "Mara");
        patient.put("dateOfBirth", "19600412");
        patient.put("dateOfLastContact", lastContact.format(NAACCR));
        patient.put("vitalStatus", "1");
        patient.put("addrCurrentCity", "Albany");
        patient.put("addrCurrentState", "NY");
        patient.put("addrCurrentPostalCode", "12208");
        Map<String, String> tumor = new HashMap<>();
        tumor.put("primarySite", "C504");
        tumor.put("histologicTypeIcdO3", "8500");
        tumor.put("behaviorCodeIcdO3", "3");
        tumor.put("classOfCase", classOfCase);
        tumor.put("addrAtDxState", "NY");
        tumor.put("ageAtDiagnosis", "064");
        tumor.put("dateOfDiagnosis", lastContact.minusMonths(2).format(NAACCR));
        tumor.put("reportingFacility", "0006540001");
        tumor.put("physicianFollowUp", physician);
        return new TumorAbstractChanged(UUID.randomUUID(), Instant.now(), 1, "COMPLETED", UUID.randomUUID(), UUID.randomUUID(), 1,
                patient, tumor);
    }

    public static String physician(TumorAbstractChanged event) {
        return event.tumorItems().get("physicianFollowUp");
    }

    /**
     * The query parameter that narrows a due or delinquent list to the patients of this event's physician (a name
     * without spaces or reserved characters, which REST Assured would encode once more).
     */
    public static String listedBy(TumorAbstractChanged event) {
        return "physician=" + physician(event);
    }

    /** Waits until the event's patient is on today's due list. */
    public static void awaitDue(TumorAbstractChanged event) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/follow-ups/due?through=" + LocalDate.now() + "&" + listedBy(event))
                .then().statusCode(200).extract().<List<String>>path("items.patientId")
                .contains(event.patientId().toString()));
    }

    public static void publish(TumorAbstractChanged event) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(ConfigProvider.getConfig().getValue("mp.messaging.incoming.tumor-abstracts.topic", String.class), event.patientId().toString(), JSON.writeValueAsString(event)))
                    .get(10, TimeUnit.SECONDS);
        }
    }
}
