// SPDX-License-Identifier: GPL-3.0-or-later
// The Ethoscribe window: parses the command line, loads the translation for the chosen language
// and opens the main window. Everything else lives in ethoscribe_ui.
#include "analysis/InferenceEngine.h"
#include "common/BuildInfo.h"
#include "common/RuntimeDir.h"
#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "nets/CpuMemoryPool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace ethoscribe;

int main(int argc, char *argv[])
{
    // --help and --version answer on the terminal, also where there is no display.
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        textOnly = textOnly || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v";
    }
    ensureRuntimeDir();
    // Before any thread uses torch: freed activations serve the next pass (CpuMemoryPool.h).
    nets::CpuMemoryPool::install();
    std::unique_ptr<QCoreApplication> app(textOnly ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QApplication::setApplicationName(QStringLiteral("Ethoscribe"));
    QApplication::setOrganizationName(QStringLiteral("Ethoscribe"));
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("org.ethoscribe.Ethoscribe"));

    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main",
            "Ethoscribe: per-frame behavior labels (ethograms) from home-cage mouse videos."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
            QStringList{QStringLiteral("v"), QStringLiteral("version")},
            QApplication::translate("main", "Show the version and library versions."));
    parser.addOption(versionOption);
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            QApplication::translate(
                    "main",
                    "Open the demo project in <folder>; synthetic cage videos are generated "
                    "there first if it has none."),
            QApplication::translate("main", "folder"));
    parser.addOption(demoOption);
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QApplication::translate(
                    "main",
                    "Save a picture of the window to <file> after <ms> and quit (for "
                    "documentation and checks)."),
            QApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    const QCommandLineOption delayOption(
            QStringLiteral("screenshot-delay"),
            QApplication::translate("main", "Delay before the screenshot (default 4000)."),
            QApplication::translate("main", "ms"),
            QStringLiteral("4000"));
    parser.addOption(delayOption);
    parser.addPositionalArgument(
            QStringLiteral("files"),
            QApplication::translate("main", "A project (.ethoproj) or videos to open."),
            QStringLiteral("[files...]"));
    parser.process(*app);

    if (parser.isSet(versionOption)) {
        std::printf("Ethoscribe %s\n%s\n",
                    qPrintable(BuildInfo::version()),
                    qPrintable(BuildInfo::libraryVersions()));
        return 0;
    }

    // The networks run in this process, on the engine's own worker thread.
    InferenceEngine engine;
    MainWindow window;
    window.setAnalysisService(&engine);
    window.show();
    if (parser.isSet(demoOption)) {
        const QString folder = QDir(parser.value(demoOption)).absolutePath();
        QTimer::singleShot(0, &window, [&window, folder] { window.openDemo(folder); });
    } else if (!parser.positionalArguments().isEmpty()) {
        const QStringList files = parser.positionalArguments();
        QTimer::singleShot(0, &window, [&window, files] { window.openPaths(files); });
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // After the delay, and once videos being added have been read (at most 60 s more), so that
        // the picture shows the result and scripts and tests see a finished window.
        auto *shot = new QTimer(&window);
        shot->setInterval(100);
        const qint64 giveUp = QDateTime::currentMSecsSinceEpoch()
                              + parser.value(delayOption).toLongLong() + 60000;
        QObject::connect(shot, &QTimer::timeout, &window, [&window, file, shot, giveUp] {
            if (window.isBusy() && QDateTime::currentMSecsSinceEpoch() < giveUp)
                return;
            shot->stop();
            if (!window.grab().save(file))
                std::fprintf(stderr,
                             "ethoscribe: could not save the screenshot to %s\n",
                             qPrintable(file));
            // Quit without asking, also while analyses run (nobody is there to answer; what
            // they finished is kept, as when the question is answered with Yes).
            window.setInteractive(false);
            QApplication::quit();
        });
        QTimer::singleShot(parser.value(delayOption).toInt(), shot, [shot] { shot->start(); });
    }
    const int status = QApplication::exec();
    // The window's background work (QtConcurrent on the global thread pool, such as reading the
    // chosen models' descriptions from the engine) may still use the engine and the window: let
    // it finish while both exist. QApplication's destructor waits for the pool too, but only
    // after they are gone (a quit right after the demo started crashed there).
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
