package org.cancerregistry.intake.api;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.cancerregistry.intake.api.JsonPathologyReport.JsonPatient;
import org.cancerregistry.intake.problem.InvalidParameterException;
import org.cancerregistry.intake.problem.Problem.InvalidParam;
import org.cancerregistry.intake.report.PathologyReportContent;
import org.cancerregistry.intake.report.PathologyReportContent.Address;
import org.cancerregistry.intake.report.PathologyReportContent.Patient;
import org.cancerregistry.intake.report.PathologyReportContent.PatientIdentifier;
import org.cancerregistry.intake.report.PathologyReportContent.ReportSection;
import org.cancerregistry.intake.report.ReportItemCheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a JSON report body into the same content an HL7 message gives, and names every field at
 * fault when it cannot: the JSON path of the field and why.
 */
@ApplicationScoped
public class JsonReports {

    private static final DateTimeFormatter NAACCR_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern SSN = Pattern.compile("\\d{9}");

    private final ObjectMapper json;
    private final Validator validator;
    private final ReportItemCheck items;

    JsonReports(ObjectMapper json, Validator validator, ReportItemCheck items) {
        this.json = json;
        this.validator = validator;
        this.items = items;
    }

    public PathologyReportContent read(String body, String labClia) {
        JsonPathologyReport report = parse(body);
        List<InvalidParam> invalid = new ArrayList<>(validator.validate(report).stream()
                .map(violation -> new InvalidParam(violation.getPropertyPath().toString().replace(".<list element>", ""),
                        violation.getMessage()))
                .sorted(Comparator.comparing(InvalidParam::name))
                .toList());
        if (report.sections() != null && report.sections().stream().filter(Objects::nonNull)
                .noneMatch(s -> PathologyReportContent.FINAL_DIAGNOSIS.equals(s.loinc()) && s.text() != null && !s.text().isBlank())) {
            invalid.add(new InvalidParam("sections", "a final diagnosis section (LOINC 22637-3) with text is required"));
        }
        if (report.patient() != null && report.patient().identifiers() != null) {
            for (int i = 0; i < report.patient().identifiers().size(); i++) {
                var id = report.patient().identifiers().get(i);
                if (id != null && "SS".equals(id.type()) && id.value() != null && !SSN.matcher(id.value().replace("-", "")).matches()) {
                    invalid.add(new InvalidParam("patient.identifiers[" + i + "].value", "a social security number has 9 digits"));
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidParameterException(invalid);
        }
        PathologyReportContent content = content(report, labClia);
        List<InvalidParam> overLimits = items.violations(content).stream()
                .map(violation -> new InvalidParam(violation.path(), violation.reason()))
                .toList();
        if (!overLimits.isEmpty()) {
            throw new InvalidParameterException(overLimits);
        }
        return content;
    }

    private JsonPathologyReport parse(String body) {
        try {
            JsonPathologyReport report = json.readValue(body, JsonPathologyReport.class);
            if (report == null) {
                throw new InvalidParameterException("body", "the body is empty");
            }
            return report;
        } catch (InvalidFormatException e) {
            throw new InvalidParameterException(path(e), "'" + e.getValue() + "' is not a valid " + e.getTargetType().getSimpleName());
        } catch (MismatchedInputException e) {
            throw new InvalidParameterException(path(e), "has the wrong JSON type");
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException("body", "not well-formed JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static PathologyReportContent content(JsonPathologyReport report, String labClia) {
        JsonPatient patient = report.patient();
        Address address = patient.address() == null ? null
                : new Address(text(patient.address().street()), text(patient.address().city()), text(patient.address().state()),
                        text(patient.address().postalCode()), text(patient.address().county()));
        return new PathologyReportContent(report.messageControlId().trim(), null, labClia, report.accessionNumber().trim(),
                text(report.reportTypeLoinc()), text(report.reportTypeName()),
                report.specimenCollectionDate().format(NAACCR_DATE), "C".equals(report.resultStatus()),
                new Patient(patient.identifiers().stream()
                        .map(id -> new PatientIdentifier(id.type().trim(),
                                id.type().equals("SS") ? id.value().replace("-", "") : id.value().trim()))
                        .toList(),
                        patient.lastName().trim(), text(patient.firstName()), text(patient.middleName()),
                        patient.dateOfBirth().format(NAACCR_DATE), text(patient.sex()), text(patient.race()), address),
                text(report.orderingFacility()),
                report.sections().stream().map(s -> new ReportSection(s.loinc(), text(s.name()), s.text())).toList(),
                report.behaviorCodes() == null ? List.of() : List.copyOf(report.behaviorCodes()), List.of());
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
