package org.cancerregistry.intake.hl7;

import static org.cancerregistry.intake.hl7.Hl7Problem.ErrorCode.APPLICATION_INTERNAL_ERROR;
import static org.cancerregistry.intake.hl7.Hl7Problem.ErrorCode.DATA_TYPE_ERROR;
import static org.cancerregistry.intake.hl7.Hl7Problem.ErrorCode.SEGMENT_SEQUENCE_ERROR;
import static org.cancerregistry.intake.hl7.Hl7Problem.ErrorCode.UNSUPPORTED_EVENT_CODE;
import static org.cancerregistry.intake.hl7.Hl7Problem.ErrorCode.UNSUPPORTED_MESSAGE_TYPE;
import static org.cancerregistry.intake.hl7.Hl7Problem.ErrorCode.UNSUPPORTED_VERSION_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.contract.ItemViolation;
import org.cancerregistry.intake.report.PathologyReportContent;
import org.cancerregistry.intake.report.PathologyReportContent.Address;
import org.cancerregistry.intake.report.PathologyReportContent.Patient;
import org.cancerregistry.intake.report.PathologyReportContent.PatientIdentifier;
import org.cancerregistry.intake.report.ReportItemCheck;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.EI;
import ca.uhn.hl7v2.model.v251.datatype.XAD;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.preparser.PreParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * Reads one NAACCR Volume V ORU^R01 message (HL7 v2.5.1) with HAPI's non-validating parser, then
 * applies the registry's own checks. Every problem found is reported, not only the first.
 */
@ApplicationScoped
public class VolumeVMessageReader {

    static final Set<String> VOLUME_V_PROFILES = Set.of("VOL_V_30_ORU_R01", "VOL_V_40_ORU_R01", "VOL_V_50_ORU_R01");
    private static final Set<String> HL7_SEX = Set.of("A", "F", "M", "N", "O", "U");
    private static final Set<String> REGISTRY_RESULT_STATUSES = Set.of("F", "C");
    private static final Pattern CLIA = Pattern.compile("\\d{2}D\\d{7}");
    private static final Pattern SSN = Pattern.compile("\\d{9}");
    private static final int QUOTED_LENGTH = 20;

    private final PipeParser parser;
    private final MessageLimits limits;
    private final ReportItemCheck items;

    VolumeVMessageReader(MessageLimits limits, ReportItemCheck items) {
        this.limits = limits;
        this.items = items;
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        this.parser = context.getPipeParser();
    }

    public Hl7Reading read(String message) {
        if (!message.startsWith("MSH")) {
            return Hl7Reading.rejected(MessageHeader.UNKNOWN,
                    new Hl7Problem("MSH", 1, 0, 0, SEGMENT_SEQUENCE_ERROR, "a message must start with an MSH segment"));
        }
        if (message.length() < 8 || message.charAt(3) != '|' || !message.startsWith("^~\\&", 4)) {
            return Hl7Reading.rejected(MessageHeader.UNKNOWN,
                    new Hl7Problem("MSH", 1, 2, 0, DATA_TYPE_ERROR, "encoding characters must be |^~\\& as NAACCR Volume V requires"));
        }
        MessageHeader header = MessageHeader.of(message);
        Optional<Hl7Reading> withNul = MessageBounds.firstNul(message, header);
        if (withNul.isPresent()) {
            return withNul.get();
        }
        Optional<Hl7Problem> overCap = MessageBounds.firstExceeded(message, limits);
        if (overCap.isPresent()) {
            return Hl7Reading.inError(header, List.of(overCap.get()));
        }
        String[] triage;
        try {
            triage = PreParser.getFields(message, "MSH-9-1", "MSH-9-2", "MSH-12");
        } catch (HL7Exception | RuntimeException e) {
            return Hl7Reading.rejected(MessageHeader.UNKNOWN,
                    new Hl7Problem("MSH", 1, 0, 0, SEGMENT_SEQUENCE_ERROR, "the MSH segment cannot be read"));
        }
        if (!"ORU".equals(triage[0])) {
            return Hl7Reading.rejected(header, new Hl7Problem("MSH", 1, 9, 1, UNSUPPORTED_MESSAGE_TYPE,
                    "only ORU^R01 pathology reports are accepted, not " + quoted(triage[0])));
        }
        if (!"R01".equals(triage[1])) {
            return Hl7Reading.rejected(header, new Hl7Problem("MSH", 1, 9, 2, UNSUPPORTED_EVENT_CODE,
                    "only ORU^R01 pathology reports are accepted, not ORU^" + quoted(triage[1])));
        }
        if (!"2.5.1".equals(triage[2])) {
            return Hl7Reading.rejected(header, new Hl7Problem("MSH", 1, 12, 0, UNSUPPORTED_VERSION_ID,
                    "NAACCR Volume V messages are HL7 version 2.5.1, not " + quoted(triage[2])));
        }
        ORU_R01 oru;
        try {
            Message parsed = parser.parse(message);
            if (!(parsed instanceof ORU_R01 typed)) {
                return Hl7Reading.rejected(header, new Hl7Problem("MSH", 1, 9, 0, UNSUPPORTED_MESSAGE_TYPE,
                        "the message structure is not ORU_R01"));
            }
            oru = typed;
        } catch (HL7Exception | RuntimeException e) {
            return Hl7Reading.rejected(header, unparseable(e));
        }
        try {
            return check(header, oru);
        } catch (HL7Exception | RuntimeException e) {
            return Hl7Reading.rejected(header, unparseable(e));
        }
    }

