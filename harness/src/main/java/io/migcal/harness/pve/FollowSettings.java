package io.migcal.harness.pve;

import io.migcal.model.BadInputException;
import java.time.Duration;

/**
 * How a task is followed: its status is polled every {@code statusPoll} (100 ms gives the transfer
 * time 100 ms resolution at one cheap GET each), its log paged every {@code logPoll} and at the end,
 * and after a cancel the task is given {@code cancelGrace} to stop before the harness gives up on it.
 */
public record FollowSettings(Duration statusPoll, Duration logPoll, Duration cancelGrace) {

    public static final FollowSettings DEFAULT =
            new FollowSettings(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(2));

    public FollowSettings {
        if (statusPoll.toMillis() < 10 || logPoll.compareTo(statusPoll) < 0 || cancelGrace.isNegative()) {
            throw new BadInputException("task polling: status poll must be at least 10 ms and the log poll "
                    + "no faster than the status poll (got " + statusPoll.toMillis() + " ms and "
                    + logPoll.toMillis() + " ms)");
        }
    }
}
