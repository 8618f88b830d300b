#!/usr/bin/env python3
"""Writes the hand-made CSV files that HandMadeCsvFilesTest reads, with Python's own csv module.

Run it from this directory (python3 make_handmade_csv.py) to regenerate them; the files are committed
so the tests need no Python. Two kinds of file, as a user would bring them:

- python-*.csv: csv.writer with the default "excel" dialect (RFC 4180: ',' separators, quotes only
  where needed, CRLF line ends), encoded "utf-8-sig", i.e. UTF-8 with a byte-order mark, as
  spreadsheet "CSV UTF-8" exports write it. One note cell holds a line break, a comma and quotes.
- spreadsheet-*.csv: what a spreadsheet writes in a locale whose decimal mark is a comma (de_DE,
  fr_FR, ...): ';' separators and decimal commas (2,147 for 2.147), same dialect otherwise. The
  numbers are formatted here by replacing the decimal point, because this machine has no such
  locale installed; the bytes are those of such an export.
"""
import csv

MEASUREMENT_HEADER = ["note", "rtt_set_ms", "guest_used_bytes", "transfer_time_s", "status"]
MEASUREMENTS = [
    ["quiet", 0, 310000000, 2.147, "ok"],
    ['first run after reboot\nVM "web-1", cold cache', 0, 510000000, 3.833, "ok"],
    ["Überlast; retried", 10.5, 310000000, 2.349, "ok"],
    ["", 10.5, 510000000, 3.822, "ok"],
    ["aborted by HA", 20, 510000000, "", "failed"],
    ["  padded note  ", 20, 310000000, 2.467, "ok"],
]
POINTS_HEADER = ["guest_used_bytes", "rtt_ms"]
POINTS = [[400000000, 5.5], [2147483648, 6]]


def decimal_comma(value):
    return str(value).replace(".", ",") if isinstance(value, float) else value


def write(name, header, rows, delimiter=",", cell=lambda v: v):
    with open(name, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, dialect="excel", delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell(v) for v in row])


write("python-measurements.csv", MEASUREMENT_HEADER, MEASUREMENTS)
write("python-points.csv", POINTS_HEADER, POINTS)
write("spreadsheet-measurements.csv", MEASUREMENT_HEADER, MEASUREMENTS, ";", decimal_comma)
write("spreadsheet-points.csv", POINTS_HEADER, POINTS, ";", decimal_comma)
