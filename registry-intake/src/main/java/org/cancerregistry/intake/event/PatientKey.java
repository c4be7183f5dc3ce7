package org.cancerregistry.intake.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.cancerregistry.intake.event.PathologyReportReceived.Patient;
import org.cancerregistry.intake.event.PathologyReportReceived.PatientIdentifier;

/**
 * The Kafka key of a report's events: the same patient always gets the same key, so that Kafka keeps
 * the patient's reports in order. A hash, because Kafka keys show up in tools and logs where PHI must not.
 */
public final class PatientKey {

    private PatientKey() {
    }

    public static String of(Patient patient) {
        String identity = patient.identifiers().stream()
                .filter(id -> id.type().equals("SS"))
                .map(PatientIdentifier::value)
                .findFirst()
                .map(ssn -> "SS|" + ssn)
                .orElseGet(() -> "NAME|" + patient.lastName().toUpperCase(Locale.ROOT) + "|"
                        + patient.firstName().toUpperCase(Locale.ROOT) + "|" + patient.dateOfBirth());
        return sha256(identity).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
