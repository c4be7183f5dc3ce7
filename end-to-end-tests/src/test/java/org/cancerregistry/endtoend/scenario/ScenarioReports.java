package org.cancerregistry.endtoend.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.imsweb.datagenerator.hl7.NaaccrHl7DataGenerator;
import com.imsweb.layout.LayoutFactory;
import com.imsweb.layout.hl7.NaaccrHl7Layout;

/**
 * The run's pathology reports: synthetic Volume V messages from imsweb's data generator, and the
 * scenario's own fixtures (src/test/resources/scenario), reportable and not. Every message gets this
 * run's control id and accession number and a person of its own; the generator's lab becomes the demo
 * lab, and its patients (a small pool of names, random SSNs) become random unique persons.
 */
final class ScenarioReports {

    static final List<String> REPORTABLE_FIXTURES = List.of("breast-infiltrating-duct-carcinoma", "lung-squamous-cell-carcinoma",
            "prostate-adenocarcinoma", "sigmoid-colon-adenocarcinoma");
    static final List<String> NOT_REPORTABLE_FIXTURES = List.of("benign-breast-fibrocystic-changes", "thyroid-benign-follicular-nodule",
            "colon-no-evidence-of-carcinoma", "prostate-benign-hyperplasia");
    private static final String DEMO_LAB = "DEMO PATHOLOGY LAB^33D1234567^CLIA";

    private final String runId;
    private final Random random;
    private final List<ScenarioReport> reports = new ArrayList<>();

    ScenarioReports(String runId, Random random) {
        this.runId = runId;
        this.random = random;
    }

    /** Messages of the data generator, all of them (its one final diagnosis is CLL/SLL) reportable. */
    ScenarioReports generated(int count) {
        NaaccrHl7Layout layout = (NaaccrHl7Layout) LayoutFactory.getLayout(LayoutFactory.LAYOUT_ID_NAACCR_HL7_2_5_1);
        NaaccrHl7DataGenerator generator = new NaaccrHl7DataGenerator(layout);
        for (int i = 0; i < count; i++) {
            StringWriter text = new StringWriter();
            try {
                layout.writeMessage(text, generator.generateMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            add("data-generator", true, text.toString());
        }
        return this;
    }

    /** Each fixture, copies times. */
    ScenarioReports fixtures(List<String> names, boolean reportable, int copies) {
        for (String name : names) {
            String path = "/scenario/" + (reportable ? "reportable/" : "not-reportable/") + name + ".hl7";
            String template = resource(path);
            for (int i = 0; i < copies; i++) {
                add(name, reportable, template);
            }
        }
        return this;
    }

    List<ScenarioReport> all() {
        return List.copyOf(reports);
    }

    private void add(String source, boolean reportable, String message) {
        String sequence = String.format("%04d", reports.size());
        String controlId = "M" + runId + sequence;
        String accession = "S" + runId + sequence;
        Person person = Person.random(random);
        reports.add(new ScenarioReport(controlId, accession, person, source, reportable,
                personalised(message, controlId, accession, person)));
    }

    /** The message with this run's ids and person, segments ending in CR. */
    private static String personalised(String message, String controlId, String accession, Person person) {
        StringBuilder out = new StringBuilder();
        for (String segment : message.split("[\r\n]+")) {
            if (segment.isBlank()) {
                continue;
            }
            String[] fields = segment.split("\\|", -1);
            switch (fields[0]) {
                case "MSH" -> {
                    fields[3] = DEMO_LAB;
                    fields[9] = controlId;
                }
                case "PID" -> {
                    fields[3] = person.hl7Identifiers();
                    fields[5] = person.hl7Name();
                    fields[7] = person.hl7DateOfBirth();
                    if (fields.length > 19) {
                        fields[19] = "";
                    }
                }
                case "OBR" -> fields[3] = accession;
                default -> {
                }
            }
            out.append(String.join("|", fields)).append('\r');
        }
        return out.toString();
    }

    private static String resource(String path) {
        try (InputStream in = ScenarioReports.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
