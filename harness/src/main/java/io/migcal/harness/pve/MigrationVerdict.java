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

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
