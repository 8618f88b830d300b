package io.migcal.harness.sweep.check;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs every check, even after one fails, and prints one line each: {@code ok}, {@code FAIL}, or
 * {@code n/a} for what the lab cannot tell (which does not fail the preflight).
 */
public final class Preflight {
    private Preflight() {
    }

    /** True when every check passed. An interrupt stops the checks and is passed on. */
    public static boolean runAll(List<PreflightCheck> checks, PrintWriter out) throws InterruptedException {
        int failed = 0;
        for (PreflightCheck check : checks) {
            PreflightCheck.CheckResult result;
            try {
                result = check.run();
            } catch (java.io.IOException | RuntimeException e) {
                result = PreflightCheck.CheckResult.fail(e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
            }
            failed += result.passed() ? 0 : 1;
            String verdict = !result.passed() ? "FAIL" : result.checkable() ? "ok" : "n/a";
            out.printf("%-4s %s: %s%n", verdict, check.name(), oneLine(result.detail()));
        }
        out.println(failed == 0 ? "all " + checks.size() + " checks passed"
                : failed + " of " + checks.size() + " checks failed");
        out.flush();
        return failed == 0;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').strip();
    }
}
