#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes or checks the expected files of tests/csv/golden from their inputs, independently of
Ethoscribe: Python's csv module, exact fractions, and the format rules as the documentation
states them (core/io/LabelExport.h, core/io/LabelImport.h, docs/). The C++ test compares the
code's output with these files; this script is the second, independent derivation.

    reference.py check DIR   exit 1 and print the differences when a file in DIR differs
    reference.py write DIR   (re)write the expected files in DIR

Inputs and how each expected file follows from them:
  export_input_bouts.csv (hand-written bouts, end_frame inclusive), 16 frames at 30000/1001 fps
      -> export_expected_ethogram.csv: one row per frame, time_s = frame * 1001 / 30000 rounded
         half up to 6 decimals, behavior name quoted as RFC 4180 (plus quotes for ';').
      -> export_expected_ethogram_probabilities.csv: the same with p_<behavior> columns for the
         behavior set of the test (the Jhuang set with behavior 3 renamed 'groom, "face"') and
         predictions whose classes are the Jhuang names: frame f has 0.65 for class f % 8 and
         0.05 for the others, frame 3 is not predicted (empty cells). The class "groom" has no
         behavior of its name, so its probabilities follow in a column p_groom and the renamed
         behavior's column is empty.
  boris_v8_mouse01.csv (BORIS 8, with "Image index"), 600 frames at 30 fps
      -> boris_v8_mouse01_expected.csv: START/STOP label [start index, stop index), POINT
         labels its one frame; "Grooming" is mapped to groom by the test; "sniffing" is unknown
         and stays unlabeled.
  boris_v7_mouse02.tsv (BORIS 7, times only), 300 frames at 30 fps
      -> boris_v7_mouse02_expected.csv: frames are round(time * 30) half up; "Hanging" is
         unknown (the behavior is "hang") and stays unlabeled.
  deepethogram_mouse03_labels.csv, 50 frames at 30 fps
      -> deepethogram_mouse03_expected.csv: the column holding 1 names the behavior;
         "background", -1 rows, unknown "sniff" and frames past the file stay unlabeled;
         "grooming" is mapped to groom by the test.
