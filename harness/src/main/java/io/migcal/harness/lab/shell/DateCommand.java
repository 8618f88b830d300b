package io.migcal.harness.lab.shell;

import io.migcal.harness.time.MonotonicClock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code date +%s.%N} (the clock-skew check), {@code date +%s%N} (the guest's progress meter) and plain
 * {@code date +%s}, on the lab clock.
 */
public final class DateCommand implements ShellCommand {
    private final MonotonicClock clock;

    public DateCommand(MonotonicClock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> words, String line, ShellIo io) throws Exception {
        Instant now = clock.now();
        String format = words.size() > 1 ? words.get(1) : "+%s";
        String text = switch (format) {
            case "+%s.%N" -> String.format(Locale.ROOT, "%d.%09d", now.getEpochSecond(), now.getNano());
            case "+%s" -> Long.toString(now.getEpochSecond());
            case "+%s%N" -> String.format(Locale.ROOT, "%d%09d", now.getEpochSecond(), now.getNano());
            default -> now.toString();
        };
        io.out(text + "\n");
        return 0;
    }
}
