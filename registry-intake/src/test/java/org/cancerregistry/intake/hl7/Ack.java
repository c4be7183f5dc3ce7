package org.cancerregistry.intake.hl7;

import java.util.Arrays;
import java.util.List;

/** An HL7 ACK as a lab reads it: MSA-1, MSA-2 and the ERR segments. */
public record Ack(String code, String controlId, List<String> errors, String raw) {

    public static Ack of(String er7) {
        List<String> segments = Arrays.asList(er7.split("\r"));
        String[] msa = segments.stream().filter(s -> s.startsWith("MSA|")).findFirst()
                .orElseThrow(() -> new AssertionError("no MSA segment in " + er7)).split("\\|", -1);
        List<String> errors = segments.stream().filter(s -> s.startsWith("ERR|")).toList();
        return new Ack(msa[1], msa.length > 2 ? msa[2] : "", errors, er7);
    }

    /** Every ACK of a batch answer, in order. */
    public static List<Ack> allOf(String batch) {
        return Arrays.stream(batch.split("(?=MSH\\|)"))
                .filter(part -> part.startsWith("MSH|"))
                .map(Ack::of)
                .toList();
    }
}
