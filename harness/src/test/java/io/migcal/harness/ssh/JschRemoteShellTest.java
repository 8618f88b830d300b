package io.migcal.harness.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JschRemoteShellTest {
    private static final Duration TEN_S = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    private final CountDownLatch blockedCommandStarted = new CountDownLatch(1);
    private final CountDownLatch blockedCommandInterrupted = new CountDownLatch(1);
    private RecordingHandler handler;
    private SshTestBed bed;

    @BeforeEach
    void startServer() throws Exception {
        handler = new RecordingHandler(this::answer);
        bed = SshTestBed.start(dir, handler);
    }

    @AfterEach
    void stopServer() throws Exception {
        bed.close();
    }

    private int answer(String command, OutputStream out, OutputStream err) throws Exception {
        if (command.startsWith("echo ")) {
            out.write((command.substring(5) + "\n").getBytes(StandardCharsets.UTF_8));
            return 0;
        }
        if (command.equals("fail")) {
            out.write("partial\n".getBytes(StandardCharsets.UTF_8));
            err.write("Error: it broke\n".getBytes(StandardCharsets.UTF_8));
            return 3;
        }
        if (command.equals("block")) {
            blockedCommandStarted.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                blockedCommandInterrupted.countDown();
                throw e;
            }
            return 0;
        }
        err.write(("sh: 1: " + command.split(" ")[0] + ": not found\n").getBytes(StandardCharsets.UTF_8));
        return 127;
    }

    @Test
    void runReturnsExitCodeStdoutAndStderrSeparately() throws Exception {
        try (JschRemoteShell shell = bed.strictShell()) {
            CommandResult ok = shell.run("echo hello world", TEN_S);
            CommandResult failed = shell.run("fail", TEN_S);
            CommandResult missing = shell.run("stress-ng --version", TEN_S);

            assertThat(ok).isEqualTo(new CommandResult(0, "hello world\n", ""));
            assertThat(failed).isEqualTo(new CommandResult(3, "partial\n", "Error: it broke\n"));
            assertThat(missing.exitCode()).isEqualTo(127);
            assertThat(missing.stderr()).isEqualTo("sh: 1: stress-ng: not found\n");
        }
        assertThat(handler.received()).containsExactly("echo hello world", "fail", "stress-ng --version");
    }

    @Test
    void passwordLoginWorksWhenThePasswordIsRight() throws Exception {
        try (JschRemoteShell shell = new JschRemoteShell(bed.passwordTarget(SshTestBed.PASSWORD), SshSessionOpener.strict())) {
            assertThat(shell.run("echo in", TEN_S).stdout()).isEqualTo("in\n");
        }
    }

    @Test
    void commandThatOutlivesItsTimeoutFailsClearlyAndTheSessionStaysUsable() throws Exception {
        try (JschRemoteShell shell = bed.strictShell()) {
            assertThatThrownBy(() -> shell.run("block", Duration.ofMillis(300)))
                    .isInstanceOf(SshCommandTimeoutException.class)
                    .hasMessageContaining("'block' did not finish within 300 ms")
                    .hasMessageContaining("root@127.0.0.1:" + bed.server().port());
            assertThat(blockedCommandInterrupted.await(10, TimeUnit.SECONDS))
                    .as("the server stopped the command whose channel was closed").isTrue();

            assertThat(shell.run("echo still here", TEN_S).stdout()).isEqualTo("still here\n");
        }
    }

    @Test
    void connectionDroppedMidCommandFailsThatCommandAndTheNextOneReconnects() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (JschRemoteShell shell = bed.strictShell()) {
            Future<CommandResult> running = pool.submit(() -> shell.run("block", TEN_S));
            assertThat(blockedCommandStarted.await(10, TimeUnit.SECONDS)).isTrue();

            bed.server().dropAllSessions();

            assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SshConnectionLostException.class)
                    .hasMessageContaining("connection lost while running 'block'");
            assertThat(shell.run("echo back", TEN_S)).isEqualTo(new CommandResult(0, "back\n", ""));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interruptingTheCallerStopsTheRemoteCommandToo() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (JschRemoteShell shell = bed.strictShell()) {
            Future<CommandResult> running = pool.submit(() -> shell.run("block", TEN_S));
            assertThat(blockedCommandStarted.await(10, TimeUnit.SECONDS)).isTrue();

            running.cancel(true);

            assertThat(blockedCommandInterrupted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(shell.run("echo next", TEN_S).stdout()).isEqualTo("next\n");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idleConnectionDroppedBetweenCommandsIsReopenedTransparently() throws Exception {
        try (JschRemoteShell shell = bed.strictShell()) {
            shell.run("echo one", TEN_S);
            bed.server().dropAllSessions();
            Thread.sleep(200); // let the client's reader notice the closed socket

            assertThat(shell.run("echo two", TEN_S).stdout()).isEqualTo("two\n");
        }
        assertThat(handler.received()).containsExactly("echo one", "echo two");
    }

    @Test
    void describeNamesUserHostAndPortOnly() {
        assertThat(bed.strictShell().describe()).isEqualTo("root@127.0.0.1:" + bed.server().port());
    }
}
