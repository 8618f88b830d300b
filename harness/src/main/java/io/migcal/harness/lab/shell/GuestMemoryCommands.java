package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Locale;

/**
 * {@code cat /proc/meminfo [/proc/zoneinfo]} and {@code free -b} of the guest, from the lab's guest
 * memory. The lab's guest parks no freed pages in per-CPU lists: its zoneinfo's lists are empty.
 */
public final class GuestMemoryCommands {
    private static final long KERNEL_RESERVED_BYTES = 65L * 1024 * 1024;
    private static final long PAGE_CACHE_BYTES = 180L * 1024 * 1024;
    private final LabState state;

    public GuestMemoryCommands(LabState state) {
        this.state = state;
    }

    private long totalBytes() {
        return state.guestTotalBytes() - KERNEL_RESERVED_BYTES;
    }

    public int cat(List<String> words, String line, ShellIo io) throws Exception {
        List<String> files = words.subList(1, words.size());
        if (files.isEmpty() || !files.get(0).equals("/proc/meminfo")
                || !List.of("/proc/zoneinfo").containsAll(files.subList(1, files.size()))) {
            io.err("cat: " + (words.size() > 1 ? words.get(words.size() - 1) : "") + ": No such file or directory\n");
            return 1;
        }
        io.out(meminfo());
        if (files.size() == 2) {
            io.out(zoneinfo());
        }
        return 0;
    }

    private String meminfo() {
        long totalKb = totalBytes() / 1024;
        long availableKb = Math.max(0, totalKb - state.guestUsedBytes() / 1024);
        long cachedKb = Math.min(PAGE_CACHE_BYTES / 1024, availableKb / 2);
        long freeKb = availableKb - cachedKb;
        StringBuilder out = new StringBuilder();
        row(out, "MemTotal", totalKb);
        row(out, "MemFree", freeKb);
        row(out, "MemAvailable", availableKb);
        row(out, "Buffers", 23420);
        row(out, "Cached", cachedKb - 23420);
        row(out, "SwapCached", 0);
        row(out, "Active", totalKb - availableKb);
        row(out, "Inactive", cachedKb);
        row(out, "SwapTotal", 0);
        row(out, "SwapFree", 0);
        row(out, "Dirty", 132);
        row(out, "AnonPages", totalKb - availableKb);
        row(out, "Shmem", 1124);
        return out.toString();
    }

    /** One zone holding all of the guest's pages, with an empty per-CPU free list. */
    private String zoneinfo() {
        long pages = totalBytes() / 4096;
        return String.format(Locale.ROOT, "Node 0, zone    DMA32%n  pages free     %d%n        managed  %d%n"
                + "  pagesets%n    cpu: 0%n              count: 0%n              high:  %d%n              batch: 63%n",
                pages / 2, pages, pages / 18);
    }

    private static void row(StringBuilder out, String key, long kb) {
        out.append(String.format(Locale.ROOT, "%-16s%8d kB\n", key + ":", kb));
    }

    public int free(List<String> words, String line, ShellIo io) throws Exception {
        long total = totalBytes();
        long used = Math.min(total, state.guestUsedBytes());
        long available = total - used;
        long cache = Math.min(PAGE_CACHE_BYTES, available / 2);
        io.out(String.format(Locale.ROOT, "%15s %11s %11s %11s %11s %11s\n", "total", "used", "free", "shared",
                "buff/cache", "available")
                + String.format(Locale.ROOT, "Mem:  %12d %11d %11d %11d %11d %11d\n", total, used, available - cache,
                        1150976, cache, available)
                + String.format(Locale.ROOT, "Swap: %12d %11d %11d\n", 0, 0, 0));
        return 0;
    }
}
