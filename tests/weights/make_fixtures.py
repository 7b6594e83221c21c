# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the weight files the tests/weights tests read, in the exact formats upstream tools
write them (torch.save of a state_dict, legacy torch.save, torch.jit.save, safetensors), plus
reference inputs and outputs. Run by the tests with Debian's /usr/bin/python3 (python3-torch 1.13,
python3-torchvision 0.14):

    make_fixtures.py MODE OUTDIR      MODE: formats | equivalence | inflation | cli

Random weights only, fixed seeds. Nothing is downloaded.
"""
import argparse
import collections
import json
import os
import struct
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

# --------------------------------------------------------------------------------------------
# safetensors, written by hand from the format's specification (8-byte little-endian header
# length, JSON header, raw little-endian data), so that no extra package is needed.
_ST_DTYPES = {torch.float64: "F64", torch.float32: "F32", torch.float16: "F16",
              torch.bfloat16: "BF16", torch.int64: "I64", torch.int32: "I32",
              torch.int16: "I16", torch.int8: "I8", torch.uint8: "U8", torch.bool: "BOOL"}


def tensor_bytes(t):
    t = t.detach().contiguous().cpu()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().tobytes()
    return t.numpy().tobytes()


def write_safetensors(path, tensors, metadata=None):
    header = {}
    if metadata:
        header["__metadata__"] = metadata
    blobs = []
    offset = 0
    for name, t in tensors.items():
        b = tensor_bytes(t)
        header[name] = {"dtype": _ST_DTYPES[t.dtype], "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header).encode("utf-8")
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = collections.OrderedDict()
    inverse = {v: k for k, v in _ST_DTYPES.items()}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        b, e_ = e["data_offsets"]
        dtype = inverse[e["dtype"]]
        raw = bytearray(data[b:e_])
        if dtype == torch.bfloat16:
            t = torch.frombuffer(raw, dtype=torch.int16).view(torch.bfloat16) if raw else torch.empty(0, dtype=dtype)
        else:
            t = torch.frombuffer(raw, dtype=dtype) if raw else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(e["shape"]).clone()
    return out, header.get("__metadata__", {})


# --------------------------------------------------------------------------------------------
# I3D with the parameter names and the forward pass of piergiaj/pytorch-i3d's InceptionI3d,
# written here from its description (TensorFlow SAME padding computed at run time, Unit3D =
# conv3d [+ bn eps 1e-3 + relu], InceptionModule b0/b1a/b1b/b2a/b2b/b3b, average pool (2,7,7)
# with stride 1, logits = 1x1x1 conv with bias).
def same_pad(size, k, s):
    if size % s == 0:
        p = max(k - s, 0)
    else:
        p = max(k - (size % s), 0)
    return p // 2, p - p // 2


def pad_same_3d(x, kernel, stride):
    _, _, t, h, w = x.shape
    pt = same_pad(t, kernel[0], stride[0])
    ph = same_pad(h, kernel[1], stride[1])
    pw = same_pad(w, kernel[2], stride[2])
    return F.pad(x, (pw[0], pw[1], ph[0], ph[1], pt[0], pt[1]))


class Unit3D(nn.Module):
    def __init__(self, cin, cout, kernel=(1, 1, 1), stride=(1, 1, 1), bn_relu=True):
        super().__init__()
        self.kernel, self.stride, self.bn_relu = kernel, stride, bn_relu
        self.conv3d = nn.Conv3d(cin, cout, kernel, stride=stride, padding=0, bias=not bn_relu)
        if bn_relu:
            self.bn = nn.BatchNorm3d(cout, eps=0.001, momentum=0.01)

    def forward(self, x):
        x = self.conv3d(pad_same_3d(x, self.kernel, self.stride))
        if self.bn_relu:
            x = F.relu(self.bn(x))
        return x


class MaxPoolSame(nn.Module):
    def __init__(self, kernel, stride):
        super().__init__()
        self.kernel, self.stride = kernel, stride

    def forward(self, x):
        return F.max_pool3d(pad_same_3d(x, self.kernel, self.stride), self.kernel, self.stride)


class Inception(nn.Module):
    def __init__(self, cin, o):
        super().__init__()
        self.b0 = Unit3D(cin, o[0])
        self.b1a = Unit3D(cin, o[1])
        self.b1b = Unit3D(o[1], o[2], (3, 3, 3))
        self.b2a = Unit3D(cin, o[3])
        self.b2b = Unit3D(o[3], o[4], (3, 3, 3))
        self.b3a = MaxPoolSame((3, 3, 3), (1, 1, 1))
        self.b3b = Unit3D(cin, o[5])

    def forward(self, x):
        return torch.cat([self.b0(x), self.b1b(self.b1a(x)), self.b2b(self.b2a(x)),
                          self.b3b(self.b3a(x))], 1)


class InceptionI3d(nn.Module):
    def __init__(self, num_classes=400, in_channels=3):
        super().__init__()
        self.order = []

        def add(name, m):
            self.add_module(name, m)
            self.order.append(name)
        add("Conv3d_1a_7x7", Unit3D(in_channels, 64, (7, 7, 7), (2, 2, 2)))
        add("MaxPool3d_2a_3x3", MaxPoolSame((1, 3, 3), (1, 2, 2)))
        add("Conv3d_2b_1x1", Unit3D(64, 64))
        add("Conv3d_2c_3x3", Unit3D(64, 192, (3, 3, 3)))
        add("MaxPool3d_3a_3x3", MaxPoolSame((1, 3, 3), (1, 2, 2)))
        add("Mixed_3b", Inception(192, [64, 96, 128, 16, 32, 32]))
        add("Mixed_3c", Inception(256, [128, 128, 192, 32, 96, 64]))
        add("MaxPool3d_4a_3x3", MaxPoolSame((3, 3, 3), (2, 2, 2)))
        add("Mixed_4b", Inception(480, [192, 96, 208, 16, 48, 64]))
        add("Mixed_4c", Inception(512, [160, 112, 224, 24, 64, 64]))
        add("Mixed_4d", Inception(512, [128, 128, 256, 24, 64, 64]))
        add("Mixed_4e", Inception(512, [112, 144, 288, 32, 64, 64]))
        add("Mixed_4f", Inception(528, [256, 160, 320, 32, 128, 128]))
        add("MaxPool3d_5a_2x2", MaxPoolSame((2, 2, 2), (2, 2, 2)))
        add("Mixed_5b", Inception(832, [256, 160, 320, 32, 128, 128]))
        add("Mixed_5c", Inception(832, [384, 192, 384, 48, 128, 128]))
        self.avg_pool = nn.AvgPool3d((2, 7, 7), stride=(1, 1, 1))
        self.dropout = nn.Dropout(0.5)
        self.logits = Unit3D(1024, num_classes, bn_relu=False)

    def forward(self, x):
        for name in self.order:
            x = getattr(self, name)(x)
        x = self.logits(self.dropout(self.avg_pool(x)))
        return x.squeeze(3).squeeze(3)  # [N, classes, T']


def randomise(model, seed):
    """Random weights and batch-norm statistics, so that every tensor matters."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            fan_in = max(1, p[0].numel()) if p.dim() > 1 else 1
            p.copy_(torch.randn(p.shape, generator=g) / (fan_in ** 0.5))
            if name.endswith("bn.weight") or (p.dim() == 1 and "weight" in name):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=g))
        for name, b in model.named_buffers():
            if name.endswith("running_mean"):
                b.copy_(0.1 * torch.randn(b.shape, generator=g))
            elif name.endswith("running_var"):
                b.copy_(0.5 + torch.rand(b.shape, generator=g))
            elif name.endswith("num_batches_tracked"):
                b.fill_(1234)
    model.eval()
    return model


