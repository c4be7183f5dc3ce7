package org.cancerregistry.benchmarks.linkage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.benchmarks.Figures;
import org.cancerregistry.benchmarks.Platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Linkage of one report against the bench registry: pathology-report events go to the bench instance of
 * the abstracting service (its own topic and database), which times each linkage itself (timer
 * {@code patient.linkage}); the percentiles come from the difference of its histogram before and after a run.
 * Half the reports are of registry patients, a third of those with a typo in the first name; the rest are
 * new people.
 *
 * <p>Arguments: runs, reports per run, registry size, topic, metrics URL.
 */
public final class LinkageBench {

    private static final Pattern BUCKET = Pattern.compile("^patient_linkage_seconds_bucket\\{.*le=\"([^\"]+)\".*\\}\\s+(\\S+)");
    private static final Pattern COUNT = Pattern.compile("^patient_linkage_seconds_count(\\{.*\\})?\\s+(\\S+)");
    private static final long GIVE_UP_MILLIS = 600_000;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = Platform.http();
    private final SyntheticPeople people = new SyntheticPeople();
    private final SplittableRandom random = new SplittableRandom();
    private final long registrySize;
    private final URI metrics;

    private LinkageBench(long registrySize, URI metrics) {
        this.registrySize = registrySize;
        this.metrics = metrics;
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int reports = Integer.parseInt(args[1]);
        LinkageBench bench = new LinkageBench(Long.parseLong(args[2]), URI.create(args[4]));
        String topic = args[3];
        System.out.printf("Linkage against %s patients: %d reports a run%n", args[2], reports);
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            bench.run(producer, topic, reports / 4); // warm-up
            for (int run = 1; run <= runs; run++) {
                Histogram timed = bench.run(producer, topic, reports);
                p50.add(timed.percentile(50) * 1000);
                p95.add(timed.percentile(95) * 1000);
                p99.add(timed.percentile(99) * 1000);
                Figures.run("linkage p95", run, p95.get(run - 1), "ms");
            }
        }
        Figures.figure("linkage.p50 (" + args[2] + " patients)", p50, "ms");
        Figures.figure("linkage.p95 (" + args[2] + " patients)", p95, "ms");
        Figures.figure("linkage.p99 (" + args[2] + " patients)", p99, "ms");
    }

    private Histogram run(KafkaProducer<String, String> producer, String topic, int reports) throws Exception {
        Histogram before = histogram();
        for (int i = 0; i < reports; i++) {
            ObjectNode event = event();
            producer.send(new ProducerRecord<>(topic, event.path("accessionNumber").asText(), json.writeValueAsString(event)));
        }
        producer.flush();
        long start = System.currentTimeMillis();
        Histogram after = histogram();
        while (after.count - before.count < reports) {
            if (System.currentTimeMillis() - start > GIVE_UP_MILLIS) {
                throw new IllegalStateException("the bench abstracting service linked " + (after.count - before.count) + " of "
                        + reports + " reports in ten minutes");
            }
            Thread.sleep(500);
            after = histogram();
        }
        return after.minus(before);
    }

    private ObjectNode event() {
        boolean known = random.nextBoolean();
        SyntheticPeople.Person person = people.person(known ? random.nextLong(registrySize) : registrySize + random.nextLong(1L << 40));
        String firstName = known && random.nextInt(3) == 0 ? typo(person.firstName()) : person.firstName();
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        ObjectNode event = json.createObjectNode()
                .put("eventId", UUID.randomUUID().toString()).put("occurredAt", now.toString()).put("version", 1)
                .put("reportId", id).put("reportVersion", 1).put("receivedAt", now.toString())
                .put("labClia", "33D1234567").put("labName", "BENCH LAB").put("messageControlId", "LINK" + id)
                .put("accessionNumber", "L" + id.replace("-", "").substring(0, 15)).put("reportTypeLoinc", "11529-5")
                .put("specimenCollectionDate", "20260310").put("correction", false).put("orderingFacility", "BENCH HOSPITAL");
        ObjectNode patient = event.putObject("patient").put("lastName", person.lastName()).put("firstName", firstName)
                .put("middleName", person.middleName()).put("dateOfBirth", person.dateOfBirth())
                .put("sex", person.sex().equals("2") ? "F" : "M").put("race", "2106-3");
        if (!person.ssn().isEmpty()) {
            patient.putArray("identifiers").addObject().put("type", "SS").put("value", person.ssn());
        } else {
            patient.putArray("identifiers");
        }
        patient.putObject("address").put("postalCode", person.postalCode());
        event.putArray("sections").addObject().put("loinc", "22637-3").put("name", "Final diagnosis")
                .put("text", "Infiltrating duct carcinoma, left breast, upper outer quadrant, 2.1 cm.");
        event.putArray("behaviorCodes").add("3");
        event.putObject("screening").put("reportability", "REPORTABLE").putArray("matchedTerms").add("carcinoma");
        return event;
    }

    private String typo(String name) {
        if (name.length() < 3) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    private Histogram histogram() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).GET().build(), HttpResponse.BodyHandlers.ofString());
        TreeMap<Double, Double> buckets = new TreeMap<>();
        double count = 0;
        for (String line : response.body().split("\n")) {
            Matcher bucket = BUCKET.matcher(line);
            if (bucket.find()) {
                String le = bucket.group(1);
                buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), Double.parseDouble(bucket.group(2)));
            }
            Matcher total = COUNT.matcher(line);
            if (total.find()) {
                count = Double.parseDouble(total.group(2));
            }
        }
        return new Histogram(buckets, count);
    }

    /** Cumulative bucket counts by upper bound in seconds, as Prometheus exposes a timer histogram. */
    private record Histogram(TreeMap<Double, Double> buckets, double count) {

        Histogram minus(Histogram earlier) {
            TreeMap<Double, Double> difference = new TreeMap<>();
            buckets.forEach((bound, n) -> difference.put(bound, n - earlier.buckets.getOrDefault(bound, 0.0)));
            return new Histogram(difference, count - earlier.count);
        }

        /** Linear within the bucket that holds the rank, as Prometheus' histogram_quantile does. */
        double percentile(double p) {
            double rank = p / 100 * count;
            double lower = 0;
            double below = 0;
            for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
                if (bucket.getValue() >= rank) {
                    if (bucket.getKey().isInfinite()) {
                        return lower;
                    }
                    double inBucket = bucket.getValue() - below;
                    return lower + (bucket.getKey() - lower) * (inBucket == 0 ? 1 : (rank - below) / inBucket);
                }
                lower = bucket.getKey();
                below = bucket.getValue();
            }
            return lower;
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
