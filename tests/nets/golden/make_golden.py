#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes and checks the network key-list golden files of tests/nets/golden: every parameter and
buffer of the reference networks with its shape, which test_networks compares with our own.

    make_golden.py write DIR   rewrite r2plus1d_18_400_state_dict.txt (from torchvision) and
                               i3d_400_rgb_state_dict.txt (from the Python transcription of
                               pytorch-i3d in tests/weights/make_fixtures.py)
    make_golden.py check DIR   exit 1 when a golden file lists other keys or shapes than `write`
                               would write (the order does not matter: weights load by name),
                               or when the I3D transcription or its golden file differs from the
                               published pytorch-i3d layer table (pytorch_i3d_published_layers.txt)

Needs Debian's python3-torch and python3-torchvision for the networks; without them the check
of the golden file against the published table still runs and the rest exits 77 (skipped).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def published_i3d_lines(table, classes=400):
    """The state-dict lines ("key shape") of pytorch-i3d's InceptionI3d, from the table."""
    def unit(name, cin, cout, kernel, bn=True):
        k = "x".join(str(v) for v in kernel)
        out = ["%s.conv3d.weight %dx%dx%s" % (name, cout, cin, k)]
        if bn:
            out += ["%s.bn.%s %d" % (name, p, cout)
                    for p in ("weight", "bias", "running_mean", "running_var")]
            out.append("%s.bn.num_batches_tracked " % name)
        else:
            out.append("%s.conv3d.bias %d" % (name, cout))
        return out

    lines = []
    for raw in open(table, encoding="utf-8"):
        raw = raw.split("#", 1)[0].split()
        if not raw:
            continue
        kind, name, cin = raw[0], raw[1], sum(int(v) for v in raw[2].split("+"))
        if kind == "unit":
            lines += unit(name, cin, int(raw[3]), [int(v) for v in raw[4].split("x")])
        elif kind == "logits":
            lines += unit(name, cin, classes, [int(v) for v in raw[4].split("x")], bn=False)
        elif kind == "inception":
            o = [int(v) for v in raw[3].split(",")]
            lines += unit(name + ".b0", cin, o[0], (1, 1, 1))
            lines += unit(name + ".b1a", cin, o[1], (1, 1, 1))
            lines += unit(name + ".b1b", o[1], o[2], (3, 3, 3))
            lines += unit(name + ".b2a", cin, o[3], (1, 1, 1))
            lines += unit(name + ".b2b", o[3], o[4], (3, 3, 3))
            lines += unit(name + ".b3b", cin, o[5], (1, 1, 1))
        else:
            raise ValueError("unknown kind " + kind)
    return lines


def state_dict_lines(model):
    return ["%s %s" % (k, "x".join(str(d) for d in v.shape)) for k, v in model.state_dict().items()]


def golden_texts():
    import torch
    import torchvision
    sys.path.insert(0, os.path.join(HERE, "..", "..", "weights"))
    import make_fixtures
    r2 = torchvision.models.video.r2plus1d_18(num_classes=400)
    i3d = make_fixtures.InceptionI3d(400, in_channels=3)
    return {
        "r2plus1d_18_400_state_dict.txt":
            "# torchvision %s r2plus1d_18(num_classes=400).state_dict(): key and shape, in order\n"
            "# written by tests/nets/golden/make_golden.py\n" % torchvision.__version__.split("a")[0]
            + "\n".join(state_dict_lines(r2)) + "\n",
        "i3d_400_rgb_state_dict.txt":
            "# piergiaj/pytorch-i3d InceptionI3d(400, in_channels=3).state_dict(): key and shape\n"
            "# written by tests/nets/golden/make_golden.py from the transcription in\n"
            "# tests/weights/make_fixtures.py (PyTorch %s); checked against\n"
            "# pytorch_i3d_published_layers.txt\n" % torch.__version__.split("a")[0]
            + "\n".join(state_dict_lines(i3d)) + "\n",
    }


def read_lines(path):
    return [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "check"):
        print(__doc__)
        return 2
    mode, folder = sys.argv[1], sys.argv[2]
    published = published_i3d_lines(os.path.join(folder, "pytorch_i3d_published_layers.txt"))
    failures = []
    if mode == "check":
        golden = read_lines(os.path.join(folder, "i3d_400_rgb_state_dict.txt"))
        if sorted(golden) != sorted(published):
            failures.append("i3d_400_rgb_state_dict.txt differs from the published layer table: "
                            "missing %s, extra %s" % (sorted(set(published) - set(golden))[:3],
                                                      sorted(set(golden) - set(published))[:3]))
        else:
            print("i3d_400_rgb_state_dict.txt: the %d lines of the published layer table"
                  % len(published))
    try:
        texts = golden_texts()
    except ImportError as e:
        if failures:
            print("\n".join(failures))
            return 1
        print("make_golden.py: %s; install python3-torch and python3-torchvision to check the "
              "networks themselves (skipped)" % e)
        return 77
    transcription = [l for l in texts["i3d_400_rgb_state_dict.txt"].split("\n")
                     if l and not l.startswith("#")]
    if sorted(transcription) != sorted(published):
        failures.append("the I3D transcription in make_fixtures.py differs from the published "
                        "layer table: missing %s, extra %s"
                        % (sorted(set(published) - set(transcription))[:3],
                           sorted(set(transcription) - set(published))[:3]))
    for name, text in texts.items():
        path = os.path.join(folder, name)
        if mode == "write":
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote", path)
        elif sorted(read_lines(path)) != sorted(
                l for l in text.split("\n") if l and not l.startswith("#")):
            failures.append("%s differs from what the reference network gives" % name)
        else:
            print("%s: matches the reference network" % name)
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
