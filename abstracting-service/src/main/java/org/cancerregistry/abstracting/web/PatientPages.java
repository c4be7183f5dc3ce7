package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.abstracting.audit.AuditEvent;
import org.cancerregistry.abstracting.audit.AuditPage;
import org.cancerregistry.abstracting.audit.AuditTrail;
import org.cancerregistry.abstracting.patient.Patient;
import org.cancerregistry.abstracting.patient.PatientFinder;
import org.cancerregistry.abstracting.patient.PatientRepository;
import org.cancerregistry.abstracting.patient.PatientSearch;
import org.cancerregistry.abstracting.problem.InvalidParameterException;
import org.cancerregistry.abstracting.report.PathologyReportRepository;
import org.cancerregistry.abstracting.tumor.TumorRepository;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Patient search and the patient's page: tumors, reports, follow-up (recorded through followup-service) and, for
 * managers, the audit trail. Every patient shown is recorded as read.
 */
@Path("/ui/patients")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class PatientPages {

    private static final int AUDIT_LINES = 200;
    private static final Map<String, String> LABELS = Map.of("lastName", "Last name", "firstName", "First name", "dateOfBirth",
            "Date of birth", "mrn", "Medical record number", "accessionNumber", "Accession number");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance patientSearch(Criteria criteria, List<Found> patients, boolean searched, List<String> errors);

        static native TemplateInstance patient(PatientView patient, List<TumorView> tumors, List<ReportLine> reports,
                List<AuditLine> audit, String contactMessage, String contactError);
    }

    public record Criteria(String lastName, String firstName, String dateOfBirth, String mrn, String accessionNumber) {
    }

    public record Found(UUID id, String name, String dateOfBirth, String patientIdNumber) {
    }

    public record PatientView(UUID id, String name, String dateOfBirth, String patientIdNumber, String sex, String vitalStatus,
            String dateOfLastContact) {
    }

    public record TumorView(UUID id, String tumorRecordNumber, String status, String primarySite, String histology,
            String dateOfDiagnosis) {
    }

    public record ReportLine(String received, String lab, String accessionNumber, String reportability) {
    }

    public record AuditLine(String occurredAt, String actor, String action, String changedItems) {
    }

    private final PatientRepository patients;
    private final TumorRepository tumors;
    private final PathologyReportRepository reports;
    private final AuditTrail audit;
    private final PatientFinder finder;
    private final FollowUpApi followUp;
    private final CurrentRegistrar registrar;

    PatientPages(PatientRepository patients, TumorRepository tumors, PathologyReportRepository reports, AuditTrail audit,
            PatientFinder finder, @RestClient FollowUpApi followUp, CurrentRegistrar registrar) {
        this.patients = patients;
        this.finder = finder;
        this.tumors = tumors;
        this.reports = reports;
        this.audit = audit;
        this.followUp = followUp;
        this.registrar = registrar;
    }

    /** The rules of the API's search (PatientSearch); criteria it refuses are shown on the page, answered 400. */
    @GET
    public Uni<Response> search(@RestQuery String lastName, @RestQuery String firstName, @RestQuery String dateOfBirth,
            @RestQuery String mrn, @RestQuery String accessionNumber) {
        Criteria criteria = new Criteria(blank(lastName), blank(firstName), blank(dateOfBirth), blank(mrn), blank(accessionNumber));
        if (Stream.of(lastName, firstName, dateOfBirth, mrn, accessionNumber).allMatch(value -> nullIfBlank(value) == null)) {
            return Uni.createFrom().item(Response.ok(Templates.patientSearch(criteria, List.of(), false, List.of())).build());
        }
        PatientSearch search;
        try {
            search = PatientSearch.of(lastName, firstName, dateOfBirth == null ? null : dateOfBirth.replace("-", ""), null, mrn,
                    accessionNumber);
        } catch (InvalidParameterException refused) {
            List<String> errors = refused.invalidParams().stream().map(param -> LABELS.get(param.name()) + ": " + param.reason())
                    .toList();
            return Uni.createFrom().item(Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.patientSearch(criteria, List.of(), false, errors)).build());
        }
        String actor = registrar.getName();
        return finder.find(search, Page.ofSize(50), actor)
                .map(found -> Response.ok(Templates.patientSearch(criteria, found.stream().map(patient -> new Found(patient.id,
                        patient.nameLast + ", " + patient.nameFirst, Display.naaccrDate(patient.dateOfBirth),
                        patient.items.get("patientIdNumber"))).toList(), true, List.of())).build());
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> patient(@RestPath UUID id) {
        return page(id, null, null);
    }

    /** Records a follow-up contact in followup-service; its result flows back to the abstract through Kafka. */
    @POST
    @Path("/{id}/follow-up-contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> recordContact(@RestPath UUID id, @RestForm String contactDate, @RestForm String source,
            @RestForm String outcome, @RestForm String vitalStatus, @RestForm String cancerStatus) {
        LocalDate date;
        try {
            date = LocalDate.parse(contactDate == null ? "" : contactDate.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return page(id, null, "Contact date must be a date (YYYY-MM-DD).");
        }
        boolean result = "RESULT".equals(outcome);
        FollowUpApi.Contact contact = new FollowUpApi.Contact(date, source, outcome, result ? nullIfBlank(vitalStatus) : null,
                result ? nullIfBlank(cancerStatus) : null, null);
        return followUp.record(id, contact)
                .flatMap(recorded -> page(id, "Contact of " + date + " recorded.", null))
                .onFailure().recoverWithUni(failure -> page(id, null, failure instanceof WebApplicationException refused
                        ? "Follow-up did not take the contact: " + Problems.detail(refused)
                        : "The follow-up service is not available; the contact was not recorded."));
    }

    private Uni<TemplateInstance> page(UUID id, String contactMessage, String contactError) {
        String actor = registrar.getName();
        boolean manager = registrar.isManager();
        return Panache.withTransaction(() -> patients.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No patient " + id))
                .flatMap(patient -> tumors.ofPatient(id).flatMap(tumorList -> reports.ofPatient(id).flatMap(reportList ->
                        audit.read(actor, id, null)
                                .flatMap(x -> manager ? audit.readTrail(actor, id, new AuditPage(0, AUDIT_LINES))
                                        : Uni.createFrom().item(List.<AuditEvent>of()))
                                .map(events -> Templates.patient(view(patient),
                                        tumorList.stream().map(t -> new TumorView(t.id, t.items.get("tumorRecordNumber"),
                                                Display.words(t.status.name()), t.primarySite, t.histology,
                                                Display.naaccrDate(t.dateOfDiagnosis))).toList(),
                                        reportList.stream().map(r -> new ReportLine(Display.instant(r.receivedAt),
                                                r.labName == null ? r.labClia : r.labName, r.accessionNumber,
                                                Display.words(r.reportability))).toList(),
                                        events.stream().map(PatientPages::auditLine).toList(),
                                        contactMessage, contactError))))));
    }

    private static PatientView view(Patient patient) {
        Map<String, String> items = patient.items;
        return new PatientView(patient.id, patient.nameLast + ", " + patient.nameFirst, Display.naaccrDate(patient.dateOfBirth),
                items.get("patientIdNumber"), items.getOrDefault("sexAssignedAtBirth", ""),
                switch (items.getOrDefault("vitalStatus", "")) {
                    case "1" -> "Alive";
                    case "0" -> "Dead";
                    default -> "Unknown";
                }, Display.naaccrDate(items.get("dateOfLastContact")));
    }

    private static AuditLine auditLine(AuditEvent event) {
        // Item names only: the audit page never repeats the values, which may identify the patient.
        return new AuditLine(Display.instant(event.occurredAt), event.actor, Display.words(event.action.name()),
                event.changes == null ? "" : String.join(", ", event.changes.keySet()));
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
