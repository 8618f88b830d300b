package io.migcal.harness.lab.pve;

/**
 * One task-log line, {@code offsetS} lab seconds after the task started. Lines the migration code
 * logs carry a timestamp; the task framework's own ({@code TASK OK}) and the HA agent's do not.
 */
public record TimedLine(double offsetS, String text, boolean timestamped) {

    public static TimedLine at(double offsetS, String text) {
        return new TimedLine(offsetS, text, true);
    }

    public static TimedLine bareLine(double offsetS, String text) {
        return new TimedLine(offsetS, text, false);
    }
}
