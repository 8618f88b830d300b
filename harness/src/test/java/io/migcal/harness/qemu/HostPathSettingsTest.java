package io.migcal.harness.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostPathSettingsTest {

    @Test
    void paperCaseSettingsBecomeSysctlAndEthtoolCommands() {
        HostPathSettings settings = new HostPathSettings("cubic", null, "4096 16384 33554432", false, "tapa");

        assertThat(settings.commands()).containsExactly(
                "sysctl -w net.ipv4.tcp_congestion_control=cubic",
                "sysctl -w 'net.ipv4.tcp_wmem=4096 16384 33554432'",
                "ethtool -K tapa tso off gso off gro off");
        assertThat(HostPathSettings.UNCHANGED.commands()).isEmpty();
    }

    @Test
    void malformedValuesAreRejectedBeforeAnyCommandIsBuilt() {
        assertThatThrownBy(() -> new HostPathSettings("cubic; reboot", null, null, null, null))
                .hasMessageContaining("congestion control");
        assertThatThrownBy(() -> new HostPathSettings(null, "4096 131072", null, null, null))
                .hasMessageContaining("three byte counts");
        assertThatThrownBy(() -> new HostPathSettings(null, null, null, true, null))
                .hasMessageContaining("migration interface");
    }

    @Test
    void refusedSettingStopsWithTheHostsOwnError() {
        RefusingShell host = new RefusingShell();
        HostPathSettings settings = new HostPathSettings("cubic", "4096 131072 33554432", null, null, null);

        assertThatThrownBy(() -> HostPathSetter.apply(host, settings))
                .hasMessageContaining("net.ipv4.tcp_congestion_control=cubic")
                .hasMessageContaining("Operation not permitted");
        assertThat(host.commands).hasSize(1);
    }

    /** Answers like a Linux host whose tcp_allowed_congestion_control lacks the algorithm. */
    private static final class RefusingShell implements RemoteShell {
        final List<String> commands = new ArrayList<>();

        @Override
        public CommandResult run(String command, Duration timeout) {
            commands.add(command);
            return new CommandResult(255, "",
                    "sysctl: setting key \"net.ipv4.tcp_congestion_control\": Operation not permitted\n");
        }

        @Override
        public String describe() {
            return "root@127.0.0.1:2201";
        }

        @Override
        public void close() {
        }
    }
}
