package io.migcal.harness.sweep.check;

import java.io.IOException;

/** One thing {@code migcal check} verifies before a sweep may touch the lab. */
public interface PreflightCheck {

    /** What is checked, e.g. {@code netem available on delay1}. */
    String name();

    /** Passes or fails with a one-line detail; an exception counts as a failure with its message. */
    CheckResult run() throws IOException, InterruptedException;

    /**
     * The verdict and one line: what was seen, and on failure how to fix it. {@code checkable} is
     * false when the lab cannot tell (e.g. privileges on PVE < 6.0): not a failure, and not an ok either.
     */
    record CheckResult(boolean passed, String detail, boolean checkable) {
        public CheckResult(boolean passed, String detail) {
            this(passed, detail, true);
        }

        public static CheckResult pass(String detail) {
            return new CheckResult(true, detail);
        }

        public static CheckResult notCheckable(String detail) {
            return new CheckResult(true, detail, false);
        }

        public static CheckResult fail(String detail) {
            return new CheckResult(false, detail);
        }
    }
}
