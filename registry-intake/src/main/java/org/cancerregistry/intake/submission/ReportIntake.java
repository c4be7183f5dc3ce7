package org.cancerregistry.intake.submission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.event.PathologyReportReceived;
import org.cancerregistry.intake.event.PatientKey;
import org.cancerregistry.intake.outbox.Outbox;
import org.cancerregistry.intake.outbox.OutboxEvent;
import org.cancerregistry.intake.report.MessageFormat;
import org.cancerregistry.intake.report.PathologyReportContent;
import org.cancerregistry.intake.screening.ReportabilityScreener;
import org.cancerregistry.intake.screening.Screening;
import org.cancerregistry.intake.store.PathologyReport;
import org.cancerregistry.intake.store.PathologyReportRepository;
import org.cancerregistry.intake.store.ReportStatus;
import org.cancerregistry.intake.store.ReportStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Takes in a lab's report: a resend of a message already accepted gets the original answer, the
 * same report under a new control id is recognised as a duplicate, and anything else for a known
 * accession number becomes its next version. The report and its event are written in one statement.
 */
@ApplicationScoped
public class ReportIntake {

    private static final int RACE_RETRIES = 5;
    private static final int EVENT_ENVELOPE_BYTES = 64 * 1024;

    private final PathologyReportRepository reports;
    private final ReportStore store;
    private final Outbox outbox;
    private final ReportabilityScreener screener;
    private final ObjectMapper json;
    private final int maxEventBytes;
    private final Vertx vertx;
    private final Clock clock;

    ReportIntake(PathologyReportRepository reports, ReportStore store, Outbox outbox, ObjectMapper json,
            @ConfigProperty(name = "mp.messaging.outgoing.pathology-reports.max.request.size") int maxRequestSize, Vertx vertx,
            Clock clock) {
        this.reports = reports;
        this.store = store;
        this.outbox = outbox;
        this.screener = new ReportabilityScreener();
        this.json = json;
        // The event adds its ids, times and screening to the content, and Kafka its record's key and headers.
        this.maxEventBytes = maxRequestSize - EVENT_ENVELOPE_BYTES;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** The result of taking in one report. */
    public record Outcome(Kind kind, PathologyReport report) {

        public enum Kind {
            /** A new report, or a new version of a known accession number. */
            ACCEPTED,
            /** The lab sent this message control id before: nothing new was stored. */
            RESENT,
            /** The same content as the current version of the accession number: nothing new was stored. */
            DUPLICATE
        }
    }

    /**
     * @param acknowledgement the HL7 ACK to store for resends (null for JSON submissions)
     */
    public Uni<Outcome> takeIn(PathologyReportContent content, MessageFormat format, String rawMessage, String acknowledgement) {
        // Hashing and screening up to a quarter of a million characters take a worker thread, so that a large report
        // cannot hold up the event loop's other requests; storing continues on the request's own context.
        return vertx.executeBlocking(Uni.createFrom().item(() -> prepare(content)), false)
                .flatMap(prepared -> store(content, format, rawMessage, acknowledgement, prepared)
                        // Submissions racing for a message control id or an accession version: the loser looks again,
                        // and finds the winner's report or the version to follow it.
                        .onFailure(ReportStore::lostARace).retry().atMost(RACE_RETRIES));
    }

    /** What intake computes of a report before storing it: its hash and its screening. */
    private record Prepared(String sha256, Screening screening) {
    }

    private Prepared prepare(PathologyReportContent content) {
        byte[] canonical = canonical(content);
        if (canonical.length > maxEventBytes) {
            throw new UnpublishableReport("the report's event would be " + canonical.length + " bytes, more than the "
                    + maxEventBytes + " the registry can publish");
        }
        return new Prepared(sha256(canonical), screener.screen(content.diagnosisText(), content.behaviorCodes()));
    }

    private Uni<Outcome> store(PathologyReportContent content, MessageFormat format, String rawMessage, String acknowledgement,
            Prepared prepared) {
        String hash = prepared.sha256();
        return store.lookUp(content.labClia(), content.messageControlId(), content.accessionNumber()).flatMap(earlier -> {
            if (earlier.resentId() != null) {
                return reports.findById(earlier.resentId()).map(original -> new Outcome(Outcome.Kind.RESENT, original));
            }
            if (hash.equals(earlier.currentSha256())) {
                return reports.findById(earlier.currentId()).map(current -> new Outcome(Outcome.Kind.DUPLICATE, current));
            }
            PathologyReport report = newReport(content, format, rawMessage, acknowledgement, prepared, earlier);
            return store.store(report, event(report, content)).replaceWith(new Outcome(Outcome.Kind.ACCEPTED, report));
        });
    }

    private PathologyReport newReport(PathologyReportContent content, MessageFormat format, String rawMessage,
            String acknowledgement, Prepared prepared, ReportStore.Earlier earlier) {
        Screening screening = prepared.screening();
        PathologyReport report = new PathologyReport();
        report.id = UUID.randomUUID();
        report.receivedAt = clock.instant();
        report.status = ReportStatus.ACCEPTED;
        report.version = 1;
        if (earlier.currentId() != null) {
            report.version = earlier.currentVersion() + 1;
            report.supersedesId = earlier.currentId();
        }
        report.messageFormat = format;
        report.rawMessage = rawMessage;
        report.contentSha256 = prepared.sha256();
        report.acknowledgement = acknowledgement;
        report.labClia = content.labClia();
        report.labName = content.labName();
        report.messageControlId = content.messageControlId();
        report.accessionNumber = content.accessionNumber();
        report.reportTypeLoinc = content.reportTypeLoinc();
        report.reportTypeName = content.reportTypeName();
        report.specimenCollectionDate = content.specimenCollectionDate();
        report.correction = content.correction();
        report.patientIdentifiers = content.patient().identifiers();
        report.patientLastName = content.patient().lastName();
        report.patientFirstName = content.patient().firstName();
        report.patientMiddleName = content.patient().middleName();
        report.patientDateOfBirth = content.patient().dateOfBirth();
        report.patientSex = content.patient().sex();
        report.patientRace = content.patient().race();
        report.patientAddress = content.patient().address();
        report.orderingFacility = content.orderingFacility();
        report.sections = content.sections();
        report.behaviorCodes = content.behaviorCodes();
        report.synopticObservations = content.synopticObservations();
        report.reportability = screening.reportability();
        report.screeningTerms = screening.matchedTerms();
        return report;
    }

    private OutboxEvent event(PathologyReport report, PathologyReportContent content) {
        PathologyReportReceived event = ReportEvents.received(report, content.patient());
        return outbox.entry(PathologyReportReceived.TOPIC, PatientKey.of(event.patient()), event.eventId(), event.occurredAt(), event);
    }

    /** The content without the message control id: what makes two transmissions the same report, and nearly its event. */
    private byte[] canonical(PathologyReportContent content) {
        try {
            return json.writeValueAsBytes(new PathologyReportContent("", content.labName(), content.labClia(),
                    content.accessionNumber(), content.reportTypeLoinc(), content.reportTypeName(),
                    content.specimenCollectionDate(), content.correction(), content.patient(), content.orderingFacility(),
                    content.sections(), content.behaviorCodes(), content.synopticObservations()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a report", e);
        }
    }

    private static String sha256(byte[] canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