    private Hl7Reading check(MessageHeader header, ORU_R01 oru) throws HL7Exception {
        List<Hl7Problem> problems = new ArrayList<>();
        MSH msh = oru.getMSH();
        Optional<Hl7Reading> profileRejection = checkProfile(header, msh, problems);
        if (profileRejection.isPresent()) {
            return profileRejection.get();
        }
        String controlId = required(msh.getMessageControlID().getValue(), "MSH", 10, 0, "the message control id", problems);
        String labName = text(msh.getSendingFacility().getNamespaceID().getValue());
        String labClia = required(msh.getSendingFacility().getUniversalID().getValue(), "MSH", 4, 2,
                "the sending lab's CLIA number", problems);
        if (!labClia.isEmpty() && !CLIA.matcher(labClia).matches()) {
            problems.add(Hl7Problem.invalid("MSH", 4, 2, "a CLIA number is 10 characters: 2 digits, D, 7 digits"));
        }
        optionalDate(msh.getDateTimeOfMessage().getTime().getValue(), "MSH", 7, "the message date", problems);

        if (oru.getPATIENT_RESULTReps() == 0 || oru.getPATIENT_RESULT().getPATIENT().getPID().isEmpty()) {
            problems.add(new Hl7Problem("PID", 1, 0, 0, SEGMENT_SEQUENCE_ERROR, "the PID segment is missing"));
            return Hl7Reading.inError(header, problems);
        }
        ORU_R01_PATIENT_RESULT result = oru.getPATIENT_RESULT();
        Patient patient = patient(result.getPATIENT().getPID(), problems);

        // A Volume V message carries one report: its first order names it; OBX segments under every order and
        // every specimen (ORC/OBR/OBX..., ORC/OBR/SPM/OBX...) add sections and results to it.
        List<Segment> segments = new ArrayList<>();
        collect(result, segments);
        Optional<OBR> firstOrder = segments.stream().filter(OBR.class::isInstance).map(OBR.class::cast).findFirst();
        if (firstOrder.isEmpty()) {
            problems.add(new Hl7Problem("OBR", 1, 0, 0, SEGMENT_SEQUENCE_ERROR, "the OBR segment is missing"));
            return Hl7Reading.inError(header, problems);
        }
        OBR obr = firstOrder.get();
        String accession = required(obr.getFillerOrderNumber().getEntityIdentifier().getValue(), "OBR", 3, 1,
                "the accession number (filler order number)", problems);
        String reportType = text(obr.getUniversalServiceIdentifier().getIdentifier().getValue());
        String reportTypeName = text(obr.getUniversalServiceIdentifier().getText().getValue());
        String collected = requiredDate(obr.getObservationDateTime().getTime().getValue(), "OBR", 7,
                "the specimen collection date", problems);
        optionalDate(obr.getResultsRptStatusChngDateTime().getTime().getValue(), "OBR", 22, "the report date", problems);
        String status = text(obr.getResultStatus().getValue());
        if (!status.isEmpty() && !REGISTRY_RESULT_STATUSES.contains(status)) {
            problems.add(Hl7Problem.unknownCode("OBR", 25,
                    "result status must be F (final) or C (corrected), not " + quoted(status)));
        }
        String orderingFacility = segments.stream().filter(ORC.class::isInstance).map(ORC.class::cast).findFirst()
                .map(orc -> text(orc.getOrderingFacilityName(0).getOrganizationName().getValue()))
                .orElse("");

        ReportObservations observations = new ReportObservations();
        int obxSequence = 0;
        for (Segment segment : segments) {
            if (segment instanceof OBX obx) {
                obxSequence++;
                optionalDate(obx.getDateTimeOfTheObservation().getTime().getValue(), "OBX", 14, "the observation date",
                        problems, obxSequence);
                observations.add(obx);
            }
        }
        boolean hasDiagnosis = observations.sections().stream()
                .anyMatch(s -> PathologyReportContent.FINAL_DIAGNOSIS.equals(s.loinc()) && !s.text().isBlank());
        if (!hasDiagnosis) {
            problems.add(new Hl7Problem("OBX", 1, 5, 0, Hl7Problem.ErrorCode.REQUIRED_FIELD_MISSING,
                    "a final diagnosis text (OBX-3 LOINC 22637-3) is required"));
        }
        PathologyReportContent content = new PathologyReportContent(controlId, labName, labClia, accession, reportType,
                reportTypeName, collected, "C".equals(status), patient, orderingFacility, observations.sections(),
                observations.behaviorCodes(), observations.synoptic());
        for (ItemViolation violation : items.violations(content)) {
            Hl7Problem problem = Hl7Problem.of(violation);
            // A field already found missing or malformed needs no second word.
            if (problems.stream().noneMatch(known -> known.segment().equals(problem.segment()) && known.field() == problem.field())) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            return Hl7Reading.inError(header, problems);
        }
        return Hl7Reading.accepted(header, content);
    }

