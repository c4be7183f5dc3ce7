package org.cancerregistry.benchmarks.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cancerregistry.benchmarks.Figures;
import org.cancerregistry.benchmarks.Platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * From a report accepted by intake (its AA acknowledgement received) to its item visible in the abstracting
 * service's work queue: the outbox relay, Kafka, and the abstracting consumer's linkage and queueing.
 * One report at a time, so that each is timed on an otherwise idle pipeline; every report is reportable
 * (reports screened as not reportable never reach the work queue).
 *
 * <p>Arguments: runs, reports per run.
 */
public final class PipelineBench {

    private static final long POLL_MILLIS = 10;
    /** Intake's outbox.relay-interval. */
    private static final long RELAY_INTERVAL_MILLIS = 1000;
    private static final long GIVE_UP_MILLIS = 60_000;

    private final HttpClient http = Platform.http();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int reports = Integer.parseInt(args[1]);
        PipelineBench bench = new PipelineBench();
        System.out.printf("Pipeline: accepted report to visible work-queue item, %d reports a run, one at a time%n", reports);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String lab = Platform.labToken();
            String registrar = Platform.registrarToken();
            double[] latencies = new double[reports];
            for (int i = 0; i < reports; i++) {
                // A random pause, or each report would be sent just after the outbox relay's last run, in step with it.
                Thread.sleep(ThreadLocalRandom.current().nextLong(RELAY_INTERVAL_MILLIS));
                latencies[i] = bench.timeOne(ReportableMessage.next(), lab, registrar);
            }
            p50.add(Figures.percentile(latencies, 50));
            p99.add(Figures.percentile(latencies, 99));
            Figures.run("pipeline p50", run, p50.get(run - 1), "ms");
        }
        Figures.figure("pipeline.accepted-to-work-queue.p50", p50, "ms");
        Figures.figure("pipeline.accepted-to-work-queue.p99", p99, "ms");
    }

    private double timeOne(ReportableMessage message, String lab, String registrar) throws Exception {
        HttpResponse<String> ack = http.send(HttpRequest.newBuilder(URI.create(Platform.INTAKE + "/api/v1/pathology-reports"))
                .header("Authorization", "Bearer " + lab).header("Content-Type", "application/hl7-v2")
                .POST(HttpRequest.BodyPublishers.ofString(message.text())).build(), HttpResponse.BodyHandlers.ofString());
        long accepted = System.nanoTime();
        if (ack.statusCode() != 200 || !ack.body().contains("MSA|AA")) {
            throw new IllegalStateException("intake did not accept a generated report: HTTP " + ack.statusCode());
        }
        String reportId = reportId(message.controlId(), lab);
        URI queue = URI.create(Platform.ABSTRACTING + "/api/v1/work-queue?reportId=" + reportId);
        while (System.nanoTime() - accepted < GIVE_UP_MILLIS * 1_000_000) {
            JsonNode page = get(queue, registrar);
            if (page.path("items").size() > 0) {
                return (System.nanoTime() - accepted) / 1e6;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("report " + reportId + " did not reach the work queue within a minute");
    }

    /** The lab's newest reports hold the one just accepted. */
    private String reportId(String controlId, String lab) throws Exception {
        JsonNode page = get(URI.create(Platform.INTAKE + "/api/v1/pathology-reports?size=20"), lab);
        for (JsonNode report : page.path("items")) {
            if (controlId.equals(report.path("messageControlId").asText())) {
                return report.path("id").asText();
            }
        }
        throw new IllegalStateException("the accepted report " + controlId + " is not among the lab's newest");
    }

    private JsonNode get(URI uri, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + ": HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
