package io.migcal.harness.lab.truth;

/** One pass over guest memory: the bytes it sent and how long that took. */
public record PrecopyRound(long bytes, double durationS) {
}