    /** The group's segments in message order, those of its nested groups (orders, specimens) included. */
    private static void collect(Group group, List<Segment> into) throws HL7Exception {
        for (String name : group.getNames()) {
            for (Structure structure : group.getAll(name)) {
                if (structure instanceof Group child) {
                    collect(child, into);
                } else if (structure instanceof Segment segment && !segment.isEmpty()) {
                    into.add(segment);
                }
            }
        }
    }

    private Optional<Hl7Reading> checkProfile(MessageHeader header, MSH msh, List<Hl7Problem> problems) throws HL7Exception {
        EI[] profiles = msh.getMessageProfileIdentifier();
        if (profiles.length == 0 || text(profiles[0].getEntityIdentifier().getValue()).isEmpty()) {
            problems.add(Hl7Problem.missing("MSH", 21, 1, "the NAACCR Volume V profile (e.g. VOL_V_50_ORU_R01)"));
            return Optional.empty();
        }
        for (EI profile : profiles) {
            if (VOLUME_V_PROFILES.contains(text(profile.getEntityIdentifier().getValue()))) {
                return Optional.empty();
            }
        }
        return Optional.of(Hl7Reading.rejected(header, new Hl7Problem("MSH", 1, 21, 1, UNSUPPORTED_MESSAGE_TYPE,
                "the profile " + quoted(text(profiles[0].getEntityIdentifier().getValue()))
                        + " is not NAACCR Volume V (VOL_V_30_ORU_R01, VOL_V_40_ORU_R01 or VOL_V_50_ORU_R01)")));
    }

