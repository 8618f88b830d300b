package io.migcal.harness.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Two real QEMU processes for tests: a small PC (64 MiB, TCG, no disk: the BIOS runs and waits)
 * as the source, and the same machine with {@code -incoming} on a Unix socket as the target.
 */
final class RealQemuPair implements AutoCloseable {

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    final Process source;
    final Process target;

    /** Both on this machine; the stream goes over a Unix socket. */
    RealQemuPair(Path dir) throws IOException {
        this(dir, List.of(), List.of(), "unix:" + dir.resolve("migration.sock"));
    }

    /** Each QEMU started behind its own command prefix (e.g. {@code ip netns exec NS}). */
    RealQemuPair(Path dir, List<String> sourcePrefix, List<String> targetPrefix, String incomingUri)
            throws IOException {
        this.dir = dir;
        target = start("b", targetPrefix, "-incoming", incomingUri);
        source = start("a", sourcePrefix);
    }

    /** The QEMU binary on PATH, if there is one. */
    static Optional<Path> binary() {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(entry, "qemu-system-x86_64");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    Path qmpSocket(String name) {
        return dir.resolve(name + ".qmp");
    }

    Path migrationSocket() {
        return dir.resolve("migration.sock");
    }

    private Process start(String name, List<String> prefix, String... extra) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(binary().orElseThrow().toString(), "-accel", "tcg",
                "-machine", "pc", "-m", "64", "-nodefaults", "-no-user-config", "-display", "none",
                "-qmp", "unix:" + qmpSocket(name) + ",server=on,wait=off"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    /** Waits until both monitors accept connections. */
    void awaitMonitors() throws InterruptedException, IOException {
        for (String name : List.of("a", "b")) {
            for (int i = 0; !Files.exists(qmpSocket(name)); i++) {
                if (i > 200) {
                    throw new IOException("QEMU " + name + " opened no QMP socket: " + Files.readString(dir.resolve(name + ".log")));
                }
                Thread.sleep(50);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
