package org.cancerregistry.abstracting.workqueue;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.abstracting.audit.AuditEvent.Change;
import org.cancerregistry.abstracting.audit.AuditTrail;
import org.cancerregistry.abstracting.linkage.LinkDecision;
import org.cancerregistry.abstracting.linkage.PatientLinkage;
import org.cancerregistry.abstracting.patient.Patient;
import org.cancerregistry.abstracting.patient.PatientLinker;
import org.cancerregistry.abstracting.patient.PatientRepository;
import org.cancerregistry.abstracting.patient.ReportedPatientItems;
import org.cancerregistry.abstracting.primaries.PrimaryDecision;
import org.cancerregistry.abstracting.report.PathologyReport;
import org.cancerregistry.abstracting.report.PathologyReportRepository;
import org.cancerregistry.abstracting.tumor.AbstractStatus;
import org.cancerregistry.abstracting.tumor.CodeSuggestions;
import org.cancerregistry.abstracting.tumor.ReportedTumorItems;
import org.cancerregistry.abstracting.tumor.Tumor;
import org.cancerregistry.abstracting.tumor.TumorLinkage;
import org.cancerregistry.abstracting.tumor.TumorLinker;
import org.cancerregistry.abstracting.tumor.TumorRepository;

import io.smallrye.mutiny.Uni;

