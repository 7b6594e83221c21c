// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

// ethoscribe-cli sub-commands. Each lives in its own file and registers itself with a static
// CliCommandRegistration, so that adding a command never touches main.cpp:
//
//   static CliCommandRegistration reg{"info", "Show a video's properties", &runInfo};
//
// A name may be two words ("project create", "model import"): `ethoscribe-cli project create ...`.
// A command receives its own arguments (argv after the command name, with argv[0] set to
// "ethoscribe-cli <name>"), parses them (QCommandLineParser), calls into the libraries, prints
// results on stdout and plain-language errors on stderr, and returns the process exit code.
namespace ethoscribe::cli {

// What a command needs beyond the torch-free libraries (CliMain.h): a command that runs networks
// itself, or, like `runs task`, runs such commands in-process, always runs in
// ethoscribe-cli-networks.
enum class CommandNeeds { Nothing, Networks };

struct CliCommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
    CommandNeeds needs = CommandNeeds::Nothing;
};

std::vector<CliCommand> &commands();

struct CliCommandRegistration
{
    CliCommandRegistration(const char *name,
                           const char *summary,
                           std::function<int(const QStringList &)> run,
                           CommandNeeds needs = CommandNeeds::Nothing);
};

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

QTextStream &out();
QTextStream &err();
// Prints "ethoscribe-cli: <message>" on stderr and returns ExitFailure.
int fail(const QString &message);
// Prints a usage error plus "see --help" and returns ExitUsage.
int usageError(const QString &command, const QString &message);
// Prints the parser's help with the command as it is typed ("ethoscribe-cli project create")
// instead of the executable's path, and returns ExitOk.
int printHelp(const QCommandLineParser &parser, const QString &command);
// Adds --help, parses args and checks the number of positional arguments (maxPositional -1: no
// upper limit). Returns false when the command is over: help was shown (*exitCode = ExitOk) or a
// usage error was printed (*exitCode = ExitUsage).
bool parseArguments(QCommandLineParser &parser,
                    const QStringList &args,
                    const QString &command,
                    int minPositional,
                    int maxPositional,
                    int *exitCode);

} // namespace ethoscribe::cli
