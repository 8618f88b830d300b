package io.migcal.harness.pve;

import java.util.ArrayList;
import java.util.List;

/**
 * A task on the fake Proxmox node: its log lines appear one per status poll; it stops after a given
 * number of polls (or never), and a DELETE makes it log the interrupt lines and stop at the next poll.
 */
final class ScriptedTask {
    final Upid upid;
    private final List<String> lines;
    private final int pollsUntilStopped;
    private final String exitStatus;
    private final List<String> linesAfterCancel;
    private int polls;
    private boolean cancelled;
    private boolean stopped;
    private boolean ignoresCancel;

    ScriptedTask(Upid upid, List<String> lines, int pollsUntilStopped, String exitStatus, List<String> linesAfterCancel) {
        this.upid = upid;
        this.lines = new ArrayList<>(lines);
        this.pollsUntilStopped = pollsUntilStopped;
        this.exitStatus = exitStatus;
        this.linesAfterCancel = linesAfterCancel;
    }

    /** Runs forever unless cancelled. */
    static ScriptedTask endless(Upid upid, List<String> lines, List<String> linesAfterCancel) {
        return new ScriptedTask(upid, lines, Integer.MAX_VALUE, null, linesAfterCancel);
    }

    /** Like a worker stuck in uninterruptible I/O: DELETE is accepted but changes nothing. */
    synchronized ScriptedTask ignoringCancel() {
        ignoresCancel = true;
        return this;
    }

    synchronized void poll() {
        polls++;
        if ((cancelled && !ignoresCancel) || polls >= pollsUntilStopped) {
            stopped = true;
        }
    }

    synchronized boolean stopped() {
        return stopped;
    }

    synchronized String exitStatus() {
        if (cancelled) {
            String last = lines.get(lines.size() - 1);
            return last.startsWith("TASK ERROR: ") ? last.substring(12) : "unexpected status";
        }
        return exitStatus;
    }

    synchronized void cancel() {
        cancelled = true;
        if (ignoresCancel) {
            return;
        }
        lines.addAll(linesAfterCancel);
    }

    synchronized List<String> visibleLines() {
        if (stopped) {
            return List.copyOf(lines);
        }
        // the framework's own TASK line is written only when the worker exits
        int written = (int) lines.stream().filter(l -> !l.startsWith("TASK ")).count();
        return List.copyOf(lines.subList(0, Math.min(polls, written)));
    }
}
