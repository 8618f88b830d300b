package io.migcal.harness.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small sweep run directory written the way migcal sweep lays one out (measurements.csv with fixed
 * and context columns, manifest.json), with transfer times from a known formula so a test can work out
 * every cell's mean on its own.
 */
final class GeneratedRun {
    static final double GIB = 1024.0 * 1024 * 1024;
    private static final String HEADER = "run_id,sample_id,repetition,rtt_set_ms,rtt_measured_ms,queue_limit_packets,"
            + "fill_bytes,guest_used_bytes,transfer_time_s,status,stage,error,node_a_tcp_cc_before,node_a_tcp_cc_after";

    /** One RAM level: the fill the sweep asked for and the guest memory it reached. */
    record Level(long fillBytes, double usedGib) {
    }

    private final List<Level> levels;
    private final List<Double> rttsMs;
    private final int repetitions;
    private final String congestionControl;
    private int failedRows;
    private boolean manifest = true;

    GeneratedRun(List<Level> levels, List<Double> rttsMs, int repetitions, String congestionControl) {
        this.levels = levels;
        this.rttsMs = rttsMs;
        this.repetitions = repetitions;
        this.congestionControl = congestionControl;
    }

    GeneratedRun withFailedRows(int count) {
        failedRows = count;
        return this;
    }

    GeneratedRun withoutManifest() {
        manifest = false;
        return this;
    }

    /** The formula every ok row follows; repetitions differ by a few percent. */
    static double transferTimeS(double usedGib, double rttMs, int repetition) {
        return (0.5 + 4 * usedGib * (1 + rttMs / 10)) * (1 + 0.02 * (repetition - 2));
    }

    /** The mean over the repetitions of one cell, as the report should print it. */
    double cellMeanS(Level level, double rttMs) {
        double sum = 0;
        for (int rep = 1; rep <= repetitions; rep++) {
            sum += transferTimeS(level.usedGib(), rttMs, rep);
        }
        return sum / repetitions;
    }

    Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (Level level : levels) {
            for (double rtt : rttsMs) {
                for (int rep = 1; rep <= repetitions; rep++) {
                    lines.add(row(level, rtt, rep, String.format(Locale.ROOT, "%.6f",
                            transferTimeS(level.usedGib(), rtt, rep)), "ok", "", ""));
                }
            }
        }
        for (int i = 0; i < failedRows; i++) {
            lines.add(row(levels.get(0), rttsMs.get(rttsMs.size() - 1), repetitions + 1 + i, "", "failed", "migrate",
                    "\"VM is locked (migrate)\""));
        }
        Files.write(dir.resolve("measurements.csv"), lines, StandardCharsets.UTF_8);
        if (manifest) {
            Files.writeString(dir.resolve("manifest.json"), manifestJson(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private String row(Level level, double rtt, int rep, String time, String status, String stage, String error) {
        long used = Math.round(level.usedGib() * GIB);
        return String.join(",", "gen", String.format(Locale.ROOT, "rtt%.0fms-fill%dB-rep%d", rtt, level.fillBytes(), rep),
                String.valueOf(rep), String.format(Locale.ROOT, "%.1f", rtt), String.format(Locale.ROOT, "%.3f", rtt + 0.2),
                "100", String.valueOf(level.fillBytes()), status.equals("ok") ? String.valueOf(used) : "", time, status,
                stage, error, congestionControl, congestionControl);
    }

    private String manifestJson() {
        return """
                {
                  "run_id" : "gen",
                  "migcal_version" : "test",
                  "lab_versions" : { "hypervisor" : "proxmox-ve 5.1-3" },
                  "seed" : 7,
                  "ending" : "completed",
                  "config" : {
                    "proxmox" : { "auth" : { "token" : { "secret" : "file:/secret/token" } }, "driver" : "api" },
                    "delay" : { "kind" : "netem", "queue_limit_packets" : 100, "disable_offloads" : true }
                  }
                }
                """;
    }
}
