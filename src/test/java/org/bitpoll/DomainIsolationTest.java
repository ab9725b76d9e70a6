package org.bitpoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain packages stay free of the web, EJB and persistence-session APIs, so they can be unit-tested with new. */
class DomainIsolationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> FORBIDDEN =
            List.of("jakarta.faces", "jakarta.ejb", "jakarta.persistence.EntityManager", "org.primefaces");

    private static List<Path> domainSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        Path relative = SOURCES.relativize(file);
                        for (Path part : relative.getParent()) {
                            if (part.toString().equals("domain")) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .sorted()
                    .toList();
        }
    }

    @Test
    void domainSourcesAreFound() throws IOException {
        assertThat(domainSources())
                .anyMatch(file -> file.endsWith(Path.of("org/bitpoll/poll/domain/Poll.java")))
                .anyMatch(file -> file.endsWith(Path.of("org/bitpoll/account/domain/Account.java")));
    }

    @Test
    void domainDoesNotImportFacesEjbEntityManagerOrPrimeFaces() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : domainSources()) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("import ")) {
                    continue;
                }
                String imported = line.substring("import ".length())
                        .replace("static ", "")
                        .strip();
                for (String forbidden : FORBIDDEN) {
                    if (imported.startsWith(forbidden)) {
                        violations.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
                if (imported.equals("jakarta.persistence.*;")) {
                    violations.add(file + ":" + (i + 1) + ": " + line + " (brings in EntityManager)");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void domainDoesNotUseThemFullyQualifiedEither() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : domainSources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*")
                        || line.startsWith("/*")
                        || line.startsWith("//")
                        || line.startsWith("import ")) {
                    continue;
                }
                for (String forbidden : FORBIDDEN) {
                    if (line.contains(forbidden + ".")
                            || line.contains(forbidden + " ")
                            || line.contains(forbidden + ";")
                            || line.contains(forbidden + "<")
                            || line.contains(forbidden + "(")) {
                        violations.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
