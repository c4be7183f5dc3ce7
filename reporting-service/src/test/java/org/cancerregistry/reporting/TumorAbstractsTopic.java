package org.cancerregistry.reporting;

import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.agroal.api.AgroalDataSource;

/**
 * Publishes abstracts on the real tumor-abstracts topic, with random unique people, and waits until
 * the reporting store holds them.
 */
public final class TumorAbstractsTopic {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TumorAbstractsTopic() {
    }

    /** A unique person's items, born 1930-1960. */
    public static Map<String, String> person(String sex) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<String, String> items = new HashMap<>();
        items.put("patientIdNumber", String.format("%08d", random.nextInt(100_000_000)));
        items.put("nameLast", "Rpt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("\\d", "x"));
        items.put("nameFirst", "Ann");
        items.put("dateOfBirth", LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30 * 365)).toString().replace("-", ""));
        items.put("socialSecurityNumber", String.valueOf(100_000_000 + random.nextInt(800_000_000)));
        items.put("sexAssignedAtBirth", sex);
        items.put("race1", "01");
        items.put("vitalStatus", "1");
        return items;
    }

    /** A complete breast tumor diagnosed on the date (YYYYMMDD). */
    public static Map<String, String> breastTumor(String dateOfDiagnosis) {
        Map<String, String> items = new HashMap<>();
        items.put("tumorRecordNumber", "01");
        items.put("primarySite", "C504");
        items.put("laterality", "2");
        items.put("histologicTypeIcdO3", "8500");
        items.put("behaviorCodeIcdO3", "3");
        items.put("dateOfDiagnosis", dateOfDiagnosis);
        items.put("ageAtDiagnosis", "061");
        items.put("countyAtDx", "001");
        items.put("typeOfReportingSource", "1");
        items.put("derivedSummaryStage2018", "1");
        items.put("classOfCase", "14");
        return items;
    }

    public static TumorAbstractChanged changed(UUID patient, UUID tumor, int abstractVersion, Map<String, String> patientItems,
            Map<String, String> tumorItems, List<String> failingEdits) {
        return new TumorAbstractChanged(UUID.randomUUID(), Instant.now(), 1, abstractVersion == 1 ? "COMPLETED" : "UPDATED", patient,
                tumor, abstractVersion, patientItems, tumorItems, failingEdits);
    }

    public static void publish(List<TumorAbstractChanged> events) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (TumorAbstractChanged event : events) {
                producer.send(new ProducerRecord<>(ConfigProvider.getConfig().getValue("mp.messaging.incoming.tumor-abstracts.topic", String.class), event.patientId().toString(), JSON.writeValueAsString(event)))
                        .get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Publishes the events and waits until the store holds each tumor at the event's abstract version or later. */
    public static void publishAndAwait(AgroalDataSource database, List<TumorAbstractChanged> events) throws Exception {
        publish(events);
        for (TumorAbstractChanged event : events) {
            await().atMost(Duration.ofSeconds(30)).until(() -> storedVersion(database, event.tumorId()) >= event.abstractVersion());
        }
    }

    /** Forgets the tumors of a diagnosis year, so that a test of that year starts from what it publishes. */
    public static void forgetDiagnosisYear(AgroalDataSource database, int year) throws SQLException {
        try (var connection = database.getConnection();
                var delete = connection.prepareStatement("DELETE FROM reported_tumor WHERE diagnosis_year = ?")) {
            delete.setInt(1, year);
            delete.executeUpdate();
        }
    }

    private static int storedVersion(AgroalDataSource database, UUID tumor) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT abstract_version FROM reported_tumor WHERE tumor_id = ?")) {
            query.setObject(1, tumor);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
