package io.migcal.harness.sweep;

import java.io.IOException;
import java.util.Map;

/**
 * Facts that shape a migration's outcome (congestion control, buffer sizes, offloads), read before
 * and after every sample. The keys a source returns on its first read, already prefixed with the
 * host's role ({@code node_a_tcp_cc}), become the run's context columns with {@code _before} and
 * {@code _after} appended.
 */
public interface ContextSource {

    /** What the facts are about, for messages: {@code node_a}, {@code delay box offloads}. */
    String name();

    Map<String, String> read() throws IOException, InterruptedException;

    /** A source from a name and a reader. */
    static ContextSource of(String name, Reader reader) {
        return new ContextSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, String> read() throws IOException, InterruptedException {
                return reader.read();
            }
        };
    }

    /** Reads a map of facts. */
    @FunctionalInterface
    interface Reader {
        Map<String, String> read() throws IOException, InterruptedException;
    }
}
