#!/usr/bin/env python3
"""Prints one line per migration of a measurements.csv from the local QEMU lab: the harness's
columns next to QEMU's own query-migrate counters (kept in the migration_details column).
With --markdown CSV...: a table per (fill, RTT) over the ok rows, for the results notes."""
import csv
import sys

def details(row):
    text = row.get("migration_details", "") or ""
    return dict(item.split("=", 1) for item in text.split(";") if "=" in item)

def main(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    print("%-8s %-6s %8s %6s %9s %9s %8s %9s %12s %8s %5s" % (
        "status", "dir", "fill_MiB", "rtt_ms", "rtt_meas", "time_s", "qemu_ms", "downt_ms",
        "qemu_xfer_MB", "mbps", "syncs"))
    for r in rows:
        d = details(r)
        fill = float(r.get("fill_bytes") or 0) / 1048576
        xfer = d.get("qemu_ram_transferred_bytes")
        print("%-8s %-6s %8.0f %6s %9s %9s %8s %9s %12s %8s %5s" % (
            r.get("status", ""), r.get("direction", ""), fill, r.get("rtt_set_ms", ""),
            (r.get("rtt_measured_ms") or "")[:7], (r.get("transfer_time_s") or "")[:7],
            d.get("qemu_total_time_ms", "-"), d.get("qemu_downtime_ms", "-"),
            "%.1f" % (int(xfer) / 1e6) if xfer else "-", d.get("qemu_ram_mbps", "-"),
            d.get("qemu_ram_dirty_sync_count", "-")))
    ok = sum(1 for r in rows if r.get("status") == "ok")
    print("%d migrations, %d ok" % (len(rows), ok))

def markdown(paths):
    """Per (fill, RTT): QEMU's total-time, downtime, transferred and mbps over the ok rows, each rep listed."""
    groups = {}
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("status") != "ok":
                    continue
                d = details(r)
                key = (round(float(r["fill_bytes"]) / 1048576), float(r["rtt_set_ms"]))
                groups.setdefault(key, []).append((r, d))
    print("| fill MiB | RTT ms | n | QEMU total-time ms (each) | mean | downtime ms | transferred MB | mbps | RTT measured ms |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (fill, rtt), rows in sorted(groups.items()):
        times = [int(d["qemu_total_time_ms"]) for _, d in rows]
        downs = "/".join(d.get("qemu_downtime_ms", "-") for _, d in rows)
        xfer = "/".join("%.0f" % (int(d["qemu_ram_transferred_bytes"]) / 1e6) for _, d in rows)
        mbps = "/".join("%.0f" % float(d["qemu_ram_mbps"]) for _, d in rows)
        rtts = "/".join("%.1f" % float(r["rtt_measured_ms"]) for r, _ in rows)
        print("| %d | %g | %d | %s | %.0f | %s | %s | %s | %s |" % (
            fill, rtt, len(rows), "/".join(map(str, times)), sum(times) / len(times), downs, xfer, mbps, rtts))

if __name__ == "__main__":
    if sys.argv[1] == "--markdown":
        markdown(sys.argv[2:])
    else:
        main(sys.argv[1])
