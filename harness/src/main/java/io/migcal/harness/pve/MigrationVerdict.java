package io.migcal.harness.pve;

import io.migcal.model.measure.SampleStatus;

/** The status of a sample and, unless it is OK, the stage that failed and why (one line). */
public record MigrationVerdict(SampleStatus status, String stage, String error) {

    public static final String STAGE = "migrate";

    public static MigrationVerdict ok() {
        return new MigrationVerdict(SampleStatus.OK, null, null);
    }

    public static MigrationVerdict failed(String error) {
        return new MigrationVerdict(SampleStatus.FAILED, STAGE, oneLine(error));
    }

    public static MigrationVerdict timedOut(String error) {
        return new MigrationVerdict(SampleStatus.TIMEOUT, STAGE, oneLine(error));
    }

    /** The start of every timeout message, e.g. {@code no end within the timeout of 2.0 s}. */
    public static String noEndWithin(java.time.Duration timeout) {
        return String.format(java.util.Locale.ROOT, "no end within the timeout of %.1f s", timeout.toMillis() / 1000.0);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
