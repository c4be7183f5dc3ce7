package org.cancerregistry.abstracting.api;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.abstracting.ApiExamples;
import org.cancerregistry.abstracting.audit.AuditEvent;
import org.cancerregistry.abstracting.audit.AuditPage;
import org.cancerregistry.abstracting.audit.AuditTrail;
import org.cancerregistry.abstracting.api.PatientRecord.ReportLine;
import org.cancerregistry.abstracting.api.PatientRecord.TumorLine;
import org.cancerregistry.abstracting.patient.PatientRepository;
import org.cancerregistry.abstracting.patient.PatientFinder;
import org.cancerregistry.abstracting.patient.PatientSearch;
import org.cancerregistry.abstracting.problem.ResultPage;
import org.cancerregistry.abstracting.report.PathologyReportRepository;
import org.cancerregistry.abstracting.tumor.TumorRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class PatientResource {

    private final PatientRepository patients;
    private final TumorRepository tumors;
    private final PathologyReportRepository reports;
    private final AuditTrail audit;
    private final PatientFinder finder;
    private final SecurityIdentity caller;

    PatientResource(PatientRepository patients, TumorRepository tumors, PathologyReportRepository reports, AuditTrail audit,
            PatientFinder finder, SecurityIdentity caller) {
        this.patients = patients;
        this.finder = finder;
        this.tumors = tumors;
        this.reports = reports;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search patients by last name and first name (prefixes), date of birth (YYYYMMDD), SSN, MRN or accession number",
            description = "Minimum necessary: " + PatientSearch.RULES + " Otherwise 400 problem JSON, as for a value with control "
                    + "characters (NUL...), a dateOfBirth that is not YYYYMMDD or an ssn that is not 9 digits. mrn matches any "
                    + "identifier a report gave for the patient; accessionNumber the accession number of any of the patient's "
                    + "pathology reports. Every patient listed is recorded in the audit trail as read.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one patient", value = ApiExamples.PATIENT_SEARCH)))
    public Uni<ResultPage<PatientSummary>> search(
            @RestQuery String lastName, @RestQuery String firstName, @RestQuery String dateOfBirth,
            @RestQuery String ssn, @RestQuery String mrn, @RestQuery String accessionNumber,
            @RestQuery @DefaultValue("0") @Min(0) @Max(AuditPage.MAX_PAGE) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        PatientSearch search = PatientSearch.of(lastName, firstName, dateOfBirth, ssn, mrn, accessionNumber);
        return finder.find(search, Page.of(page, size), actor())
                .map(found -> new ResultPage<>(found.stream().map(PatientSummary::of).toList(), page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A patient's record: items, tumors and pathology reports (the read is audited)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one tumor", value = ApiExamples.PATIENT_RECORD)))
    public Uni<PatientRecord> get(@RestPath UUID id) {
        return Panache.withTransaction(() -> patients.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No patient " + id))
                .flatMap(patient -> tumors.ofPatient(id).flatMap(tumorList -> reports.ofPatient(id).map(reportList ->
                        new PatientRecord(patient.id, patient.items,
                                tumorList.stream().map(t -> new TumorLine(t.id, t.status.name(), t.primarySite, t.histology,
                                        t.dateOfDiagnosis)).toList(),
                                reportList.stream().map(r -> new ReportLine(r.id, r.labClia, r.accessionNumber, r.receivedAt,
                                        r.reportability, r.tumorId)).toList()))))
                .call(record -> audit.read(actor(), id, null)));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(REGISTRY_MANAGER)
    @Operation(summary = "The audit trail of a patient's record, newest first: who read or changed what, when",
            description = "Reading the trail is itself recorded in it (READ_AUDIT). Each row carries previousHash and rowHash, "
                    + "the links of the hash chain that GET /api/v1/audit/verification checks.")
    public Uni<List<AuditEvent>> auditTrail(@RestPath UUID id,
            @Parameter(description = "0 to " + AuditPage.MAX_PAGE, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @RestQuery String page,
            @Parameter(description = "1 to " + AuditPage.MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
            @RestQuery String size) {
        AuditPage paging = AuditPage.of(page, size, 100);
        String actor = actor();
        return Panache.withTransaction(() -> patients.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No patient " + id))
                .flatMap(patient -> audit.readTrail(actor, id, paging)));
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }
}
