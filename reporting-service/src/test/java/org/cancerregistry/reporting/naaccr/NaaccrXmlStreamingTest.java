package org.cancerregistry.reporting.naaccr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NaaccrXmlStreamingTest {

    private static final int PATIENTS = 50_000;
    private static final int WARM_UP_PATIENTS = 5_000;
    private static final long MAX_GROWTH_BYTES = 32L * 1024 * 1024;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldWriteAHundredThousandTumorsWithoutGrowingState() {
        CountingOutputStream out = new CountingOutputStream();
        long before;
        long after;

        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(out, NaaccrVersion.V260, 'A', Instant.now(),
                Map.of("registryId", "0000012345"))) {
            writePatients(writer, 0, WARM_UP_PATIENTS);
            before = usedHeapAfterGc();
            writePatients(writer, WARM_UP_PATIENTS, PATIENTS);
            after = usedHeapAfterGc();
        }

        assertThat(out.tumors).isEqualTo(2L * PATIENTS);
        assertThat(out.bytes).isGreaterThan(100L * 2 * PATIENTS);
        assertThat(after - before).isLessThan(MAX_GROWTH_BYTES);
    }

    private static void writePatients(NaaccrXmlWriter writer, int from, int to) {
        for (int i = from; i < to; i++) {
            String id = String.format("%08d", i);
            writer.write(new NaaccrPatient(
                    Map.of("patientIdNumber", id, "nameLast", "Patient" + i, "nameFirst", "Test",
                            "dateOfBirth", "19600101", "sexAssignedAtBirth", "2", "vitalStatus", "1"),
                    List.of(tumor("01", "C509", "Infiltrating duct carcinoma <2 cm> & clear margins\n" + id),
                            tumor("02", "C187", "Adenocarcinoma of the sigmoid colon, " + id))));
        }
    }

    private static Map<String, String> tumor(String recordNumber, String primarySite, String text) {
        return Map.of("tumorRecordNumber", recordNumber, "dateOfDiagnosis", "20250310", "primarySite", primarySite,
                "histologicTypeIcdO3", "8500", "behaviorCodeIcdO3", "3", "textDxProcPath", text);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Discards what it is given, counting bytes and tumor start tags. */
    private static final class CountingOutputStream extends OutputStream {
        private static final byte[] TUMOR_TAG = "<Tumor>".getBytes();

        private long bytes;
        private long tumors;
        private int matched;

        @Override
        public void write(int b) {
            bytes++;
            matched = b == TUMOR_TAG[matched] ? matched + 1 : (b == TUMOR_TAG[0] ? 1 : 0);
            if (matched == TUMOR_TAG.length) {
                tumors++;
                matched = 0;
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }
    }
}
