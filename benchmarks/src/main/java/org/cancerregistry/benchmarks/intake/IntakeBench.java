package org.cancerregistry.benchmarks.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.cancerregistry.benchmarks.Figures;
import org.cancerregistry.benchmarks.Platform;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Intake of HL7 reports over HTTP with a lab's real token: the latency at a fixed arrival rate (open loop,
 * measured from each request's scheduled time, so a stalled server cannot hide its queue), and the
 * sustained rate of accepted reports with many requests in flight, against the raw baseline of the same run.
 * The service is warmed up first with {@value #WARM_UP_SECONDS} s of load: on two cores its JIT compiler
 * needs that long before the figures settle, and "sustained" means after it has.
 *
 * <p>The load comes from Vert.x's HTTP client (keep-alive, one event loop), because the generator shares the
 * two cores with the service: java.net.http spent about 1 ms of CPU a request, a third of the machine.
 *
 * <p>Arguments: runs, seconds per run, arrival rate for the latency runs, requests in flight for the
 * throughput runs, reports per baseline run.
 */
public final class IntakeBench {

    private static final URI SUBMIT = URI.create(Platform.INTAKE + "/api/v1/pathology-reports");
    private static final int WARM_UP_SECONDS = 60;
    /** A lab may send its reports as an HL7 batch (FHS/BHS ... BTS/FTS); intake acknowledges each message of it. */
    private static final int BATCH_SIZE = 20;
    /** -Dbench.figures names the figures: intake (through the running platform) or intake-alone. */
    private static final String FIGURES = System.getProperty("bench.figures", "intake");

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient http;
    private final VolumeVMessages messages;

    private IntakeBench(VolumeVMessages messages, int connections) {
        this.messages = messages;
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(connections)
                .setPipelining(false).setConnectTimeout(10_000));
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int inFlight = Integer.parseInt(args[3]);
        int baselineReports = Integer.parseInt(args[4]);
        VolumeVMessages messages = VolumeVMessages.generate(500);
        IntakeBench bench = new IntakeBench(messages, Math.max(inFlight, 64));

        System.out.printf("Raw baseline: HAPI parse plus batched JDBC insert, %d reports a run, %d threads%n", baselineReports,
                Runtime.getRuntime().availableProcessors());
        List<Double> baseline = new ArrayList<>();
        RawBaseline raw = new RawBaseline(messages);
        raw.run(baselineReports / 4); // warm-up
        for (int run = 1; run <= runs; run++) {
            double perSecond = raw.run(baselineReports);
            Figures.run("baseline", run, perSecond, "reports/s");
            baseline.add(perSecond);
        }

        System.out.printf("Warm-up: %d s with %d requests in flight%n", WARM_UP_SECONDS, inFlight);
        bench.closedLoop(inFlight, WARM_UP_SECONDS, 1);

        System.out.printf("Latency at %d requests/s (open loop, %d s a run)%n", rate, seconds);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] latencies = bench.openLoop(rate, seconds);
            p50.add(Figures.percentile(latencies, 50));
            p99.add(Figures.percentile(latencies, 99));
            Figures.run("p99 at " + rate + "/s", run, p99.get(run - 1), "ms");
        }

        System.out.printf("Sustained intake with %d requests in flight (%d s a run)%n", inFlight, seconds);
        List<Double> sustained = new ArrayList<>();
        List<Double> saturatedP99 = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Throughput result = bench.closedLoop(inFlight, seconds, 1);
            sustained.add(result.perSecond());
            saturatedP99.add(result.p99());
            Figures.run("sustained", run, result.perSecond(), "reports/s");
        }

        System.out.printf("Sustained intake in batches of %d messages, %d batches in flight (%d s a run)%n", BATCH_SIZE,
                inFlight, seconds);
        List<Double> batched = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double perSecond = bench.closedLoop(inFlight, seconds, BATCH_SIZE).perSecond();
            Figures.run("batched", run, perSecond, "reports/s");
            batched.add(perSecond);
        }

        double baselineRate = Figures.figure(FIGURES + ".baseline (HAPI parse + JDBC batch)", baseline, "reports/s");
        Figures.figure(FIGURES + ".latency.p50 at " + rate + " req/s", p50, "ms");
        Figures.figure(FIGURES + ".latency.p99 at " + rate + " req/s", p99, "ms");
        double sustainedRate = Figures.figure(FIGURES + ".sustained (" + inFlight + " in flight)", sustained, "reports/s");
        Figures.figure(FIGURES + ".sustained.p99 (" + inFlight + " in flight)", saturatedP99, "ms");
        Figures.figure(FIGURES + ".ratio sustained/baseline", sustainedRate / baselineRate, "", "");
        Figures.figure(FIGURES + ".sustained in batches of " + BATCH_SIZE, batched, "reports/s");
        bench.vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Sends at a fixed rate whatever the answers; returns each accepted report's latency in ms. */
    private double[] openLoop(int rate, int seconds) throws Exception {
        String token = "Bearer " + Platform.labToken();
        int count = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        List<CompletableFuture<?>> sends = new ArrayList<>(count);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            String message = messages.next();
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            sends.add(send(message, token).whenComplete((response, error) -> {
                if (acceptedReports(response, error) == 1) {
                    latencies.add((System.nanoTime() - scheduled) / 1e6);
                } else {
                    failed.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        report(failed.get(), count);
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private record Throughput(double perSecond, double p99) {
    }

    /** Keeps a fixed number of requests in flight, each one message or a batch; counts the reports accepted within the run. */
    private Throughput closedLoop(int inFlight, int seconds, int messagesPerRequest) throws Exception {
        String token = "Bearer " + Platform.labToken();
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long sent = 0;
        while (System.nanoTime() < end) {
            slots.acquire();
            long sentAt = System.nanoTime();
            sent++;
            send(body(messagesPerRequest), token).whenComplete((response, error) -> {
                long now = System.nanoTime();
                int acknowledged = acceptedReports(response, error);
                if (now <= end && acknowledged == messagesPerRequest) {
                    accepted.addAndGet(acknowledged);
                    latencies.add((now - sentAt) / 1e6);
                } else if (acknowledged < messagesPerRequest) {
                    failed.incrementAndGet();
                }
                slots.release();
            });
        }
        slots.acquire(inFlight);
        report(failed.get(), sent);
        double[] values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return new Throughput(accepted.get() / (double) seconds, Figures.percentile(values, 99));
    }

    private record Answer(int status, String body) {
    }

    /** One message, or a batch of them in an FHS/BHS envelope. */
    private String body(int messageCount) {
        if (messageCount == 1) {
            return messages.next();
        }
        StringBuilder batch = new StringBuilder("FHS|^~\\&|BENCH\rBHS|^~\\&|BENCH\r");
        for (int i = 0; i < messageCount; i++) {
            batch.append(messages.next());
        }
        return batch.append("BTS|").append(messageCount).append("\rFTS|1\r").toString();
    }

    private CompletableFuture<Answer> send(String body, String token) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(SUBMIT.toString())
                .putHeader("Authorization", token).putHeader("Content-Type", "application/hl7-v2");
        return http.request(request)
                .compose(sending -> sending.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(content -> new Answer(response.statusCode(), content.toString())))
                .toCompletionStage().toCompletableFuture();
    }

    /** How many of the request's messages were acknowledged with AA. */
    private static int acceptedReports(Answer answer, Throwable error) {
        if (error != null || answer.status() != 200) {
            return 0;
        }
        int count = 0;
        for (int at = answer.body().indexOf("MSA|AA"); at >= 0; at = answer.body().indexOf("MSA|AA", at + 1)) {
            count++;
        }
        return count;
    }

    private static void report(long failed, long sent) {
        if (failed > 0) {
            System.out.printf("  %d of %d requests were not answered with an AA acknowledgement%n", failed, sent);
        }
    }
}