# --------------------------------------------------------------------------------------------
def make_formats(out):
    """One small state dict in every container and layout, and what it must read back as."""
    sd = collections.OrderedDict()
    sd["conv.weight"] = torch.arange(2 * 3 * 3 * 3, dtype=torch.float32).reshape(2, 3, 3, 3) / 7
    sd["conv.bias"] = torch.tensor([0.5, -1.25])
    sd["bn.running_mean"] = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
    sd["bn.num_batches_tracked"] = torch.tensor(42, dtype=torch.int64)
    sd["half"] = (torch.arange(6, dtype=torch.float32) / 4 - 0.5).to(torch.float16).reshape(2, 3)
    sd["bfloat"] = (torch.arange(4, dtype=torch.float32) - 1.5).to(torch.bfloat16)
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    sd["view.transposed"] = base.t()              # non-contiguous, shares base's storage
    sd["view.slice"] = base[1:3, 2:5]              # storage offset + strides
    sd["view.base"] = base
    sd["flag"] = torch.tensor([True, False, True])
    # A state_dict() as a model returns it: an OrderedDict with a _metadata attribute.
    model = nn.Sequential(collections.OrderedDict(
        [("conv", nn.Conv2d(3, 2, 3)), ("bn", nn.BatchNorm1d(3))]))
    msd = model.state_dict()
    for k in list(msd.keys()):
        if k in sd:
            msd[k] = sd[k]
    for k, v in sd.items():
        msd[k] = v
    assert hasattr(msd, "_metadata")
    torch.save(msd, os.path.join(out, "plain.pt"))
    torch.save(msd, os.path.join(out, "legacy.pt"), _use_new_zipfile_serialization=False)
    torch.save(msd, os.path.join(out, "protocol4.pt"), pickle_protocol=4)
    torch.save({"epoch": 7, "state_dict": msd, "best_acc": 0.5,
                "args": argparse.Namespace(lr=0.1, arch="i3d"),
                "optimizer": {"state": {}, "param_groups": [{"lr": 0.1}]}},
               os.path.join(out, "wrapped.pth"))
    torch.save({"model": collections.OrderedDict(("module." + k, v) for k, v in msd.items())},
               os.path.join(out, "dataparallel.pth"))
    # Contiguous copies in file order (what every reader must return).
    ref = collections.OrderedDict((k, v.contiguous()) for k, v in msd.items())
    write_safetensors(os.path.join(out, "reference.safetensors"), ref, {"source": "python"})
    # Whole pickled module and TorchScript.
    small = nn.Sequential(nn.Conv3d(2, 4, 3), nn.BatchNorm3d(4), nn.ReLU(), nn.Conv3d(4, 1, 1))
    randomise(small, 3)
    torch.save(small, os.path.join(out, "whole_module.pt"))
    torch.jit.save(torch.jit.script(small), os.path.join(out, "torchscript.pt"))
    write_safetensors(os.path.join(out, "small_reference.safetensors"), small.state_dict())
    # Not weights at all.
    torch.save([1, 2, 3], os.path.join(out, "list.pt"))
    with open(os.path.join(out, "notes.txt"), "w") as f:
        f.write("these are not weights\n")
    with open(os.path.join(out, "plain.pt"), "rb") as f:
        data = f.read()
    with open(os.path.join(out, "truncated.pt"), "wb") as f:
        f.write(data[: len(data) // 2])


def make_equivalence(out):
    """torchvision's R(2+1)D-18 and pytorch-i3d's I3D with random weights, and their outputs."""
    from torchvision.models.video import r2plus1d_18
    torch.manual_seed(0)
    for classes, tag in ((400, "r2plus1d_400"),):
        model = randomise(r2plus1d_18(num_classes=classes), 10 + classes)
        x = torch.randn(1, 3, 8, 56, 56, generator=torch.Generator().manual_seed(1))
        with torch.no_grad():
            y = model(x)
        torch.save(model.state_dict(), os.path.join(out, tag + ".pt"))
        write_safetensors(os.path.join(out, tag + "_io.safetensors"), {"input": x, "output": y})
    i3d = randomise(InceptionI3d(num_classes=8), 20)
    x = torch.randn(1, 3, 16, 224, 224, generator=torch.Generator().manual_seed(2))
    with torch.no_grad():
        y = i3d(x)
    torch.save(i3d.state_dict(), os.path.join(out, "i3d_8.pt"))
    write_safetensors(os.path.join(out, "i3d_8_io.safetensors"), {"input": x, "output": y})


class Unit2D(nn.Module):
    """The 2D unit of the ImageNet Inception-v1 that I3D is inflated from."""

    def __init__(self, cin, cout, kernel, stride, bn_relu=True):
        super().__init__()
        self.kernel, self.stride, self.bn_relu = kernel, stride, bn_relu
        self.conv2d = nn.Conv2d(cin, cout, kernel, stride=stride, bias=not bn_relu)
        if bn_relu:
            self.bn = nn.BatchNorm2d(cout, eps=0.001)

    def forward(self, x):
        _, _, h, w = x.shape
        ph = same_pad(h, self.kernel[0], self.stride[0])
        pw = same_pad(w, self.kernel[1], self.stride[1])
        x = self.conv2d(F.pad(x, (pw[0], pw[1], ph[0], ph[1])))
        return F.relu(self.bn(x)) if self.bn_relu else x


def inception_2d_state_dict(seed, conv_style):
    """A 2D Inception-v1 state dict: every tensor of I3D with 2D kernels, 1000 classes."""
    net3d = InceptionI3d(num_classes=1000)
    g = torch.Generator().manual_seed(seed)
    sd = collections.OrderedDict()
    for k, v in net3d.state_dict().items():
        if v.dim() == 5:
            v = torch.randn(v.shape[0], v.shape[1], v.shape[3], v.shape[4], generator=g) / (
                (v.shape[1] * v.shape[3] * v.shape[4]) ** 0.5)
        elif k.endswith("running_var"):
            v = 0.5 + torch.rand(v.shape, generator=g)
        elif k.endswith("running_mean") or k.endswith("bias"):
            v = 0.1 * torch.randn(v.shape, generator=g)
        elif k.endswith("weight"):
            v = 1.0 + 0.2 * torch.randn(v.shape, generator=g)
        if conv_style:
            k = k.replace("Conv3d_", "Conv2d_").replace(".conv3d.", ".conv2d.")
        sd[k] = v
    return sd


def make_inflation(out):
    sd = inception_2d_state_dict(30, conv_style=True)
    torch.save(sd, os.path.join(out, "inception2d.pt"))
    # The 2D network's first unit on one image.
    unit = Unit2D(3, 64, (7, 7), (2, 2)).eval()
    unit.load_state_dict({k.split(".", 1)[1]: v for k, v in sd.items()
                          if k.startswith("Conv2d_1a_7x7.")})
    image = torch.rand(1, 3, 112, 112, generator=torch.Generator().manual_seed(4))
    with torch.no_grad():
        act = unit(image)
    write_safetensors(os.path.join(out, "inflation_io.safetensors"), {"image": image, "conv1": act})


def make_cli(out):
    from torchvision.models.video import r2plus1d_18
    torch.save(randomise(r2plus1d_18(), 40).state_dict(), os.path.join(out, "r2plus1d_kinetics.pth"))
    i3d = randomise(InceptionI3d(num_classes=400), 41)
    torch.save(i3d.state_dict(), os.path.join(out, "i3d_kinetics.pt"))
    write_safetensors(os.path.join(out, "i3d_kinetics.safetensors"), i3d.state_dict())
    torch.save(inception_2d_state_dict(42, conv_style=True), os.path.join(out, "inception2d.pt"))
    with open(os.path.join(out, "notes.txt"), "w") as f:
        f.write("these are not weights\n")


def check_written(out):
    """Reads back a safetensors file written by Ethoscribe (argument) with this reader."""
    tensors, meta = read_safetensors(out)
    print(json.dumps({"names": list(tensors.keys()), "metadata": meta,
                      "dtypes": {k: str(v.dtype) for k, v in tensors.items()},
                      "shapes": {k: list(v.shape) for k, v in tensors.items()},
                      "values": {k: v.double().flatten().tolist() for k, v in tensors.items()}}))


if __name__ == "__main__":
    mode, out = sys.argv[1], sys.argv[2]
    torch.set_num_threads(2)
    {"formats": make_formats, "equivalence": make_equivalence, "inflation": make_inflation,
     "cli": make_cli, "check": check_written}[mode](out)
