package org.cancerregistry.reporting.incidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Counts the tumors of a diagnosis year. PostgreSQL counts by primary site, histology, sex and stage;
 * those few rows are then folded into site groups here.
 */
@ApplicationScoped
public class IncidenceCounts {

    private static final String COUNTS = """
            SELECT coalesce(trim(t.items ->> 'primarySite'), '') AS primary_site,
                coalesce(trim(t.items ->> 'histologicTypeIcdO3'), '') AS histology,
                coalesce(nullif(trim(p.items ->> 'sexAssignedAtBirth'), ''), nullif(trim(p.items ->> 'sex'), ''), '9') AS sex,
                coalesce(nullif(trim(t.items ->> 'derivedSummaryStage2018'), ''), nullif(trim(t.items ->> 'summaryStage2018'), ''), '9')
                    AS stage,
                count(*) AS tumors
            FROM reported_tumor t JOIN reported_patient p ON p.patient_id = t.patient_id
            WHERE t.diagnosis_year = $1
            GROUP BY 1, 2, 3, 4""";

    private record Key(SiteGroup siteGroup, String sex, String stage) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::siteGroup).thenComparing(Key::sex).thenComparing(Key::stage);

    private final Pool database;

    IncidenceCounts(Pool database) {
        this.database = database;
    }

    public Uni<IncidenceReport> of(int diagnosisYear) {
        return database.preparedQuery(COUNTS).execute(Tuple.of(diagnosisYear)).map(rows -> {
            Map<Key, Long> counts = new TreeMap<>(ORDER);
            for (Row row : rows) {
                Key key = new Key(SiteGroup.of(row.getString("primary_site"), row.getString("histology")), row.getString("sex"),
                        row.getString("stage"));
                counts.merge(key, row.getLong("tumors"), Long::sum);
            }
            List<IncidenceCount> list = new ArrayList<>();
            counts.forEach((key, count) -> list.add(new IncidenceCount(diagnosisYear, key.siteGroup().label(), key.sex(), key.stage(), count)));
            return new IncidenceReport(diagnosisYear, list.stream().mapToLong(IncidenceCount::count).sum(), list);
        });
    }
}
