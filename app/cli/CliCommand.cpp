// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace ethoscribe::cli {

std::vector<CliCommand> &commands()
{
    static std::vector<CliCommand> all;
    return all;
}

CliCommandRegistration::CliCommandRegistration(const char *name,
                                               const char *summary,
                                               std::function<int(const QStringList &)> run,
                                               CommandNeeds needs)
{
    commands().push_back(
            {QString::fromUtf8(name), QString::fromUtf8(summary), std::move(run), needs});
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    err() << "ethoscribe-cli: " << message << Qt::endl;
    return ExitFailure;
}

int usageError(const QString &command, const QString &message)
{
    out().flush();
    err() << "ethoscribe-cli " << command << ": " << message << Qt::endl
          << QCoreApplication::translate("CliCommand", "Run 'ethoscribe-cli %1 --help' for usage.")
                     .arg(command)
          << Qt::endl;
    return ExitUsage;
}

int printHelp(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const int at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0)
        help.replace(at, program.size(), QStringLiteral("ethoscribe-cli ") + command);
    out() << help;
    out().flush();
    return ExitOk;
}

bool parseArguments(QCommandLineParser &parser,
                    const QStringList &args,
                    const QString &command,
                    int minPositional,
                    int maxPositional,
                    int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *exitCode = printHelp(parser, command);
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        *exitCode = usageError(
                command,
                n < minPositional
                        ? QCoreApplication::translate("CliCommand", "missing arguments.")
                        : QCoreApplication::translate("CliCommand", "too many arguments."));
        return false;
    }
    return true;
}

} // namespace ethoscribe::cli
