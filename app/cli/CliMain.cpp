// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli: the headless tool. Dispatches to the sub-commands registered in app/cli/*.cpp
// (CliMain.h: which executable has which).
#include "CliMain.h"

#include "CliCommand.h"

#include "common/BuildInfo.h"
#include "common/RuntimeDir.h"
#include "common/Translations.h"

#ifdef ETHOSCRIBE_WITH_PLOTS
#include <QApplication>
#else
#include <QGuiApplication>
#endif
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
};

void printCommandList()
{
    auto cmds = commands();
    std::sort(
            cmds.begin(), cmds.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    out() << Tr::tr("Usage: ethoscribe-cli <command> [options]") << "\n\n"
          << Tr::tr("Ethoscribe without a window: synthetic videos, video inspection, projects, "
                    "labels\n"
                    "and models, for scripts and cluster jobs.")
          << "\n\n"
          << Tr::tr("Commands:") << '\n';
    for (const auto &c : cmds)
        out() << "  " << c.name.leftJustified(22) << "  "
              << QCoreApplication::translate("CliCommand", c.summary.toUtf8().constData()) << '\n';
    out() << '\n'
          << Tr::tr("General options:") << '\n'
          << "  --help       "
          << Tr::tr("Show this help; 'ethoscribe-cli <command> --help' for a command.") << '\n'
          << "  --version    " << Tr::tr("Show the version of Ethoscribe and of its libraries.")
          << '\n';
    out().flush();
}

} // namespace

namespace ethoscribe::cli {

bool runsHere(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString one = QString::fromLocal8Bit(argv[1]);
    const QString two
            = argc >= 3 ? one + QLatin1Char(' ') + QString::fromLocal8Bit(argv[2]) : QString();
    // The longer name wins, as in runCli.
    const auto named = [&](const QString &name) {
        return std::find_if(commands().begin(), commands().end(), [&](const CliCommand &c) {
            return c.name == name;
        });
    };
    auto it = two.isEmpty() ? commands().end() : named(two);
    if (it == commands().end())
        it = named(one);
    return it != commands().end() && it->needs == CommandNeeds::Nothing;
}

QString cliExecutable()
{
    const QString self = qEnvironmentVariable(kCliSelfVariable);
    if (!self.isEmpty() && QFileInfo(self).isExecutable())
        return self;
    return QCoreApplication::applicationFilePath();
}

int runCli(int argc, char **argv, const std::function<QString()> &versionDetails)
{
    // A QGuiApplication on the offscreen platform gives QPainter fonts (synthetic videos) without
    // needing a display; a QApplication (when built with the GUI) also lets QCustomPlot render the
    // evaluation plots headless. Everything else only needs QCoreApplication.
    ensureRuntimeDir();
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                 : qgetenv("QT_QPA_PLATFORM"));
#ifdef ETHOSCRIBE_WITH_PLOTS
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    // The same names as the GUI, so both share settings and the frame-index cache.
    QCoreApplication::setApplicationName(QStringLiteral("Ethoscribe"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ethoscribe"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    Translations::install();

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help")
        || args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("help")) {
        printCommandList();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out() << "ethoscribe-cli " << BuildInfo::version() << '\n' << BuildInfo::libraryVersions();
        if (versionDetails)
            out() << '\n' << versionDetails();
        out() << Qt::endl;
        return ExitOk;
    }
    // Commands are one word ("synth") or two ("project create"); the longer name wins.
    for (int words : {2, 1}) {
        if (args.size() < 1 + words)
            continue;
        const QString name = args.mid(1, words).join(QLatin1Char(' '));
        for (const auto &c : commands()) {
            if (c.name == name) {
                QStringList sub = args.mid(1 + words);
                sub.prepend(QStringLiteral("ethoscribe-cli ") + name);
                return c.run(sub);
            }
        }
    }
    QStringList group;
    for (const auto &c : commands())
        if (c.name.startsWith(args.at(1) + QLatin1Char(' ')))
            group << c.name;
    if (!group.isEmpty()) {
        group.sort();
        err() << "ethoscribe-cli: "
              << QCoreApplication::translate("CliCommand", "'%1' needs a sub-command: %2")
                         .arg(args.at(1), group.join(QStringLiteral(", ")))
              << Qt::endl;
        return ExitUsage;
    }
    err() << "ethoscribe-cli: "
          << QCoreApplication::translate(
                     "CliCommand",
                     "'%1' is not a command. Run 'ethoscribe-cli --help' to see the commands.")
                     .arg(args.at(1))
          << Qt::endl;
    return ExitUsage;
}

} // namespace ethoscribe::cli
