package io.migcal.model.sim.scenario;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The scenarios shipped in the jar, and the lookup of "a file or a preset name". */
public final class Presets {
    public static final List<String> NAMES = List.of("paper-2018", "paper-2019");

    private Presets() {
    }

    public static Scenario load(String name) {
        if (!NAMES.contains(name)) {
            throw new BadInputException("no preset '" + name + "'; use one of " + String.join(", ", NAMES)
                    + " or a scenario file path");
        }
        return ScenarioReader.read(text(name), "preset " + name);
    }

    /** The preset's YAML text, comments included. */
    public static String text(String name) {
        String resource = "presets/" + name + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A preset if {@code fileOrPreset} names one, else the scenario file at that path. */
    public static Scenario resolve(String fileOrPreset) {
        if (NAMES.contains(fileOrPreset)) {
            return load(fileOrPreset);
        }
        Path path = Path.of(fileOrPreset);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("--scenario " + fileOrPreset + " is neither a readable file nor a preset ("
                    + String.join(", ", NAMES) + ")");
        }
        try {
            return ScenarioReader.read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read scenario " + path + ": " + e.getMessage(), e);
        }
    }
}
