package io.migcal.harness.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code query-migrate} reply (qapi/migration.json {@code MigrationInfo}): the status, QEMU's
 * own timings in milliseconds and the RAM counters. A field QEMU did not send is null; before any
 * migration the reply is {@code {}} and the status is {@code none}.
 */
public record MigrationInfo(
        String status,
        Long totalTimeMs,
        Long setupTimeMs,
        Long downtimeMs,
        Long expectedDowntimeMs,
        Long transferredBytes,
        Long remainingBytes,
        Long totalBytes,
        Long normalPages,
        Long normalBytes,
        Long duplicatePages,
        Long dirtySyncCount,
        Long dirtyPagesRatePagesPerS,
        Double mbps,
        String errorDesc,
        Long pageSizeBytes) {

    public static MigrationInfo from(JsonNode reply) {
        JsonNode ram = reply.path("ram");
        return new MigrationInfo(
                reply.path("status").asText("none"),
                number(reply, "total-time"), number(reply, "setup-time"), number(reply, "downtime"),
                number(reply, "expected-downtime"),
                number(ram, "transferred"), number(ram, "remaining"), number(ram, "total"),
                number(ram, "normal"), number(ram, "normal-bytes"), number(ram, "duplicate"),
                number(ram, "dirty-sync-count"), number(ram, "dirty-pages-rate"),
                ram.hasNonNull("mbps") ? ram.get("mbps").asDouble() : null,
                reply.hasNonNull("error-desc") ? reply.get("error-desc").asText() : null,
                number(ram, "page-size"));
    }

    public boolean completed() {
        return "completed".equals(status);
    }

    /** Completed, failed or cancelled: nothing will change any more. */
    public boolean finished() {
        return completed() || "failed".equals(status) || "cancelled".equals(status);
    }

    /**
     * QEMU 7.2 sometimes reports {@code completed} before it has filled in the final times
     * ({@code total-time} 0); such a reply must be read again.
     */
    public boolean completedWithoutTimes() {
        return completed() && (totalTimeMs == null || totalTimeMs == 0);
    }

    /** The migration rate QEMU reports, in bytes per second (its {@code mbps} is megabits/s). */
    public Double rateBytesPerS() {
        return mbps == null ? null : mbps * 1_000_000 / 8;
    }

    /**
     * The rate at which the guest dirtied memory over QEMU's last measuring period, in bytes per second:
     * {@code dirty-pages-rate} (pages per second, updated at a dirty-bitmap sync at least a second after
     * the previous one) times {@code page-size} (4096 where QEMU does not send it, before 2.10); null
     * when QEMU has not measured it yet (0 before the first such period).
     */
    public Double dirtyRateBytesPerS() {
        if (dirtyPagesRatePagesPerS == null) {
            return null;
        }
        return dirtyPagesRatePagesPerS * (double) (pageSizeBytes == null ? 4096 : pageSizeBytes);
    }

    /** QEMU's counters as record-ready text (Locale.ROOT), keyed by their QMP names. */
    public Map<String, String> counters() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "qemu_total_time_ms", totalTimeMs);
        put(out, "qemu_setup_time_ms", setupTimeMs);
        put(out, "qemu_downtime_ms", downtimeMs);
        put(out, "qemu_ram_transferred_bytes", transferredBytes);
        put(out, "qemu_ram_total_bytes", totalBytes);
        put(out, "qemu_ram_normal_pages", normalPages);
        put(out, "qemu_ram_normal_bytes", normalBytes);
        put(out, "qemu_ram_duplicate_pages", duplicatePages);
        put(out, "qemu_ram_dirty_sync_count", dirtySyncCount);
        if (mbps != null) {
            out.put("qemu_ram_mbps", String.format(Locale.ROOT, "%.3f", mbps));
        }
        return out;
    }

    private static void put(Map<String, String> out, String key, Long value) {
        if (value != null) {
            out.put(key, Long.toString(value));
        }
    }

    private static Long number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asLong() : null;
    }
}
