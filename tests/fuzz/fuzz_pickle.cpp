// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the pickle reader behind torch.save files, and the legacy torch.save reader. Every
// persistent id loads a small float storage. Promise: no crash, no read outside a storage; a bad
// input throws std::runtime_error and nothing else.
#include <torch/torch.h>

#include "FuzzUtil.h"

#include "weights/PickleReader.h"
#include "weights/TorchSaveReader.h"

#include <stdexcept>

using namespace ethoscribe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto loader = [](const PickleValuePtr &) {
        auto s = PickleValue::make(PickleValue::Kind::Storage);
        s->tensor = torch::zeros({16});
        return s;
    };
    try {
        PickleReader reader(reinterpret_cast<const char *>(data), size, loader);
        const PickleValuePtr v = reader.load();
        if (v && v->is(PickleValue::Kind::Tensor))
            (void)v->tensor.sum().item<float>(); // every element is readable
    } catch (const std::runtime_error &) {
    }
    try {
        (void)TorchSaveReader::readLegacy(
                QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    } catch (const std::runtime_error &) {
    }
    return 0;
}
