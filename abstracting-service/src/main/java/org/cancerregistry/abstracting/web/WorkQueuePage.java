package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.abstracting.linkage.PatientLinkage;
import org.cancerregistry.abstracting.report.PathologyReport;
import org.cancerregistry.abstracting.report.PathologyReportRepository;
import org.cancerregistry.abstracting.tumor.TumorLinkage;
import org.cancerregistry.abstracting.workqueue.Reportability;
import org.cancerregistry.abstracting.workqueue.WorkQueueItem;
import org.cancerregistry.abstracting.workqueue.WorkQueueRepository;
import org.cancerregistry.abstracting.workqueue.WorkQueueStatus;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The registrar's work queue: new reports with their screening and linkage, filtered and sorted; N opens the next. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class WorkQueuePage {

    private static final int PAGE_SIZE = 100;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance workQueue(List<Row> rows, Filter filter);
    }

    /** One queued report as the queue lists it: no PHI. */
    public record Row(UUID id, String queuedAt, String reportability, String status, String lab,
            String accessionNumber, List<String> matchedTerms, String patientLinkage, String patientScore, String tumorLinkage) {
    }

    public record Filter(String status, String reportability, String sort) {

        List<WorkQueueStatus> statuses() {
            return status == null || status.isBlank() ? List.of(WorkQueueStatus.LINKAGE_REVIEW, WorkQueueStatus.OPEN)
                    : List.of(WorkQueueStatus.valueOf(status));
        }

        List<Reportability> reportabilities() {
            return reportability == null || reportability.isBlank() ? List.of(Reportability.values())
                    : List.of(Reportability.valueOf(reportability));
        }

        boolean newestFirst() {
            return "newest".equals(sort);
        }
    }

    private final WorkQueueRepository queue;
    private final PathologyReportRepository reports;

    WorkQueuePage(WorkQueueRepository queue, PathologyReportRepository reports) {
        this.queue = queue;
        this.reports = reports;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/ui/work-queue")).build();
    }

    @GET
    @Path("/work-queue")
    public Uni<TemplateInstance> workQueue(@RestQuery String status, @RestQuery String reportability, @RestQuery String sort) {
        Filter filter = new Filter(known(status, WorkQueueStatus.class), known(reportability, Reportability.class),
                "newest".equals(sort) ? "newest" : "oldest");
        return Panache.withSession(() -> queue.list(filter.statuses(), filter.reportabilities(), filter.newestFirst(),
                Page.ofSize(PAGE_SIZE)).flatMap(items -> reportsOf(items).map(byId -> items.stream()
                        .map(item -> row(item, byId.get(item.reportId))).toList())))
                .map(rows -> Templates.workQueue(rows, filter));
    }

    /** The oldest report waiting for a registrar; back to the queue when none waits. */
    @GET
    @Path("/work-queue/next")
    public Uni<Response> next() {
        return queue.list(List.of(WorkQueueStatus.LINKAGE_REVIEW, WorkQueueStatus.OPEN), List.of(Reportability.values()), false,
                Page.ofSize(1)).map(items -> Response.seeOther(URI.create(items.isEmpty() ? "/ui/work-queue?empty=true"
                        : "/ui/work-queue/" + items.get(0).id)).build());
    }

    private Uni<Map<UUID, PathologyReport>> reportsOf(List<WorkQueueItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reports.list("id in ?1", items.stream().map(item -> item.reportId).toList())
                .map(found -> found.stream().collect(Collectors.toMap(report -> report.id, Function.identity())));
    }

    private static Row row(WorkQueueItem item, PathologyReport report) {
        PatientLinkage patient = item.patientLinkage;
        TumorLinkage tumor = item.tumorLinkage;
        return new Row(item.id, Display.instant(item.queuedAt), Display.words(item.reportability.name()),
                Display.words(item.status.name()),
                report == null ? "" : report.labName == null ? report.labClia : report.labName,
                report == null ? "" : report.accessionNumber,
                report == null ? List.of() : report.screeningTerms,
                patient == null ? "" : Display.words(patient.decision().name()) + " — " + patient.rule(),
                patient == null ? "" : String.format(Locale.ROOT, "%.1f", patient.weight()),
                tumor == null ? "" : Display.words(tumor.decision().name()) + " — " + tumor.rule());
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return "";
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return value;
            }
        }
        return "";
    }
}
