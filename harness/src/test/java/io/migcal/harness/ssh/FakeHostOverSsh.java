package io.migcal.harness.ssh;

import io.migcal.harness.lab.sshd.ShellCommandHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake host behind a real SSH server, for each test: a strict JSch shell into it, and the commands it
 * received in order. Register it with {@code @RegisterExtension final FakeHostOverSsh host = new
 * FakeHostOverSsh(answers);}.
 */
public final class FakeHostOverSsh implements BeforeEachCallback, AfterEachCallback {
    private final RecordingHandler recording;
    private Path dir;
    private SshTestBed bed;
    private JschRemoteShell shell;

    public FakeHostOverSsh(ShellCommandHandler answers) {
        this.recording = new RecordingHandler(answers);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("migcal-fake-host-");
        bed = SshTestBed.start(dir, recording);
        shell = bed.strictShell();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        shell.close();
        bed.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary folder does not fail a test
        }
    }

    public JschRemoteShell shell() {
        return shell;
    }

    public List<String> received() {
        return recording.received();
    }
}
