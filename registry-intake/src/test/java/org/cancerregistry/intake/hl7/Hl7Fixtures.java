package org.cancerregistry.intake.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The HL7 fixtures under src/test/resources/hl7. Valid messages hold the placeholders
 * {CONTROL_ID} (MSH-10) and {ACCESSION} (OBR-3), filled per test so that runs never collide.
 */
public final class Hl7Fixtures {

    private Hl7Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Hl7Fixtures.class.getResourceAsStream("/hl7/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture hl7/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String message(String path, String controlId, String accession) {
        return new String(bytes(path), StandardCharsets.UTF_8)
                .replace("{CONTROL_ID}", controlId)
                .replace("{ACCESSION}", accession);
    }

    /** A fixture with a fresh control id and accession number. */
    public static String fresh(String path) {
        return message(path, uniqueId("MSG"), uniqueId("S"));
    }

    public static String uniqueId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    }
}
