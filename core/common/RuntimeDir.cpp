// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RuntimeDir.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

namespace ethoscribe {

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QStringLiteral("/tmp/runtime-%1").arg(getuid());
    if (QDir().mkpath(dir)
        && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace ethoscribe
