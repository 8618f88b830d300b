package io.migcal.harness.pve.tasklog;

import java.time.LocalDateTime;

/**
 * One progress line of a migration task log. {@code at} is the source node's local time (1 s
 * resolution). Old-format lines (before qemu-server 6.4) give exact bytes and no rate; new-format
 * lines give rounded sizes and QEMU's instantaneous rate, and remaining is total minus transferred.
 */
public record LogProgress(LocalDateTime at, long transferredBytes, Long remainingBytes, Long totalBytes,
        Double rateBytesPerS) {
}
