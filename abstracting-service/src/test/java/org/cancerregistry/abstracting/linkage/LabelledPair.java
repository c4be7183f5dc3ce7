package org.cancerregistry.abstracting.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of {@code linkage/pairs.tsv}: a person pair and the decision a registrar expects. */
record LabelledPair(LinkDecision expected, String caseName, PersonRecord incoming, PersonRecord candidate) {

    static List<LabelledPair> load() {
        InputStream in = LabelledPair.class.getResourceAsStream("/linkage/pairs.tsv");
        if (in == null) {
            throw new IllegalStateException("linkage/pairs.tsv is not on the test classpath");
        }
        List<LabelledPair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 18) {
                    throw new IllegalStateException("expected 18 columns, got " + f.length + ": " + f[1]);
                }
                pairs.add(new LabelledPair(LinkDecision.valueOf(f[0]), f[1], person(f, 2), person(f, 10)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static PersonRecord person(String[] f, int from) {
        return new PersonRecord(f[from], f[from + 1], f[from + 2], f[from + 3], f[from + 4], f[from + 5],
                f[from + 6], f[from + 7]);
    }

    @Override
    public String toString() {
        return caseName;
    }
}
