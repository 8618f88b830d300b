package io.migcal.model.measure;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the rows themselves say about where pre-copy stops converging, per RTT level: the highest set
 * dirty rate at which a migration completed ({@code ok}) and the lowest at which one was still running
 * at the sample's timeout ({@code timeout}: pre-copy did not converge in time). The fitter skips
 * timeout rows, so this is the only place they count. Rows without a dirty rate are ignored; so are
 * rows that failed for another reason.
 */
public record ConvergenceEvidence(List<Level> levels) {

    /** One RTT level's bracket; a side is null when no row of that kind was measured there. */
    public record Level(double rttMs, Double highestConvergedBytesPerS, Double lowestNotConvergedBytesPerS,
            int notConvergedRows) {
    }

    public ConvergenceEvidence {
        levels = List.copyOf(levels);
    }

    /** True when some row did not converge: then the bracket says something the fit cannot. */
    public boolean anyNotConverged() {
        return levels.stream().anyMatch(l -> l.notConvergedRows() > 0);
    }

    /** Reads the same file {@link MeasurementCsvReader} fits, row by row (its problems were reported there first). */
    public static ConvergenceEvidence read(Path file, CsvDelimiter delimiter) {
        Map<Double, double[]> byRtt = new TreeMap<>(); // {highest ok, lowest timeout, timeout count}
        try (CsvStream csv = CsvStream.open(file, "--data", delimiter)) {
            if (csv.isEmpty()) {
                return new ConvergenceEvidence(List.of());
            }
            CsvHeader header = CsvHeader.of(csv);
            if (header.dirtyRate() < 0 || header.status() < 0) {
                return new ConvergenceEvidence(List.of());
            }
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                String dirty = row.cell(header.dirtyRate()).trim();
                String status = row.cell(header.status()).trim().toLowerCase(Locale.ROOT);
                if (dirty.isEmpty() || !(status.equals("ok") || status.equals("timeout"))) {
                    continue;
                }
                double rtt = CsvNumber.parse(csv.source(), row.line(), header.rttColumn(), row.cell(header.rtt()),
                        delimiter.decimalComma());
                double rate = CsvNumber.parse(csv.source(), row.line(), MeasurementColumns.DIRTY_RATE_BYTES_PER_S, dirty,
                        delimiter.decimalComma());
                double[] level = byRtt.computeIfAbsent(rtt, r -> new double[] {Double.NaN, Double.NaN, 0});
                if (status.equals("ok")) {
                    level[0] = Double.isNaN(level[0]) ? rate : Math.max(level[0], rate);
                } else {
                    level[1] = Double.isNaN(level[1]) ? rate : Math.min(level[1], rate);
                    level[2]++;
                }
            }
        }
        List<Level> levels = new ArrayList<>();
        byRtt.forEach((rtt, l) -> levels.add(new Level(rtt, Double.isNaN(l[0]) ? null : l[0],
                Double.isNaN(l[1]) ? null : l[1], (int) l[2])));
        return new ConvergenceEvidence(levels);
    }
}
