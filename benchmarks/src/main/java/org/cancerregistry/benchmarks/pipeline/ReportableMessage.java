package org.cancerregistry.benchmarks.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A breast cancer pathology report from the demo lab about a random person unlike any registry patient. */
record ReportableMessage(String controlId, String text) {

    static ReportableMessage next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String controlId = "PIPE" + id;
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(40 * 365));
        String text = String.join("\r",
                "MSH|^~\\&|LAB-LIS|INDEPENDENT LAB SERVICES^33D1234567^CLIA|||20260312101500||ORU^R01^ORU_R01|" + controlId
                        + "|P|2.5.1|||||||||VOL_V_50_ORU_R01^NAACCR_CP",
                "PID|1||" + (100_000_000 + random.nextInt(800_000_000)) + "^^^^SS||" + name(random, 11) + "^" + name(random, 6)
                        + "||" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "|F||2106-3",
                "OBR|1||P" + id + "|11529-5^Surgical Pathology Study Report^LN|||20260310||||||||||||||||||F",
                "OBX|1|TX|22637-3^Final diagnosis^LN||Infiltrating duct carcinoma, left breast, upper outer quadrant, 2.1 cm.||||||F",
                "");
        return new ReportableMessage(controlId, text);
    }

    private static String name(ThreadLocalRandom random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
