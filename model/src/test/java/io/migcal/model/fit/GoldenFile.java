package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed golden file under {@code src/test/resources}. Run the tests with
 * {@code -Dmigcal.golden.update=true} to rewrite the files after an intended format change, then review
 * the diff before committing.
 */
final class GoldenFile {
    static final Path DIR = Path.of("src/test/resources/io/migcal/model/fit");

    private GoldenFile() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("migcal.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
