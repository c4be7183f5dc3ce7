package org.cancerregistry.reporting.quality;

import static org.cancerregistry.reporting.quality.QualityMeasure.PERCENT;
import static org.cancerregistry.reporting.quality.QualityMeasure.PER_THOUSAND;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * NAACCR certification and NPCR style measures of the tumors diagnosed in a year, computed by SQL
 * aggregates over the reporting store. Each missing-item measure counts tumors (cases), as NAACCR does.
 */
@ApplicationScoped
public class DataQualityMeasures {

    static final String NAACCR_GOLD = "NAACCR certification (Gold)";
    /** Commission on Cancer: cases abstracted within 6 months (180 days); 90% is the compliance level this platform applies. */
    static final String TIMELINESS = "CoC 6-month abstracting standard, 90% compliance (platform choice; NAACCR sets no facility rate)";

    private static final String TUMOR_MEASURES = """
            SELECT count(*) AS tumors,
                count(DISTINCT t.patient_id) AS patients,
                count(*) FILTER (WHERE coalesce(trim(t.items ->> 'ageAtDiagnosis'), '') IN ('', '999')) AS missing_age,
                count(*) FILTER (WHERE coalesce(nullif(trim(p.items ->> 'sexAssignedAtBirth'), ''), trim(p.items ->> 'sex'), '')
                    IN ('', '9')) AS missing_sex,
                count(*) FILTER (WHERE coalesce(trim(p.items ->> 'race1'), '') IN ('', '99')) AS missing_race,
                count(*) FILTER (WHERE coalesce(trim(t.items ->> 'countyAtDx'), '') IN ('', '999')) AS missing_county,
                count(*) FILTER (WHERE trim(t.items ->> 'typeOfReportingSource') = '7') AS death_certificate_only,
                count(*) FILTER (WHERE t.failing_edits IS NOT NULL) AS edits_known,
                count(*) FILTER (WHERE cardinality(t.failing_edits) = 0) AS passing_edits,
                count(*) FILTER (WHERE naaccr_date(t.items ->> 'dateOfDiagnosis') IS NOT NULL) AS diagnosis_dated,
                count(*) FILTER (WHERE naaccr_date(t.items ->> 'dateCaseCompleted') - naaccr_date(t.items ->> 'dateOfDiagnosis') <= 180)
                    AS timely
            FROM reported_tumor t JOIN reported_patient p ON p.patient_id = t.patient_id
            WHERE t.diagnosis_year = $1""";

    // A person key only from a full name and a full date of birth, so that blanks never look alike.
    private static final String SUSPECTED_DUPLICATES = """
            WITH keyed AS (
                SELECT patient_id,
                    CASE WHEN regexp_replace(coalesce(items ->> 'nameLast', ''), '[^[:alpha:]]', '', 'g') <> ''
                          AND regexp_replace(coalesce(items ->> 'nameFirst', ''), '[^[:alpha:]]', '', 'g') <> ''
                          AND naaccr_date(items ->> 'dateOfBirth') IS NOT NULL
                        THEN lower(regexp_replace(items ->> 'nameLast', '[^[:alpha:]]', '', 'g')) || '|'
                            || lower(regexp_replace(items ->> 'nameFirst', '[^[:alpha:]]', '', 'g')) || '|' || (items ->> 'dateOfBirth')
                    END AS person,
                    CASE WHEN items ->> 'socialSecurityNumber' ~ '^[0-9]{9}$'
                          AND items ->> 'socialSecurityNumber' NOT IN ('000000000', '999999999')
                        THEN items ->> 'socialSecurityNumber'
                    END AS ssn
                FROM reported_patient),
            shared_person AS (SELECT person FROM keyed WHERE person IS NOT NULL GROUP BY person HAVING count(*) > 1),
            shared_ssn AS (SELECT ssn FROM keyed WHERE ssn IS NOT NULL GROUP BY ssn HAVING count(*) > 1)
            SELECT count(*) AS suspected FROM keyed k
            WHERE k.patient_id IN (SELECT patient_id FROM reported_tumor WHERE diagnosis_year = $1)
              AND (k.person IN (SELECT person FROM shared_person) OR k.ssn IN (SELECT ssn FROM shared_ssn))""";

    private final Pool database;

    DataQualityMeasures(Pool database) {
        this.database = database;
    }

    public Uni<DataQualityReport> of(int diagnosisYear) {
        Uni<Row> tumors = database.preparedQuery(TUMOR_MEASURES).execute(Tuple.of(diagnosisYear)).map(rows -> rows.iterator().next());
        Uni<Long> duplicates = database.preparedQuery(SUSPECTED_DUPLICATES).execute(Tuple.of(diagnosisYear))
                .map(rows -> rows.iterator().next().getLong("suspected"));
        return tumors.flatMap(row -> duplicates.map(suspected -> report(diagnosisYear, row, suspected)));
    }

    private static DataQualityReport report(int diagnosisYear, Row row, long suspectedDuplicates) {
        long tumors = row.getLong("tumors");
        long patients = row.getLong("patients");
        List<QualityMeasure> measures = List.of(
                QualityMeasure.of("missingAgeAtDiagnosis", "Tumors with age at diagnosis (230) blank or unknown (999)",
                        row.getLong("missing_age"), tumors, PERCENT, Threshold.below(2, NAACCR_GOLD)),
                QualityMeasure.of("missingSex", "Tumors whose patient's sex assigned at birth (225; v25: sex 220) is blank or unknown (9)",
                        row.getLong("missing_sex"), tumors, PERCENT, Threshold.below(2, NAACCR_GOLD)),
                QualityMeasure.of("missingRace", "Tumors whose patient's race 1 (160) is blank or unknown (99)",
                        row.getLong("missing_race"), tumors, PERCENT, Threshold.below(3, NAACCR_GOLD)),
                QualityMeasure.of("missingCountyAtDiagnosis", "Tumors with county at diagnosis (90) blank or unknown (999)",
                        row.getLong("missing_county"), tumors, PERCENT, Threshold.below(2, NAACCR_GOLD)),
                QualityMeasure.of("deathCertificateOnly", "Tumors reported by death certificate only (type of reporting source 500 = 7)",
                        row.getLong("death_certificate_only"), tumors, PERCENT, Threshold.below(3, NAACCR_GOLD)),
                QualityMeasure.of("passingEdits", "Tumors whose latest abstract version fails no edit, of the tumors whose edit "
                        + "results abstracting published", row.getLong("passing_edits"), row.getLong("edits_known"), PERCENT,
                        Threshold.atLeast(100, NAACCR_GOLD)),
                QualityMeasure.of("timeliness", "Tumors with date case completed (2090) at most 180 days after the date of diagnosis "
                        + "(390), of the tumors with a full date of diagnosis", row.getLong("timely"), row.getLong("diagnosis_dated"),
                        PERCENT, Threshold.atLeast(90, TIMELINESS)),
                QualityMeasure.of("suspectedDuplicatePatients", "Patients with a tumor diagnosed this year who share the normalized "
                        + "last name, first name and date of birth, or the social security number, with another patient id",
                        suspectedDuplicates, patients, PER_THOUSAND, Threshold.atMost(1, NAACCR_GOLD)));
        return new DataQualityReport(diagnosisYear, tumors, patients, measures);
    }
}
