// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

// Versions of Ethoscribe and of the libraries it was built against and runs with,
// for `--version`, bug reports and the About dialog.
struct BuildInfo
{
    static QString version();
    // One line per library: "Qt 6.4.2 (built 6.4.2)", "FFmpeg libavcodec 59.37.100", ...
    static QString libraryVersions();
};

} // namespace ethoscribe
