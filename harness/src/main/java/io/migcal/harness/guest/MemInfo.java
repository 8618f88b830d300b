package io.migcal.harness.guest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the guest holds, from {@code /proc/meminfo} (total and available) and, when the same text
 * carries it, {@code /proc/zoneinfo} (the pages parked free in the per-CPU lists).
 *
 * <p>Why the per-CPU lists count: a page a process frees goes first to its CPU's free list, which
 * {@code MemFree} and {@code MemAvailable} do not include. A 1-CPU Linux 6.1 guest with 1 GiB keeps up to
 * about 54 MB there (its {@code high} mark); right after a 32 MiB load was killed, {@code MemAvailable}
 * still showed the load held, and a new fill then took those pages first, so "used" barely rose. Both
 * broke the fill's check in the local QEMU lab.
 */
public record MemInfo(long memTotalBytes, long memAvailableBytes, long perCpuFreeBytes) {
    private static final Pattern TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+)\\s+kB");
    private static final Pattern AVAILABLE = Pattern.compile("(?m)^MemAvailable:\\s+(\\d+)\\s+kB");
    /** A per-CPU list's page count; zoneinfo prints {@code count:} only in the pagesets. */
    private static final Pattern PCP_COUNT = Pattern.compile("(?m)^\\s+count:\\s+(\\d+)\\s*$");
    private static final Pattern MANAGED = Pattern.compile("(?m)^\\s+managed\\s+(\\d+)\\s*$");

    /** What the guest really holds: page cache it could drop and free pages in per-CPU lists do not count. */
    public long usedBytes() {
        return memTotalBytes - memAvailableBytes - perCpuFreeBytes;
    }

    /** {@code /proc/meminfo}, optionally followed by {@code /proc/zoneinfo} (without it, no per-CPU pages). */
    public static MemInfo parse(String procMeminfo) {
        long totalKib = kib(TOTAL, procMeminfo);
        long pcpPages = sum(PCP_COUNT, procMeminfo);
        long perCpuFreeBytes = pcpPages == 0 ? 0 : pcpPages * pageBytes(totalKib * 1024, procMeminfo);
        return new MemInfo(totalKib * 1024, kib(AVAILABLE, procMeminfo) * 1024, perCpuFreeBytes);
    }

    /**
     * The page size, from the zones' managed pages, which add up to MemTotal: zoneinfo counts pages, and
     * a page is 4 KiB on x86 but 16 or 64 KiB on some arm64 kernels.
     */
    private static long pageBytes(long totalBytes, String text) {
        long managedPages = sum(MANAGED, text);
        if (managedPages == 0) {
            throw new IllegalArgumentException("/proc/zoneinfo has per-CPU page counts but no zone's managed pages");
        }
        return Long.highestOneBit(Math.round((double) totalBytes / managedPages));
    }

    private static long sum(Pattern line, String text) {
        long total = 0;
        for (Matcher m = line.matcher(text); m.find(); ) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    private static long kib(Pattern line, String text) {
        Matcher m = line.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + line.pattern().substring("(?m)^".length(), line.pattern().indexOf(':'))
                    + " line in /proc/meminfo (kernel older than 3.14, or not Linux?)");
        }
        return Long.parseLong(m.group(1));
    }
}
