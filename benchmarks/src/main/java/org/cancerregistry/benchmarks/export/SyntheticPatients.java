package org.cancerregistry.benchmarks.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cancerregistry.reporting.naaccr.ItemLevel;
import org.cancerregistry.reporting.naaccr.NaaccrItem;
import org.cancerregistry.reporting.naaccr.NaaccrItemTable;
import org.cancerregistry.reporting.naaccr.NaaccrPatient;
import org.cancerregistry.reporting.naaccr.NaaccrVersion;

/**
 * Patients with every item the reporting service exports filled in, one to three tumors each, made up on
 * the fly: a stream of any length without holding it.
 */
final class SyntheticPatients {

    static final NaaccrVersion VERSION = NaaccrVersion.V260;
    private static final String PATH_TEXT = "Infiltrating duct carcinoma, left breast, upper outer quadrant, 2.1 cm; "
            + "margins free, closest 4 mm; two of fourteen axillary lymph nodes with metastatic carcinoma; ER and PR positive, "
            + "HER2 negative by IHC; Nottingham grade 2.";

    private final NaaccrItemTable table = NaaccrItemTable.of(VERSION);
    private final SplittableRandom random;

    SyntheticPatients(long seed) {
        this.random = new SplittableRandom(seed);
    }

    NaaccrPatient next() {
        int tumorCount = 1 + (random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
        List<Map<String, String>> tumors = new ArrayList<>();
        for (int t = 0; t < tumorCount; t++) {
            tumors.add(items(ItemLevel.TUMOR));
        }
        return new NaaccrPatient(items(ItemLevel.PATIENT), tumors);
    }

    /** Items in NAACCR number order, as the writer writes them, so that the bare writer can follow the map. */
    private Map<String, String> items(ItemLevel level) {
        Map<String, String> items = new LinkedHashMap<>();
        for (NaaccrItem item : table.items(level)) {
            items.put(item.naaccrId(), value(item));
        }
        return items;
    }

    private String value(NaaccrItem item) {
        if (item.length() > 1000) {
            return PATH_TEXT;
        }
        if (item.length() > 20) {
            return "SPRINGFIELD & <CO>".substring(0, Math.min(18, item.length()));
        }
        StringBuilder digits = new StringBuilder(item.length());
        for (int i = 0; i < item.length(); i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
