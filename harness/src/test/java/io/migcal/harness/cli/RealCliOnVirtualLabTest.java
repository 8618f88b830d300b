package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.config.LabClockConfig;
import io.migcal.harness.config.LabConfigWriter;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code migcal check} and {@code migcal sweep} exactly as a user runs them (the command line's own
 * connectors, no test seams) against a virtual lab at its default speed, with the lab.yaml that
 * {@code lab serve} writes: the harness shares the lab's compressed clock through {@code lab_clock},
 * new host keys are accepted only when asked, and a dead first API endpoint is skipped.
 */
class RealCliOnVirtualLabTest {
    @TempDir
    Path dir;
    VirtualLab lab;
    String out;
    String err;

    @BeforeEach
    void startLab() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")));
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    /** The lab.yaml {@code lab serve} writes, here with one sample of 0.6 GiB at 6 ms. */
    String labYaml() {
        long fill = Math.round(0.6 * (1L << 30)) - lab.state().settings().topology().guestBaselineUsedBytes();
        SweepConfig sweep = new SweepConfig(List.of(6.0), List.of(fill), 1, null, 7L, 1.0, null, null, null, null);
        return LabConfigWriter.toYaml(VirtualLabConfig.from(lab.descriptor(), sweep, 100, dir.resolve("results"),
                new LabClockConfig(lab.clock().factor(), lab.clock().labOrigin().toString())), "test");
    }

    Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("lab.yaml"), yaml);
    }

    int migcal(String... args) {
        CommandLine cli = Migcal.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int exit = cli.execute(args);
        out = o.toString();
        err = e.toString();
        return exit;
    }

    @Test
    void checkPassesAtTheLabsDefaultSpeedBecauseTheHarnessSharesItsClock() throws Exception {
        assertThat(lab.clock().factor()).isEqualTo(50.0);
        Path config = write(labYaml());

        int exit = migcal("check", "--config", config.toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCode.OK);
        assertThat(out).contains("clock skew of").doesNotContain("FAIL");
    }

    @Test
    void newHostKeysAreRefusedUntilAcceptedOnTheCommandLineThenRecorded() throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("empty_known_hosts"), "");
        String labKnownHosts = lab.descriptor().endpoint("pve1").knownHostsFile();
        Path config = write(labYaml().replace(labKnownHosts, knownHosts.toString()));

        assertThat(migcal("check", "--config", config.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out).contains("FAIL").contains("--accept-new-host-keys");
        assertThat(Files.readString(knownHosts)).isEmpty();

        int accepted = migcal("check", "--accept-new-host-keys", "--config", config.toString());

        assertThat(accepted).as(out + err).isEqualTo(ExitCode.OK);
        assertThat(err).contains("WARNING: --accept-new-host-keys");
        assertThat(Files.readAllLines(knownHosts)).hasSize(4);
        assertThat(migcal("check", "--config", config.toString())).as("recorded keys are trusted next time")
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void sweepAcceptsNewHostKeysAndMeasuresInLabSeconds() throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("empty_known_hosts"), "");
        String labKnownHosts = lab.descriptor().endpoint("pve1").knownHostsFile();
        Path config = write(labYaml().replace(labKnownHosts, knownHosts.toString()));

        int exit = migcal("sweep", "--accept-new-host-keys", "--config", config.toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            rows = MeasurementsOnDisk.read(runs.findFirst().orElseThrow().resolve("measurements.csv")).rows();
        }
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("status")).isEqualTo("ok");
        // a 0.6 GiB guest over 1 Gbit/s takes several lab seconds; in wall seconds at 50x it would be ~0.1 s
        assertThat(Double.parseDouble(rows.get(0).get("transfer_time_s"))).isGreaterThan(3.0);
    }

    @Test
    void aDeadFirstEndpointIsSkippedForTheNextOne() throws Exception {
        String live = lab.descriptor().apiBaseUrl().replaceFirst("/api2/json$", "");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String dead = "https://127.0.0.1:" + closedPort;
        String yaml = labYaml();
        String liveLine = yaml.lines().filter(l -> l.endsWith("- " + live)).findFirst().orElseThrow();
        Path config = write(yaml.replace(liveLine, liveLine.replace(live, dead) + "\n" + liveLine));
        assertThat(Files.readString(config)).contains(dead);

        int exit = migcal("check", "--config", config.toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCode.OK);
        assertThat(out).contains("hypervisor answers").doesNotContain("FAIL");
    }

    @Test
    void noEndpointAnsweringIsOneLineNamingEach() throws Exception {
        String live = lab.descriptor().apiBaseUrl().replaceFirst("/api2/json$", "");
        Path config = write(labYaml());
        lab.close();

        int exit = migcal("check", "--config", config.toString());

        assertThat(exit).isEqualTo(ExitCode.FAILURE);
        assertThat(err).startsWith("migcal: no Proxmox endpoint answered").contains(live.replace("https://", ""))
                .hasLineCount(1);
    }
}
