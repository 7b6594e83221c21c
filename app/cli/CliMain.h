// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// ethoscribe-cli is two executables. `ethoscribe-cli` (main.cpp) runs the commands that do not
// need LibTorch (videos, projects, labels, flow, statistics, cluster runs) and starts in about a
// tenth of a second; for every other command line (the commands that run networks, --help,
// --version) it replaces itself (execv: same process id, standard streams and exit code) with
// `ethoscribe-cli-networks` (NetworksMain.cpp), which has every command and pays LibTorch's
// start-up of about 0.7 s. Both dispatch through runCli().
namespace ethoscribe::cli {

// Creates the application object and runs the command named in argv. versionDetails adds lines
// to --version (the LibTorch runtime); may be empty.
int runCli(int argc, char **argv, const std::function<QString()> &versionDetails);

// True when argv names a command registered in this executable ("info", "project create").
bool runsHere(int argc, char **argv);

// The ethoscribe-cli that users and job scripts call: the front executable's path when this
// process was started through it, else this executable. For commands that start ethoscribe-cli
// again (cluster jobs).
QString cliExecutable();

// The environment variable through which the front executable names itself.
inline constexpr char kCliSelfVariable[] = "ETHOSCRIBE_CLI_SELF";

} // namespace ethoscribe::cli
