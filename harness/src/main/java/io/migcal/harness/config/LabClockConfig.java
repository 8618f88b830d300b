package io.migcal.harness.config;

import io.migcal.model.BadInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The lab's clock when it is not the wall clock: a virtual lab ({@code migcal lab serve}) runs
 * {@code timeCompression} lab seconds per wall second from {@code origin} (the wall instant it
 * started, which is also lab time zero), and writes both into its lab.yaml. The harness then times
 * on the same compressed clock, so results come out in lab seconds and clock checks compare like
 * with like. Real labs leave the section out (factor 1, the wall clock).
 */
public record LabClockConfig(Double timeCompression, String origin) {

    public LabClockConfig {
        if (timeCompression == null || !(timeCompression >= 1) || timeCompression.isInfinite()) {
            throw new BadInputException("'lab_clock.time_compression' must be a number >= 1 (lab seconds per wall "
                    + "second), got " + timeCompression);
        }
        if (timeCompression > 1 && originInstant(origin) == null) {
            throw new BadInputException("'lab_clock.origin' is needed with time_compression > 1: the instant the "
                    + "lab's clock started (ISO-8601, as 'migcal lab serve' writes it)");
        }
    }

    /** The origin as an instant, or null when not given. */
    public Instant originInstant() {
        return originInstant(origin);
    }

    private static Instant originInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("'lab_clock.origin' is not an ISO-8601 instant (like 2026-12-01T09:00:00Z): " + text);
        }
    }
}
