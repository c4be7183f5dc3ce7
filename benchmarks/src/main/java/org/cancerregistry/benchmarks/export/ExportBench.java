package org.cancerregistry.benchmarks.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.cancerregistry.benchmarks.Figures;
import org.cancerregistry.reporting.naaccr.NaaccrPatient;
import org.cancerregistry.reporting.naaccr.NaaccrXmlWriter;

/**
 * NAACCR XML export: the reporting service's own writer (item table, level and length checks, record type
 * filter) against a bare StAX writer putting the same items into the same document shape, in one process.
 * Both write to a byte-counting sink, so that the figure is the encoding and not the disk.
 *
 * <p>{@code rate RUNS TUMORS}: tumors per second of both, alternating, over a fixed pool of patients.
 * {@code heap TUMORS}: one streamed export of patients made up on the fly, then the JVM's peak heap use
 * (run it under the heap limit to test).
 */
public final class ExportBench {

    private static final String NAMESPACE = "http://naaccr.org/naaccrxml";
    private static final String[] INDENTS = {"\n", "\n    ", "\n        ", "\n            "};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("rate")) {
            rate(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            heap(Integer.parseInt(args[1]));
        }
    }

    private static void rate(int runs, int tumors) throws Exception {
        List<NaaccrPatient> pool = new ArrayList<>();
        SyntheticPatients patients = new SyntheticPatients(42);
        for (int i = 0; i < 5_000; i++) {
            pool.add(patients.next());
        }
        System.out.printf("Export: %d tumors a run, the service's NaaccrXmlWriter and bare StAX alternating%n", tumors);
        writeService(pool, tumors / 4, new CountingSink()); // warm-up
        writeBare(pool, tumors / 4, new CountingSink());
        List<Double> service = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            service.add(writeService(pool, tumors, new CountingSink()));
            bare.add(writeBare(pool, tumors, new CountingSink()));
            Figures.run("NaaccrXmlWriter", run, service.get(run - 1), "tumors/s");
            Figures.run("bare StAX", run, bare.get(run - 1), "tumors/s");
        }
        double serviceRate = Figures.figure("export.naaccr-xml-writer (" + tumors + " tumors)", service, "tumors/s");
        double bareRate = Figures.figure("export.bare-stax (" + tumors + " tumors)", bare, "tumors/s");
        Figures.figure("export.ratio writer/bare", serviceRate / bareRate, "", "");
    }

    private static void heap(int tumors) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        SyntheticPatients patients = new SyntheticPatients(7);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        int written = 0;
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(new BufferedOutputStream(sink, 65_536), SyntheticPatients.VERSION, 'A',
                Instant.now(), Map.of("registryId", "0000001234"))) {
            while (written < tumors) {
                NaaccrPatient patient = patients.next();
                writer.write(patient);
                written += patient.tumors().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    oldPeak = Math.max(oldPeak, pool.getPeakUsage().getUsed());
                }
            }
        }
        System.out.printf("Export of %d tumors (%d MB of XML) in %.1f s under a %d MB heap limit%n", written, sink.bytes >> 20,
                seconds, maxHeap >> 20);
        Figures.figure("export.heap.peak (" + written + " tumors)", peak / 1048576.0, "MB",
                "sum of heap pools' peaks; limit -Xmx" + (maxHeap >> 20) + "m, finished without OutOfMemoryError");
        Figures.figure("export.heap.old-generation-peak", oldPeak / 1048576.0, "MB", "what survived young collections");
        Figures.figure("export.streamed-rate (" + written + " tumors)", written / seconds, "tumors/s",
                "including making the patients up");
    }

    private static double writeService(List<NaaccrPatient> pool, int tumors, CountingSink sink) {
        long start = System.nanoTime();
        int written = 0;
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(new BufferedOutputStream(sink, 65_536), SyntheticPatients.VERSION, 'A',
                Instant.now(), Map.of("registryId", "0000001234"))) {
            for (int i = 0; written < tumors; i++) {
                NaaccrPatient patient = pool.get(i % pool.size());
                writer.write(patient);
                written += patient.tumors().size();
            }
        }
        return written / ((System.nanoTime() - start) / 1e9);
    }

    /** The same document with nothing but StAX: no table, no checks, items in the map's order. */
    private static double writeBare(List<NaaccrPatient> pool, int tumors, CountingSink sink) throws XMLStreamException, IOException {
        long start = System.nanoTime();
        int written = 0;
        BufferedOutputStream out = new BufferedOutputStream(sink, 65_536);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters(INDENTS[0]);
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "NaaccrData");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("baseDictionaryUri", SyntheticPatients.VERSION.baseDictionaryUri());
        xml.writeAttribute("recordType", "A");
        xml.writeAttribute("specificationVersion", "1.8");
        xml.writeAttribute("timeGenerated", Instant.now().toString());
        writeItems(xml, Map.of("registryId", "0000001234"), 1);
        for (int i = 0; written < tumors; i++) {
            NaaccrPatient patient = pool.get(i % pool.size());
            xml.writeCharacters(INDENTS[1]);
            xml.writeStartElement(NAMESPACE, "Patient");
            writeItems(xml, patient.items(), 2);
            for (Map<String, String> tumor : patient.tumors()) {
                xml.writeCharacters(INDENTS[2]);
                xml.writeStartElement(NAMESPACE, "Tumor");
                writeItems(xml, tumor, 3);
                xml.writeCharacters(INDENTS[2]);
                xml.writeEndElement();
            }
            xml.writeCharacters(INDENTS[1]);
            xml.writeEndElement();
            written += patient.tumors().size();
        }
        xml.writeCharacters(INDENTS[0]);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        out.flush();
        return written / ((System.nanoTime() - start) / 1e9);
    }

    private static void writeItems(XMLStreamWriter xml, Map<String, String> items, int depth) throws XMLStreamException {
        for (Map.Entry<String, String> item : items.entrySet()) {
            xml.writeCharacters(INDENTS[depth]);
            xml.writeStartElement(NAMESPACE, "Item");
            xml.writeAttribute("naaccrId", item.getKey());
            xml.writeCharacters(item.getValue());
            xml.writeEndElement();
        }
    }

    /** Counts the bytes and drops them. */
    private static final class CountingSink extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
