package org.cancerregistry.endtoend.scenario;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cancerregistry.endtoend.scenario.NaaccrXmlFile.ExportedPatient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A few hundred Volume V messages, generated and from the scenario's fixtures, reportable and not,
 * travel the whole platform: intake acknowledges them, abstracting queues the reportable ones, a
 * registrar completes every abstract through the API, follow-up schedules each patient and records a
 * contact, and reporting exports a NAACCR XML submission that is read back and compared item by item
 * with the abstracts. The stack keeps other runs' data, so the run marks its own records (control ids,
 * accession numbers, random persons, a follow-up physician of its own) and counts only those.
 */
class VolumeVScenarioIT {

    private static final int GENERATED = 220;
    private static final int COPIES_OF_EACH_FIXTURE = 5;
    private static final int MESSAGES_PER_BATCH = 40;
    private static final int PAGE = 500;
    /** Items a full abstract (record type A) carries besides the registrar's: from the report, the linkage, the completion. */
    private static final Set<String> IDENTITY_ITEMS = Set.of("patientIdNumber", "nameLast", "nameFirst", "dateOfBirth",
            "socialSecurityNumber", "sexAssignedAtBirth", "race1", "medicalRecordNumber", "pathReportNumber1", "dateCaseCompleted",
            "tumorRecordNumber");

    private static final ExecutorService REGISTRARS = Executors.newFixedThreadPool(4);

    private final SecureRandom random = new SecureRandom();

    /** One completed abstract of this run. */
    private record Completed(ScenarioReport report, String patientId, String tumorId, Map<String, String> entered) {
    }

    @AfterAll
    static void stopRegistrars() {
        REGISTRARS.shutdownNow();
    }

    @Test
    void shouldCarryEveryReportThroughToTheSubmissionExactlyOnceAndUnchanged() throws Exception {
        String runId = runId();
        String physician = "E2E" + runId.substring(0, 5);
        Instant start = Instant.now().minusSeconds(2);
        List<ScenarioReport> reports = new ScenarioReports(runId, random)
                .generated(GENERATED)
                .fixtures(ScenarioReports.REPORTABLE_FIXTURES, true, COPIES_OF_EACH_FIXTURE)
                .fixtures(ScenarioReports.NOT_REPORTABLE_FIXTURES, false, COPIES_OF_EACH_FIXTURE)
                .all();
        List<ScenarioReport> reportable = reports.stream().filter(ScenarioReport::reportable).toList();
        assertThat(reportable).hasSize(GENERATED + ScenarioReports.REPORTABLE_FIXTURES.size() * COPIES_OF_EACH_FIXTURE);

        // Intake: one AA per message, each stored once and screened as its fixture says.
        Map<String, List<String>> acks = send(reports);
        assertThat(acks.keySet()).containsExactlyInAnyOrderElementsOf(reports.stream().map(ScenarioReport::controlId).toList());
        assertThat(acks.values()).allSatisfy(codes -> assertThat(codes).containsExactly("AA"));

        String registrar = Registry.registrarToken();
        Set<String> accessions = reports.stream().map(ScenarioReport::accession).collect(toSet());
        List<JsonNode> taken = intakeReports(registrar, start, accessions);
        assertThat(countByAccession(taken)).as("reports stored by intake, by accession number")
                .containsOnlyKeys(accessions).allSatisfy((accession, count) -> assertThat(count).as(accession).isOne());
        Map<String, String> screened = taken.stream()
                .collect(toMap(report -> report.path("accessionNumber").asText(), report -> report.path("reportability").asText()));
        for (ScenarioReport report : reports) {
            assertThat(screened.get(report.accession())).as(report.source())
                    .isEqualTo(report.reportable() ? "REPORTABLE" : "NOT_REPORTABLE");
        }

        // Abstracting: every report received once; the reportable ones queued, linked to a new patient and tumor each.
        List<JsonNode> received = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> abstractingReports(registrar, start, accessions), found -> found.size() >= reports.size());
        assertThat(countByAccession(received)).as("reports received by abstracting, by accession number")
                .containsOnlyKeys(accessions).allSatisfy((accession, count) -> assertThat(count).as(accession).isOne());
        Map<String, ScenarioReport> byAccession = reports.stream().collect(toMap(ScenarioReport::accession, report -> report));
        List<JsonNode> queueItems = parallel(received, report -> {
            List<JsonNode> items = new ArrayList<>();
            Registry.get(Registry.ABSTRACTING + "/api/v1/work-queue?reportId=" + report.path("id").asText(), registrar)
                    .expect(200).json().path("items").forEach(items::add);
            ScenarioReport sent = byAccession.get(report.path("accessionNumber").asText());
            assertThat(report.path("reportability").asText()).as(sent.source()).isEqualTo(screened.get(sent.accession()));
            assertThat(items).as("work-queue items of a report from " + sent.source()).hasSize(sent.reportable() ? 1 : 0);
            return items.isEmpty() ? null : items.get(0);
        }).stream().filter(item -> item != null).toList();
        assertThat(queueItems).hasSize(reportable.size()).allSatisfy(item -> {
            assertThat(item.path("reportability").asText()).isEqualTo("REPORTABLE");
            assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("OPEN");
            assertThat(item.path("patientLinkage").path("decision").asText()).as(item.toString()).isEqualTo("NEW_PATIENT");
        });
        assertThat(queueItems.stream().map(item -> item.path("patientId").asText()).distinct()).hasSize(reportable.size());
        assertThat(queueItems.stream().map(item -> item.path("tumorId").asText()).distinct()).hasSize(reportable.size());

