package io.migcal.model.bench;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.fit.FamilyCatalog;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.ModelComparison;
import io.migcal.model.fit.SummaryTable;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.MeasurementData;
import io.migcal.model.measure.WholeFileCsvReader;
import io.migcal.model.plot.EveryRowFigures;
import io.migcal.model.plot.FitDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code migcal fit --data FILE --out DIR} as the command runs it, from the CSV file to the files in
 * DIR and the summary: {@link #fitCommand} reads the file row by row into columns and draws thinned
 * figures; {@link #fitCommandBaseline} is the path it replaced, run in the same process (the file read
 * whole into a row object per line, {@link WholeFileCsvReader}, and a marker per row in the figures,
 * {@link EveryRowFigures}); both fit with today's engine. The data are {@link BenchCsv}: 100 to 100,000
 * rows in 18 cells. Every trial first runs both paths on 100 rows to warm the JIT; then one warm-up
 * and three timed single shots. At the end of a trial each reader reports the live heap (used heap
 * after full collections) at its peak: after a streamed read, the columns; in the whole-file read, the
 * bytes, the text, the parsed rows and the observations at once (the streamed data, still held then, are
 * subtracted). That is the memory that grows with the rows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FitCommandBenchmark {

    /** The CSV of the trial's size, and a directory for the output. */
    @State(Scope.Benchmark)
    public static class Csv {
        @Param({"100", "1000", "10000", "100000"})
        public int rows;
        Path dir;
        Path file;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("fit-command-bench");
            Path warm = BenchCsv.write(dir, 100);
            streamed(warm, dir.resolve("warm"));
            wholeFile(warm, dir.resolve("warm-baseline"));
            file = BenchCsv.write(dir, rows);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            double[] wholeFilePeak = new double[1];
            long base = liveHeapBytes();
            MeasurementData streamed = MeasurementCsvReader.read(file, CsvDelimiter.COMMA);
            double streamedMb = (liveHeapBytes() - base) / 1e6;
            MeasurementData wholeFile = WholeFileCsvReader.read(file, CsvDelimiter.COMMA,
                    () -> wholeFilePeak[0] = (liveHeapBytes() - base) / 1e6);
            System.out.printf(Locale.ROOT, "%n%,d rows: live heap at the read's peak: streamed %.1f MB, whole file "
                    + "%.1f MB (%d = %d rows)%n", rows, streamedMb, wholeFilePeak[0] - streamedMb,
                    streamed.observations().size(), wholeFile.observations().size());
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        /** Heap in use after a full collection: what is alive, not what is garbage. */
        private static long liveHeapBytes() {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.gc();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    @Benchmark
    public FitReport fitCommand(Csv csv) throws IOException {
        return streamed(csv.file, csv.dir.resolve("fit"));
    }

    @Benchmark
    public FitReport fitCommandBaseline(Csv csv) throws IOException {
        return wholeFile(csv.file, csv.dir.resolve("fit-baseline"));
    }

    static FitReport streamed(Path file, Path out) throws IOException {
        FitReport report = ModelComparison.compare(MeasurementCsvReader.read(file, CsvDelimiter.COMMA),
                FamilyCatalog.AUTO);
        FitDirectory.write(out, report, "bench");
        SummaryTable.render(report);
        return report;
    }

    static FitReport wholeFile(Path file, Path out) throws IOException {
        FitReport report = ModelComparison.compare(WholeFileCsvReader.read(file, CsvDelimiter.COMMA),
                FamilyCatalog.AUTO);
        Files.createDirectories(out);
        TransferModelFile.write(out.resolve(TransferModelFile.FILE_NAME), report, "bench");
        EveryRowFigures.write(out, report);
        SummaryTable.render(report);
        return report;
    }
}
