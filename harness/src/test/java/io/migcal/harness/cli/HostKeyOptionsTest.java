package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.ssh.HostKeyPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class HostKeyOptionsTest {

    @Command(name = "probe")
    static final class ProbeCommand implements Runnable {
        @Mixin
        HostKeyOptions hostKeys;

        @Override
        public void run() {
            // only parsed, never run
        }
    }

    private static HostKeyOptions parse(String... args) {
        ProbeCommand command = new ProbeCommand();
        new CommandLine(command).parseArgs(args);
        return command.hostKeys;
    }

    @Test
    void hostKeysAreCheckedStrictlyUnlessAskedOtherwise() {
        StringWriter err = new StringWriter();

        HostKeyOptions options = parse();
        options.opener(new PrintWriter(err));

        assertThat(options.policy()).isEqualTo(HostKeyPolicy.STRICT);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void acceptingNewKeysIsExplicitAndLoud() {
        StringWriter err = new StringWriter();

        HostKeyOptions options = parse("--accept-new-host-keys");
        options.opener(new PrintWriter(err));

        assertThat(options.policy()).isEqualTo(HostKeyPolicy.ACCEPT_NEW);
        assertThat(err.toString()).startsWith("WARNING: --accept-new-host-keys is on");
    }
}
