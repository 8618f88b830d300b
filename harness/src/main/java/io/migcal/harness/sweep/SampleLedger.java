package io.migcal.harness.sweep;

import io.migcal.model.measure.MeasurementColumns;
import io.migcal.model.measure.SampleStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each sample of a run stands, from its rows in {@code measurements.csv}: the latest row of a
 * sample decides (a retried sample keeps its failed row as evidence, followed by the new one). A
 * sample needs to run again when its latest row is {@code interrupted}, when it failed because of
 * lab state a harness left behind (a migration still running, the VM gone to the other node under
 * it), or, when asked ({@code --retry-failed}), when it failed or timed out at all.
 */
public final class SampleLedger {
    /** A migration still runs: the config lock, or the per-VM flock its worker holds. */
    private static final Pattern STILL_MIGRATING = Pattern.compile(
            "VM is locked \\(migrate\\)|can't lock file '/var/lock/pve-manager/pve-migrate-\\d+'");
    /** A migration ended under the harness and took the VM's config to the other node. */
    private static final Pattern CONFIG_MOVED = Pattern.compile(
            "Configuration file 'nodes/[^/']+/qemu-server/\\d+\\.conf' does not exist");

    private final Map<String, Map<String, String>> latest = new LinkedHashMap<>();

    private SampleLedger(List<Map<String, String>> rows) {
        rows.forEach(row -> latest.put(row.get(MeasurementColumns.SAMPLE_ID), row));
    }

    public static SampleLedger of(List<Map<String, String>> rows) {
        return new SampleLedger(rows);
    }

    /** Ids of the samples that need not run again. */
    public Set<String> done(boolean retryFailed) {
        Set<String> done = new LinkedHashSet<>();
        latest.forEach((id, row) -> {
            if (!runAgain(row, retryFailed)) {
                done.add(id);
            }
        });
        return done;
    }

    /** Ids of the samples whose latest row failed or timed out, in the order they first ran. */
    public List<String> failed() {
        return latest.entrySet().stream().filter(e -> failed(status(e.getValue()))).map(Map.Entry::getKey).toList();
    }

    /** The latest row of a sample, or null if it never ran. */
    public Map<String, String> latest(String sampleId) {
        return latest.get(sampleId);
    }

    private static boolean runAgain(Map<String, String> row, boolean retryFailed) {
        SampleStatus status = status(row);
        return status == SampleStatus.INTERRUPTED || failed(status) && (retryFailed || leftBehind(row));
    }

    /** A refusal caused by what an earlier (killed) harness left running, not by the sample itself. */
    static boolean leftBehind(Map<String, String> row) {
        String error = row.getOrDefault(MeasurementColumns.ERROR, "");
        return status(row) == SampleStatus.FAILED
                && (STILL_MIGRATING.matcher(error).find() || CONFIG_MOVED.matcher(error).find());
    }

    private static boolean failed(SampleStatus status) {
        return status == SampleStatus.FAILED || status == SampleStatus.TIMEOUT;
    }

    private static SampleStatus status(Map<String, String> row) {
        return SampleStatus.fromCsv(row.get(MeasurementColumns.STATUS));
    }
}
