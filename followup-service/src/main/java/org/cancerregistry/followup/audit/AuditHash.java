package org.cancerregistry.followup.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The hash chain of the audit trail: a row's hash is the SHA-256 of its canonical form, a JSON array of
 * its fields (time as ISO-8601 UTC, details with their keys sorted) ending with the previous row's hash.
 * JSONB reorders keys, so details are canonical only once sorted.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private AuditHash() {
    }

    static String details(Map<String, Object> details) {
        try {
            return CANONICAL.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not JSON", e);
        }
    }

    /** The details as stored (JSONB text), in canonical form. */
    static String storedDetails(String json) {
        try {
            return details(CANONICAL.readValue(json, DETAILS));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored audit details are not JSON", e);
        }
    }

    static String of(AuditRecord record, String canonicalDetails, String previousHash) {
        try {
            String canonical = CANONICAL.writeValueAsString(Arrays.asList(record.occurredAt().toString(), record.actor(),
                    record.action(), record.patientId() == null ? null : record.patientId().toString(), record.subject(),
                    canonicalDetails, previousHash));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash an audit row", e);
        }
    }
}
