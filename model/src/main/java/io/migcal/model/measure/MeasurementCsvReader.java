package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a measurements CSV for fitting, made by migcal or by hand. It needs {@code rtt_set_ms} (or
 * {@code rtt_measured_ms}), {@code guest_used_bytes} and {@code transfer_time_s}; {@code status} is
 * optional (rows not {@code ok} are skipped and counted); {@code dirty_rate_bytes_per_s} is used when
 * present; other columns are ignored. Every problem is one {@link BadInputException} line naming the
 * file, the line and the column.
 */
public final class MeasurementCsvReader {
    static final String NEEDED = "rtt_set_ms (or rtt_measured_ms), guest_used_bytes and transfer_time_s";

    private MeasurementCsvReader() {
    }

    public static MeasurementData read(Path file) {
        byte[] bytes = readBytes(file);
        String name = file.toString();
        List<String> lines = lines(new String(bytes, StandardCharsets.UTF_8));
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new BadInputException(name + ":1: the file is empty; expected a header line with at least "
                    + NEEDED);
        }
        CsvHeader header = CsvHeader.parse(name, lines.get(0));
        List<FitObservation> observations = new ArrayList<>();
        int skipped = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            CsvRecord record = new CsvRecord(name, i + 1, header, CsvLine.split(line));
            if (!record.isOk()) {
                skipped++;
                continue;
            }
            observations.add(record.observation());
        }
        if (observations.isEmpty()) {
            throw new BadInputException(name + ":" + (lines.size()) + ": no row with status ok to fit ("
                    + skipped + " skipped); measure at least one completed migration");
        }
        return new MeasurementData(name, sha256(bytes), observations, skipped, header.rttColumn());
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ":0: no such file; check the --data path", e);
        } catch (IOException e) {
            throw new BadInputException(file + ":0: cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(List.of(body.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
