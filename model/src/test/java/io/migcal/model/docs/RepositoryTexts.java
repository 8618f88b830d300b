package io.migcal.model.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The repository's hand-written text files: documentation, code, scripts and configs. Recorded run
 * data under {@code results/} (CSVs, manifests, logs, the lab configs a run wrote) is left out: it
 * records where a run happened, which is not a citation. Build output and Git's own files too.
 */
final class RepositoryTexts {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".idea", ".vscode", "node_modules");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "java", "yml", "yaml", "sh", "xml", "j2", "cfg",
            "py", "properties");
    private final Path root;

    RepositoryTexts(Path root) {
        this.root = root;
    }

    /** The repository root seen from a module's working directory, where Maven runs the tests. */
    static RepositoryTexts fromModuleDirectory() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalStateException(root + " is not the migcal repository root (no pom.xml or docs/)");
        }
        return new RepositoryTexts(root);
    }

    Path root() {
        return root;
    }

    List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(this::handWritten).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every file, recorded run data included (a cited report.md may be a run's output). */
    Set<String> allFileNames() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !skipped(root.relativize(p)))
                    .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> markdown() {
        return files().stream().filter(p -> extension(p).equals("md")).toList();
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private boolean handWritten(Path file) {
        Path relative = root.relativize(file);
        if (skipped(relative) || !TEXT_EXTENSIONS.contains(extension(file))) {
            return false;
        }
        if (relative.getNameCount() > 1 && relative.getName(0).toString().equals("results")) {
            // only what people write there: READMEs and the configs a reference run was started with
            return file.getFileName().toString().equals("README.md") || relative.toString().contains("/configs/");
        }
        return true;
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
