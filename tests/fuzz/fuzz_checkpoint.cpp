// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: our checkpoint reader (safetensors with the model description, training state and
// optimizer state in its header). Promise: no crash; refused with a message, or loaded.
#include <torch/torch.h>

#include "FuzzUtil.h"

#include "checkpoint/CheckpointFile.h"

using namespace ethoscribe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::scratchFile(data, size, QStringLiteral(".safetensors"));
    Checkpoint description;
    QString error;
    if (!CheckpointFile::readDescription(path, &description, &error) && error.isEmpty())
        fuzz::broken("a refused checkpoint description has a message");
    Checkpoint checkpoint;
    error.clear();
    if (!CheckpointFile::load(path, &checkpoint, &error) && error.isEmpty())
        fuzz::broken("a refused checkpoint has a message");
    return 0;
}
