package io.migcal.harness.sweep;

import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.measure.MeasurementRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code sweep.log} in the run folder: what happened when, one flushed line per event. */
final class RunLog implements SweepListener, AutoCloseable {
    private final BufferedWriter out;
    private final MonotonicClock clock;

    RunLog(Path file, MonotonicClock clock) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        this.clock = clock;
    }

    @Override
    public void sampleStarted(PlannedSample sample, int doneSoFar, int total) {
        line("start " + sample.sampleId() + " (" + (doneSoFar + 1) + "/" + total + ")");
    }

    @Override
    public void sampleEnded(MeasurementRow row, int doneSoFar, int total) {
        line("end " + row.sampleId() + " " + row.direction() + " " + row.status().csvName()
                + (row.error() == null ? "" : " stage=" + row.stage() + " error=" + row.error()));
    }

    @Override
    public void note(String text) {
        line(text);
    }

    private void line(String text) {
        try {
            out.write(clock.now() + " " + text.replace('\n', ' '));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sweep.log: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
