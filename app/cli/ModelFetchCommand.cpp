// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli model fetch NAME`: downloads a published checkpoint of the catalog (resuming an
// interrupted download, checking its SHA-256) and imports it like `model import`. Parsing and
// printing only; the work is Download's, PretrainedCatalog's and ModelImporter's.
#include "CliCommand.h"
#include "ModelImportCommand.h"

#include "checkpoint/CheckpointFile.h"
#include "net/Download.h"
#include "net/Sha256.h"
#include "weights/PretrainedCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelFetchCommand)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

void printCatalog(const PretrainedCatalog &catalog, const QString &origin)
{
    out() << Tr::tr("Models that 'ethoscribe-cli model fetch NAME' can download (catalog: %1):")
                     .arg(origin)
          << "\n";
    for (const PretrainedCatalog::Entry &e : catalog.entries()) {
        out() << "\n"
              << e.name << "  " << QString::fromStdString(nets::toString(e.architecture)) << ' '
              << QString::fromStdString(nets::toString(e.stream)) << ", "
              << Tr::tr("%1 classes").arg(e.classes);
        if (e.architecture == nets::Architecture::R2Plus1D)
            out() << ", " << Tr::tr("depth %1").arg(e.depth);
        if (e.widthMultiplier != 1.0)
            out() << ", " << Tr::tr("width %1").arg(e.widthMultiplier);
        if (e.approximateSize > 0)
            out() << ", ~" << size(e.approximateSize);
        out() << "\n";
        if (!e.description.isEmpty())
            out() << "    " << e.description << "\n";
        out() << "    " << e.url.toDisplayString() << "\n";
        if (e.sha256.isEmpty())
            out() << "    " << Tr::tr("SHA-256: none known. %1").arg(e.sha256Note) << "\n";
        else
            out() << "    " << Tr::tr("SHA-256: %1").arg(e.sha256)
                  << (e.sha256Note.isEmpty() ? QString()
                                             : QStringLiteral(" (%1)").arg(e.sha256Note))
                  << "\n";
        if (!e.source.isEmpty())
            out() << "    " << Tr::tr("Source: %1").arg(e.source) << "\n";
    }
    out().flush();
}

// Progress on stderr: one line rewritten in place on a terminal, a line per tenth otherwise,
// or JSON lines ({"event":"progress","bytes":..,"total":..}) for programs.
class ProgressPrinter
{
public:
    ProgressPrinter(const QString &label, bool json)
        : m_label(label)
        , m_json(json)
        , m_terminal(isatty(fileno(stderr)) != 0)
    {
        m_clock.start();
    }

    void update(qint64 bytes, qint64 total, bool last = false)
    {
        if (m_json) {
            if (!last && m_clock.isValid() && m_clock.elapsed() < 100 && bytes != total)
                return;
            m_clock.restart();
            event(QJsonObject{{QStringLiteral("event"), QStringLiteral("progress")},
                              {QStringLiteral("bytes"), bytes},
                              {QStringLiteral("total"), total}});
            return;
        }
        if (m_terminal) {
            if (!last && m_clock.elapsed() < 200)
                return;
            m_clock.restart();
            err() << '\r' << line(bytes, total) << "\x1b[K";
            if (last)
                err() << '\n';
            err().flush();
            return;
        }
        const int tenth = total > 0 ? int(bytes * 10 / total) : -1;
        if (!last && (tenth < 0 || tenth == m_lastTenth))
            return;
        m_lastTenth = tenth;
        err() << line(bytes, total) << Qt::endl;
    }

    static void event(const QJsonObject &o)
    {
        err() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }

private:
    QString line(qint64 bytes, qint64 total) const
    {
        if (total > 0)
            return Tr::tr("Downloading %1: %2 of %3 (%4%)")
                    .arg(m_label, size(bytes), size(total))
                    .arg(int(bytes * 100 / total));
        return Tr::tr("Downloading %1: %2").arg(m_label, size(bytes));
    }

    QString m_label;
    bool m_json;
    bool m_terminal;
    int m_lastTenth = -1;
    QElapsedTimer m_clock;
};

// True when `path` is a model this command made from the same catalog entry for `classes`
// behaviors (with these names, when given), so that nothing needs to be downloaded or imported
// again.
bool alreadyFetched(const QString &path,
                    const PretrainedCatalog::Entry &entry,
                    int classes,
                    const QStringList &behaviors)
{
    if (!QFileInfo::exists(path))
        return false;
    Checkpoint description;
    QString error;
    if (!CheckpointFile::readDescription(path, &description, &error))
        return false;
    const QJsonObject fetch = description.extra.value(QStringLiteral("fetch")).toObject();
    const QString sha = fetch.value(QStringLiteral("sha256")).toString();
    return fetch.value(QStringLiteral("name")).toString() == entry.name
           && fetch.value(QStringLiteral("url")).toString() == entry.url.toString()
           && (entry.sha256.isEmpty() || Sha256::matches(sha, entry.sha256))
           && description.spec.behaviors.size() == classes
           && (behaviors.isEmpty() || description.spec.behaviors == behaviors)
           && description.spec.architecture == entry.architecture
           && description.spec.stream == entry.stream;
}

