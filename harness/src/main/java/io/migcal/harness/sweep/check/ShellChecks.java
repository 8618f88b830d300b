package io.migcal.harness.sweep.check;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.time.MonotonicClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** Checks that run one command on a lab host over SSH (command forms from the command contract). */
public final class ShellChecks {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private ShellChecks() {
    }

    /** Passes when {@code command} exits 0 on the host; the fix hint is shown when it does not. */
    public static PreflightCheck succeeds(String name, RemoteShell shell, String command, String fixHint) {
        return SessionChecks.check(name + " on " + shell.describe(), () -> {
            CommandResult result = shell.run(command, TIMEOUT);
            if (result.succeeded()) {
                String out = result.stdout().strip();
                return PreflightCheck.CheckResult.pass(out.isEmpty() ? "'" + command + "' exit 0" : out.lines().findFirst().orElse(""));
            }
            String why = result.stderr().isBlank() ? "exit " + result.exitCode() : result.stderr().strip();
            return PreflightCheck.CheckResult.fail(why + "; " + fixHint);
        });
    }

    /** Netem must be loadable on the delay box. */
    public static PreflightCheck netemAvailable(RemoteShell delayBox) {
        return succeeds("netem available", delayBox, "modprobe sch_netem",
                "install the kernel's extra modules (linux-modules-extra-$(uname -r)) or use a kernel with sch_netem");
    }

    /** stress-ng must be installed in the guest. */
    public static PreflightCheck stressNgInstalled(RemoteShell guest) {
        return succeeds("stress-ng installed", guest, "command -v stress-ng", "install it: apt-get install stress-ng");
    }

    /** The host's clock must agree with ours within {@code maxSkewMs} (timestamps of both are recorded). */
    public static PreflightCheck clockSkew(RemoteShell host, MonotonicClock clock, double maxSkewMs) {
        return SessionChecks.check("clock skew of " + host.describe(), () -> {
            long beforeMs = clock.now().toEpochMilli();
            CommandResult result = host.run("date +%s.%N", TIMEOUT);
            long afterMs = clock.now().toEpochMilli();
            if (!result.succeeded()) {
                return PreflightCheck.CheckResult.fail("'date +%s.%N' failed: exit " + result.exitCode());
            }
            double remoteMs = new BigDecimal(result.stdout().strip()).movePointRight(3).doubleValue();
            double skewMs = remoteMs - (beforeMs + afterMs) / 2.0;
            long roundTripMs = afterMs - beforeMs;
            String text = String.format(Locale.ROOT, "%+.0f ms (round trip %d ms)", skewMs, roundTripMs);
            // the remote read falls somewhere within the round trip: only skew beyond half of it is certain
            return Math.abs(skewMs) - roundTripMs / 2.0 <= maxSkewMs ? PreflightCheck.CheckResult.pass(text)
                    : PreflightCheck.CheckResult.fail(text + "; run chrony or systemd-timesyncd on both ends");
        });
    }
}
