package io.migcal.harness.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICMP echo through the host's own {@code ping -D -n -i INTERVAL TARGET} (iputils), run after a local
 * command prefix (for example {@code ip netns exec NS}). {@code -D} stamps each reply with the time it
 * arrived, so the gaps are measured by ping itself, not by when its output reached the harness; the
 * highest {@code icmp_seq} seen tells how many were sent. An interval under 200 ms needs root.
 */
public final class PingProbe implements EchoProbe {
    static final Pattern REPLY = Pattern.compile("^\\[(\\d+\\.\\d+)\\] \\d+ bytes from .*icmp_seq=(\\d+)");

    private final List<String> command;

    public PingProbe(List<String> via, String target, int intervalMs) {
        List<String> words = new ArrayList<>(via);
        words.addAll(List.of("ping", "-D", "-n", "-i", String.format(Locale.ROOT, "%.3f", intervalMs / 1000.0),
                target));
        this.command = List.copyOf(words);
    }

    List<String> command() {
        return command;
    }

    @Override
    public Running start() throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> read(process, lines), "ping-probe");
        reader.setDaemon(true);
        reader.start();
        return () -> {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5000);
            synchronized (lines) {
                return parse(lines);
            }
        };
    }

    private static void read(Process process, List<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process was stopped: what was read is what there is
        }
    }

    /** The reply lines of ping's output; anything else (the header, errors, statistics) is skipped. */
    static EchoGaps parse(List<String> output) {
        List<Double> times = new ArrayList<>();
        int highestSeq = 0;
        for (String line : output) {
            Matcher reply = REPLY.matcher(line);
            if (reply.find()) {
                times.add(Double.parseDouble(reply.group(1)) * 1000);
                highestSeq = Math.max(highestSeq, Integer.parseInt(reply.group(2)));
            }
        }
        return EchoGaps.of(times, times.isEmpty() ? null : highestSeq - times.size());
    }
}
