package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.abstracting.audit.AuditTrail;
import org.cancerregistry.abstracting.item.NaaccrItems;
import org.cancerregistry.abstracting.linkage.FieldAgreement;
import org.cancerregistry.abstracting.patient.Patient;
import org.cancerregistry.abstracting.patient.PatientRepository;
import org.cancerregistry.abstracting.problem.InvalidParameterException;
import org.cancerregistry.abstracting.report.PathologyReport;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.cancerregistry.abstracting.report.PathologyReportRepository;
import org.cancerregistry.abstracting.tumor.Tumor;
import org.cancerregistry.abstracting.tumor.TumorAbstract;
import org.cancerregistry.abstracting.tumor.TumorAbstracts;
import org.cancerregistry.abstracting.tumor.TumorRepository;
import org.cancerregistry.abstracting.workqueue.ReportLinking;
import org.cancerregistry.abstracting.workqueue.WorkQueueItem;
import org.cancerregistry.abstracting.workqueue.WorkQueueRepository;
import org.cancerregistry.abstracting.workqueue.WorkQueueStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A pathology report beside its abstract: the report's text with the screening's terms marked, the patient and tumor
 * linkage to accept or reject, and the abstract editor, whose checks follow every edit as the registrar types.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class AbstractPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance abstractPage(QueueItem item, List<ReportView> reports, PatientReview patientReview,
                TumorReview tumorReview, AbstractEditor editor);

        static native TemplateInstance abstractPage$checks(AbstractEditor editor, List<FieldError> fieldErrors, String completed);
    }

    public record QueueItem(UUID id, String status, String reportability) {
    }

    /** A report as the lab sent it: the patient as reported, and each text section with the matched terms marked. */
    public record ReportView(UUID id, String lab, String accessionNumber, String received, String collected, String patientName,
            String dateOfBirth, String sex, List<SectionView> sections) {
    }

    public record SectionView(String name, String html) {
    }

    /** The best registry patient for a report the service could not link on its own. */
    public record PatientReview(UUID candidateId, String candidateName, String candidateBirth, String candidateNumber,
            String decision, String score, String rule, Map<String, FieldAgreement> fields) {
    }

    public record TumorReview(UUID candidateId, String candidate, String decision, String rule, String reason) {
    }

    /**
     * What became of one posted field: an error message or none, the value the item has now (the field's new
     * {@code base:}) and whether the field must show that value because someone else changed it.
     */
    public record FieldError(String naaccrId, String message, String value, boolean conflict) {
    }

    private static final String SEEN_PREFIX = "base:";

    private final WorkQueueRepository queue;
    private final PathologyReportRepository reports;
    private final PatientRepository patients;
    private final TumorRepository tumors;
    private final ReportLinking linking;
    private final TumorAbstracts abstracts;
    private final AuditTrail audit;
    private final CurrentRegistrar registrar;

    AbstractPage(WorkQueueRepository queue, PathologyReportRepository reports, PatientRepository patients, TumorRepository tumors,
            ReportLinking linking, TumorAbstracts abstracts, AuditTrail audit, CurrentRegistrar registrar) {
        this.queue = queue;
        this.reports = reports;
        this.patients = patients;
        this.tumors = tumors;
        this.linking = linking;
        this.abstracts = abstracts;
        this.audit = audit;
        this.registrar = registrar;
    }

    private record Review(WorkQueueItem item, PathologyReport report, PatientReview patient, TumorReview tumor) {
    }

    @GET
    @Path("/work-queue/{id}")
    public Uni<TemplateInstance> queueItem(@RestPath UUID id) {
        String actor = registrar.getName();
        Uni<Review> review = Panache.withTransaction(() -> item(id).flatMap(item -> reports.findById(item.reportId)
                .flatMap(report -> patientReview(item, actor).flatMap(patient -> tumorReview(item)
                        .flatMap(tumor -> (item.patientId == null ? Uni.createFrom().voidItem()
                                : audit.read(actor, item.patientId, item.tumorId))
                                .replaceWith(new Review(item, report, patient, tumor)))))));
        return review.flatMap(found -> editor(found.item.tumorId, actor).map(editor -> Templates.abstractPage(
                new QueueItem(found.item.id, Display.words(found.item.status.name()), Display.words(found.item.reportability.name())),
                List.of(reportView(found.report)), found.patient, found.tumor, editor)));
    }

    @GET
    @Path("/tumors/{id}")
    public Uni<TemplateInstance> tumor(@RestPath UUID id) {
        String actor = registrar.getName();
        return abstracts.read(id, actor).flatMap(tumor -> reports.list("tumorId", id).map(found -> Templates.abstractPage(
                null, found.stream().map(AbstractPage::reportView).toList(), null, null, AbstractEditor.of(tumor))));
    }

    @POST
    @Path("/work-queue/{id}/patient-linkage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decidePatient(@RestPath UUID id, @RestForm String patientId) {
        String actor = registrar.getName();
        return Panache.withTransaction(() -> linking.decidePatient(id, uuid(patientId), actor))
                .map(item -> Response.seeOther(URI.create("/ui/work-queue/" + id)).build());
    }

    @POST
    @Path("/work-queue/{id}/tumor-linkage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideTumor(@RestPath UUID id, @RestForm String tumorId) {
        String actor = registrar.getName();
        return Panache.withTransaction(() -> linking.decideTumor(id, uuid(tumorId), actor))
                .map(item -> Response.seeOther(URI.create("/ui/work-queue/" + id)).build());
    }

    /**
     * One edit from the editor (htmx): saved when every value fits its item, then the checks as they stand. Each field
     * also sends the value it showed ({@code base:<naaccrId>}): an edit is merged with what others saved meanwhile
     * unless they changed the same item, and then the answer is 409 with the value that item has now.
     */
    @POST
    @Path("/tumors/{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> changeItems(@RestPath UUID id, MultivaluedMap<String, String> form) {
        String actor = registrar.getName();
        Map<String, String> changes = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        form.forEach((name, values) -> {
            if (values.isEmpty()) {
                return;
            }
            if (NaaccrItems.find(name).isPresent()) {
                changes.put(name, values.get(0));
            } else if (name.startsWith(SEEN_PREFIX) && NaaccrItems.find(name.substring(SEEN_PREFIX.length())).isPresent()) {
                seen.put(name.substring(SEEN_PREFIX.length()), values.get(0));
            }
        });
        return abstracts.merge(id, changes, seen, actor)
                .map(tumor -> checks(200, tumor, changes.keySet().stream().map(naaccrId -> new FieldError(naaccrId, "",
                        valueOf(tumor, naaccrId), false)).toList()))
                .onFailure(InvalidParameterException.class).recoverWithUni(invalid -> abstracts.read(id, actor)
                        .map(tumor -> checks(200, tumor, fieldErrors(tumor, changes, (InvalidParameterException) invalid))))
                .onFailure(TumorAbstracts.ChangedConcurrently.class).recoverWithItem(failure -> {
                    var conflict = (TumorAbstracts.ChangedConcurrently) failure;
                    return checks(409, conflict.current, changes.keySet().stream().map(naaccrId -> conflictError(conflict, changes,
                            naaccrId)).toList());
                });
    }

    private static Response checks(int status, TumorAbstract tumor, List<FieldError> fieldErrors) {
        return Response.status(status).type(MediaType.TEXT_HTML)
                .entity(Templates.abstractPage$checks(AbstractEditor.of(tumor), fieldErrors, null)).build();
    }

    private static FieldError conflictError(TumorAbstracts.ChangedConcurrently conflict, Map<String, String> changes, String naaccrId) {
        String now = valueOf(conflict.current, naaccrId);
        boolean changedByOthers = conflict.conflictingItems.isEmpty() || conflict.conflictingItems.contains(naaccrId);
        String message = changedByOthers
                ? "Changed by someone else: it is now “" + now + "”; your “" + changes.get(naaccrId) + "” was not saved."
                : "Not saved, as another item of this edit was changed by someone else.";
        return new FieldError(naaccrId, message, now, true);
    }

    private static String valueOf(TumorAbstract tumor, String naaccrId) {
        return tumor.patientItems().getOrDefault(naaccrId, tumor.tumorItems().getOrDefault(naaccrId, ""));
    }

    @POST
    @Path("/tumors/{id}/completion")
    public Uni<TemplateInstance> complete(@RestPath UUID id) {
        String actor = registrar.getName();
        return abstracts.complete(id, actor)
                .map(tumor -> Templates.abstractPage$checks(AbstractEditor.of(tumor), List.of(),
                        Display.instant(tumor.completedAt())))
                .onFailure(TumorAbstracts.EditsFailing.class).recoverWithUni(refused -> abstracts.read(id, actor)
                        .map(tumor -> Templates.abstractPage$checks(AbstractEditor.of(tumor), List.of(), null)))
                .onFailure(TumorAbstracts.ChangedConcurrently.class).recoverWithItem(conflict -> Templates.abstractPage$checks(
                        AbstractEditor.of(((TumorAbstracts.ChangedConcurrently) conflict).current), List.of(), null));
    }

    private Uni<AbstractEditor> editor(UUID tumorId, String actor) {
        return tumorId == null ? Uni.createFrom().nullItem() : abstracts.read(tumorId, actor).map(AbstractEditor::of);
    }

    private Uni<PatientReview> patientReview(WorkQueueItem item, String actor) {
        if (item.status != WorkQueueStatus.LINKAGE_REVIEW || item.patientId != null || item.patientLinkage == null) {
            return Uni.createFrom().nullItem();
        }
        var linkage = item.patientLinkage;
        Uni<Patient> candidate = linkage.candidatePatientId() == null ? Uni.createFrom().nullItem()
                : patients.findById(linkage.candidatePatientId());
        return candidate.flatMap(patient -> (patient == null ? Uni.createFrom().voidItem() : audit.read(actor, patient.id, null))
                .replaceWith(new PatientReview(patient == null ? null : patient.id,
                        patient == null ? "" : patient.nameLast + ", " + patient.nameFirst,
                        patient == null ? "" : Display.naaccrDate(patient.dateOfBirth),
                        patient == null ? "" : patient.items.get("patientIdNumber"),
                        Display.words(linkage.decision().name()), String.format(java.util.Locale.ROOT, "%.1f", linkage.weight()),
                        linkage.rule(), linkage.fields())));
    }

    private Uni<TumorReview> tumorReview(WorkQueueItem item) {
        if (item.patientId == null || item.tumorId != null || item.tumorLinkage == null) {
            return Uni.createFrom().nullItem();
        }
        var linkage = item.tumorLinkage;
        Uni<Tumor> candidate = linkage.tumorId() == null ? Uni.createFrom().nullItem() : tumors.findById(linkage.tumorId());
        return candidate.map(tumor -> new TumorReview(tumor == null ? null : tumor.id,
                tumor == null ? "" : "Tumor " + tumor.items.get("tumorRecordNumber") + ": site " + tumor.primarySite
                        + ", histology " + tumor.histology + ", diagnosed " + Display.naaccrDate(tumor.dateOfDiagnosis),
                Display.words(linkage.decision().name()), linkage.rule(), linkage.reason()));
    }

    private Uni<WorkQueueItem> item(UUID id) {
        return queue.findById(id).onItem().ifNull().failWith(() -> new NotFoundException("No work-queue item " + id));
    }

    private static ReportView reportView(PathologyReport report) {
        ReportedPatient patient = report.patient;
        return new ReportView(report.id, report.labName == null ? report.labClia : report.labName, report.accessionNumber,
                Display.instant(report.receivedAt), Display.naaccrDate(report.specimenCollectionDate),
                patient.lastName() + ", " + patient.firstName(), Display.naaccrDate(patient.dateOfBirth()), patient.sex(),
                report.sections.stream().map(section -> new SectionView(section.name(),
                        ReportText.highlighted(section.text(), report.screeningTerms))).toList());
    }

    private static List<FieldError> fieldErrors(TumorAbstract tumor, Map<String, String> changes, InvalidParameterException invalid) {
        return changes.keySet().stream().map(naaccrId -> new FieldError(naaccrId, invalid.invalidParams().stream()
                .filter(param -> param.name().equals("items." + naaccrId))
                .map(param -> param.reason() + " (not saved)")
                .findFirst().orElse(""), valueOf(tumor, naaccrId), false)).toList();
    }

    private static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
    }
}
