// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the safetensors reader (weights files and our checkpoints). Promise: no crash; a
// bad file is refused with a message naming it; an accepted one has tensors of the sizes its
// header declares.
#include <torch/torch.h>

#include "FuzzUtil.h"

#include "weights/SafeTensors.h"

using namespace ethoscribe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::scratchFile(data, size, QStringLiteral(".safetensors"));
    StateDict tensors;
    SafeTensors::Metadata metadata;
    QString error;
    if (SafeTensors::read(path, &tensors, &metadata, &error)) {
        for (const auto &item : tensors.items())
            (void)item.value().to(torch::kDouble).sum().item<double>();
    } else if (error.isEmpty()) {
        fuzz::broken("a refused safetensors file has a message");
    }
    return 0;
}
