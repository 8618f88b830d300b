package io.migcal.harness.config;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A secret given by reference, never inline: {@code env:NAME} (an environment variable) or
 * {@code file:PATH} (the first line of a file). The reference is what configs, manifests and logs
 * may show; the value is read only when a client needs it, and {@link #toString()} never shows it.
 */
public final class Secret {
    private final String reference;
    private final Function<String, String> environment;

    private Secret(String reference, Function<String, String> environment) {
        this.reference = reference;
        this.environment = environment;
    }

    /** Parses a reference; anything that is not {@code env:} or {@code file:} is refused as bad input. */
    public static Secret of(String reference) {
        return of(reference, System::getenv);
    }

    /** As {@link #of(String)}, reading environment variables through {@code environment} (for tests). */
    public static Secret of(String reference, Function<String, String> environment) {
        Objects.requireNonNull(reference, "reference");
        if (!reference.startsWith("env:") && !reference.startsWith("file:")) {
            throw new BadInputException("a secret must be given by reference, 'env:NAME' or 'file:PATH', "
                    + "not inline (got a value starting '" + reference.substring(0, Math.min(3, reference.length()))
                    + "...'); put it in an environment variable or a file readable only by you");
        }
        return new Secret(reference, environment);
    }

    /** For tests and the virtual lab: a secret held in a map standing in for the environment. */
    public static Secret fromEnvironmentMap(String name, Map<String, String> environment) {
        return new Secret("env:" + name, environment::get);
    }

    /** The reference ({@code env:NAME} or {@code file:PATH}); safe to record. */
    public String reference() {
        return reference;
    }

    /** Reads the value now; a missing variable or file is bad input that names the reference. */
    public String reveal() {
        if (reference.startsWith("env:")) {
            String name = reference.substring(4);
            String value = environment.apply(name);
            if (value == null || value.isEmpty()) {
                throw new BadInputException("secret " + reference + ": environment variable " + name
                        + " is not set; export it before running migcal");
            }
            return value;
        }
        Path file = LocalPath.of(reference.substring(5));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String firstLine = text.lines().findFirst().orElse("").strip();
            if (firstLine.isEmpty()) {
                throw new BadInputException("secret " + reference + ": the file is empty; write the secret on its first line");
            }
            return firstLine;
        } catch (IOException e) {
            throw new BadInputException("secret " + reference + ": cannot read " + file + " ("
                    + e.getClass().getSimpleName() + "); check the path and its permissions");
        }
    }

    @Override
    public String toString() {
        return reference;
    }
}
