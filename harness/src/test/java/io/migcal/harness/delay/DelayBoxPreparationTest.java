package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.ssh.FakeHostOverSsh;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DelayBoxPreparationTest {
    private final FakeDelayBox box = new FakeDelayBox();
    @RegisterExtension
    final FakeHostOverSsh host = new FakeHostOverSsh(box);

    @Test
    void offloadsAreSwitchedOffOnEveryInterface() throws Exception {
        DelayBoxPreparation preparation = new DelayBoxPreparation(host.shell(), List.of("eth1", "eth2"));

        preparation.disableOffloads();

        assertThat(host.received()).containsExactly("ethtool -K eth1 tso off gso off gro off", "ethtool -K eth2 tso off gso off gro off");
    }
}
