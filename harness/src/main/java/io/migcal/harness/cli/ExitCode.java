package io.migcal.harness.cli;

/** The exit codes of every migcal command; scripts rely on them. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Something failed while running (a lab, a server, a file system). */
    public static final int FAILURE = 1;
    /** The input was wrong (a flag, a file, a configuration); fix it and run again. */
    public static final int BAD_INPUT = 2;
    /**
     * {@code sweep}: it ran to the end, but some planned samples failed or timed out (listed at the
     * end); the grid is incomplete. Re-measure them with {@code sweep --resume RUN_DIR --retry-failed}.
     */
    public static final int GRID_INCOMPLETE = 3;
    /**
     * {@code sweep --refine} without {@code --rtt-ms}: the run's fit is within the measurement noise and
     * recommends no RTT level, so the measure-fit-refine loop is done; nothing was touched.
     */
    public static final int NOTHING_TO_REFINE = 4;
    /** Interrupted by the user (Ctrl-C); what was measured is on disk. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
