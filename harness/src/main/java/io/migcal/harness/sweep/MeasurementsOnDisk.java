package io.migcal.harness.sweep;

import io.migcal.model.BadInputException;
import io.migcal.model.measure.MeasurementColumns;
import io.migcal.model.measure.SampleStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an interrupted run left in {@code measurements.csv}: its context columns and which samples
 * finished. A sample finished when it has a row that is not {@code interrupted}; a last line cut
 * off by a crash (no newline) is ignored, because the writer forces whole lines only.
 */
public record MeasurementsOnDisk(List<String> contextColumns, List<Map<String, String>> rows) {

    public static MeasurementsOnDisk read(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return new MeasurementsOnDisk(List.of(), List.of());
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!text.endsWith("\n") && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return new MeasurementsOnDisk(List.of(), List.of());
        }
        List<String> header = CsvLine.split(lines.get(0));
        if (!header.subList(0, Math.min(header.size(), MeasurementColumns.FIXED.size()))
                .equals(MeasurementColumns.FIXED)) {
            throw new BadInputException(csv + " does not start with migcal's measurement columns; "
                    + "is this a migcal run directory?");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = CsvLine.split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return new MeasurementsOnDisk(header.subList(MeasurementColumns.FIXED.size(), header.size()), rows);
    }

    /**
     * Cuts a last line that a kill left without its newline, so the next row starts on a line of its
     * own; returns whether anything was cut.
     */
    public static boolean dropTornLastLine(Path csv) throws IOException {
        if (!Files.exists(csv) || Files.size(csv) == 0) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(csv);
        int end = bytes.length;
        if (bytes[end - 1] == '\n') {
            return false;
        }
        int lastNewline = end - 1;
        while (lastNewline >= 0 && bytes[lastNewline] != '\n') {
            lastNewline--;
        }
        try (var channel = java.nio.channels.FileChannel.open(csv, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(lastNewline + 1L);
            channel.force(true);
        }
        return true;
    }

    public MeasurementsOnDisk {
        contextColumns = List.copyOf(contextColumns);
        rows = List.copyOf(rows);
    }

    /** Ids of the samples that need not run again. */
    public Set<String> finishedSampleIds() {
        Set<String> finished = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            if (SampleStatus.fromCsv(row.get(MeasurementColumns.STATUS)) != SampleStatus.INTERRUPTED) {
                finished.add(row.get(MeasurementColumns.SAMPLE_ID));
            }
        }
        return finished;
    }
}
