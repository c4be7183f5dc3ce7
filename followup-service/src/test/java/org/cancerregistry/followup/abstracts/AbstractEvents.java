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

    /** A completed breast abstract of a new patient last contacted on the given day, analytic unless classOfCase says otherwise. */
    public static TumorAbstractChanged completed(LocalDate lastContact, String classOfCase) {
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
        return new TumorAbstractChanged(UUID.randomUUID(), Instant.now(), 1, "COMPLETED", UUID.randomUUID(), UUID.randomUUID(), 1,
                patient, tumor);
    }

    /** Waits until the patient is on the due list of today, which grows with every test run: every page is searched. */
    public static void awaitDue(String patientId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> onDueList(patientId));
    }

    private static boolean onDueList(String patientId) {
        for (int page = 0; ; page++) {
            List<String> patients = given().auth().oauth2(AccessTokens.registrar())
                    .get("/api/v1/follow-ups/due?through=" + LocalDate.now() + "&size=500&page=" + page)
                    .then().statusCode(200).extract().path("items.patientId");
            if (patients.contains(patientId)) {
                return true;
            }
            if (patients.size() < 500) {
                return false;
            }
        }
    }

    public static void publish(TumorAbstractChanged event) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TumorAbstractChanged.TOPIC, event.patientId().toString(), JSON.writeValueAsString(event)))
                    .get(10, TimeUnit.SECONDS);
        }
    }
}
