package org.cancerregistry.intake.hl7;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.hl7.Hl7Reading.AckCode;
import org.cancerregistry.intake.problem.Outages;
import org.cancerregistry.intake.report.MessageFormat;
import org.cancerregistry.intake.submission.ReportIntake;
import org.cancerregistry.intake.submission.UnpublishableReport;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Answers one HTTP body of HL7: each message is read, checked against the calling lab, taken in
 * when it is acceptable, and acknowledged on its own.
 */
@ApplicationScoped
public class Hl7Submissions {

    private static final Logger LOG = Logger.getLogger(Hl7Submissions.class);

    /** The HTTP answer: one ACK, or for a batch, a batch of ACKs. */
    public record Answer(int httpStatus, String body) {
    }

    private final VolumeVMessageReader reader;
    private final Acknowledgements acknowledgements;
    private final ReportIntake intake;
    private final MessageLimits limits;
    private final Vertx vertx;

    Hl7Submissions(VolumeVMessageReader reader, Acknowledgements acknowledgements, ReportIntake intake, MessageLimits limits,
            Vertx vertx) {
        this.reader = reader;
        this.acknowledgements = acknowledgements;
        this.intake = intake;
        this.limits = limits;
        this.vertx = vertx;
    }

    public Uni<Answer> submit(String body, String callerClia) {
        Hl7Batch batch = Hl7Batch.of(body, limits.messagesPerBatch());
        if (batch.messages().isEmpty()) {
            return rejected(new Hl7Problem("MSH", 1, 0, 0, Hl7Problem.ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "the request holds no HL7 message"));
        }
        if (batch.messages().size() > limits.messagesPerBatch()) {
            return rejected(new Hl7Problem("BHS", 1, 0, 0, Hl7Problem.ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "the request holds more than " + limits.messagesPerBatch() + " messages, the registry's cap per request"));
        }
        if (!batch.enveloped() && batch.messages().size() == 1) {
            return acknowledge(batch.messages().get(0), callerClia);
        }
        return Multi.createFrom().iterable(batch.messages())
                .onItem().transformToUniAndConcatenate(message -> acknowledge(message, callerClia))
                .map(Answer::body)
                .collect().asList()
                .map(acks -> new Answer(200, "BHS|^~\\&|" + Acknowledgements.REGISTRY_APPLICATION + "\r"
                        + String.join("", acks) + "BTS|" + acks.size() + "\r"));
    }

    private Uni<Answer> rejected(Hl7Problem problem) {
        return Uni.createFrom().item(new Answer(400, acknowledgements.of(MessageHeader.UNKNOWN, AckCode.AR, List.of(problem))));
    }

    // Parsing takes a worker thread, so that one large message cannot hold up the event loop's other requests;
    // the answer comes back on the request's own context, where storing it continues.
    private Uni<Answer> acknowledge(String message, String callerClia) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> reader.read(message)), false)
                .flatMap(reading -> acknowledge(reading, message, callerClia));
    }

    private Uni<Answer> acknowledge(Hl7Reading reading, String message, String callerClia) {
        String sendingClia = reading.content() != null ? reading.content().labClia() : reading.header().sendingClia();
        if (!sendingClia.isEmpty() && !sendingClia.equals(callerClia)) {
            Hl7Problem foreignLab = new Hl7Problem("MSH", 1, 4, 2, Hl7Problem.ErrorCode.APPLICATION_INTERNAL_ERROR,
                    "the sending facility's CLIA number is not the one of the calling lab's account");
            return Uni.createFrom().item(new Answer(403, acknowledgements.of(reading.header(), AckCode.AR, List.of(foreignLab))));
        }
        if (reading.ackCode() != AckCode.AA) {
            int status = reading.ackCode() == AckCode.AE ? 422 : 400;
            return Uni.createFrom().item(new Answer(status, acknowledgements.of(reading)));
        }
        String accepted = acknowledgements.of(reading);
        return intake.takeIn(reading.content(), MessageFormat.HL7, message, accepted)
                .map(outcome -> switch (outcome.kind()) {
                    case ACCEPTED -> new Answer(200, accepted);
                    case RESENT -> new Answer(200, outcome.report().acknowledgement != null ? outcome.report().acknowledgement : accepted);
                    case DUPLICATE -> new Answer(200, accepted);
                })
                .onFailure().recoverWithItem(failure -> notStored(reading, failure));
    }

    private Answer notStored(Hl7Reading reading, Throwable failure) {
        if (failure instanceof UnpublishableReport tooLarge) {
            Hl7Problem problem = new Hl7Problem("OBX", 1, 5, 0, Hl7Problem.ErrorCode.DATA_TYPE_ERROR, tooLarge.reason());
            return new Answer(422, acknowledgements.of(reading.header(), AckCode.AE, List.of(problem)));
        }
        if (Outages.isOutage(failure)) {
            // In HL7's original mode an AR for a reason outside the message tells the lab to send it again later.
            LOG.errorf("Could not store an accepted message (%s): answered AR for a retry", failure.getClass().getName());
            Hl7Problem unavailable = new Hl7Problem("MSH", 1, 0, 0, Hl7Problem.ErrorCode.APPLICATION_INTERNAL_ERROR,
                    "the registry could not store the report now; send the same message again later");
            return new Answer(503, acknowledgements.of(reading.header(), AckCode.AR, List.of(unavailable)));
        }
        // Not an outage: the same message would fail again, so the lab is told not to resend it unchanged.
        LOG.errorf("Could not store a message (%s): answered AE", failure.getClass().getName());
        Hl7Problem notStorable = new Hl7Problem("MSH", 1, 0, 0, Hl7Problem.ErrorCode.APPLICATION_INTERNAL_ERROR,
                "the registry cannot store this message as it is; do not send it again unchanged, ask the registry");
        return new Answer(422, acknowledgements.of(reading.header(), AckCode.AE, List.of(notStorable)));
    }
}
