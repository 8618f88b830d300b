package io.migcal.harness.pve;

import java.util.Locale;
import java.util.Objects;

/**
 * A Proxmox task id, {@code UPID:node:pid:pstart:starttime:type:id:user:}. {@code pstart} is clock
 * ticks since the node booted, not a time; {@code startEpochS} is Unix seconds (1 s resolution).
 */
public record Upid(String text, String node, long pid, long pstartTicks, long startEpochS, String type,
        String id, String user) {

    public Upid {
        Objects.requireNonNull(text, "text");
    }

    /** Parses a UPID as the API returns it; anything else is an {@link IllegalArgumentException} naming it. */
    public static Upid parse(String text) {
        String[] f = text.split(":", -1);
        if (f.length != 9 || !f[0].equals("UPID") || !f[8].isEmpty() || f[1].isEmpty() || f[5].isEmpty()) {
            throw new IllegalArgumentException("not a Proxmox task id (UPID:node:pid:pstart:starttime:type:id:user:): '"
                    + text + "'");
        }
        try {
            return new Upid(text, f[1], Long.parseLong(f[2], 16), Long.parseLong(f[3], 16),
                    Long.parseLong(f[4], 16), f[5], f[6], f[7]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Proxmox task id (pid, pstart and starttime must be hex): '"
                    + text + "'");
        }
    }

    public boolean isHaMigrate() {
        return type.toLowerCase(Locale.ROOT).equals("hamigrate");
    }

    @Override
    public String toString() {
        return text;
    }
}
