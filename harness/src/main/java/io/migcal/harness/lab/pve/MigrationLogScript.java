package io.migcal.harness.lab.pve;

import io.migcal.harness.lab.truth.GroundTruthTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the task log of one {@code qmigrate} task from its ground-truth timeline, in the line formats
 * of the emulated Proxmox VE release (docs/proxmox-versions.md, "The migration task log").
 */
public final class MigrationLogScript {
    private static final double POLL_S = 1.0;

    /** What the log needs to know about the migration besides its timeline. */
    public record Input(int vmid, String targetNode, String targetIp, GroundTruthTimeline timeline,
            long vmMemoryBytes, double dirtyRateBytesPerS, EmulatedRelease version, boolean startedByHa) {
    }

    private final Input in;
    private final GroundTruthTimeline t;
    private final String socket;
    private final MigrationKnobs knobs;

    public MigrationLogScript(Input input) {
        this(input, MigrationKnobs.NONE);
    }

    /** With the migration's settings: speed and downtime limits logged, an insecure stream over TCP. */
    public MigrationLogScript(Input input, MigrationKnobs knobs) {
        this.in = input;
        this.t = input.timeline();
        this.knobs = knobs;
        this.socket = knobs.insecure() ? "tcp:" + (knobs.networkIp() != null ? knobs.networkIp() : input.targetIp())
                + ":60000" : "unix:/run/qemu-server/" + input.vmid() + ".migrate";
    }

    public TaskScript success() {
        List<TimedLine> lines = setupLines();
        double migrate = t.migrateCommandOffsetS();
        double completed = migrate + t.memoryCopyS();
        lines.addAll(progressLines(t.memoryCopyS() - t.downtimeMs() / 1000));
        lines.addAll(completionLines(completed));
        double end = completed + t.phase3S();
        lines.add(TimedLine.at(end, "migration finished successfully (duration " + ByteRendering.duration(end) + ")"));
        lines.add(TimedLine.bareLine(end, "TASK OK"));
        return new TaskScript(lines, end, "OK", completed + 0.6 * t.phase3S());
    }

    /** QEMU reports {@code failed} part-way through the first round; the VM stays on the source. */
    public TaskScript failure() {
        double failAfterS = 0.4 * t.memoryCopyS();
        List<TimedLine> lines = setupLines();
        lines.addAll(progressLines(failAfterS));
        double at = t.migrateCommandOffsetS() + failAfterS;
        lines.add(TimedLine.at(at, "migration status error: failed"));
        return phase2Abort(lines, at, "aborting");
    }

    /** The target does not answer SSH: the prepare step fails and nothing is migrated. */
    public TaskScript unreachableTarget() {
        List<TimedLine> lines = new ArrayList<>();
        if (in.startedByHa()) {
            lines.add(TimedLine.bareLine(0, "task started by HA resource agent"));
        }
        lines.add(TimedLine.at(0, "starting migration of VM " + in.vmid() + " to node '" + in.targetNode()
                + "' (" + in.targetIp() + ")"));
        double end = t.prepareS() + 3.0;
        lines.add(TimedLine.at(end, "ERROR: migration aborted (duration " + ByteRendering.duration(end)
                + "): Can't connect to destination address using public key"));
        lines.add(TimedLine.bareLine(end, "TASK ERROR: migration aborted"));
        return new TaskScript(lines, end, "migration aborted", Double.NaN);
    }

    /** Progress stops and the task never ends on its own (until it is cancelled). */
    public TaskScript hang() {
        List<TimedLine> lines = setupLines();
        lines.addAll(progressLines(0.3 * t.memoryCopyS()));
        return new TaskScript(lines, Double.POSITIVE_INFINITY, "", Double.NaN);
    }

    /** The task as it reads after a stop request {@code atS} into it (DELETE on the task). */
    public TaskScript cancelledAt(TaskScript planned, double atS) {
        List<TimedLine> lines = new ArrayList<>(planned.lines().stream().filter(l -> l.offsetS() <= atS).toList());
        lines.add(TimedLine.at(atS, "ERROR: received interrupt - delayed"));
        if (atS < t.migrateCommandOffsetS()) {
            double end = atS + 0.2;
            lines.add(TimedLine.at(end, "ERROR: migration aborted (duration " + ByteRendering.duration(end)
                    + "): interrupted by signal"));
            lines.add(TimedLine.bareLine(end, "TASK ERROR: migration aborted"));
            return new TaskScript(lines, end, "migration aborted", Double.NaN);
        }
        return phase2Abort(lines, atS + Math.min(POLL_S, 0.5), "interrupted by signal");
    }

    private TaskScript phase2Abort(List<TimedLine> lines, double at, String reason) {
        lines.add(TimedLine.at(at, "ERROR: online migrate failure - " + reason));
        lines.add(TimedLine.at(at, "aborting phase 2 - cleanup resources"));
        lines.add(TimedLine.at(at, "migrate_cancel"));
        double end = at + 0.8;
        lines.add(TimedLine.at(end, "ERROR: migration finished with problems (duration " + ByteRendering.duration(end) + ")"));
        lines.add(TimedLine.bareLine(end, "TASK ERROR: migration problems"));
        return new TaskScript(lines, end, "migration problems", Double.NaN);
    }

