package io.migcal.model.bench;

import io.migcal.model.measure.FitObservation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@link BenchRows} written as a measurements CSV with the 25 columns of migcal's own files (as in
 * {@code results/reference/sample}), so the fit command benchmark reads what a user's file holds: ids,
 * timestamps, both RTT columns, the queue limit, the status, empty cells.
 */
final class BenchCsv {
    private static final String HEADER = "run_id,sample_id,repetition,order_index,started_at,method,vm_id,"
            + "source_node,target_node,direction,rtt_set_ms,rtt_measured_ms,queue_limit_packets,fill_bytes,"
            + "guest_used_bytes,dirty_rate_bytes_per_s,transfer_time_s,migration_phase_s,task_duration_s,downtime_ms,"
            + "transferred_bytes,poll_interval_ms,status,stage,error";

    private BenchCsv() {
    }

    static Path write(Path dir, int rows) throws IOException {
        Path file = dir.resolve("measurements-" + rows + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int i = 0;
            for (FitObservation o : BenchRows.of(rows).observations()) {
                long bytes = (long) o.guestUsedBytes();
                out.write(String.format(Locale.ROOT, "bench,s%d,%d,%d,2026-01-01T00:00:00Z,pve-api,100,pve1,pve2,a-to-b,"
                        + "%s,%.3f,1000,%d,%d,,%.4f,%.4f,%.4f,50,%d,100,ok,,%n", i, i / 18 + 1, i, plain(o.rttMs()),
                        o.rttMs() + 0.05, bytes, bytes, o.transferTimeS(), o.transferTimeS(), o.transferTimeS() + 1,
                        bytes));
                i++;
            }
        }
        return file;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
