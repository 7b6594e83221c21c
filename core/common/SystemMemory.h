// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace ethoscribe {

// The memory this process may use: the machine's physical memory, or less where a control group
// limits it (a SLURM job's --mem, a container), cgroup v2 or v1. 0 when nothing could be read.
qint64 usableMemoryBytes();

// Reads a limit of a control group file ("max" = none); for tests. -1 when there is none.
qint64 parseCgroupLimit(const QByteArray &text);

// A size in words for messages: "812 MB", "3.4 GB".
QString formatBytes(qint64 bytes);

} // namespace ethoscribe