    private List<TimedLine> setupLines() {
        List<TimedLine> lines = new ArrayList<>();
        if (in.startedByHa()) {
            lines.add(TimedLine.bareLine(0, "task started by HA resource agent"));
        }
        lines.add(TimedLine.at(0, "starting migration of VM " + in.vmid() + " to node '" + in.targetNode()
                + "' (" + in.targetIp() + ")"));
        double prepared = t.prepareS();
        if (!in.version().humanReadableLog()) {
            lines.add(TimedLine.at(prepared, "copying disk images"));
        }
        if (knobs.networkIp() != null) {
            lines.add(TimedLine.at(prepared, "use dedicated network address for sending migration traffic ("
                    + knobs.networkIp() + ")"));
        }
        lines.add(TimedLine.at(prepared, "starting VM " + in.vmid() + " on remote node '" + in.targetNode() + "'"));
        double m = t.migrateCommandOffsetS();
        List<String> tunnel = in.version().humanReadableLog() ? newSetupTexts() : oldSetupTexts();
        for (int i = 0; i < tunnel.size(); i++) {
            lines.add(TimedLine.at(Math.max(prepared, m - 0.02 * (tunnel.size() - i)), tunnel.get(i)));
        }
        lines.add(TimedLine.at(m, "start migrate command to " + socket));
        return lines;
    }

    private List<String> newSetupTexts() {
        List<String> texts = new ArrayList<>(List.of("start remote tunnel", "ssh tunnel ver 1",
                "starting online/live migration on " + socket, "set migration capabilities"));
        if (knobs.speedLimitBytesPerS() != null) {
            texts.add("migration speed limit: " + ByteRendering.bytes(knobs.speedLimitBytesPerS().longValue()) + "/s");
        }
        texts.addAll(List.of(knobs.downtimeText(true), "migration cachesize: " + ByteRendering.bytes(cacheSizeBytes()),
                "set migration parameters"));
        return texts;
    }

    private List<String> oldSetupTexts() {
        long speed = knobs.speedLimitBytesPerS() == null ? 8589934592L : knobs.speedLimitBytesPerS().longValue();
        return List.of("start remote tunnel", "ssh tunnel ver 1", "starting online/live migration on " + socket,
                "migrate_set_speed: " + speed, knobs.downtimeText(false), "set migration_caps",
                "set cachesize: " + cacheSizeBytes());
    }

    /** 10 % of VM memory rounded up to a power of two. */
    private long cacheSizeBytes() {
        long tenth = Math.max(1, in.vmMemoryBytes() / 10);
        return Long.highestOneBit(tenth - 1) << 1;
    }

    private List<TimedLine> progressLines(double untilSinceMigrateS) {
        List<TimedLine> lines = new ArrayList<>();
        long previous = 0;
        for (double s = POLL_S; s < untilSinceMigrateS; s += POLL_S) {
            long transferred = t.transferredBytesAt(s);
            if (transferred == previous) {
                continue;
            }
            double offset = t.migrateCommandOffsetS() + s;
            double rate = (transferred - previous) / POLL_S;
            previous = transferred;
            if (in.version().humanReadableLog()) {
                lines.add(TimedLine.at(offset, newProgress(transferred, rate)));
            } else {
                long remaining = Math.max(0, t.rounds().get(0).bytes() - transferred);
                lines.add(TimedLine.at(offset, "migration status: active (transferred " + transferred
                        + ", remaining " + remaining + "), total " + in.vmMemoryBytes() + ")"));
                lines.add(TimedLine.at(offset, "migration xbzrle cachesize: " + cacheSizeBytes()
                        + " transferred 0 pages 0 cachemiss 0 overflow 0"));
            }
        }
        return lines;
    }

    private String newProgress(long transferred, double rate) {
        String line = "migration active, transferred " + ByteRendering.bytes(transferred) + " of "
                + ByteRendering.bytes(in.vmMemoryBytes()) + " VM-state, " + ByteRendering.bytes(rate) + "/s";
        if (in.dirtyRateBytesPerS() > rate) {
            line += ", VM dirties lots of memory: " + ByteRendering.bytes(in.dirtyRateBytesPerS()) + "/s";
        }
        return line;
    }

    private List<TimedLine> completionLines(double completed) {
        long wholeSeconds = Math.max(1, (long) t.memoryCopyS());
        long downtimeMs = Math.round(t.downtimeMs());
        List<TimedLine> lines = new ArrayList<>();
        if (in.version().humanReadableLog()) {
            lines.add(TimedLine.at(completed, "average migration speed: "
                    + ByteRendering.bytes((double) in.vmMemoryBytes() / wholeSeconds) + "/s - downtime " + downtimeMs + " ms"));
            if (in.version().logsCompletedTransfer()) {
                lines.add(TimedLine.at(completed, "migration completed, transferred "
                        + ByteRendering.bytes(t.transferredBytes()) + " VM-state"));
            }
        } else {
            double megabytes = in.vmMemoryBytes() / (1024.0 * 1024.0);
            lines.add(TimedLine.at(completed, String.format(Locale.ROOT, "migration speed: %.2f MB/s - downtime %d ms",
                    megabytes / wholeSeconds, downtimeMs)));
        }
        lines.add(TimedLine.at(completed, "migration status: completed"));
        return lines;
    }
}
