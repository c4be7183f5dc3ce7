package org.cancerregistry.intake.hl7;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.segment.ERR;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/** Writes the HL7 ACK a lab receives for each message: MSA-1 AA, AE or AR, and one ERR per problem. */
@ApplicationScoped
public class Acknowledgements {

    static final String REGISTRY_APPLICATION = "CANCER-REGISTRY";
    private static final DateTimeFormatter HL7_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneId.systemDefault());

    private final PipeParser parser;
    private final Clock clock;

    Acknowledgements(Clock clock) {
        this.clock = clock;
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        this.parser = context.getPipeParser();
    }

    public String of(Hl7Reading reading) {
        return of(reading.header(), reading.ackCode(), reading.problems());
    }

    public String of(MessageHeader header, Hl7Reading.AckCode code, List<Hl7Problem> problems) {
        try {
            ACK ack = new ACK();
            ack.setParser(parser);
            MSH msh = ack.getMSH();
            msh.getFieldSeparator().setValue("|");
            msh.getEncodingCharacters().setValue("^~\\&");
            msh.getSendingApplication().getNamespaceID().setValue(REGISTRY_APPLICATION);
            msh.getReceivingApplication().parse(header.sendingApplication());
            msh.getReceivingFacility().parse(header.sendingFacility());
            msh.getDateTimeOfMessage().getTime().setValue(HL7_TIMESTAMP.format(clock.instant()));
            msh.getMessageType().getMessageCode().setValue("ACK");
            msh.getMessageType().getTriggerEvent().setValue("R01");
            msh.getMessageType().getMessageStructure().setValue("ACK");
            msh.getMessageControlID().setValue(UUID.randomUUID().toString().replace("-", ""));
            msh.getProcessingID().getProcessingID().setValue("P");
            msh.getVersionID().getVersionID().setValue("2.5.1");
            ack.getMSA().getAcknowledgmentCode().setValue(code.name());
            ack.getMSA().getMessageControlID().setValue(header.controlId());
            for (int i = 0; i < problems.size(); i++) {
                describe(ack.getERR(i), problems.get(i));
            }
            return ack.encode();
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot encode an ACK", e);
        }
    }

    private static void describe(ERR err, Hl7Problem problem) throws HL7Exception {
        var location = err.getErrorLocation(0);
        location.getSegmentID().setValue(problem.segment());
        location.getSegmentSequence().setValue(String.valueOf(problem.sequence()));
        if (problem.field() > 0) {
            location.getFieldPosition().setValue(String.valueOf(problem.field()));
            location.getFieldRepetition().setValue("1");
        }
        if (problem.component() > 0) {
            location.getComponentNumber().setValue(String.valueOf(problem.component()));
        }
        err.getHL7ErrorCode().getIdentifier().setValue(problem.code().code);
        err.getHL7ErrorCode().getText().setValue(problem.code().text);
        err.getHL7ErrorCode().getNameOfCodingSystem().setValue("HL70357");
        err.getSeverity().setValue("E");
        err.getUserMessage().setValue(problem.reason());
    }
}
