package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.LabState;
import java.util.List;

/**
 * The guest's dirty writer and progress meter as the harness starts them (docs/host-commands.md):
 * {@code sh -c 'SCRIPT' migcal-dirty RATE WORKING_SET ... & echo $!} and
 * {@code sh -c 'SCRIPT' migcal-meter ... & echo $!}, dispatched here by their name ({@code $0});
 * {@code pkill -f 'migcal-(dirty|meter)'} and {@code cat} of the meter's file. The writer's working
 * set is rounded down to whole 8 MiB blocks, as the real script writes it.
 */
public final class GuestActivityEmulator {
    private static final long BLOCK_BYTES = 8L * 1024 * 1024;
    private final LabState state;

    public GuestActivityEmulator(LabState state) {
        this.state = state;
    }

    /** {@code migcal-dirty RATE WORKING_SET} (words after the script: {@code $0 $1 $2}). */
    public int dirtyWriter(List<String> words, String line, ShellIo io) throws Exception {
        long rate;
        long workingSet;
        try {
            rate = Long.parseLong(words.get(1));
            workingSet = Math.max(BLOCK_BYTES, Long.parseLong(words.get(2)) / BLOCK_BYTES * BLOCK_BYTES);
        } catch (RuntimeException e) {
            io.err("migcal-dirty: usage: RATE_BYTES_PER_S WORKING_SET_BYTES\n");
            return 2;
        }
        return started(state.startDirtyWriter(rate, workingSet), line, io);
    }

    public int progressMeter(List<String> words, String line, ShellIo io) throws Exception {
        return started(state.startProgressMeter(), line, io);
    }

    /** True when this pkill is for the writer or meter; then it stops them. */
    boolean pkill(String line) {
        if (!line.contains("migcal-")) {
            return false;
        }
        state.stopGuestActivity();
        return true;
    }

    /** {@code cat} of the meter's file: the meter's file, or null when the path is not it. */
    String cat(List<String> words, ShellIo io) throws Exception {
        if (words.size() != 2 || !words.get(1).equals("/tmp/migcal-progress")) {
            return null;
        }
        String text = state.guestProgressText();
        return text == null ? "" : text;
    }

    private static int started(int pid, String line, ShellIo io) throws Exception {
        if (line.contains("echo $!")) {
            io.out(pid + "\n");
        }
        return 0;
    }
}
