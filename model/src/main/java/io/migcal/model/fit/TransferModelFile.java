package io.migcal.model.fit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes and reads {@code transfer-model.json}. Reading gives a {@link FittedModel}, the
 * {@link TransferTimePredictor} that the simulator and the virtual lab use.
 */
public final class TransferModelFile {
    public static final String FILE_NAME = "transfer-model.json";

    private TransferModelFile() {
    }

    public static String toJson(FitReport report, String migcalVersion) {
        try {
            return mapper().writeValueAsString(TransferModelJson.of(report, migcalVersion)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public static void write(Path file, FitReport report, String migcalVersion) throws IOException {
        Files.writeString(file, toJson(report, migcalVersion), StandardCharsets.UTF_8);
    }

    public static FittedModel read(Path file) {
        JsonNode root;
        try {
            root = mapper().readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BadInputException(file + ": no such file; pass the transfer-model.json written by migcal fit", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); pass the transfer-model.json written by migcal fit", e);
        }
        return new TransferModelReader(file.toString(), root).model();
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }
}
