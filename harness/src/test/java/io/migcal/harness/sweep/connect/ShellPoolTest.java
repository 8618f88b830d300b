package io.migcal.harness.sweep.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigLoader;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellPoolTest {
    static LabConfig example(String from, String to) throws Exception {
        return LabConfigLoader.parse(Files.readString(Path.of("lab.example.yaml")).replace(from, to), "lab.yaml");
    }

    @Test
    void anAgentTargetWithoutAnAgentRunningIsOneLineNamingTheTarget() throws Exception {
        LabConfig config = example("    agent: false", "    agent: true");
        try (ShellPool pool = new ShellPool(config.ssh(), SshSessionOpener.strict(), Map.<String, String>of()::get)) {
            assertThatThrownBy(() -> pool.shell("pve1", "migration.node_a.ssh"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("ssh target 'pve1' uses the ssh-agent, but SSH_AUTH_SOCK is not set");
        }
    }

    @Test
    void anAgentTargetUsesTheSocketInsteadOfTheKeyFile() throws Exception {
        LabConfig config = example("    agent: false", "    agent: true");
        try (ShellPool pool = new ShellPool(config.ssh(), SshSessionOpener.strict(),
                Map.of("SSH_AUTH_SOCK", "/run/user/0/agent.sock")::get)) {
            assertThat(pool.shell("vm100", "guest_load.ssh").describe()).isEqualTo("migcal@192.0.2.100:22");
        }
    }

    @Test
    void aTargetWithNeitherKeyNorAgentIsRefused() throws Exception {
        LabConfig config = example("    key_file: ~/.ssh/migcal_ed25519", "");
        try (ShellPool pool = new ShellPool(config.ssh(), SshSessionOpener.strict(), Map.<String, String>of()::get)) {
            assertThatThrownBy(() -> pool.shell("delay1", "delay.ssh")).hasMessageContaining("needs key_file or agent: true");
        }
    }
}
