package org.cancerregistry.reporting;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of reporting-service import one way, from the submissions and reports down to the NAACCR format, as read from the import lines of
 * the main sources: no two packages import each other, directly or around a longer loop, and each imports only what
 * {@link #ALLOWED} lets it. A package of its own is a top-level package under {@code org.cancerregistry.reporting}, with
 * its subpackages; {@value #ROOT} stands for the classes of {@code org.cancerregistry.reporting} itself.
 */
class PackageDependenciesTest {

    private static final String ROOT = "reporting";
    private static final Path SOURCES = Path.of("src/main/java/org/cancerregistry/reporting");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.cancerregistry\\.reporting\\.(\\w+)[.;]");

    /** The layering, bottom to top: what each package may import of the service. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // Value types and the NAACCR format.
            entry(ROOT, Set.of()),
            entry("event", Set.of()),
            entry("problem", Set.of()),
            entry("naaccr", Set.of()),
            // Infrastructure and configuration.
            entry("audit", Set.of(ROOT)),
            entry("stateregistry", Set.of(ROOT)),
            // The reporting store, fed by the events.
            entry("store", Set.of("event")),
            // Use cases: submissions to state registries, data quality, incidence.
            entry("submission", Set.of(ROOT, "audit", "naaccr", "problem", "stateregistry")),
            entry("quality", Set.of(ROOT)),
            entry("incidence", Set.of(ROOT)),
            // Above the consumers it replays: the dead letters of the store's topics, listed for a manager and replayed.
            entry("deadletter", Set.of(ROOT, "problem", "store")));

    /** For each package, the packages it imports, each with the files that import it. */
    private static final Map<String, Map<String, Set<String>>> IMPORTS = new TreeMap<>();

    @BeforeAll
    static void readImports() throws IOException {
        assertThat(SOURCES).as("the main sources, from the module's directory").isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(PackageDependenciesTest::readImports);
        }
    }

    @Test
    void shouldImportNoPackageThatImportsItBack() {
        assertThat(cycles(graph(IMPORTS))).as("packages that import each other, directly or around a loop").isEmpty();
    }

    @Test
    void shouldAllowOnlyOneWayItself() {
        assertThat(cycles(ALLOWED)).as("loops in the layering").isEmpty();
    }

    @Test
    void shouldImportOnlyWhatItsLayerAllows() {
        assertThat(ALLOWED).as("every package placed in a layer").containsKeys(IMPORTS.keySet().toArray(String[]::new));
        List<String> notAllowed = new ArrayList<>();
        IMPORTS.forEach((from, imported) -> imported.forEach((to, files) -> {
            if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                notAllowed.add(from + " -> " + to + " " + files);
            }
        }));
        assertThat(notAllowed).as("imports the layering does not allow").isEmpty();
    }

    private static void readImports(Path file) {
        Path relative = SOURCES.relativize(file);
        String from = relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
        Map<String, Set<String>> imported = IMPORTS.computeIfAbsent(from, p -> new TreeMap<>());
        try (Stream<String> lines = Files.lines(file)) {
            lines.map(IMPORT::matcher).filter(Matcher::find).map(PackageDependenciesTest::importedPackage)
                    .filter(to -> !to.equals(from))
                    .forEach(to -> imported.computeIfAbsent(to, p -> new TreeSet<>()).add(relative.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // org.cancerregistry.reporting.Roles is a class of the service's own package, org.cancerregistry.reporting.hl7 a package.
    private static String importedPackage(Matcher imported) {
        String name = imported.group(1);
        return Character.isUpperCase(name.charAt(0)) ? ROOT : name;
    }

    private static Map<String, Set<String>> graph(Map<String, Map<String, Set<String>>> imports) {
        Map<String, Set<String>> graph = new TreeMap<>();
        imports.forEach((from, imported) -> graph.put(from, imported.keySet()));
        return graph;
    }

    /** One loop through each set of packages that import each other, such as {@code a -> b -> a}. */
    private static Set<String> cycles(Map<String, Set<String>> graph) {
        Map<Set<String>, String> loops = new HashMap<>();
        graph.forEach((from, targets) -> targets.forEach(to -> {
            List<String> back = path(graph, to, from);
            if (!back.isEmpty()) {
                loops.putIfAbsent(new TreeSet<>(back), from + " -> " + String.join(" -> ", back));
            }
        }));
        return new TreeSet<>(loops.values());
    }

    /** The shortest path of imports from one package to another, both included; empty when there is none. */
    private static List<String> path(Map<String, Set<String>> graph, String from, String to) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of(from));
        reachedFrom.put(from, from);
        while (!next.isEmpty()) {
            String at = next.removeFirst();
            if (at.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String step = to; !step.equals(from); step = reachedFrom.get(step)) {
                    path.add(step);
                }
                path.add(from);
                Collections.reverse(path);
                return path;
            }
            for (String target : graph.getOrDefault(at, Set.of())) {
                if (reachedFrom.putIfAbsent(target, at) == null) {
                    next.addLast(target);
                }
            }
        }
        return List.of();
    }
}
