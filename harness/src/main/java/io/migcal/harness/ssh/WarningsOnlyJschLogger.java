package io.migcal.harness.ssh;

import com.jcraft.jsch.Logger;
import java.util.function.Consumer;

/**
 * Passes JSch's warnings and errors on, nothing chattier. JSch does not put passwords or passphrases
 * in its messages at these levels; debug and info (which name every algorithm and key file) are dropped.
 */
final class WarningsOnlyJschLogger implements Logger {
    private final Consumer<String> sink;

    WarningsOnlyJschLogger(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public boolean isEnabled(int level) {
        return level >= WARN;
    }

    @Override
    public void log(int level, String message) {
        if (isEnabled(level)) {
            sink.accept("ssh: " + message);
        }
    }
}
