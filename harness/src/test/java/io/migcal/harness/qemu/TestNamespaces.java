package io.migcal.harness.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two network namespaces joined by a veth pair (10.199.0.1 and 10.199.0.2), made by a test and
 * removed again: the smallest real "two hosts" for a migration over TCP.
 */
final class TestNamespaces implements AutoCloseable {

    static final String A = "migcal-test-a";
    static final String B = "migcal-test-b";
    static final String ADDRESS_B = "10.199.0.2";

    /** Why such a test cannot run here, or null when it can (root, the ip tool, qemu). */
    static String whyNot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "skipped: creating network namespaces needs root";
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/ip")) && !Files.isExecutable(Path.of("/sbin/ip"))) {
            return "skipped: the ip tool (iproute2) is missing";
        }
        if (RealQemuPair.binary().isEmpty()) {
            return "skipped: qemu-system-x86_64 is not on PATH (apt-get install qemu-system-x86)";
        }
        return null;
    }

    TestNamespaces() throws IOException, InterruptedException {
        close();
        for (List<String> step : List.of(
                List.of("netns", "add", A), List.of("netns", "add", B),
                List.of("link", "add", "mgt-a", "netns", A, "type", "veth", "peer", "name", "mgt-b", "netns", B),
                List.of("-n", A, "addr", "add", "10.199.0.1/24", "dev", "mgt-a"),
                List.of("-n", B, "addr", "add", ADDRESS_B + "/24", "dev", "mgt-b"),
                List.of("-n", A, "link", "set", "mgt-a", "up"), List.of("-n", B, "link", "set", "mgt-b", "up"),
                List.of("-n", A, "link", "set", "lo", "up"), List.of("-n", B, "link", "set", "lo", "up"))) {
            ip(step, true);
        }
    }

    static List<String> exec(String namespace) {
        return List.of("ip", "netns", "exec", namespace);
    }

    static boolean exists(String namespace) throws IOException, InterruptedException {
        return Files.exists(Path.of("/run/netns", namespace));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        ip(List.of("netns", "del", A), false);
        ip(List.of("netns", "del", B), false);
    }

    private static void ip(List<String> arguments, boolean mustWork) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.SECONDS) || (mustWork && process.exitValue() != 0)) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }
}
