package io.migcal.model.measure;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvOutput;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;

/**
 * A measurements CSV split by its migration-settings columns ({@code setting_*}, docs/record-schema.md):
 * one subset per combination of levels, in the order the combinations first appear, each written as a
 * CSV of its own with the same header, so that {@code migcal fit} fits one model per combination with
 * the same reader and rules as the whole file.
 */
public final class SettingLevelSplit {
    public static final String PREFIX = "setting_";

    /** One combination: its levels by setting column, a file-name-safe label, and its rows' file. */
    public record Level(Map<String, String> levels, String label, Path file, int rows) {
    }

    private SettingLevelSplit() {
    }

    /** The setting columns of a file's header (none: the file has no settings axes). */
    public static List<String> settingColumns(CsvTable table) {
        return table.header().stream().map(String::trim).filter(h -> h.startsWith(PREFIX)).toList();
    }

    /**
     * Writes one subset per combination into {@code dir} ({@code <label>.csv}); returns them, or none when
     * the file has fewer than two combinations (then the whole file is the only fit there is).
     */
    public static List<Level> split(Path data, CsvDelimiter delimiter, Path dir) throws IOException {
        CsvTable table = CsvSource.read(data, "--data").table(delimiter);
        List<String> columns = settingColumns(table);
        if (table.isEmpty() || columns.isEmpty()) {
            return List.of();
        }
        Map<Map<String, String>, List<CsvRow>> groups = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            Map<String, String> key = new LinkedHashMap<>();
            for (String column : columns) {
                key.put(column, row.cell(table.column(column)).trim());
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        if (groups.size() < 2) {
            return List.of();
        }
        Files.createDirectories(dir);
        CSVFormat format = CsvOutput.FORMAT.builder().setDelimiter(delimiter.character()).get();
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<Map<String, String>, List<CsvRow>> group : groups.entrySet()) {
            String label = label(group.getKey());
            StringBuilder text = new StringBuilder();
            format.printRecord(text, table.header().toArray());
            for (CsvRow row : group.getValue()) {
                format.printRecord(text, row.cells().toArray());
            }
            Path file = dir.resolve(label + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            levels.add(new Level(group.getKey(), label, file, group.getValue().size()));
        }
        return levels;
    }

    /** {@code key=value} per setting joined by {@code -}, as sample ids name them ({@code /} becomes {@code _}). */
    static String label(Map<String, String> levels) {
        StringJoiner label = new StringJoiner("-");
        levels.forEach((column, value) -> label.add(column.substring(PREFIX.length()) + "="
                + (value.isEmpty() ? "none" : value.replaceAll("[^A-Za-z0-9._=-]", "_"))));
        return label.toString();
    }
}
