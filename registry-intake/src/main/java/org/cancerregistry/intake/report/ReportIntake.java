package org.cancerregistry.intake.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.event.PathologyReportReceived;
import org.cancerregistry.intake.event.PatientKey;
import org.cancerregistry.intake.outbox.Outbox;
import org.cancerregistry.intake.screening.ReportabilityScreener;
import org.cancerregistry.intake.screening.Screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Takes in a lab's report: a resend of a message already accepted gets the original answer, the
 * same report under a new control id is recognised as a duplicate, and anything else for a known
 * accession number becomes its next version. The report and its event are written in one transaction.
 */
@ApplicationScoped
public class ReportIntake {

    private final PathologyReportRepository reports;
    private final Outbox outbox;
    private final ReportabilityScreener screener;
    private final ObjectMapper json;

    ReportIntake(PathologyReportRepository reports, Outbox outbox, ObjectMapper json) {
        this.reports = reports;
        this.outbox = outbox;
        this.screener = new ReportabilityScreener();
        this.json = json;
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
        return Panache.withTransaction(() -> store(content, format, rawMessage, acknowledgement))
                // Two identical submissions at the same moment: the loser answers as a resend of the winner.
                .onFailure().recoverWithUni(failure -> reports
                        .findByMessage(content.labClia(), content.messageControlId())
                        .onItem().ifNull().failWith(failure)
                        .map(original -> new Outcome(Outcome.Kind.RESENT, original)));
    }

    private Uni<Outcome> store(PathologyReportContent content, MessageFormat format, String rawMessage, String acknowledgement) {
        String hash = sha256(content);
        return reports.findByMessage(content.labClia(), content.messageControlId()).flatMap(original -> {
            if (original != null) {
                return Uni.createFrom().item(new Outcome(Outcome.Kind.RESENT, original));
            }
            return reports.findCurrentVersion(content.labClia(), content.accessionNumber()).flatMap(current -> {
                if (current != null && current.contentSha256.equals(hash)) {
                    return Uni.createFrom().item(new Outcome(Outcome.Kind.DUPLICATE, current));
                }
                PathologyReport report = newReport(content, format, rawMessage, acknowledgement, hash, current);
                return reports.persist(report)
                        .flatMap(stored -> publish(stored, content))
                        .replaceWith(new Outcome(Outcome.Kind.ACCEPTED, report));
            });
        });
    }

    private PathologyReport newReport(PathologyReportContent content, MessageFormat format, String rawMessage,
            String acknowledgement, String hash, PathologyReport current) {
        Screening screening = screener.screen(content.diagnosisText(), content.behaviorCodes());
        PathologyReport report = new PathologyReport();
        report.id = UUID.randomUUID();
        report.receivedAt = Instant.now();
        report.status = ReportStatus.ACCEPTED;
        report.version = 1;
        if (current != null) {
            current.status = ReportStatus.SUPERSEDED;
            report.version = current.version + 1;
            report.supersedesId = current.id;
        }
        report.messageFormat = format;
        report.rawMessage = rawMessage;
        report.contentSha256 = hash;
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
        report.reportability = screening.reportability();
        report.screeningTerms = screening.matchedTerms();
        return report;
    }

    private Uni<?> publish(PathologyReport report, PathologyReportContent content) {
        PathologyReportReceived event = new PathologyReportReceived(UUID.randomUUID(), report.receivedAt,
                PathologyReportReceived.SCHEMA_VERSION, report.id, report.version, report.supersedesId, report.receivedAt,
                report.labClia, report.labName, report.messageControlId, report.accessionNumber, report.reportTypeLoinc,
                report.specimenCollectionDate, report.correction, content.patient(), report.orderingFacility,
                report.sections, report.behaviorCodes,
                new PathologyReportReceived.Screening(report.reportability.name(), List.copyOf(report.screeningTerms)));
        return outbox.add(PathologyReportReceived.TOPIC, PatientKey.of(content), event.eventId(), event.occurredAt(), event);
    }

    /** The content without the message control id: what makes two transmissions the same report. */
    private String sha256(PathologyReportContent content) {
        try {
            byte[] canonical = json.writeValueAsBytes(new PathologyReportContent("", content.labName(), content.labClia(),
                    content.accessionNumber(), content.reportTypeLoinc(), content.reportTypeName(),
                    content.specimenCollectionDate(), content.correction(), content.patient(), content.orderingFacility(),
                    content.sections(), content.behaviorCodes()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a report", e);
        }
    }
}
