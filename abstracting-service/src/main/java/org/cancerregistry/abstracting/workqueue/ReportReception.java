package org.cancerregistry.abstracting.workqueue;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.event.ProcessedEvents;
import org.cancerregistry.abstracting.report.PathologyReport;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.cancerregistry.abstracting.report.PathologyReportRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Receives a pathology report from intake, once: keeps it, and when it is reportable or needs review
 * hands it to {@link ReportLinking}. Everything happens in one transaction with the record of the
 * event id, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class ReportReception {

    private final ProcessedEvents processed;
    private final PathologyReportRepository reports;
    private final ReportLinking linking;

    ReportReception(ProcessedEvents processed, PathologyReportRepository reports, ReportLinking linking) {
        this.processed = processed;
        this.reports = reports;
        this.linking = linking;
    }

    public Uni<Void> receive(PathologyReportReceived event) {
        return Panache.withTransaction(() -> processed.firstTime(event.eventId(), PathologyReportReceived.TOPIC)
                .flatMap(first -> first ? store(event) : Uni.createFrom().voidItem()));
    }

    private Uni<Void> store(PathologyReportReceived event) {
        PathologyReport report = PathologyReport.of(event);
        return reports.persist(report).flatMap(stored -> "NOT_REPORTABLE".equals(stored.reportability)
                ? Uni.createFrom().voidItem()
                : linking.queue(stored));
    }
}
