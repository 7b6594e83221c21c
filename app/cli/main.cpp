// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli, the executable users and scripts call. It runs the commands that need no
// LibTorch itself and hands every other command line to ethoscribe-cli-networks, which it
// becomes through execv (CliMain.h).
#include "CliCommand.h"
#include "CliMain.h"

#include "common/OpenMpWait.h"
#include "common/RuntimeDir.h"
#include "common/Translations.h"

#include <QCoreApplication>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace {

// This executable's own path, or empty where /proc is not mounted.
std::string selfPath()
{
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? std::string(buffer, std::size_t(n)) : std::string();
}

} // namespace

int main(int argc, char **argv)
{
    using namespace ethoscribe;
    const std::string self = selfPath();
    if (!self.empty())
        ::setenv(cli::kCliSelfVariable, self.c_str(), 1);
    if (cli::runsHere(argc, argv))
        return cli::runCli(argc, argv, {});

    // LibTorch's OpenMP threads spin only briefly before they sleep, so that two such programs
    // sharing the cores do not slow each other down several-fold (OpenMpWait.h). libgomp reads
    // this when it is loaded: now, before the exec, is the only time to set it.
    setOpenMpWaitForChildren();

    // Beside this executable in a build folder; in libexec once installed.
    const std::string dir = self.substr(0, self.rfind('/') + 1);
    const std::string name = "ethoscribe-cli-networks";
    std::string reported = dir + ETHOSCRIBE_CLI_NETWORKS_FROM_BIN "/" + name;
    int reportedError = ENOENT;
    if (!self.empty()) {
        for (const std::string &candidate :
             {dir + name, dir + ETHOSCRIBE_CLI_NETWORKS_FROM_BIN "/" + name}) {
            ::execv(candidate.c_str(), argv); // returns only when it failed
            if (errno != ENOENT && reportedError == ENOENT) {
                reported = candidate;
                reportedError = errno;
            }
        }
    }
    ensureRuntimeDir();
    QCoreApplication app(argc, argv);
    Translations::install();
    return cli::fail(QCoreApplication::translate("CliCommand",
                                                 "The part of ethoscribe-cli that runs networks, "
                                                 "%1, could not be started (%2). Reinstall "
                                                 "Ethoscribe.")
                             .arg(QString::fromLocal8Bit(reported.c_str()),
                                  QString::fromLocal8Bit(std::strerror(reportedError))));
}