/**
 * Links a queued report to its patient and tumor: automatically when the linkage is clear, or as a
 * registrar decides when it waits for review. A report linked to a new tumor pre-fills its abstract
 * with the path report items and suggested codes. Every link and move is recorded in the audit trail of each patient
 * concerned. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ReportLinking {

    private final PatientRepository patients;
    private final TumorRepository tumors;
    private final WorkQueueRepository queue;
    private final PathologyReportRepository reports;
    private final PatientLinker patientLinker;
    private final TumorLinker tumorLinker;
    private final AuditTrail audit;
    private final Clock clock;

    ReportLinking(PatientRepository patients, TumorRepository tumors, WorkQueueRepository queue, PathologyReportRepository reports,
            PatientLinker patientLinker, TumorLinker tumorLinker, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.tumors = tumors;
        this.queue = queue;
        this.reports = reports;
        this.patientLinker = patientLinker;
        this.tumorLinker = tumorLinker;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a new report, linked as far as the service can decide on its own. A lab's corrected report
     * takes the place of the version it corrects while that one still waits for a registrar.
     */
    public Uni<Void> queue(PathologyReport report) {
        Uni<Integer> superseded = report.supersedesReportId == null
                ? Uni.createFrom().item(0)
                : queue.supersede(report.supersedesReportId);
        return superseded.flatMap(ignored -> link(report));
    }

    private Uni<Void> link(PathologyReport report) {
        WorkQueueItem item = new WorkQueueItem();
        item.id = UUID.randomUUID();
        item.reportId = report.id;
        // A report the screening found not reportable is queued only when a registrar overrides it.
        item.reportability = "NOT_REPORTABLE".equals(report.reportability) ? Reportability.REGISTRAR_OVERRIDE
                : Reportability.valueOf(report.reportability);
        item.queuedAt = Instant.now(clock);
        item.status = WorkQueueStatus.LINKAGE_REVIEW;
        return patientLinker.link(PatientLinker.personOf(ReportedPatientItems.of(report.patient)))
                .flatMap(linkage -> {
                    item.patientLinkage = linkage;
                    return switch (linkage.decision()) {
                        case LINK -> patients.findById(linkage.candidatePatientId()).flatMap(p -> linkTumor(item, report, p)
                                .call(linked -> audited(AuditTrail.SYSTEM, report, p, linked.tumorId, false)));
                        case NEW_PATIENT -> newPatient(report).flatMap(p -> linkTumor(item, report, p)
                                .call(linked -> audited(AuditTrail.SYSTEM, report, p, linked.tumorId, true)));
                        case REVIEW -> Uni.createFrom().item(item);
                    };
                })
                .flatMap(queue::persist)
                .replaceWithVoid();
    }

    /** A registrar's decision on the patient of a queued report: this registry patient, or a new one (null). */
    public Uni<WorkQueueItem> decidePatient(UUID itemId, UUID patientId, String registrar) {
        return withQueuedReport(itemId, (item, report) -> decidePatient(item, report, patientId, registrar));
    }

    /** A registrar's decision on the tumor of a queued report: this tumor of the patient, or a new one (null). */
    public Uni<WorkQueueItem> decideTumor(UUID itemId, UUID tumorId, String registrar) {
        return withQueuedReport(itemId, (item, report) -> decideTumor(item, report, tumorId, registrar));
    }

    private Uni<WorkQueueItem> withQueuedReport(UUID itemId, BiFunction<WorkQueueItem, PathologyReport, Uni<WorkQueueItem>> decision) {
        return queue.findById(itemId).onItem().ifNull().failWith(() -> new NotFoundException("No work-queue item " + itemId))
                .flatMap(item -> reports.findById(item.reportId).flatMap(report -> decision.apply(item, report)));
    }

    private Uni<WorkQueueItem> decidePatient(WorkQueueItem item, PathologyReport report, UUID patientId, String registrar) {
        Uni<Patient> patient = patientId == null
                ? newPatient(report)
                : patients.findById(patientId).onItem().ifNull().failWith(() -> new NotFoundException("No patient " + patientId));
        UUID patientBefore = report.patientId;
        UUID tumorBefore = report.tumorId;
        return patient.flatMap(p -> {
            item.patientLinkage = new PatientLinkage(patientId == null ? LinkDecision.NEW_PATIENT : LinkDecision.LINK, p.id,
                    item.patientLinkage == null ? 0 : item.patientLinkage.weight(), "decided by " + registrar,
                    item.patientLinkage == null ? Map.of() : item.patientLinkage.fields());
            item.tumorId = null;
            item.tumorLinkage = null;
            return linkTumor(item, report, p)
                    .call(linked -> movedAway(registrar, report, patientBefore, tumorBefore, linked))
                    .call(linked -> audited(registrar, report, p, linked.tumorId, patientId == null));
        });
    }

    private Uni<WorkQueueItem> decideTumor(WorkQueueItem item, PathologyReport report, UUID tumorId, String registrar) {
        if (item.patientId == null) {
            return Uni.createFrom().failure(new ClientErrorException("Decide the patient first.", Response.Status.CONFLICT));
        }
        UUID tumorBefore = report.tumorId;
        Uni<WorkQueueItem> decided = tumorId == null
                ? patients.findById(item.patientId).flatMap(patient -> newTumor(patient, report)).map(tumor -> {
                    linked(item, report, tumor.id, new TumorLinkage(PrimaryDecision.MULTIPLE, tumor.id, "decided by " + registrar,
                            "a new primary"));
                    return item;
                })
                : existingTumor(item, report, tumorId, registrar);
        return decided.call(linked -> movedAway(registrar, report, item.patientId, tumorBefore, linked))
                .call(linked -> audit.linked(registrar, item.patientId, item.tumorId, report.id, Map.of()));
    }

    private Uni<WorkQueueItem> existingTumor(WorkQueueItem item, PathologyReport report, UUID tumorId, String registrar) {
        return tumors.findById(tumorId)
                .onItem().ifNull().failWith(() -> new NotFoundException("No tumor " + tumorId))
                .map(tumor -> {
                    if (!tumor.patientId.equals(item.patientId)) {
                        throw new ClientErrorException("The tumor belongs to another patient.", Response.Status.CONFLICT);
                    }
                    linked(item, report, tumor.id, new TumorLinkage(PrimaryDecision.SINGLE, tumor.id, "decided by " + registrar,
                            "the same primary"));
                    return item;
                });
    }

    private Uni<WorkQueueItem> linkTumor(WorkQueueItem item, PathologyReport report, Patient patient) {
        item.patientId = patient.id;
        report.patientId = patient.id;
        Map<String, String> reportItems = ReportedTumorItems.of(report);
        Map<String, String> suggestions = CodeSuggestions.from(report.diagnosisText());
        return patients.addIdentifiers(patient.id, ReportedPatientItems.identifiers(report.patient))
                .flatMap(added -> tumors.ofPatient(patient.id)).flatMap(existing -> {
            TumorLinkage linkage = tumorLinker.link(TumorLinker.facts(reportItems, suggestions), existing);
            item.tumorLinkage = linkage;
            return switch (linkage.decision()) {
                case SINGLE -> {
                    linked(item, report, linkage.tumorId(), linkage);
                    yield Uni.createFrom().item(item);
                }
                case QUESTIONABLE -> {
                    item.status = WorkQueueStatus.LINKAGE_REVIEW;
                    yield Uni.createFrom().item(item);
                }
                case MULTIPLE -> newTumor(patient, report).map(tumor -> {
                    linked(item, report, tumor.id, linkage);
                    return item;
                });
            };
        });
    }

    /** The LINK row of a report's patient; a patient created from the report shows its new patientIdNumber. */
    private Uni<Void> audited(String actor, PathologyReport report, Patient patient, UUID tumorId, boolean created) {
        Map<String, Change> alsoChanged = created
                ? Map.of("patientIdNumber", new Change(null, patient.items.get("patientIdNumber")))
                : Map.of();
        return audit.linked(actor, patient.id, tumorId, report.id, alsoChanged);
    }

    /** The UNLINK row of the patient (or tumor) a registrar's decision took the report away from, if it moved. */
    private Uni<Void> movedAway(String registrar, PathologyReport report, UUID patientBefore, UUID tumorBefore, WorkQueueItem now) {
        boolean otherPatient = patientBefore != null && !patientBefore.equals(now.patientId);
        boolean otherTumor = tumorBefore != null && !tumorBefore.equals(now.tumorId);
        return otherPatient || otherTumor
                ? audit.unlinked(registrar, patientBefore, tumorBefore, report.id)
                : Uni.createFrom().voidItem();
    }

    private static void linked(WorkQueueItem item, PathologyReport report, UUID tumorId, TumorLinkage linkage) {
        item.tumorId = tumorId;
        item.tumorLinkage = linkage;
        item.status = WorkQueueStatus.OPEN;
        report.tumorId = tumorId;
    }

    private Uni<Patient> newPatient(PathologyReport report) {
        return patients.nextPatientIdNumber().flatMap(number -> {
            Patient patient = new Patient();
            patient.id = UUID.randomUUID();
            patient.items = new HashMap<>(ReportedPatientItems.of(report.patient));
            patient.items.put("patientIdNumber", number);
            patient.createdAt = Instant.now(clock);
            patient.indexItems();
            return patients.persist(patient).flatMap(stored -> patientLinker.index(stored).replaceWith(stored));
        });
    }

    private Uni<Tumor> newTumor(Patient patient, PathologyReport report) {
        return tumors.count("patientId", patient.id).flatMap(existing -> {
            Tumor tumor = newTumor(patient, report, existing.intValue() + 1);
            return tumors.persist(tumor);
        });
    }

    private Tumor newTumor(Patient patient, PathologyReport report, int tumorRecordNumber) {
        Tumor tumor = new Tumor();
        tumor.id = UUID.randomUUID();
        tumor.patientId = patient.id;
        tumor.items = new HashMap<>(ReportedTumorItems.of(report));
        tumor.items.put("tumorRecordNumber", String.format("%02d", tumorRecordNumber));
        tumor.suggestions = new HashMap<>(CodeSuggestions.from(report.diagnosisText()));
        tumor.status = AbstractStatus.IN_PROGRESS;
        tumor.createdAt = Instant.now(clock);
        tumor.indexItems();
        return tumor;
    }
}
