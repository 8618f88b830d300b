package io.migcal.harness.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.Logger;
import io.migcal.harness.config.Secret;
import io.migcal.model.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SshTargetTest {
    private static final Path KNOWN_HOSTS = Path.of("known_hosts");

    @Test
    void printingATargetShowsSecretReferencesNeverTheirValues() {
        Secret password = Secret.fromEnvironmentMap("PVE_PW", Map.of("PVE_PW", "hunter2-value"));
        SshTarget target = new SshTarget("pve1", 22, "root", null, null, null, password, KNOWN_HOSTS, null);

        assertThat(target.toString()).contains("env:PVE_PW").doesNotContain("hunter2-value");
        assertThat(target.describe()).isEqualTo("root@pve1:22");
    }

    @Test
    void knownHostsNameFollowsOpenSshForDefaultAndOtherPorts() {
        assertThat(SshTargets.key("pve1", 22, "root", Path.of("k"), KNOWN_HOSTS).knownHostsName()).isEqualTo("pve1");
        assertThat(SshTargets.key("10.0.0.5", 2222, "root", Path.of("k"), KNOWN_HOSTS).knownHostsName())
                .isEqualTo("[10.0.0.5]:2222");
    }

    @Test
    void aTargetWithoutCredentialsIsBadInputSayingWhatToGive() {
        assertThatThrownBy(() -> new SshTarget("pve1", 22, "root", null, null, null, null, KNOWN_HOSTS, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("ssh target root@pve1: no credentials; give a private key file (identity_file), an ssh-agent "
                        + "socket, or a password reference");
    }

    @Test
    void aKeyFileAndAnAgentTogetherAreBadInput() {
        assertThatThrownBy(() -> new SshTarget("pve1", 22, "root", Path.of("k"), null, Path.of("agent.sock"), null,
                KNOWN_HOSTS, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("either a private key file or an ssh-agent socket, not both");
    }

    @Test
    void aPortOutOfRangeIsBadInput() {
        assertThatThrownBy(() -> SshTargets.key("pve1", 70000, "root", Path.of("k"), KNOWN_HOSTS))
                .isInstanceOf(BadInputException.class).hasMessageContaining("port 70000 is not in 1..65535");
    }

    @Test
    void jschLoggerPassesOnWarningsAndDropsChattierLevels() {
        List<String> seen = new ArrayList<>();
        WarningsOnlyJschLogger logger = new WarningsOnlyJschLogger(seen::add);

        logger.log(Logger.DEBUG, "kex: client: aes128-ctr");
        logger.log(Logger.INFO, "Authentications that can continue: publickey,password");
        logger.log(Logger.WARN, "Permanently added host");

        assertThat(seen).containsExactly("ssh: Permanently added host");
    }
}
