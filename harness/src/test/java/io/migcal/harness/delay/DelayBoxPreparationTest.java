package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.ssh.JschRemoteShell;
import io.migcal.harness.ssh.RecordingHandler;
import io.migcal.harness.ssh.SshTestBed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelayBoxPreparationTest {
    @TempDir
    Path dir;
    private final FakeDelayBox box = new FakeDelayBox();
    private final RecordingHandler recording = new RecordingHandler(box);
    private SshTestBed bed;
    private JschRemoteShell shell;

    @BeforeEach
    void start() throws Exception {
        bed = SshTestBed.start(dir, recording);
        shell = bed.strictShell();
    }

    @AfterEach
    void stop() throws Exception {
        shell.close();
        bed.close();
    }

    @Test
    void offloadsAreSwitchedOffOnEveryInterface() throws Exception {
        DelayBoxPreparation preparation = new DelayBoxPreparation(shell, List.of("eth1", "eth2"));

        preparation.disableOffloads();

        assertThat(recording.received()).containsExactly("ethtool -K eth1 tso off gso off gro off", "ethtool -K eth2 tso off gso off gro off");
    }
}
