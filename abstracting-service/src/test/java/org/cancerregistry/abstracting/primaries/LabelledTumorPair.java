package org.cancerregistry.abstracting.primaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of {@code primaries/pairs.tsv}: two tumors of a patient and the expected decision and rule. */
record LabelledTumorPair(PrimaryDecision expected, String rule, String caseName, TumorFacts existing,
                         TumorFacts incoming) {

    static List<LabelledTumorPair> load() {
        InputStream in = LabelledTumorPair.class.getResourceAsStream("/primaries/pairs.tsv");
        if (in == null) {
            throw new IllegalStateException("primaries/pairs.tsv is not on the test classpath");
        }
        List<LabelledTumorPair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 13) {
                    throw new IllegalStateException("expected 13 columns, got " + f.length + ": " + f[2]);
                }
                pairs.add(new LabelledTumorPair(PrimaryDecision.valueOf(f[0]), f[1], f[2], tumor(f, 3), tumor(f, 8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static TumorFacts tumor(String[] f, int from) {
        return new TumorFacts(f[from], f[from + 1], f[from + 2], f[from + 3], f[from + 4]);
    }

    @Override
    public String toString() {
        return caseName;
    }
}
