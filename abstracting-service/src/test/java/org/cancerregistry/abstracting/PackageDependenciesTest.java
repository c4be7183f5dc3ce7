package org.cancerregistry.abstracting;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The service's packages import one way (#18): infrastructure and rules at the bottom, then the stores, the use cases,
 * and HTTP on top. Read from the main sources: every mention of {@code org.cancerregistry.abstracting.<package>}, in an
 * import or written out in full (a Javadoc link counts too).
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/cancerregistry/abstracting");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.cancerregistry\\.abstracting\\.(\\w+)");
    /** Roles, ApiExamples and Clocks: every package may use them, and they use none. */
    private static final String ROOT = "(root)";

    /** Each package and the packages it may import, besides ROOT. Widen it deliberately: it is the layering. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry(ROOT, Set.of()),
            // Infrastructure: no domain package.
            entry("problem", Set.of()),
            entry("event", Set.of()),
            entry("audit", Set.of("problem")),
            entry("outbox", Set.of("event", "problem")),
            // Rules and value types: lower rules only.
            entry("item", Set.of()),
            entry("edits", Set.of("item")),
            entry("linkage", Set.of()),
            entry("primaries", Set.of()),
            entry("staging", Set.of()),
            // Stores and entities.
            entry("report", Set.of()),
            entry("patient", Set.of("report", "linkage", "audit", "problem")),
            entry("tumor", Set.of("patient", "report", "edits", "item", "primaries", "staging", "audit", "event", "outbox",
                    "problem")),
            // Use cases.
            entry("workqueue", Set.of("tumor", "patient", "report", "linkage", "primaries", "audit", "event", "problem")),
            entry("followup", Set.of("tumor", "patient", "audit", "event")),
            entry("deadletter", Set.of("workqueue", "followup", "report", "event", "problem")),
            // HTTP: JSON resources that combine several packages, and the registrar's pages.
            entry("api", Set.of("workqueue", "tumor", "patient", "report", "audit", "problem")),
            entry("web", Set.of("deadletter", "workqueue", "tumor", "patient", "report", "edits", "item", "linkage", "audit",
                    "outbox", "problem")));

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        assertThat(cycle(dependencies())).as("a cycle of imports between packages").isEmpty();
    }

    @Test
    void shouldImportOnlyTheAllowedPackages() {
        Map<String, Set<String>> dependencies = dependencies();
        assertThat(dependencies.keySet()).as("the packages ALLOWED lists").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        Map<String, Set<String>> notAllowed = new TreeMap<>();
        dependencies.forEach((from, to) -> {
            Set<String> extra = new TreeSet<>(to);
            extra.removeAll(ALLOWED.get(from));
            extra.remove(ROOT);
            if (!extra.isEmpty()) {
                notAllowed.put(from, extra);
            }
        });
        assertThat(notAllowed).as("imports the layering does not allow").isEmpty();
    }

    /** Each package of the main sources and the other packages it mentions. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String from = packageOf(SOURCES.relativize(file));
                Set<String> to = dependencies.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(read(file));
                while (reference.find()) {
                    String name = reference.group(1);
                    to.add(Character.isUpperCase(name.charAt(0)) ? ROOT : name);
                }
                to.remove(from);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static String packageOf(Path relativeFile) {
        return relativeFile.getNameCount() == 1 ? ROOT : relativeFile.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cycle as the packages along it, the first one repeated at the end; empty when there is none. */
    private static List<String> cycle(Map<String, Set<String>> dependencies) {
        Set<String> done = new HashSet<>();
        for (String start : dependencies.keySet()) {
            Optional<List<String>> found = cycleFrom(start, dependencies, new ArrayList<>(), done);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return List.of();
    }

    private static Optional<List<String>> cycleFrom(String current, Map<String, Set<String>> dependencies, List<String> path,
            Set<String> done) {
        int seen = path.indexOf(current);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(current);
            return Optional.of(cycle);
        }
        if (done.contains(current)) {
            return Optional.empty();
        }
        path.add(current);
        for (String next : dependencies.getOrDefault(current, Set.of())) {
            Optional<List<String>> found = cycleFrom(next, dependencies, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(current);
        return Optional.empty();
    }
}
