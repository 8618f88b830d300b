package io.migcal.harness.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemInfoTest {
    /** {@code cat /proc/meminfo /proc/zoneinfo} in the local QEMU lab's guest a few seconds after a 32 MiB fill was killed. */
    private static String afterAKill() throws IOException {
        try (InputStream in = MemInfoTest.class.getResourceAsStream("/guest/meminfo-zoneinfo-after-a-kill.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void freePagesInThePerCpuListsAreNotCountedAsUsed() throws IOException {
        MemInfo info = MemInfo.parse(afterAKill());

        // the file: MemTotal 996624 kB, MemAvailable 825672 kB, DMA32's CPU 0 list holds 9523 pages
        assertThat(info.perCpuFreeBytes()).isEqualTo(9523L * 4096);
        assertThat(info.usedBytes()).isEqualTo((996_624L - 825_672L) * 1024 - 9523L * 4096);
    }

    @Test
    void thePageSizeComesFromTheZonesManagedPages() {
        // an arm64 kernel with 64 KiB pages: 4096 managed pages make 256 MiB
        String text = "MemTotal:         262144 kB\nMemAvailable:     200000 kB\n"
                + "Node 0, zone   Normal\n        managed  4096\n  pagesets\n    cpu: 0\n              count: 10\n";

        assertThat(MemInfo.parse(text).perCpuFreeBytes()).isEqualTo(10L * 65536);
    }

    @Test
    void meminfoAloneCountsNoPerCpuPages() {
        MemInfo info = MemInfo.parse("MemTotal:        2030592 kB\nMemAvailable:    1730592 kB\n");

        assertThat(info.perCpuFreeBytes()).isZero();
        assertThat(info.usedBytes()).isEqualTo(300_000L * 1024);
    }

    @Test
    void meminfoWithoutMemAvailableIsRefusedWithTheReason() {
        assertThatThrownBy(() -> MemInfo.parse("MemTotal:        2030592 kB\nMemFree:    1730592 kB\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no MemAvailable line in /proc/meminfo");
    }
}
