package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.lab.LabDescriptor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabServeCommandTest {
    @TempDir
    Path stateDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Migcal.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void serveWritesTheDescriptorAndPrintsTheEndpointsWithoutSecrets() throws Exception {
        int exit = run("lab", "serve", "--state-dir", stateDir.toString(), "--pve-version", "5.1",
                "--time-compression", "20", "--exit-after-seconds", "0");
        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.OK);
        LabDescriptor descriptor = LabDescriptor.readFrom(stateDir.resolve(LabDescriptor.FILE_NAME));
        assertThat(descriptor.pveVersion()).isEqualTo("5.1");
        assertThat(descriptor.timeCompression()).isEqualTo(20.0);
        assertThat(descriptor.ssh()).containsKeys("pve1", "pve2", "delaybox", "guest");
        assertThat(out.toString()).contains("API          " + descriptor.apiBaseUrl())
                .contains("TLS sha256   " + descriptor.tlsFingerprintSha256())
                .contains("-p " + descriptor.endpoint("delaybox").port() + " root@127.0.0.1");
        String password = java.nio.file.Files.readString(Path.of(descriptor.apiPasswordFile())).strip();
        assertThat(out.toString()).doesNotContain(password);
    }

    @Test
    void unknownPveVersionIsBadInputInOneLine() {
        int exit = run("lab", "serve", "--state-dir", stateDir.toString(), "--pve-version", "7.0", "--exit-after-seconds", "0");
        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("migcal: --pve-version must be 8.2, 8.4 or 5.1").hasLineCount(1);
    }

    @Test
    void busyPortBaseFailsWithOneLineNamingTheFix() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int exit = run("lab", "serve", "--state-dir", stateDir.toString(), "--port-base",
                    Integer.toString(taken.getLocalPort()), "--exit-after-seconds", "0");
            assertThat(exit).isEqualTo(ExitCode.FAILURE);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1 ports").contains("choose another --port-base")
                    .hasLineCount(1);
        }
    }

    @Test
    void unknownSshEndpointForTheDropFaultIsBadInput() {
        int exit = run("lab", "serve", "--state-dir", stateDir.toString(), "--drop-ssh", "router", "--exit-after-seconds", "0");
        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--drop-ssh router: the lab's SSH endpoints are");
    }
}
