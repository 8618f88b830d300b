package io.migcal.model.measure;

import java.util.Locale;

/** How a sample ended. Only {@code ok} rows are used by the fitter; the others are kept as evidence. */
public enum SampleStatus {
    /** The migration completed (task OK or WARNINGS) and every timing was taken. */
    OK,
    /** The migration failed (task error, QEMU error); the row says at which stage and why. */
    FAILED,
    /** The per-sample timeout struck; the migration was cancelled. */
    TIMEOUT,
    /** The sample ran but its preconditions were off (for example the measured RTT out of tolerance). */
    FLAGGED,
    /** The sample was interrupted (Ctrl-C, lost connection) before it could end. */
    INTERRUPTED;

    /** The word written in the {@code status} column. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SampleStatus fromCsv(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
