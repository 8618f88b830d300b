package io.migcal.harness.cli;

import io.migcal.harness.ssh.HostKeyPolicy;
import io.migcal.harness.ssh.SshSessionOpener;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The SSH trust option every command that reaches lab hosts shares ({@code @Mixin HostKeyOptions}). */
public final class HostKeyOptions {

    @Option(names = "--accept-new-host-keys",
            description = "Trust hosts missing from known_hosts on first use and record their keys there. "
                    + "A changed key is still refused. Off by default: add verified keys to known_hosts instead.")
    boolean acceptNewHostKeys;

    public HostKeyPolicy policy() {
        return acceptNewHostKeys ? HostKeyPolicy.ACCEPT_NEW : HostKeyPolicy.STRICT;
    }

    /** The opener for this command's SSH connections; warnings (each accepted key, loudly) go to {@code err}. */
    public SshSessionOpener opener(PrintWriter err) {
        if (acceptNewHostKeys) {
            err.println("WARNING: --accept-new-host-keys is on: the key of any host not yet in known_hosts will be "
                    + "trusted without verification and recorded.");
            err.flush();
        }
        return new SshSessionOpener(policy(), message -> {
            err.println(message);
            err.flush();
        }, Duration.ofSeconds(10));
    }
}