    private Patient patient(PID pid, List<Hl7Problem> problems) throws HL7Exception {
        List<PatientIdentifier> identifiers = new ArrayList<>();
        for (CX cx : pid.getPatientIdentifierList()) {
            String value = text(cx.getIDNumber().getValue());
            String type = text(cx.getIdentifierTypeCode().getValue());
            if (value.isEmpty()) {
                continue;
            }
            if (type.equals("SS")) {
                value = value.replace("-", "");
                if (!SSN.matcher(value).matches()) {
                    problems.add(Hl7Problem.invalid("PID", 3, 1, "a social security number (type SS) has 9 digits"));
                }
            }
            identifiers.add(new PatientIdentifier(type, value));
        }
        if (identifiers.isEmpty()) {
            problems.add(Hl7Problem.missing("PID", 3, 1, "a patient identifier"));
        }
        XPN name = pid.getPatientName(0);
        String lastName = required(name.getFamilyName().getSurname().getValue(), "PID", 5, 1, "the patient's last name", problems);
        String firstName = text(name.getGivenName().getValue());
        String middleName = text(name.getSecondAndFurtherGivenNamesOrInitialsThereof().getValue());
        String dateOfBirth = requiredDate(pid.getDateTimeOfBirth().getTime().getValue(), "PID", 7,
                "the patient's date of birth", problems);
        String sex = text(pid.getAdministrativeSex().getValue());
        if (!sex.isEmpty() && !HL7_SEX.contains(sex)) {
            problems.add(Hl7Problem.unknownCode("PID", 8, "sex must be a code of HL7 table 0001 (F, M, O, U, A, N)"));
        }
        String race = pid.getRaceReps() == 0 ? "" : text(pid.getRace(0).getIdentifier().getValue());
        Address address = null;
        if (pid.getPatientAddressReps() > 0) {
            XAD xad = pid.getPatientAddress(0);
            address = new Address(text(xad.getStreetAddress().getStreetOrMailingAddress().getValue()), text(xad.getCity().getValue()),
                    text(xad.getStateOrProvince().getValue()), text(xad.getZipOrPostalCode().getValue()),
                    text(xad.getCountyParishCode().getValue()));
        }
        return new Patient(identifiers, lastName, firstName, middleName, dateOfBirth, sex, race, address);
    }

    private static Hl7Problem unparseable(Exception e) {
        // HAPI's own message says what it could not read; it quotes no field values.
        String reason = e instanceof HL7Exception hl7 && hl7.getMessage() != null ? hl7.getMessage() : "the message cannot be parsed";
        return new Hl7Problem("MSH", 1, 0, 0, APPLICATION_INTERNAL_ERROR, "not a parseable HL7 v2.5.1 message: " + reason);
    }

    private static String required(String value, String segment, int field, int component, String what, List<Hl7Problem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            problems.add(Hl7Problem.missing(segment, field, component, what));
        }
        return text;
    }

    private static String requiredDate(String value, String segment, int field, String what, List<Hl7Problem> problems) {
        String text = required(value, segment, field, 0, what, problems);
        return text.isEmpty() ? "" : optionalDate(text, segment, field, what, problems);
    }

    private static String optionalDate(String value, String segment, int field, String what, List<Hl7Problem> problems) {
        return optionalDate(value, segment, field, what, problems, 1);
    }

    private static String optionalDate(String value, String segment, int field, String what, List<Hl7Problem> problems,
            int sequence) {
        String text = text(value);
        if (text.isEmpty()) {
            return "";
        }
        Optional<String> date = Hl7Dates.datePart(text);
        if (date.isEmpty()) {
            problems.add(Hl7Problem.invalid(segment, field, 0, what + " is not a valid HL7 date (YYYY[MM[DD[HHMM[SS]]]])")
                    .inRepetition(sequence));
        }
        return date.orElse("");
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** A value of the lab's, as a reason may quote it: short, whatever the lab sent. */
    private static String quoted(String value) {
        return value == null ? "" : value.length() > QUOTED_LENGTH ? value.substring(0, QUOTED_LENGTH) + "..." : value;
    }
}