        // Abstracting: the registrar completes every abstract; each is published exactly once as COMPLETED.
        List<Completed> completed;
        List<JsonNode> events;
        Set<String> tumorIds = queueItems.stream().map(item -> item.path("tumorId").asText()).collect(toSet());
        try (TumorAbstractsTopic topic = new TumorAbstractsTopic()) {
            String abstractor = Registry.registrarToken();
            completed = parallel(queueItems, item -> complete(abstractor, item, byAccession, physician));
            events = topic.completedEvents(tumorIds, Duration.ofMinutes(1), Duration.ofSeconds(3));
        }
        assertThat(completed).hasSize(reportable.size());
        assertThat(events.stream().map(event -> event.path("tumorId").asText()).collect(groupingBy(id -> id, counting())))
                .as("COMPLETED events on tumor-abstracts, by tumor")
                .containsOnlyKeys(tumorIds).allSatisfy((tumor, count) -> assertThat(count).as(tumor).isOne());

        // Follow-up: every patient scheduled once, due 12 months after the last contact the registrar coded.
        Map<String, Completed> byPatient = completed.stream().collect(toMap(Completed::patientId, abstracted -> abstracted));
        String followUpToken = Registry.registrarToken();
        String through = LocalDate.now().plusYears(1).toString();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<JsonNode> due = dueList(followUpToken, physician, through);
            assertThat(countBy(due, "patientId")).as("follow-ups due for this run's physician, by patient")
                    .containsOnlyKeys(byPatient.keySet()).allSatisfy((patient, count) -> assertThat(count).as(patient).isOne());
            assertThat(due).allSatisfy(followUp -> assertThat(followUp.path("nextDueDate").asText()).as(followUp.toString())
                    .isEqualTo(naaccrDate(byPatient.get(followUp.path("patientId").asText()).entered().get("dateOfLastContact"))
                            .plusMonths(12).toString()));
        });

        // Follow-up: a contact for each patient reschedules them and flows back into their abstract.
        // Today: never before the last contact the registrar coded (the day of diagnosis, at latest today).
        LocalDate contactDate = LocalDate.now();
        parallel(completed, abstracted -> Registry.postJson(Registry.FOLLOWUP + "/api/v1/patients/" + abstracted.patientId()
                + "/follow-up-contacts", followUpToken, Map.of("contactDate", contactDate.toString(), "source", "PHYSICIAN",
                        "outcome", "RESULT", "vitalStatus", "ALIVE", "cancerStatus", "NO_EVIDENCE")).expect(201));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                dueList(followUpToken, physician, through)).hasSize(completed.size())
                .allSatisfy(followUp -> assertThat(followUp.path("nextDueDate").asText()).as(followUp.toString())
                        .isEqualTo(contactDate.plusMonths(12).toString())));
        String contactDay = contactDate.format(DateTimeFormatter.BASIC_ISO_DATE);
        String reader = Registry.registrarToken();
        Map<String, JsonNode> abstracts = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).until(
                () -> abstracts(reader, completed),
                found -> found.values().stream().allMatch(tumor -> contactDay.equals(tumor.path("patientItems").path("dateOfLastContact").asText())
                        && "1".equals(tumor.path("tumorItems").path("cancerStatus").asText())
                        && contactDay.equals(tumor.path("tumorItems").path("dateOfLastCancerStatus").asText())));
        for (Completed abstracted : completed) {
            JsonNode tumor = abstracts.get(abstracted.tumorId());
            assertThat(tumor.path("status").asText()).isEqualTo("COMPLETED");
            abstracted.entered().forEach((naaccrId, value) -> {
                if (!Set.of("dateOfLastContact", "cancerStatus", "dateOfLastCancerStatus").contains(naaccrId)) {
                    assertThat(item(tumor, naaccrId)).as(naaccrId + " of tumor " + abstracted.tumorId()).isEqualTo(value);
                }
            });
        }

        // Reporting: a submission of the diagnosis years holds each of this run's tumors once, its items as abstracted.
        List<Integer> years = new ArrayList<>(completed.stream()
                .map(abstracted -> Integer.valueOf(abstracted.entered().get("dateOfDiagnosis").substring(0, 4)))
                .collect(toSet()));
        Map<String, JsonNode> byPatientIdNumber = abstracts.values().stream()
                .collect(toMap(tumor -> tumor.path("patientItems").path("patientIdNumber").asText(), tumor -> tumor));
        assertThat(byPatientIdNumber).hasSize(completed.size());
        Map<String, Completed> byTumor = completed.stream().collect(toMap(Completed::tumorId, abstracted -> abstracted));
        String exporter = Registry.registrarToken();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<ExportedPatient> exported = submission(exporter, years);
            List<ExportedPatient> ours = exported.stream()
                    .filter(patient -> byPatientIdNumber.containsKey(patient.items().get("patientIdNumber"))).toList();
            assertThat(ours.stream().map(patient -> patient.items().get("patientIdNumber")).collect(groupingBy(id -> id, counting())))
                    .as("this run's patients in the submission, by patientIdNumber")
                    .containsOnlyKeys(byPatientIdNumber.keySet()).allSatisfy((id, count) -> assertThat(count).as(id).isOne());
            for (ExportedPatient patient : ours) {
                JsonNode tumor = byPatientIdNumber.get(patient.items().get("patientIdNumber"));
                assertThat(patient.tumors()).as("tumors of patient " + tumor.path("patientId").asText()).hasSize(1);
                compare(patient, patient.tumors().get(0), tumor, byTumor.get(tumor.path("id").asText()));
            }
        });
    }

    /** Posts the reports as HL7 batches; answers the ACK codes (MSA-1) received for each control id. */
    private static Map<String, List<String>> send(List<ScenarioReport> reports) {
        String lab = Registry.labToken();
        Map<String, List<String>> acks = new HashMap<>();
        for (int from = 0; from < reports.size(); from += MESSAGES_PER_BATCH) {
            List<ScenarioReport> batch = reports.subList(from, Math.min(from + MESSAGES_PER_BATCH, reports.size()));
            StringBuilder body = new StringBuilder("FHS|^~\\&|PATHLAB-LIS\rBHS|^~\\&|PATHLAB-LIS\r");
            batch.forEach(report -> body.append(report.message()));
            body.append("BTS|").append(batch.size()).append("\rFTS|1\r");
            String answer = Registry.postHl7(Registry.INTAKE + "/api/v1/pathology-reports", lab, body.toString()).expect(200).body();
            for (String segment : answer.split("[\r\n]+")) {
                String[] fields = segment.split("\\|", -1);
                if (fields[0].equals("MSA")) {
                    acks.computeIfAbsent(fields[2], id -> new ArrayList<>()).add(fields[1]);
                }
            }
        }
        return acks;
    }

    private static List<JsonNode> intakeReports(String token, Instant since, Set<String> accessions) {
        return pages(Registry.INTAKE + "/api/v1/pathology-reports?since=" + since + "&size=" + PAGE, token, report -> true).stream()
                .filter(report -> accessions.contains(report.path("accessionNumber").asText())).toList();
    }

    /** Abstracting's reports newest first, as far back as the run's start. */
    private static List<JsonNode> abstractingReports(String token, Instant since, Set<String> accessions) {
        return pages(Registry.ABSTRACTING + "/api/v1/pathology-reports?size=" + PAGE, token,
                report -> !Instant.parse(report.path("receivedAt").asText()).isBefore(since)).stream()
                .filter(report -> accessions.contains(report.path("accessionNumber").asText())).toList();
    }

    private static List<JsonNode> dueList(String token, String physician, String through) {
        return pages(Registry.FOLLOWUP + "/api/v1/follow-ups/due?through=" + through + "&physician=" + physician + "&size=" + PAGE,
                token, followUp -> true);
    }

    /** Every item of a paged list, page after page, until a page is short or holds an item past the wanted ones. */
    private static List<JsonNode> pages(String url, String token, Predicate<JsonNode> wanted) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode items = Registry.get(url + "&page=" + page, token).expect(200).json().path("items");
            for (JsonNode item : items) {
                if (!wanted.test(item)) {
                    return all;
                }
                all.add(item);
            }
            if (items.size() < PAGE) {
                return all;
            }
        }
    }

    private static Completed complete(String token, JsonNode queueItem, Map<String, ScenarioReport> byAccession, String physician) {
        String tumorId = queueItem.path("tumorId").asText();
        String url = Registry.ABSTRACTING + "/api/v1/tumors/" + tumorId;
        JsonNode tumor = Registry.get(url, token).expect(200).json();
        ScenarioReport report = byAccession.get(tumor.path("tumorItems").path("pathReportNumber1").asText());
        assertThat(report).as("the report of tumor " + tumorId).isNotNull();
        Map<String, String> entered = RegistrarCoding.itemsFor(tumor, physician);
        JsonNode changed = Registry.patchJson(url, token, Map.of("items", entered)).expect(200).json();
        assertThat(changed.path("failingEdits")).as(report.source() + ": " + changed.path("failingEdits")).isEmpty();
        Registry.postJson(url + "/completion", token, Map.of()).expect(200);
        return new Completed(report, queueItem.path("patientId").asText(), tumorId, entered);
    }

    private static Map<String, JsonNode> abstracts(String token, List<Completed> completed) {
        return parallel(completed, abstracted -> Registry.get(Registry.ABSTRACTING + "/api/v1/tumors/" + abstracted.tumorId(), token)
                .expect(200).json()).stream().collect(toMap(tumor -> tumor.path("id").asText(), tumor -> tumor));
    }

    /** Requests a submission of the years, waits until it is ready, and reads its file back. */
    private static List<ExportedPatient> submission(String token, List<Integer> years) throws Exception {
        Map<String, Object> request = Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", years,
                "stateRegistry", "state-registry-demo");
        Registry.Answer accepted = Registry.postJson(Registry.REPORTING + "/api/v1/submissions", token, request).expect(202);
        String location = Registry.REPORTING + accepted.response().headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        JsonNode status = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> Registry.get(location, token).expect(200).json(),
                        state -> !Set.of("QUEUED", "RUNNING").contains(state.path("state").asText()));
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("READY");
        List<ExportedPatient> patients;
        try (InputStream file = Registry.download(location + "/file", token)) {
            patients = NaaccrXmlFile.read(file);
        }
        assertThat(patients).as("Patient elements against the submission's count").hasSize(status.path("patients").asInt());
        assertThat(patients.stream().mapToInt(patient -> patient.tumors().size()).sum())
                .as("Tumor elements against the submission's count").isEqualTo(status.path("tumors").asInt());
        return patients;
    }

    /**
     * Every exported item is the abstract's value; every item entered or reported is exported; the
     * person and the accession number are the ones the lab sent.
     */
    private static void compare(ExportedPatient patient, Map<String, String> exportedTumor, JsonNode tumor, Completed abstracted) {
        String which = abstracted.report().source() + " tumor " + abstracted.tumorId();
        Person sent = abstracted.report().person();
        assertThat(patient.items()).as(which + ": the person the lab sent")
                .containsEntry("nameLast", sent.lastName()).containsEntry("nameFirst", sent.firstName())
                .containsEntry("dateOfBirth", sent.hl7DateOfBirth()).containsEntry("socialSecurityNumber", sent.ssn());
        assertThat(exportedTumor).as(which + ": the report the lab sent")
                .containsEntry("pathReportNumber1", abstracted.report().accession())
                .containsEntry("medicalRecordNumber", sent.medicalRecordNumber());
        patient.items().forEach((naaccrId, value) -> assertThat(value).as(which + " patient item " + naaccrId)
                .isEqualTo(tumor.path("patientItems").path(naaccrId).asText(null)));
        exportedTumor.forEach((naaccrId, value) -> assertThat(value).as(which + " tumor item " + naaccrId)
                .isEqualTo(tumor.path("tumorItems").path(naaccrId).asText(null)));
        Set<String> exportedIds = new TreeSet<>(patient.items().keySet());
        exportedIds.addAll(exportedTumor.keySet());
        Set<String> expectedIds = new TreeSet<>(abstracted.entered().keySet());
        expectedIds.addAll(IDENTITY_ITEMS);
        assertThat(exportedIds).as(which + ": exported items").containsAll(expectedIds);
    }

    private static String item(JsonNode tumor, String naaccrId) {
        JsonNode value = tumor.path("patientItems").path(naaccrId);
        return (value.isMissingNode() ? tumor.path("tumorItems").path(naaccrId) : value).asText(null);
    }

    private static LocalDate naaccrDate(String value) {
        return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static Map<String, Long> countByAccession(List<JsonNode> reports) {
        return countBy(reports, "accessionNumber");
    }

    private static Map<String, Long> countBy(List<JsonNode> nodes, String field) {
        return nodes.stream().collect(groupingBy(node -> node.path(field).asText(), counting()));
    }

    private static <T, R> List<R> parallel(List<T> inputs, Function<T, R> work) {
        List<Future<R>> futures = inputs.stream().map(input -> REGISTRARS.submit(() -> work.apply(input))).toList();
        List<R> results = new ArrayList<>();
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return results;
    }

    private String runId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
