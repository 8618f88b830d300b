package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the points for {@code migcal predict --points}: columns {@code guest_used_bytes} and {@code rtt_ms}, others ignored. */
public final class PointsCsvReader {
    private static final String GUEST = MeasurementColumns.GUEST_USED_BYTES;
    private static final String RTT = "rtt_ms";

    private PointsCsvReader() {
    }

    public static List<PredictionPoint> read(Path file) {
        String name = file.toString();
        List<String> lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ":0: no such file; check the --points path", e);
        } catch (IOException e) {
            throw new BadInputException(name + ":0: cannot read the file (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new BadInputException(name + ":1: the file is empty; expected a header line " + GUEST + "," + RTT);
        }
        List<String> header = CsvLine.split(lines.get(0)).stream().map(String::trim).toList();
        int guest = column(name, header, GUEST);
        int rtt = column(name, header, RTT);
        List<PredictionPoint> points = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines.get(i));
            if (cells.size() != header.size()) {
                throw new BadInputException(name + ":" + (i + 1) + ": has " + cells.size() + " cells but the header has "
                        + header.size() + " columns");
            }
            points.add(new PredictionPoint(CsvNumber.parse(name, i + 1, GUEST, cells.get(guest)),
                    CsvNumber.parse(name, i + 1, RTT, cells.get(rtt))));
        }
        return points;
    }

    private static int column(String file, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new BadInputException(file + ":1: column " + column + " is missing from the header; the points file needs "
                    + GUEST + " and " + RTT);
        }
        return index;
    }
}
