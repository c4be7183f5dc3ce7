package org.cancerregistry.benchmarks.linkage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.cancerregistry.abstracting.linkage.BlockingKeys;
import org.cancerregistry.abstracting.linkage.LinkageThresholds;
import org.cancerregistry.abstracting.linkage.PatientMatcher;
import org.cancerregistry.abstracting.linkage.PersonRecord;
import org.cancerregistry.benchmarks.Figures;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where linkage time goes, outside the service: the same blocking-key query, candidate fetch and scoring
 * (the service's own BlockingKeys and PatientMatcher) in plain JDBC, timed step by step over the same mix of
 * reports as {@link LinkageBench}. The sum is the floor the service's timer can be compared with.
 *
 * <p>Arguments: reports, registry size.
 */
public final class LinkageFloor {

    private static final TypeReference<Map<String, String>> ITEMS = new TypeReference<>() {
    };

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(args[0]);
        long registrySize = Long.parseLong(args[1]);
        SyntheticPeople people = new SyntheticPeople();
        SplittableRandom random = new SplittableRandom(11);
        PatientMatcher matcher = new PatientMatcher(LinkageThresholds.standard());
        ObjectMapper json = new ObjectMapper();
        double[] query = new double[reports];
        double[] fetch = new double[reports];
        double[] score = new double[reports];
        double[] total = new double[reports];
        double[] candidates = new double[reports];
        try (Connection connection = LinkagePopulation.connect();
                PreparedStatement keys = connection.prepareStatement(
                        "SELECT DISTINCT patient_id FROM patient_blocking_key WHERE blocking_key = ANY (?) LIMIT 200");
                PreparedStatement patients = connection.prepareStatement("SELECT id, items FROM patient WHERE id = ANY (?)")) {
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < reports; i++) {
                    boolean known = random.nextBoolean();
                    PersonRecord reported = LinkagePopulation.record(
                            people.person(known ? random.nextLong(registrySize) : registrySize + random.nextLong(1L << 40)));
                    long start = System.nanoTime();
                    keys.setArray(1, connection.createArrayOf("varchar", BlockingKeys.of(reported).toArray()));
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rows = keys.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                    long queried = System.nanoTime();
                    List<PersonRecord> found = new ArrayList<>();
                    Array idArray = connection.createArrayOf("uuid", ids.toArray());
                    patients.setArray(1, idArray);
                    try (ResultSet rows = patients.executeQuery()) {
                        while (rows.next()) {
                            found.add(personOf(json.readValue(rows.getString(2), ITEMS)));
                        }
                    }
                    long fetched = System.nanoTime();
                    double best = Double.NEGATIVE_INFINITY;
                    for (PersonRecord candidate : found) {
                        best = Math.max(best, matcher.compare(reported, candidate).weight());
                    }
                    long scored = System.nanoTime();
                    query[i] = (queried - start) / 1e6;
                    fetch[i] = (fetched - queried) / 1e6;
                    score[i] = (scored - fetched) / 1e6;
                    total[i] = (scored - start) / 1e6;
                    candidates[i] = found.size();
                }
            }
        }
        System.out.printf("Linkage steps in plain JDBC, %d reports (after as many for warm-up)%n", reports);
        Figures.figure("linkage.floor.candidates per report", Figures.percentile(candidates, 50), "", "p50; p95 "
                + Figures.format(Figures.percentile(candidates, 95)));
        Figures.figure("linkage.floor.blocking-key query p95", Figures.percentile(query, 95), "ms", "");
        Figures.figure("linkage.floor.candidate fetch p95", Figures.percentile(fetch, 95), "ms", "");
        Figures.figure("linkage.floor.scoring p95", Figures.percentile(score, 95), "ms", "");
        Figures.figure("linkage.floor.total p95", Figures.percentile(total, 95), "ms", "p50 " + Figures.format(Figures.percentile(total, 50)));
    }

    /** As the abstracting service's PatientLinker reads a patient's items. */
    private static PersonRecord personOf(Map<String, String> items) {
        return new PersonRecord(items.getOrDefault("nameLast", ""), items.getOrDefault("nameFirst", ""),
                items.getOrDefault("nameMiddle", ""), items.getOrDefault("dateOfBirth", ""),
                items.getOrDefault("sexAssignedAtBirth", ""), items.getOrDefault("socialSecurityNumber", ""),
                items.getOrDefault("addrCurrentPostalCode", ""), items.getOrDefault("nameBirthSurname", ""));
    }
}
