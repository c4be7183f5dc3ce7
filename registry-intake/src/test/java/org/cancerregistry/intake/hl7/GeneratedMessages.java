package org.cancerregistry.intake.hl7;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.imsweb.datagenerator.hl7.NaaccrHl7DataGenerator;
import com.imsweb.datagenerator.hl7.NaaccrHl7DataGeneratorOptions;
import com.imsweb.layout.LayoutFactory;
import com.imsweb.layout.hl7.NaaccrHl7Layout;

/**
 * Synthetic NAACCR Volume V messages from imsweb's data generator, sent as the demo lab: the
 * generator's own lab (CLIA 3D9999999) is replaced by the demo lab's, and control ids and accession
 * numbers are made unique (the generator's are timestamps and repeat within a millisecond).
 */
public final class GeneratedMessages {

    private static final String DEMO_LAB = "DEMO PATHOLOGY LAB^33D1234567^CLIA";

    private GeneratedMessages() {
    }

    public static List<String> volumeV(int count) {
        return volumeV(count, null);
    }

    /** Messages generated with these options, or the generator's defaults when {@code options} is null. */
    public static List<String> volumeV(int count, NaaccrHl7DataGeneratorOptions options) {
        NaaccrHl7Layout layout = (NaaccrHl7Layout) LayoutFactory.getLayout(LayoutFactory.LAYOUT_ID_NAACCR_HL7_2_5_1);
        NaaccrHl7DataGenerator generator = new NaaccrHl7DataGenerator(layout);
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringWriter text = new StringWriter();
            try {
                layout.writeMessage(text, options == null ? generator.generateMessage() : generator.generateMessage(options));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            messages.add(asDemoLab(text.toString()));
        }
        return messages;
    }

    /** The final diagnosis OBX-5 values of a generated message, unescaped, one a line. */
    public static String finalDiagnosis(String message) {
        List<String> parts = new ArrayList<>();
        for (String segment : message.split("\r")) {
            String[] fields = segment.split("\\|", -1);
            if (fields[0].equals("OBX") && fields.length > 5 && fields[3].startsWith("22637-3^")) {
                parts.add(fields[5].replace("\\E\\", "\\").replace("\\.br\\", "\n").strip());
            }
        }
        return String.join("\n", parts);
    }

    private static String asDemoLab(String message) {
        StringBuilder out = new StringBuilder();
        // The generator ends segments with line feeds; HL7 wants carriage returns.
        for (String segment : message.split("\r\n|\r|\n")) {
            if (segment.isEmpty()) {
                continue;
            }
            String[] fields = segment.split("\\|", -1);
            if (fields[0].equals("MSH")) {
                fields[3] = DEMO_LAB;
                fields[9] = Hl7Fixtures.uniqueId("GEN");
            } else if (fields[0].equals("OBR") && fields.length > 3) {
                fields[3] = Hl7Fixtures.uniqueId("G");
            }
            out.append(String.join("|", fields)).append('\r');
        }
        return out.toString();
    }
}
