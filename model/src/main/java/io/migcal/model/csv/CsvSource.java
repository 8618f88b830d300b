package io.migcal.model.csv;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of a CSV file (kept for its checksum) and its text: UTF-8, without the byte-order mark that
 * spreadsheet exports ("CSV UTF-8") put first.
 */
public record CsvSource(String name, byte[] bytes, String text) {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Reads {@code file}; {@code option} is the command-line option that named it, for the error message. */
    public static CsvSource read(Path file, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ":0: no such file; check the " + option + " path", e);
        } catch (IOException e) {
            throw new BadInputException(file + ":0: cannot read the file (" + e.getMessage() + ")", e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new CsvSource(file.toString(), bytes, text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text
                : text.substring(1));
    }

    public CsvTable table(CsvDelimiter delimiter) {
        return CsvTable.parse(name, text, delimiter);
    }
}