"""

import csv
import io
import os
import sys
from fractions import Fraction

JHUANG = ["drink", "eat", "groom", "hang", "micro-movement", "rear", "rest", "walk"]
# Names the test maps explicitly (LabelImportOptions::nameMapping), case-insensitive.
MAPPING = {"grooming": "groom"}


def fixed6(value):
    """Non-negative Fraction -> text with 6 decimals, rounded half up."""
    scaled = (value * 1000000 + Fraction(1, 2)).__floor__()
    return "%d.%06d" % (scaled // 1000000, scaled % 1000000)


def field(text):
    if any(c in text for c in ',";\t\r\n') or text[:1] == " " or text[-1:] == " ":
        return '"' + text.replace('"', '""') + '"'
    return text


def ethogram(labels, num, den, prob_columns=None):
    """labels: list of names ('' = unlabeled); prob_columns: (headers, rows) or None."""
    header = ["frame", "time_s", "behavior"]
    if prob_columns:
        header += [field(h) for h in prob_columns[0]]
    out = [",".join(header)]
    for f, name in enumerate(labels):
        row = [str(f), fixed6(Fraction(f * den, num)), field(name)]
        if prob_columns:
            row += prob_columns[1][f]
        out.append(",".join(row))
    return "\n".join(out) + "\n"


def resolve(name, behaviors):
    key = name.strip().lower()
    key = MAPPING.get(key, key)
    for b in behaviors:
        if b.lower() == key:
            return b
    return ""


def export_files(folder):
    behaviors = list(JHUANG)
    behaviors[2] = 'groom, "face"'
    frames = 16
    labels = [""] * frames
    with open(os.path.join(folder, "export_input_bouts.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for frame in range(int(row["start_frame"]), int(row["end_frame"]) + 1):
                labels[frame] = row["behavior"]
    classes = JHUANG
    lower = [c.lower() for c in classes]
    columns = [lower.index(b.lower()) if b.lower() in lower else -1 for b in behaviors]
    unmatched = [i for i, c in enumerate(classes) if c.lower() not in [b.lower() for b in behaviors]]
    headers = ["p_" + b for b in behaviors] + ["p_" + classes[i] for i in unmatched]
    columns += unmatched
    rows = []
    for f in range(frames):
        cells = []
        for c in columns:
            if f == 3 or c < 0:
                cells.append("")
            else:
                cells.append("0.650000" if c == f % 8 else "0.050000")
        rows.append(cells)
    return {
        "export_expected_ethogram.csv": ethogram(labels, 30000, 1001),
        "export_expected_ethogram_probabilities.csv": ethogram(labels, 30000, 1001,
                                                               (headers, rows)),
    }


def boris(path, frames, fps, delimiter):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    start = next(i for i, r in enumerate(rows) if "Behavior" in r and ("Status" in r
                                                                        or "Behavior type" in r))
    header = rows[start]
    col = {name: header.index(name) for name in header}
    status_col = col.get("Behavior type", col.get("Status"))
    events = []
    for r in rows[start + 1:]:
        if not r or not any(r):
            continue
        if "Image index" in col:
            frame = int(r[col["Image index"]])
        else:
            frame = (Fraction(r[col["Time"]]) * fps + Fraction(1, 2)).__floor__()
        events.append((frame, r[status_col].upper(), r[col["Behavior"]]))
    # At one frame a STOP closes before the next START; POINT events last.
    events.sort(key=lambda e: (e[0], {"STOP": 0, "START": 1, "POINT": 2}[e[1]]))
    labels = [""] * frames
    open_event = None
    points = []
    for frame, status, name in events:
        if status == "START":
            open_event = (frame, name)
        elif status == "STOP":
            first = open_event[0]
            for f in range(first, min(frames, max(frame, first + 1))):
                labels[f] = resolve(name, JHUANG)
            open_event = None
        else:
            points.append((frame, name))
    for frame, name in points:
        if resolve(name, JHUANG):
            labels[frame] = resolve(name, JHUANG)
    return ethogram(labels, 30, 1)


def deepethogram(path, frames):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    labels = [""] * frames
    for r in rows[1:]:
        if not r:
            continue
        frame = int(r[0])
        for c in range(1, len(header)):
            if r[c].strip() in ("1", "1.0") and header[c].lower() != "background":
                labels[frame] = resolve(header[c], JHUANG)
    return ethogram(labels, 30, 1)


def expected_files(folder):
    files = export_files(folder)
    files["boris_v8_mouse01_expected.csv"] = boris(
        os.path.join(folder, "boris_v8_mouse01.csv"), 600, 30, ",")
    files["boris_v7_mouse02_expected.csv"] = boris(
        os.path.join(folder, "boris_v7_mouse02.tsv"), 300, 30, "\t")
    files["deepethogram_mouse03_expected.csv"] = deepethogram(
        os.path.join(folder, "deepethogram_mouse03_labels.csv"), 50)
    return files


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "write"):
        print(__doc__)
        return 2
    mode, folder = sys.argv[1], sys.argv[2]
    failures = 0
    for name, text in expected_files(folder).items():
        path = os.path.join(folder, name)
        if mode == "write":
            with open(path, "w", newline="", encoding="utf-8") as f:
                f.write(text)
            continue
        with open(path, newline="", encoding="utf-8") as f:
            stored = f.read()
        if stored != text:
            failures += 1
            for i, (a, b) in enumerate(zip(io.StringIO(stored), io.StringIO(text))):
                if a != b:
                    print("%s line %d:\n stored:    %s reference: %s" % (name, i + 1, a, b))
                    break
            else:
                print("%s: different length (%d vs %d lines)" % (
                    name, stored.count("\n"), text.count("\n")))
        else:
            print("%s: matches the reference (%d lines)" % (name, text.count("\n")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
