package io.migcal.harness.lab.pve;

import io.migcal.harness.lab.truth.GroundTruthTimeline;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One worker task of the virtual lab. Its whole log is scripted when it starts; what a client sees is
 * the part whose time has come on the lab clock. Not thread-safe: the lab state guards it.
 */
public final class LabTask {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final IssuedUpid upid;
    private final String targetNode;
    private final double startLabS;
    private final Instant startInstant;
    private final MigrationLogScript logScript;
    private final GroundTruthTimeline timeline;
    private final int targetIndex;
    private volatile TaskScript script;
    private boolean effectsApplied;
    private boolean vmMoved;

    public LabTask(IssuedUpid upid, String targetNode, double startLabS, Instant startInstant, TaskScript script,
            MigrationLogScript logScript) {
        this(upid, targetNode, startLabS, startInstant, script, logScript, null, -1);
    }

    /** A migration task: it also knows its ground-truth timeline and the node it goes to. */
    public LabTask(IssuedUpid upid, String targetNode, double startLabS, Instant startInstant, TaskScript script,
            MigrationLogScript logScript, GroundTruthTimeline timeline, int targetIndex) {
        this.timeline = timeline;
        this.targetIndex = targetIndex;
        this.upid = upid;
        this.targetNode = targetNode;
        this.startLabS = startLabS;
        this.startInstant = startInstant;
        this.script = script;
        this.logScript = logScript;
    }

    public IssuedUpid upid() {
        return upid;
    }

    public String targetNode() {
        return targetNode;
    }

    /** The ground-truth timeline (null for tasks that migrate nothing themselves, such as hamigrate). */
    public GroundTruthTimeline timeline() {
        return timeline;
    }

    public int targetIndex() {
        return targetIndex;
    }

    public TaskScript script() {
        return script;
    }

    public double startLabS() {
        return startLabS;
    }

    public boolean running(double nowLabS) {
        return nowLabS - startLabS < script.endOffsetS();
    }

    /** The exit status once stopped ({@code OK}, or the error text). */
    public String exitStatus() {
        return script.exitStatus();
    }

    /** The log lines visible at {@code nowLabS}, rendered as Proxmox writes them. */
    public List<String> visibleLines(double nowLabS) {
        double age = nowLabS - startLabS;
        return script.lines().stream().filter(l -> l.offsetS() <= age).map(this::render).toList();
    }

    private String render(TimedLine line) {
        if (!line.timestamped()) {
            return line.text();
        }
        return STAMP.format(startInstant.plusNanos((long) (line.offsetS() * 1e9))) + " " + line.text();
    }

    /** A stop request: a running migration logs the interrupt and aborts; a stopped task ignores it. */
    public boolean cancel(double nowLabS) {
        if (!running(nowLabS) || logScript == null) {
            return false;
        }
        script = logScript.cancelledAt(script, nowLabS - startLabS);
        return true;
    }

    public boolean vmMoveDue(double nowLabS) {
        return !vmMoved && script.movesVm() && nowLabS - startLabS >= script.configMoveOffsetS();
    }

    public void markVmMoved() {
        vmMoved = true;
    }

    public boolean effectsDue(double nowLabS) {
        return !effectsApplied && !running(nowLabS);
    }

    public void markEffectsApplied() {
        effectsApplied = true;
    }
}
