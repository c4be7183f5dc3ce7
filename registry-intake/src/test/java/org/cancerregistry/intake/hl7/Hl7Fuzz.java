package org.cancerregistry.intake.hl7;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Inputs a lab's interface engine could send by mistake, made from the valid and official messages: cut short,
 * with random bytes, flooded with one separator, with a huge field, as invalid UTF-8, or in a batch envelope.
 * Seeded, so that a failing input can be made again.
 */
final class Hl7Fuzz {

    private static final String SEPARATORS = "|^~&\\\r\n";
    private static final List<String> SEEDS = List.of("official/flow-cytometry-cll.hl7",
            "official/surgical-breast-formatted-text.hl7", "official/surgical-breast-text-parts.hl7",
            "official/surgical-breast-short-text-parts.hl7", "official/surgical-breast-specimen-groups.hl7",
            "valid/breast-carcinoma-vol-v-50.hl7", "valid/synoptic-checklist-and-specimen-parts.hl7",
            "valid/bone-marrow-flow-cytometry-cll.hl7", "valid/multiple-final-diagnosis-parts.hl7");

    private final Random random;
    private final List<byte[]> seeds;

    Hl7Fuzz(long seed) {
        this.random = new Random(seed);
        this.seeds = SEEDS.stream().map(path -> Hl7Fixtures.fresh(path).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The next input, as the bytes of an HTTP body. */
    byte[] next() {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        return switch (random.nextInt(100)) {
            case 0, 1 -> hugeField(seed);
            case 2, 3, 4, 5, 6 -> separatorFlood(seed);
            default -> switch (random.nextInt(6)) {
                case 0 -> truncated(seed);
                case 1 -> randomBytes(seed);
                case 2 -> invalidUtf8(seed);
                case 3 -> batch();
                case 4 -> separatorsMoved(seed);
                default -> pureNoise();
            };
        };
    }

    private byte[] truncated(byte[] seed) {
        return java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1));
    }

    private byte[] randomBytes(byte[] seed) {
        byte[] input = seed.clone();
        int changes = 1 + random.nextInt(20);
        for (int i = 0; i < changes; i++) {
            input[random.nextInt(input.length)] = (byte) random.nextInt(256);
        }
        return input;
    }

    private byte[] invalidUtf8(byte[] seed) {
        byte[] input = seed.clone();
        int at = random.nextInt(input.length);
        // Lone continuation bytes, an overlong form and a truncated sequence.
        byte[][] invalid = { { (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xFF } };
        return splice(input, at, invalid[random.nextInt(invalid.length)]);
    }

    private byte[] separatorFlood(byte[] seed) {
        char separator = SEPARATORS.charAt(random.nextInt(SEPARATORS.length()));
        byte[] flood = String.valueOf(separator).repeat(1 + random.nextInt(200_000)).getBytes(StandardCharsets.UTF_8);
        return splice(seed, random.nextInt(seed.length), flood);
    }

    private byte[] separatorsMoved(byte[] seed) {
        byte[] input = seed.clone();
        int changes = 1 + random.nextInt(10);
        for (int i = 0; i < changes; i++) {
            input[random.nextInt(input.length)] = (byte) SEPARATORS.charAt(random.nextInt(SEPARATORS.length()));
        }
        return input;
    }

    private byte[] hugeField(byte[] seed) {
        byte[] field = "x".repeat(100_000 + random.nextInt(1_500_000)).getBytes(StandardCharsets.UTF_8);
        return splice(seed, random.nextInt(seed.length), field);
    }

    private byte[] batch() {
        StringBuilder batch = new StringBuilder();
        if (random.nextBoolean()) {
            batch.append("FHS|^~\\&|LAB\r");
        }
        if (random.nextBoolean()) {
            batch.append("BHS|^~\\&|LAB\r");
        }
        int messages = random.nextInt(5);
        for (int i = 0; i < messages; i++) {
            batch.append(new String(randomBytes(seeds.get(random.nextInt(seeds.size()))), StandardCharsets.UTF_8));
        }
        if (random.nextBoolean()) {
            batch.append("BTS|").append(random.nextInt(10)).append('\r');
        }
        return batch.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pureNoise() {
        byte[] noise = new byte[random.nextInt(4096)];
        random.nextBytes(noise);
        if (noise.length > 8 && random.nextBoolean()) {
            System.arraycopy("MSH|^~\\&".getBytes(StandardCharsets.US_ASCII), 0, noise, 0, 8);
        }
        return noise;
    }

    private static byte[] splice(byte[] input, int at, byte[] inserted) {
        byte[] output = new byte[input.length + inserted.length];
        System.arraycopy(input, 0, output, 0, at);
        System.arraycopy(inserted, 0, output, at, inserted.length);
        System.arraycopy(input, at, output, at + inserted.length, input.length - at);
        return output;
    }
}
