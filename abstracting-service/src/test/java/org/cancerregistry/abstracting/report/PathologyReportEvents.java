package org.cancerregistry.abstracting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.abstracting.report.PathologyReportReceived.Identifier;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportSection;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.cancerregistry.abstracting.report.PathologyReportReceived.Screening;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Publishes PathologyReportReceived events on the real pathology-reports topic, as registry-intake does. */
public final class PathologyReportEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PathologyReportEvents() {
    }

    /**
     * A person no earlier test's patient resembles: random names, date of birth and SSN, so that the
     * linkage of one test never meets the patients of another.
     */
    public static ReportedPatient uniquePerson(String sex) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // A possible SSN, so that the VALID_SOCIAL_SECURITY_NUMBER edit passes: area 100-899 but not 666, group and serial not 0.
        int area = random.nextInt(100, 899);
        String ssn = String.format("%03d%02d%04d", area == 666 ? 667 : area, random.nextInt(1, 100), random.nextInt(1, 10_000));
        String dateOfBirth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(60 * 365)).format(DateTimeFormatter.BASIC_ISO_DATE);
        return new ReportedPatient(List.of(new Identifier("SS", ssn), new Identifier("MR", "MR" + ssn.substring(0, 6))),
                randomName(10), randomName(6), "", dateOfBirth, sex, "2106-3", null);
    }

    private static String randomName(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    public static PathologyReportReceived report(ReportedPatient patient, String finalDiagnosis, String reportability) {
        return new PathologyReportReceived(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), 1, null, Instant.now(),
                "33D1234567", "DEMO LAB", "MSG-" + UUID.randomUUID(), "S" + UUID.randomUUID().toString().substring(0, 12),
                "11529-5", "20260310", false, patient, "Albany Medical Center",
                List.of(new ReportSection("22637-3", "Final diagnosis", finalDiagnosis)), List.of(),
                new Screening(reportability, List.of("test")));
    }

    /** The lab's corrected version of a report: a new report id that supersedes the original's. */
    public static PathologyReportReceived correction(PathologyReportReceived original, String finalDiagnosis) {
        return new PathologyReportReceived(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), original.reportVersion() + 1,
                original.reportId(), Instant.now(), original.labClia(), original.labName(), "MSG-" + UUID.randomUUID(),
                original.accessionNumber(), original.reportTypeLoinc(), original.specimenCollectionDate(), true,
                original.patient(), original.orderingFacility(),
                List.of(new ReportSection("22637-3", "Final diagnosis", finalDiagnosis)), List.of(), original.screening());
    }

    public static void publish(PathologyReportReceived event) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(ConfigProvider.getConfig().getValue("mp.messaging.incoming.pathology-reports.topic", String.class), event.patient().ssn(), JSON.writeValueAsString(event)))
                    .get(10, TimeUnit.SECONDS);
        }
    }
}
