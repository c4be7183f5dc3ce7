package org.cancerregistry.benchmarks.intake;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.imsweb.datagenerator.hl7.NaaccrHl7DataGenerator;
import com.imsweb.layout.LayoutFactory;
import com.imsweb.layout.hl7.NaaccrHl7Layout;

/**
 * Synthetic NAACCR Volume V messages from imsweb's data generator, sent as the demo lab (CLIA 33D1234567).
 * A few hundred generated messages serve as templates; each message handed out gets a control id and
 * accession number of its own, so that intake takes every one in as a new report.
 */
public final class VolumeVMessages {

    private static final String DEMO_LAB = "DEMO PATHOLOGY LAB^33D1234567^CLIA";
    private static final String CONTROL_ID = "{CONTROL_ID}";
    private static final String ACCESSION = "{ACCESSION}";

    private final List<String> templates;
    private final String runPrefix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final AtomicLong sent = new AtomicLong();

    private VolumeVMessages(List<String> templates) {
        this.templates = templates;
    }

    public static VolumeVMessages generate(int templateCount) {
        NaaccrHl7Layout layout = (NaaccrHl7Layout) LayoutFactory.getLayout(LayoutFactory.LAYOUT_ID_NAACCR_HL7_2_5_1);
        NaaccrHl7DataGenerator generator = new NaaccrHl7DataGenerator(layout);
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < templateCount; i++) {
            StringWriter text = new StringWriter();
            try {
                layout.writeMessage(text, generator.generateMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            templates.add(asTemplate(text.toString()));
        }
        return new VolumeVMessages(templates);
    }

    /** The next message: a template with a control id and accession number never sent before. */
    public String next() {
        long n = sent.getAndIncrement();
        String controlId = "BENCH" + runPrefix + n;
        String accession = "B" + runPrefix + Long.toString(n, 36);
        return templates.get((int) (n % templates.size())).replace(CONTROL_ID, controlId).replace(ACCESSION, accession);
    }

    private static String asTemplate(String message) {
        StringBuilder out = new StringBuilder();
        int obr = 0;
        // The generator's segments may end with line feeds; HL7 separates them with carriage returns.
        for (String segment : message.split("\r\n|\r|\n")) {
            if (segment.isEmpty()) {
                continue;
            }
            String[] fields = segment.split("\\|", -1);
            if (fields[0].equals("MSH")) {
                fields[3] = DEMO_LAB;
                fields[9] = CONTROL_ID;
            } else if (fields[0].equals("OBR") && fields.length > 3) {
                fields[3] = ACCESSION + (obr++ == 0 ? "" : Integer.toString(obr));
            }
            out.append(String.join("|", fields)).append('\r');
        }
        return out.toString();
    }
}
