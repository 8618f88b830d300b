package io.migcal.harness.guest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two lines of {@code /proc/meminfo} that define "used": total and available, in bytes. */
public record MemInfo(long memTotalBytes, long memAvailableBytes) {
    private static final Pattern TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+)\\s+kB");
    private static final Pattern AVAILABLE = Pattern.compile("(?m)^MemAvailable:\\s+(\\d+)\\s+kB");

    /** What the guest really holds: page cache it could drop does not count (as {@code free} shows it). */
    public long usedBytes() {
        return memTotalBytes - memAvailableBytes;
    }

    public static MemInfo parse(String procMeminfo) {
        return new MemInfo(kib(TOTAL, procMeminfo) * 1024, kib(AVAILABLE, procMeminfo) * 1024);
    }

    private static long kib(Pattern line, String text) {
        Matcher m = line.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + line.pattern().substring(4, line.pattern().indexOf(':'))
                    + " line in /proc/meminfo (kernel older than 3.14, or not Linux?)");
        }
        return Long.parseLong(m.group(1));
    }
}