int runFetch(const QStringList &args)
{
    const QString command = QStringLiteral("model fetch");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Downloads published pretrained weights by name, checks their SHA-256 and "
                   "imports "
                   "them into an Ethoscribe model (as 'model import' does). An interrupted "
                   "download "
                   "is resumed by running the same command again; a download that is complete and "
                   "verified is not fetched again.\n\n"
                   "The list of models is built in; the environment variable %1=/path/catalog.json "
                   "replaces it (same fields as 'model fetch --list --json' prints: name, url, "
                   "sha256, architecture, stream, classes, depth, widthMultiplier, ...).")
                    .arg(QString::fromLatin1(PretrainedCatalog::kEnvironmentVariable)));
    parser.addPositionalArgument(
            QStringLiteral("name"), Tr::tr("Model to fetch (see --list)."), QStringLiteral("NAME"));
    const QCommandLineOption listOption{QStringLiteral("list"),
                                        Tr::tr("List the models that can be fetched, with network, "
                                               "stream, size, address and source.")};
    const QCommandLineOption outOption{
            QStringLiteral("out"),
            Tr::tr("Folder for the download and the model (default: %1).")
                    .arg(QDir::toNativeSeparators(
                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                            + QStringLiteral("/models"))),
            Tr::tr("dir")};
    const QCommandLineOption classesOption{
            QStringLiteral("classes"),
            Tr::tr("Number of behaviors the model predicts (default 8: the paper's drink, eat, "
                   "groom, "
                   "hang, micro-movement, rear, rest, walk). The file's classifier is kept only "
                   "when "
                   "this equals its class count (e.g. 400 for Kinetics)."),
            Tr::tr("N"),
            QStringLiteral("8")};
    const QCommandLineOption behaviorsOption{
            QStringLiteral("behaviors"),
            Tr::tr("Behavior names in output order, comma-separated (sets the number of "
                   "behaviors; default for 8: the paper's names)."),
            Tr::tr("a,b,c")};
    const QCommandLineOption keepOption{
            QStringLiteral("keep-download"),
            Tr::tr("Keep the downloaded weights file after the import (it is deleted otherwise).")};
    const QCommandLineOption jsonOption{
            QStringLiteral("json"),
            Tr::tr("Progress as JSON lines on stderr ({\"event\":\"progress\",\"bytes\":..,"
                   "\"total\":..}, then {\"event\":\"done\",...}); with --list, the catalog as "
                   "JSON.")};
    const QCommandLineOption stallOption{
            QStringLiteral("stall-timeout"),
            Tr::tr("Give up when no data arrived for this many seconds (default 30)."),
            Tr::tr("s"),
            QStringLiteral("30")};
    parser.addOptions({listOption,
                       outOption,
                       classesOption,
                       behaviorsOption,
                       keepOption,
                       jsonOption,
                       stallOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, command, 0, 1, &exitCode))
        return exitCode;
    const bool json = parser.isSet(jsonOption);

    PretrainedCatalog catalog;
    QString origin, error;
    if (!PretrainedCatalog::load(&catalog, &origin, &error))
        return fail(error);
    if (parser.isSet(listOption)) {
        if (json) {
            out() << catalog.toJson();
            out().flush();
        } else {
            printCatalog(catalog, origin);
        }
        return ExitOk;
    }
    if (parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("give the name of a model; --list shows them"));
    const QString name = parser.positionalArguments().constFirst();
    const PretrainedCatalog::Entry *found = catalog.find(name);
    if (!found)
        return usageError(command,
                          Tr::tr("'%1' is not a known model. Known models: %2.")
                                  .arg(name, catalog.names().join(QStringLiteral(", "))));
    const PretrainedCatalog::Entry entry = *found;

    bool ok = false;
    int classes = parser.value(classesOption).toInt(&ok);
    if (!ok || classes < 1)
        return usageError(command, Tr::tr("--classes needs a positive number"));
    QStringList behaviors;
    for (const QString &b :
         parser.value(behaviorsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        behaviors << b.trimmed();
    if (parser.isSet(behaviorsOption)) {
        if (behaviors.isEmpty())
            return usageError(command, Tr::tr("--behaviors needs at least one name"));
        if (parser.isSet(classesOption) && classes != behaviors.size())
            return usageError(command,
                              Tr::tr("--classes %1 does not match the %2 names of --behaviors")
                                      .arg(classes)
                                      .arg(behaviors.size()));
        classes = int(behaviors.size());
    }
    const double stallSeconds = parser.value(stallOption).toDouble(&ok);
    if (!ok || stallSeconds <= 0)
        return usageError(command, Tr::tr("--stall-timeout needs a positive number of seconds"));

    const QString dirPath
            = parser.isSet(outOption)
                      ? parser.value(outOption)
                      : QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                + QStringLiteral("/models");
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dirPath)));
    const QString downloadPath = dir.absoluteFilePath(entry.downloadName());
    QString modelPath = dir.absoluteFilePath(entry.name + QStringLiteral(".")
                                             + QLatin1String(CheckpointFile::kFileSuffix));
    if (modelPath == downloadPath)
        modelPath = dir.absoluteFilePath(entry.name + QStringLiteral(".model.")
                                         + QLatin1String(CheckpointFile::kFileSuffix));
    const QString nativeModel = QDir::toNativeSeparators(modelPath);
    const QString nativeDownload = QDir::toNativeSeparators(downloadPath);

    if (alreadyFetched(modelPath, entry, classes, behaviors)) {
        out() << Tr::tr("%1 is already here: %2").arg(entry.name, nativeModel) << Qt::endl;
        if (json)
            ProgressPrinter::event({{QStringLiteral("event"), QStringLiteral("done")},
                                    {QStringLiteral("model"), modelPath},
                                    {QStringLiteral("downloaded"), false}});
        return ExitOk;
    }

    // A complete download from an earlier run (kept, or its import failed) is used again once
    // its digest checks out.
    QString sha256;
    bool downloaded = false;
    if (QFileInfo::exists(downloadPath)) {
        sha256 = Sha256::ofFile(downloadPath, &error);
        if (sha256.isEmpty())
            return fail(error);
        if (entry.sha256.isEmpty() || Sha256::matches(sha256, entry.sha256)) {
            out() << Tr::tr("Using %1, downloaded before.").arg(nativeDownload) << Qt::endl;
        } else {
            out() << Tr::tr("%1 does not have the expected SHA-256; downloading it again.")
                             .arg(nativeDownload)
                  << Qt::endl;
            if (!QFile::remove(downloadPath))
                return fail(Tr::tr("Cannot delete %1.").arg(nativeDownload));
            sha256.clear();
        }
    }
    if (sha256.isEmpty()) {
        Download download;
        ProgressPrinter progress(entry.name, json);
        QObject::connect(
                &download, &Download::progress, &download, [&progress](qint64 bytes, qint64 total) {
                    progress.update(bytes, total);
                });
        Download::Request request;
        request.url = entry.url;
        request.destination = downloadPath;
        request.expectedSha256 = entry.sha256;
        request.stallTimeoutMs = int(stallSeconds * 1000);
        if (QFileInfo::exists(Download::partPath(downloadPath)) && !json)
            err() << Tr::tr("Resuming the download kept in %1")
                             .arg(QDir::toNativeSeparators(Download::partPath(downloadPath)))
                  << Qt::endl;
        const bool fetched = download.exec(request);
        if (download.bytesReceived() > 0 || fetched)
            progress.update(download.bytesReceived(), download.bytesTotal(), true);
        if (!fetched)
            return fail(download.errorString());
        sha256 = download.sha256();
        downloaded = true;
        out() << Tr::tr("Downloaded %1 (%2) to %3.")
                         .arg(entry.url.toDisplayString(),
                              size(download.bytesTotal()),
                              nativeDownload)
              << Qt::endl;
    }
    if (entry.sha256.isEmpty())
        out() << Tr::tr("SHA-256 %1. No digest is published for this file, so it could not be "
                        "checked: compare it with a copy you trust.")
                         .arg(sha256)
              << Qt::endl;
    else
        out() << Tr::tr("SHA-256 %1 matches the expected %2.")
                         .arg(sha256, Sha256::describeExpectation(entry.sha256))
              << Qt::endl;

    ModelImporter::Request request;
    request.sourcePath = downloadPath;
    request.depth = entry.depth;
    ModelSpec &spec = request.spec;
    spec.architecture = entry.architecture;
    spec.stream = entry.stream;
    spec.behaviors = behaviors.isEmpty() ? defaultBehaviorNames(classes) : behaviors;
    spec.widthMultiplier = entry.widthMultiplier;
    spec.inputSize = nets::cropSize(entry.architecture);
    spec.trainingData = Tr::tr("pretrained: %1 (%2)")
                                .arg(entry.description.isEmpty() ? entry.name : entry.description,
                                     entry.url.toDisplayString());
    const QJsonObject provenance{{QStringLiteral("name"), entry.name},
                                 {QStringLiteral("url"), entry.url.toString()},
                                 {QStringLiteral("sha256"), sha256},
                                 {QStringLiteral("sha256Expected"), entry.sha256},
                                 {QStringLiteral("source"), entry.source}};
    const int imported = importAndSave(request, modelPath, {{QStringLiteral("fetch"), provenance}});
    if (imported != ExitOk)
        return imported;
    if (!parser.isSet(keepOption)) {
        if (!QFile::remove(downloadPath))
            err() << Tr::tr("Could not delete the download %1.").arg(nativeDownload) << Qt::endl;
    }
    out() << Tr::tr("Model: %1").arg(nativeModel) << Qt::endl;
    if (json)
        ProgressPrinter::event({{QStringLiteral("event"), QStringLiteral("done")},
                                {QStringLiteral("model"), modelPath},
                                {QStringLiteral("sha256"), sha256},
                                {QStringLiteral("downloaded"), downloaded}});
    return ExitOk;
}

CliCommandRegistration fetchRegistration{
        "model fetch",
        QT_TRANSLATE_NOOP(
                "CliCommand",
                "Download published pretrained weights by name (--list), verify and import them"),
        &runFetch};

} // namespace
