package org.cancerregistry.intake.report;

import static org.cancerregistry.intake.Roles.LAB;
import static org.cancerregistry.intake.Roles.REGISTRAR;
import static org.cancerregistry.intake.Roles.REGISTRY_MANAGER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.intake.lab.LabIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/pathology-reports")
@Produces(MediaType.APPLICATION_JSON)
public class PathologyReportResource {

    private final PathologyReportRepository reports;
    private final SecurityIdentity caller;
    private final LabIdentity lab;

    PathologyReportResource(PathologyReportRepository reports, SecurityIdentity caller, LabIdentity lab) {
        this.reports = reports;
        this.caller = caller;
        this.lab = lab;
    }

    @GET
    @RolesAllowed({ LAB, REGISTRAR, REGISTRY_MANAGER })
    @Operation(summary = "List pathology reports, newest first",
            description = "A laboratory sees only the reports it submitted; registrars see every report.")
    public Uni<ResultPage<ReportSummary>> list(
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        Uni<List<PathologyReport>> found = seesAllReports()
                ? reports.listAll(Page.of(page, size))
                : reports.listOfLab(callingLab(), Page.of(page, size));
        return found.map(list -> new ResultPage<>(list.stream().map(ReportSummary::of).toList(), page, size));
    }

    private boolean seesAllReports() {
        return caller.hasRole(REGISTRAR) || caller.hasRole(REGISTRY_MANAGER);
    }

    private String callingLab() {
        return lab.clia().orElseThrow(() -> new ForbiddenException("The lab's token carries no CLIA number."));
    }
}
