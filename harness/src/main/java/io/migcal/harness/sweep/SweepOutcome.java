package io.migcal.harness.sweep;

/**
 * How a sweep ended: every planned sample done, stopped after too many failures in a row, stopped
 * by a lab fault, or interrupted; with the rows written and what teardown did.
 */
public record SweepOutcome(Ending ending, int rowsWritten, int okRows, String message, String teardown) {

    /** Why the sweep stopped. */
    public enum Ending { COMPLETED, TOO_MANY_FAILURES, LAB_FAULT, INTERRUPTED }
}
