package io.migcal.harness.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.migcal.harness.config.LabConfigMapper;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@code manifest.json}. Writes go to a temporary file that is forced to disk and
 * then moved over the old one, so a crash leaves either the old manifest or the new, never half.
 */
final class ManifestFile {
    private static final ObjectMapper JSON = LabConfigMapper.json().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestFile() {
    }

    static void write(Path file, Manifest manifest) throws IOException {
        InterruptProofFiles.replaceAtomically(file, JSON.writeValueAsBytes(manifest));
    }

    static Manifest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new BadInputException(file + " is not a readable migcal manifest (" + e.getClass().getSimpleName()
                    + "); the run cannot be resumed from it");
        }
    }

    /** The config as the manifest stores it: secrets appear as their references only. */
    static com.fasterxml.jackson.databind.JsonNode configTree(io.migcal.harness.config.LabConfig config) {
        return JSON.valueToTree(config);
    }
}
