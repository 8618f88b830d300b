package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {
    static final Path INVENTORY = Path.of("src/test/resources/inventory/inventory.example.yml");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = Migcal.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void fromInventoryWritesALabConfigThatLoadsWithEveryHostInItsPlace(@TempDir Path dir) {
        Path lab = dir.resolve("lab.yaml");

        int code = run("config", "from-inventory", INVENTORY.toString(), "--out", lab.toString());

        assertThat(code).isEqualTo(ExitCode.OK);
        LabConfig config = LabConfigLoader.load(lab);
        assertThat(config.proxmox().endpoints()).containsExactly("https://192.0.2.11:8006", "https://192.0.2.12:8007");
        assertThat(config.proxmox().auth().token().user()).isEqualTo("migcal@pve");
        assertThat(config.proxmox().auth().token().secret().reference()).isEqualTo("file:~/.config/migcal/pve-token");
        assertThat(config.migration().vmId()).isEqualTo("100");
        assertThat(config.migration().nodeA().name()).isEqualTo("pve1");
        assertThat(config.migration().nodeB().address()).isEqualTo("192.0.2.12");
        assertThat(config.ssh().target("vm100", "guest_load.ssh").user()).isEqualTo("migcal");
        assertThat(config.ssh().target("delay1", "delay.ssh").user()).isEqualTo("root");
        assertThat(config.ssh().target("delay1", "delay.ssh").keyFile()).isEqualTo("~/.ssh/migcal_ed25519");
        assertThat(config.delay().interfaces()).containsExactly("enp1s0", "enp2s0");
        assertThat(config.delay().linkRateMbit()).isEqualTo(1000.0);
        assertThat(config.sweep().repetitions()).isEqualTo(5);
        assertThat(err.toString()).contains("note: the inventory pins no API certificate");
    }

    @Test
    void fromInventoryPrintsToStdoutWithoutOut() {
        assertThat(run("config", "from-inventory", INVENTORY.toString())).isEqualTo(ExitCode.OK);
        assertThat(LabConfigLoader.parse(out.toString(), "stdout").delay().ssh()).isEqualTo("delay1");
    }

    @Test
    void anInventoryWithoutTheNodeGroupIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path inventory = Files.writeString(dir.resolve("inv.yml"),
                Files.readString(INVENTORY).replace("pve_nodes:", "proxmox:"));

        assertThat(run("config", "from-inventory", inventory.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("migcal: ").contains("group 'pve_nodes' is missing")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void aMissingInventoryIsOneLineAndExit2(@TempDir Path dir) {
        assertThat(run("config", "from-inventory", dir.resolve("nope.yml").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("does not exist").hasLineCount(1);
    }
}
