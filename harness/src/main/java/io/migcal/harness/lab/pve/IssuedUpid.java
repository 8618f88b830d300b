package io.migcal.harness.lab.pve;

import java.util.Locale;

/**
 * A Proxmox task id: {@code UPID:node:PID:PSTART:STARTTIME:type:id:user:} with upper-case hex fields
 * (pve-common upid_encode), e.g. {@code UPID:pve1:0006C7D9:0029F72D:68A60E01:qmigrate:104:root@pam:}.
 */
public record IssuedUpid(String node, int pid, long pstartTicks, long startEpochS, String type, String id, String user) {

    public String encode() {
        return String.format(Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%s:%s:%s:",
                node, pid, pstartTicks, startEpochS, type, id, user);
    }

    /** Parses an encoded UPID; null when it is not one. */
    public static IssuedUpid parse(String text) {
        String[] f = text.split(":", -1);
        if (f.length != 9 || !"UPID".equals(f[0]) || !f[8].isEmpty()) {
            return null;
        }
        try {
            return new IssuedUpid(f[1], Integer.parseInt(f[2], 16), Long.parseLong(f[3], 16), Long.parseLong(f[4], 16),
                    f[5], f[6], f[7]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return encode();
    }
}
