// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli project ...: create a project, add videos, import and export labels, import a
// folder of behavior clips, relocate moved videos, show statistics. Parsing and wiring only: the
// work is done by core/project, core/io and core/stats.
#include "CliCommand.h"

#include "behaviors/BehaviorSet.h"
#include "export/AnnotatedVideoExport.h"
#include "io/LabelExport.h"
#include "io/LabelImport.h"
#include "project/ClipDatasetImporter.h"
#include "project/Document.h"
#include "project/ProjectSetup.h"
#include "project/VideoProbe.h"
#include "stats/AgreementStatistics.h"
#include "stats/TrackStatistics.h"
#ifdef ETHOSCRIBE_WITH_PLOTS
#include "plots/StatisticsPlots.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectCommands", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

bool openDocument(Document &doc, const QString &path, bool writable, int *exitCode)
{
    if (!doc.open(path,
                  writable ? ProjectDatabase::OpenMode::ReadWrite
                           : ProjectDatabase::OpenMode::ReadOnly)) {
        *exitCode = fail(doc.errorString());
        return false;
    }
    if (writable && doc.isReadOnly()) {
        *exitCode = fail(tr("Cannot change the project %1: %2.")
                                 .arg(native(doc.path()), doc.readOnlyReason()));
        return false;
    }
    return true;
}

const VideoRecord *resolveVideo(const Document &doc, const QString &name, int *exitCode)
{
    if (const VideoRecord *v = doc.findVideo(name))
        return v;
    QStringList names;
    for (const VideoRecord &v : doc.videos())
        names << v.path;
    *exitCode = fail(names.isEmpty() ? tr("The project has no videos; add %1 first with "
                                          "'ethoscribe-cli project add-video'.")
                                               .arg(name)
                                     : tr("The project has no video %1 (or several videos have "
                                          "that name). Its videos: %2.")
                                               .arg(name, names.join(QStringLiteral(", "))));
    return nullptr;
}

QString trackLabel(const TrackRecord &t)
{
    if (t.kind == TrackKind::Manual)
        return t.name;
    QString label = trackKindName(t.kind);
    if (!t.model.isEmpty())
        label += QLatin1Char(':') + t.model;
    if (!t.stream.isEmpty())
        label += QLatin1Char(':') + t.stream;
    return label;
}

// The track of a video named by --track: a manual track's annotator, a model name, "model:stream",
// "prediction:model:stream" or "fused". Empty name: the first manual track, else the first track.
const TrackRecord *resolveTrack(const Document &doc, VideoId video, const QString &name)
{
    const QVector<TrackRecord> tracks = doc.tracks(video);
    for (const TrackRecord &t : tracks) {
        if (name.isEmpty() && t.kind == TrackKind::Manual)
            return doc.track(t.id);
        if (!name.isEmpty()
            && (trackLabel(t) == name || (t.kind == TrackKind::Manual && t.name == name)
                || (t.kind != TrackKind::Manual
                    && (t.model == name || t.model + QLatin1Char(':') + t.stream == name
                        || (name == trackKindName(t.kind))))))
            return doc.track(t.id);
    }
    if (name.isEmpty() && !tracks.isEmpty())
        return doc.track(tracks.first().id);
    return nullptr;
}

QJsonObject videoJson(const VideoRecord &v)
{
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("path"), v.path},
                       {QStringLiteral("frames"), v.frameCount},
                       {QStringLiteral("fps_num"), v.fpsNum},
                       {QStringLiteral("fps_den"), v.fpsDen},
                       {QStringLiteral("width"), v.width},
                       {QStringLiteral("height"), v.height},
                       {QStringLiteral("codec"), v.codec},
                       {QStringLiteral("duration_s"), v.durationSeconds},
                       {QStringLiteral("recording"), v.recording},
                       {QStringLiteral("content_hash"), v.contentHash}};
}

// --- project create ---

int runCreate(const QStringList &args)
{
    const QString command = QStringLiteral("project create");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Create an empty project file (NAME.ethoproj) with the eight behaviors of "
               "Jhuang et al. 2010."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file to create."));
    parser.addOption({QStringLiteral("no-default-behaviors"), tr("Start with no behaviors.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    Document doc;
    QString error;
    if (!ProjectSetup::createProject(doc,
                                     parser.positionalArguments().at(0),
                                     &error,
                                     !parser.isSet(QStringLiteral("no-default-behaviors"))))
        return fail(error);
    out() << tr("Created the project %1.").arg(native(doc.path())) << Qt::endl;
    return ExitOk;
}

// --- project add-video ---

int runAddVideo(const QStringList &args)
{
    const QString command = QStringLiteral("project add-video");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Add videos to a project (reads their length, frame rate and size)."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(
            QStringLiteral("video"), tr("Video files to add."), QStringLiteral("VIDEO..."));
    parser.addOption({QStringLiteral("recording"),
                      tr("Source recording the videos belong to (for clips)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), tr("Print the added videos as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 2, -1, &code))
        return code;
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), true, &code))
        return code;
    QJsonArray added;
    int failures = 0;
    for (const QString &path : parser.positionalArguments().mid(1)) {
        QString error;
        std::optional<VideoRecord> video = VideoProbe::probe(path, &error);
        if (!video) {
            fail(error);
            ++failures;
            continue;
        }
        bool duplicate = false;
        for (const VideoRecord &v : doc.videos())
            duplicate = duplicate || v.contentHash == video->contentHash;
        if (duplicate) {
            fail(tr("%1 is already in the project (same content); not added again.")
                         .arg(native(path)));
            ++failures;
            continue;
        }
        video->recording = parser.value(QStringLiteral("recording"));
        const std::optional<VideoId> id = doc.addVideo(*video);
        if (!id)
            return fail(doc.errorString());
        const VideoRecord *stored = doc.video(*id);
        added.append(videoJson(*stored));
        if (!parser.isSet(QStringLiteral("json")))
            out() << tr("Added %1: %2 frames at %3 fps, %4x%5, %6.")
                             .arg(stored->path)
                             .arg(stored->frameCount)
                             .arg(double(stored->fpsNum) / stored->fpsDen, 0, 'g', 6)
                             .arg(stored->width)
                             .arg(stored->height)
                             .arg(stored->codec)
                  << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(added);
    return failures ? ExitFailure : ExitOk;
}

// --- project import-labels ---

bool parseFormat(const QString &text, LabelFileFormat *format)
{
    const QString t = text.toLower();
    if (t == QLatin1String("auto"))
        *format = LabelFileFormat::Auto;
    else if (t == QLatin1String("ethoscribe") || t == QLatin1String("ethogram"))
        *format = LabelFileFormat::EthogramCsv;
    else if (t == QLatin1String("bouts"))
        *format = LabelFileFormat::BoutsCsv;
    else if (t == QLatin1String("boris"))
        *format = LabelFileFormat::BorisTabular;
    else if (t == QLatin1String("deepethogram"))
        *format = LabelFileFormat::DeepEthogram;
    else
        return false;
    return true;
}

int runImportLabels(const QStringList &args)
{
    const QString command = QStringLiteral("project import-labels");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a label file into the manual track of one "
                                        "annotator of one video (replacing its labels; "
                                        "one undo step in the application)."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The label file (CSV)."));
    parser.addOption({QStringLiteral("video"),
                      tr("The video the labels are for (as added, or its file name)."),
                      QStringLiteral("video")});
    parser.addOption({QStringLiteral("format"),
                      tr("auto (default), ethoscribe, bouts, boris or deepethogram."),
                      QStringLiteral("format"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("annotator"),
                      tr("Name of the manual track (default: imported)."),
                      QStringLiteral("name"),
                      QStringLiteral("imported")});
    parser.addOption(
            {QStringLiteral("map"),
             tr("Map a behavior name of the file to one of the project (from=to; from= skips it). "
                "Repeatable."),
             QStringLiteral("from=to")});
    parser.addOption(
            {QStringLiteral("add-unknown"), tr("Add behaviors the project does not have.")});
    parser.addOption({QStringLiteral("media"),
                      tr("BORIS: the media file whose events to import."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("subject"),
                      tr("BORIS: the subject whose events to import."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), tr("Print the outcome as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 2, -1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("video")))
        return usageError(command, tr("--video is required"));
    LabelFileFormat format;
    if (!parseFormat(parser.value(QStringLiteral("format")), &format))
        return usageError(command,
                          tr("unknown format '%1'").arg(parser.value(QStringLiteral("format"))));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), true, &code))
        return code;
    const VideoRecord *video = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
    if (!video)
        return code;
    const QString file = parser.positionalArguments().at(1);

    LabelImportOptions options;
    options.frameCount = video->frameCount;
    options.fpsNumerator = video->fpsNum;
    options.fpsDenominator = video->fpsDen;
    options.mediaFile = parser.value(QStringLiteral("media"));
    options.subject = parser.value(QStringLiteral("subject"));
    for (const QString &m : parser.values(QStringLiteral("map"))) {
        const int eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(command, tr("--map needs from=to, got '%1'").arg(m));
        const QString to = m.mid(eq + 1).trimmed();
        BehaviorId id = kUnlabeled;
        if (!to.isEmpty()) {
            const Behavior *b = doc.behaviors().byName(to);
            if (!b)
                return fail(
                        tr("--map %1: the project has no behavior '%2'. Its behaviors: %3.")
                                .arg(m, to, doc.behaviors().names().join(QStringLiteral(", "))));
            id = b->id;
        }
        options.nameMapping.insert(m.left(eq).trimmed(), id);
    }
    LabelImportResult result = LabelImport::importFile(file, format, doc.behaviors(), options);
    if (!result.ok)
        return fail(result.error);
    QVector<Behavior> newBehaviors;
    if (!result.unknownNames.isEmpty()) {
        if (!parser.isSet(QStringLiteral("add-unknown"))) {
            QStringList names;
            for (auto it = result.unknownNames.cbegin(); it != result.unknownNames.cend(); ++it)
                names << tr("'%1' (first on line %2)")
                                 .arg(it.key())
                                 .arg(result.unknownNameLines.value(it.key()));
            return fail(tr("%1 names behaviors the project does not have: %2. Map them to project "
                           "behaviors "
                           "with --map NAME=BEHAVIOR (project behaviors: %3), skip them with --map "
                           "NAME=, or add "
                           "them with --add-unknown. Nothing was imported.")
                                .arg(native(file),
                                     names.join(QStringLiteral(", ")),
                                     doc.behaviors().names().join(QStringLiteral(", "))));
        }
        BehaviorSet extended = doc.behaviors();
        for (auto it = result.unknownNames.cbegin(); it != result.unknownNames.cend(); ++it) {
            QString why;
            const BehaviorId id = extended.add(it.key(), QColor(), 0, &why);
            if (id == kUnlabeled)
                return fail(tr("Cannot add the behavior '%1': %2").arg(it.key(), why));
            newBehaviors << *extended.byId(id);
            options.nameMapping.insert(it.key(), id);
        }
        result = LabelImport::importFile(file, format, extended, options);
        if (!result.ok)
            return fail(result.error);
    }
    for (const QString &w : std::as_const(result.warnings))
        err() << tr("warning: ") << w << Qt::endl;
    const QString annotator = parser.value(QStringLiteral("annotator"));
    if (!doc.importLabels(video->id, annotator, result.track, newBehaviors))
        return fail(doc.errorString());
    const TrackRecord *track = doc.manualTrack(video->id, annotator);
    const LabelTrack *labels = doc.labels(track->id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray added;
        for (const Behavior &b : std::as_const(newBehaviors))
            added.append(b.name);
        printJson(QJsonObject{
                {QStringLiteral("video"), video->path},
                {QStringLiteral("track"), annotator},
                {QStringLiteral("track_id"), track->id},
                {QStringLiteral("format"), LabelImport::formatName(result.format)},
                {QStringLiteral("bouts"), labels->boutCount()},
                {QStringLiteral("labeled_frames"), labels->labeledFrames()},
                {QStringLiteral("added_behaviors"), added},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}});
    } else {
        out() << tr("Imported %1 bouts (%2 labeled frames of %3) from %4 (%5) into the track '%6' "
                    "of %7.")
                         .arg(labels->boutCount())
                         .arg(labels->labeledFrames())
                         .arg(labels->frameCount())
                         .arg(native(file),
                              LabelImport::formatName(result.format),
                              annotator,
                              video->path)
              << Qt::endl;
    }
    return ExitOk;
}

// --- project export ---

int runExport(const QStringList &args)
{
    const QString command = QStringLiteral("project export");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export labels as CSV: OUT/<video name>.csv (one row per "
                                        "frame) and OUT/<video name>_bouts.csv."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({QStringLiteral("out"),
                      tr("Folder to write to (created if needed)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("video"), tr("Only this video."), QStringLiteral("video")});
    parser.addOption(
            {QStringLiteral("track"),
             tr("Track to export: an annotator, a model, model:stream or fused (default: the first "
                "manual track)."),
             QStringLiteral("name")});
    parser.addOption(
            {QStringLiteral("probabilities"), tr("Add one probability column per behavior.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(command, tr("--out is required"));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir))
        return fail(tr("Cannot create the folder %1.").arg(native(outDir)));
    QVector<VideoRecord> videos;
    if (parser.isSet(QStringLiteral("video"))) {
        const VideoRecord *v = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
        if (!v)
            return code;
        videos << *v;
    } else {
        videos = doc.videos();
    }
    const QString trackName = parser.value(QStringLiteral("track"));
    int written = 0;
    for (const VideoRecord &video : std::as_const(videos)) {
        const TrackRecord *track = resolveTrack(doc, video.id, trackName);
        if (!track) {
            if (parser.isSet(QStringLiteral("video")) || !trackName.isEmpty())
                err() << tr("warning: %1 has no track %2; skipped.")
                                 .arg(video.path,
                                      trackName.isEmpty() ? tr("with labels") : trackName)
                      << Qt::endl;
            continue;
        }
        CsvExportOptions options;
        options.fpsNumerator = video.fpsNum;
        options.fpsDenominator = video.fpsDen;
        if (parser.isSet(QStringLiteral("probabilities"))) {
            if (track->kind != TrackKind::Manual) {
                options.probabilities = doc.predictions(track->id);
            } else {
                // The fused track if any, else the first prediction track of the video.
                for (const TrackRecord &t : doc.tracks(video.id))
                    if (t.kind == TrackKind::Fused
                        || (!options.probabilities && t.kind == TrackKind::Prediction))
                        if (const PredictionTrack *p = doc.predictions(t.id))
                            options.probabilities = p;
            }
            if (!options.probabilities)
                err() << tr("warning: %1 has no predictions; exported without probabilities.")
                                 .arg(video.path)
                      << Qt::endl;
            else
                for (const QString &name :
                     LabelExport::unmatchedClasses(doc.behaviors(), *options.probabilities))
                    err() << tr("note: %1: the models' class \"%2\" has no behavior of that "
                                "name (renamed?); its probabilities are in the column p_%2, "
                                "after the behaviors' columns.")
                                     .arg(video.path, name)
                          << Qt::endl;
        }
        const LabelTrack *labels = doc.labels(track->id);
        const QString base = LabelExport::safeBaseName(QFileInfo(video.path).fileName());
        const QString framesPath = QDir(outDir).filePath(base + QStringLiteral(".csv"));
        const QString boutsPath = QDir(outDir).filePath(base + QStringLiteral("_bouts.csv"));
        QString error;
        if (!LabelExport::writeFile(
                    framesPath, LabelExport::ethogramCsv(*labels, doc.behaviors(), options), &error)
            || !LabelExport::writeFile(
                    boutsPath, LabelExport::boutsCsv(*labels, doc.behaviors(), options), &error))
            return fail(error);
        out() << tr("Wrote %1 and %2 (track '%3').")
                         .arg(native(framesPath), native(boutsPath), trackLabel(*track))
              << Qt::endl;
        ++written;
    }
    if (written == 0)
        return fail(tr("Nothing to export: no video of the project has a matching label track."));
    return ExitOk;
}

// --- project import-clips ---

int runImportClips(const QStringList &args)
{
    const QString command = QStringLiteral("project import-clips");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
            "Make a project of a folder of behavior clips: files named "
            "<recording>_<behavior>_<n>.<ext>, or one "
            "sub-folder per behavior. Each clip becomes a video fully labeled with its behavior."));
    parser.addPositionalArgument(QStringLiteral("folder"), tr("The folder of clips."));
    parser.addOption({QStringLiteral("out"),
                      tr("The project file (created when it does not exist)."),
                      QStringLiteral("project")});
    parser.addOption({QStringLiteral("map"),
                      tr("Map a clip behavior name to a project behavior (from=to)."),
                      QStringLiteral("from=to")});
    parser.addOption(
            {QStringLiteral("add-unknown"), tr("Add behaviors the project does not have.")});
    parser.addOption({QStringLiteral("annotator"),
                      tr("Name of the label track (default: clips)."),
                      QStringLiteral("name"),
                      QStringLiteral("clips")});
    parser.addOption({QStringLiteral("json"), tr("Print the outcome as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(command, tr("--out is required"));
    const QString projectPath = parser.value(QStringLiteral("out"));
    const bool existed = QFileInfo::exists(projectPath);
    {
        Document doc;
        if (existed) {
            if (!openDocument(doc, projectPath, true, &code))
                return code;
        } else {
            QString error;
            if (!ProjectSetup::createProject(doc, projectPath, &error))
                return fail(error);
        }
    }
    ProjectDatabase db;
    if (!db.open(projectPath))
        return fail(db.errorString());
    if (db.isReadOnly())
        return fail(tr("Cannot change the project %1: %2.")
                            .arg(native(projectPath), db.readOnlyReason()));
    ClipDatasetImporter::Options options;
    options.annotator = parser.value(QStringLiteral("annotator"));
    options.addUnknownBehaviors = parser.isSet(QStringLiteral("add-unknown"));
    for (const QString &m : parser.values(QStringLiteral("map"))) {
        const int eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(command, tr("--map needs from=to, got '%1'").arg(m));
        options.nameMapping.insert(m.left(eq).trimmed(), m.mid(eq + 1).trimmed());
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QString error;
    const std::optional<ClipDatasetImporter::Result> result = ClipDatasetImporter::importInto(
            db,
            parser.positionalArguments().at(0),
            options,
            [json](int done, int total) {
                if (!json && total > 0 && (done % 50 == 0 || done == total))
                    err() << tr("Reading clips: %1 / %2").arg(done).arg(total) << Qt::endl;
            },
            nullptr,
            &error);
    if (!result) {
        db.close();
        if (!existed)
            QFile::remove(projectPath);
        return fail(error);
    }
    QSet<QString> recordings;
    for (VideoId id : result->videos)
        recordings.insert(db.video(id)->recording);
    if (json) {
        QJsonObject unknown;
        for (auto it = result->unknownNames.cbegin(); it != result->unknownNames.cend(); ++it)
            unknown.insert(it.key(), it.value());
        printJson(QJsonObject{
                {QStringLiteral("project"), QFileInfo(projectPath).absoluteFilePath()},
                {QStringLiteral("imported"), result->imported},
                {QStringLiteral("recordings"), recordings.size()},
                {QStringLiteral("unknown_behaviors"), unknown},
                {QStringLiteral("added_behaviors"),
                 QJsonArray::fromStringList(result->addedBehaviors)},
                {QStringLiteral("skipped"), QJsonArray::fromStringList(result->skipped)}});
    } else {
        out() << tr("Imported %1 clips from %2 recordings into %3.")
                         .arg(result->imported)
                         .arg(recordings.size())
                         .arg(native(projectPath))
              << Qt::endl;
        for (auto it = result->unknownNames.cbegin(); it != result->unknownNames.cend(); ++it)
            err() << tr("warning: %1 clips of the unknown behavior '%2' were skipped (use --map "
                        "%2=BEHAVIOR or "
                        "--add-unknown).")
                             .arg(it.value())
                             .arg(it.key())
                  << Qt::endl;
        for (const QString &s : result->skipped)
            err() << tr("warning: skipped %1").arg(s) << Qt::endl;
    }
    return result->imported > 0 ? ExitOk : fail(tr("No clip was imported."));
}

// --- project relocate ---

int runRelocate(const QStringList &args)
{
    const QString command = QStringLiteral("project relocate");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find videos that were moved or renamed in FOLDER (and its "
                                        "sub-folders) by their content."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("folder"), tr("Where to look."));
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 2, -1, &code))
        return code;
    ProjectDatabase db;
    if (!db.open(parser.positionalArguments().at(0)))
        return fail(db.errorString());
    if (db.isReadOnly())
        return fail(tr("Cannot change the project %1: %2.")
                            .arg(native(db.path()), db.readOnlyReason()));
    const int missing = db.missingVideos().size();
    const auto found = db.relocateVideos(parser.positionalArguments().at(1));
    if (!found)
        return fail(db.errorString());
    for (const ProjectDatabase::Relocation &r : *found)
        out() << tr("Found %1 at %2.").arg(r.oldPath, native(r.newPath)) << Qt::endl;
    const int still = db.missingVideos().size();
    out() << tr("%1 of %2 missing videos found.").arg(found->size()).arg(missing) << Qt::endl;
    return still == 0 ? ExitOk : fail(tr("%1 videos are still missing.").arg(still));
}

// --- project stats ---

int runStats(const QStringList &args)
{
    const QString command = QStringLiteral("project stats");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Time budget, bouts and transitions per video."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({QStringLiteral("video"), tr("Only this video."), QStringLiteral("video")});
    parser.addOption({QStringLiteral("track"),
                      tr("Track (default: the first manual track)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("bin"),
                      tr("Also give the statistics in time bins of this many seconds (e.g. 300 "
                         "for 5-minute bins after an injection); bouts are cut at bin borders "
                         "and latencies count from each bin's start."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("plots"),
                      tr("Also draw the plots into this folder: the ethogram of the videos one "
                         "above the other, their time budgets, and per video the transition "
                         "matrix (and, with --bin, behavior over time); each as PNG, PDF and SVG "
                         "with its numbers as CSV."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("csv"),
                      tr("Also write the numbers to this CSV file: one row per video, track, "
                         "time bin (or 'all') and behavior."),
                      QStringLiteral("file")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    double binSeconds = 0;
    if (parser.isSet(QStringLiteral("bin"))) {
        bool ok = false;
        binSeconds = parser.value(QStringLiteral("bin")).toDouble(&ok);
        if (!ok || !(binSeconds > 0))
            return usageError(command, tr("--bin must be a number of seconds above 0."));
    }
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    // The CSV (locale-independent: '.' decimals, like every export).
    QByteArray csv = "video,track,bin_start_s,bin_end_s,behavior,frames,seconds,"
                     "percent_of_labeled,bouts,mean_bout_s,latency_s\n";
    auto number = [](double v) { return QByteArray::number(v, 'f', 4); };
    auto csvField = [](const QString &text) {
        QString t = text;
        if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"'))
            || t.contains(QLatin1Char('\n')))
            t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return t.toUtf8();
    };
    auto addCsvRows = [&](const QString &video, const QString &track, const QByteArray &from,
                          const QByteArray &to, const QVector<BehaviorBudget> &budgets) {
        for (const BehaviorBudget &b : budgets)
            csv += csvField(video) + ',' + csvField(track) + ',' + from + ',' + to + ','
                   + csvField(b.name) + ',' + QByteArray::number(b.frames) + ','
                   + number(b.seconds) + ',' + number(b.percentOfLabeled) + ','
                   + QByteArray::number(b.boutCount) + ',' + number(b.meanBoutSeconds) + ','
                   + (b.latencyFrames < 0 ? QByteArray() : number(b.latencySeconds)) + '\n';
    };
    QVector<VideoRecord> videos;
    if (parser.isSet(QStringLiteral("video"))) {
        const VideoRecord *v = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
        if (!v)
            return code;
        videos << *v;
    } else {
        videos = doc.videos();
    }
    if (videos.isEmpty() && !parser.isSet(QStringLiteral("json")))
        out() << tr("The project has no videos.") << Qt::endl;
    QJsonArray all;
#ifdef ETHOSCRIBE_WITH_PLOTS
    QVector<StatisticsPlotInput> plotInputs;
#endif
    for (const VideoRecord &video : std::as_const(videos)) {
        const TrackRecord *track
                = resolveTrack(doc, video.id, parser.value(QStringLiteral("track")));
        if (!track)
            continue;
        const double fps = video.fpsDen > 0 ? double(video.fpsNum) / video.fpsDen : 0.0;
        const LabelTrack &labels = *doc.labels(track->id);
        const TrackStatistics stats = TrackStatistics::compute(labels, doc.behaviors(), fps);
        QVector<TimeBin> bins;
        if (binSeconds > 0) {
            if (!(fps > 0))
                return fail(tr("The frame rate of %1 is unknown, so it cannot be cut into time "
                               "bins.")
                                    .arg(video.path));
            bins = timeBins(labels,
                            doc.behaviors(),
                            fps,
                            std::max<qint64>(1, qRound64(binSeconds * fps)));
        }
#ifdef ETHOSCRIBE_WITH_PLOTS
        if (parser.isSet(QStringLiteral("plots")))
            plotInputs.append({video.path, labels, fps > 0 ? fps : 30.0, stats, bins});
#endif
        addCsvRows(video.path, trackLabel(*track), "all", "all", stats.budgets);
        for (const TimeBin &bin : bins)
            addCsvRows(video.path,
                       trackLabel(*track),
                       number(double(bin.start) / fps),
                       number(double(bin.end) / fps),
                       bin.stats.budgets);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o = stats.toJson();
            o.insert(QStringLiteral("video"), video.path);
            o.insert(QStringLiteral("recording"), video.recordingOrPath());
            o.insert(QStringLiteral("track"), trackLabel(*track));
            if (binSeconds > 0) {
                QJsonArray binList;
                for (const TimeBin &bin : bins)
                    binList.append(bin.toJson());
                o.insert(QStringLiteral("bins"), binList);
            }
            all.append(o);
            continue;
        }
        out() << tr("%1 (track '%2'): %3 of %4 frames labeled")
                         .arg(video.path, trackLabel(*track))
                         .arg(stats.labeledFrames)
                         .arg(stats.frameCount)
              << Qt::endl;
        out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                         .arg(tr("behavior"), -16)
                         .arg(tr("frames"), 9)
                         .arg(tr("seconds"), 10)
                         .arg(tr("% labeled"), 10)
                         .arg(tr("bouts"), 7)
                         .arg(tr("mean bout s"), 12)
                         .arg(tr("first at s"), 11)
              << Qt::endl;
        for (const BehaviorBudget &b : stats.budgets)
            out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                             .arg(b.name, -16)
                             .arg(b.frames, 9)
                             .arg(b.seconds, 10, 'f', 2)
                             .arg(b.percentOfLabeled, 10, 'f', 1)
                             .arg(b.boutCount, 7)
                             .arg(b.meanBoutSeconds, 12, 'f', 2)
                             .arg(b.latencyFrames < 0 ? QStringLiteral("-")
                                                      : QString::number(b.latencySeconds, 'f', 2),
                                  11)
                  << Qt::endl;
        if (!bins.isEmpty()) {
            // Seconds of each behavior per bin: the behavior-over-time table.
            out() << tr("  seconds of each behavior per time bin:") << Qt::endl;
            QString header = QStringLiteral("  %1").arg(tr("bin (s)"), -15);
            for (const BehaviorBudget &b : stats.budgets)
                header += QLatin1Char(' ') + QStringLiteral("%1").arg(b.name.left(10), 10);
            out() << header << Qt::endl;
            for (const TimeBin &bin : bins) {
                QString line = QStringLiteral("  %1")
                                       .arg(QStringLiteral("%1-%2")
                                                    .arg(double(bin.start) / fps, 0, 'f', 0)
                                                    .arg(double(bin.end) / fps, 0, 'f', 0),
                                            -15);
                for (const BehaviorBudget &b : bin.stats.budgets)
                    line += QLatin1Char(' ') + QStringLiteral("%1").arg(b.seconds, 10, 'f', 1);
                out() << line << Qt::endl;
            }
        }
    }
    if (parser.isSet(QStringLiteral("plots"))) {
#ifdef ETHOSCRIBE_WITH_PLOTS
        QString error;
        QStringList written;
        if (!StatisticsPlots::writeAll(parser.value(QStringLiteral("plots")),
                                       plotInputs,
                                       doc.behaviors(),
                                       &error,
                                       &written))
            return fail(error);
        if (!parser.isSet(QStringLiteral("json")))
            out() << tr("Wrote %1 plot files into %2.")
                             .arg(written.size())
                             .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("plots"))))
                  << Qt::endl;
#else
        err() << "ethoscribe-cli: "
              << tr("plots skipped: this ethoscribe-cli was built without the GUI "
                    "(ETHOSCRIBE_BUILD_GUI=OFF).")
              << Qt::endl;
#endif
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QString error;
        if (!LabelExport::writeFile(parser.value(QStringLiteral("csv")), csv, &error))
            return fail(error);
        if (!parser.isSet(QStringLiteral("json")))
            out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(QStringLiteral("csv"))))
                  << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("project"), doc.path()},
                              {QStringLiteral("videos"), all}});
    return ExitOk;
}

// --- project agreement ---

int runAgreement(const QStringList &args)
{
    const QString command = QStringLiteral("project agreement");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("How well two tracks of a video agree (two annotators, or a model against the "
               "manual labels), on the frames labeled in both: accuracy, Cohen's kappa, "
               "precision, recall and F1 per behavior, and the confusion matrix."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({QStringLiteral("video"), tr("The video (name or path)."), tr("video")});
    parser.addOption({QStringLiteral("reference"),
                      tr("The reference track: an annotator, a model, model:stream or fused "
                         "(default: the first manual track)."),
                      tr("name")});
    parser.addOption({QStringLiteral("compare"), tr("The track compared with it."), tr("name")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("video")) || !parser.isSet(QStringLiteral("compare")))
        return usageError(command,
                          tr("Give the video with --video and the track to compare with "
                             "--compare."));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    const VideoRecord *video = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
    if (!video)
        return code;
    const TrackRecord *reference
            = resolveTrack(doc, video->id, parser.value(QStringLiteral("reference")));
    const TrackRecord *compared
            = resolveTrack(doc, video->id, parser.value(QStringLiteral("compare")));
    QStringList names;
    for (const TrackRecord &t : doc.tracks(video->id))
        names << trackLabel(t);
    if (!reference || !compared)
        return fail(tr("The video %1 has no track %2. Its tracks: %3.")
                            .arg(video->path,
                                 !reference ? parser.value(QStringLiteral("reference"))
                                            : parser.value(QStringLiteral("compare")),
                                 names.join(QStringLiteral(", "))));
    const AgreementStatistics a = AgreementStatistics::compute(
            *doc.labels(reference->id), *doc.labels(compared->id), doc.behaviors());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = a.toJson();
        o.insert(QStringLiteral("video"), video->path);
        o.insert(QStringLiteral("reference"), trackLabel(*reference));
        o.insert(QStringLiteral("compared"), trackLabel(*compared));
        printJson(o);
        return ExitOk;
    }
    out() << tr("%1: '%2' against the reference '%3', on %4 frames labeled in both")
                     .arg(video->path, trackLabel(*compared), trackLabel(*reference))
                     .arg(a.comparedFrames)
          << Qt::endl;
    if (a.comparedFrames == 0) {
        out() << tr("No frame is labeled in both tracks: there is nothing to compare.") << Qt::endl;
        return ExitOk;
    }
    out() << tr("accuracy %1%, Cohen's kappa %2, macro F1 %3")
                     .arg(100.0 * a.accuracy, 0, 'f', 1)
                     .arg(a.kappa, 0, 'f', 3)
                     .arg(a.macroF1, 0, 'f', 3)
          << Qt::endl;
    out() << QStringLiteral("  %1 %2 %3 %4 %5")
                     .arg(tr("behavior"), -16)
                     .arg(tr("frames"), 8)
                     .arg(tr("precision"), 10)
                     .arg(tr("recall"), 8)
                     .arg(tr("F1"), 6)
          << Qt::endl;
    for (const BehaviorAgreement &b : a.perBehavior)
        out() << QStringLiteral("  %1 %2 %3 %4 %5")
                         .arg(b.name, -16)
                         .arg(b.support, 8)
                         .arg(b.precision, 10, 'f', 3)
                         .arg(b.recall, 8, 'f', 3)
                         .arg(b.f1, 6, 'f', 3)
              << Qt::endl;
    out() << tr("  confusion matrix (frames; rows: reference, columns: compared):") << Qt::endl;
    QString header = QStringLiteral("  %1").arg(QString(), -16);
    for (BehaviorId id : a.behaviors)
        header += QStringLiteral(" %1").arg(statisticsBehaviorName(doc.behaviors(), id).left(8), 8);
    out() << header << Qt::endl;
    for (int r = 0; r < a.behaviors.size(); ++r) {
        QString line = QStringLiteral("  %1").arg(
                statisticsBehaviorName(doc.behaviors(), a.behaviors[r]).left(16), -16);
        for (qint64 c : a.confusion[r])
            line += QStringLiteral(" %1").arg(c, 8);
        out() << line << Qt::endl;
    }
    return ExitOk;
}

// --- export-video ---

std::atomic_bool g_stopExport{false};

extern "C" void stopExport(int)
{
    g_stopExport.store(true);
}

int runExportVideo(const QStringList &args)
{
    const QString command = QStringLiteral("export-video");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Writes a video of a project with the behavior of each frame written in its "
               "colour at the top left and a moving ethogram strip along the bottom (H.264), for "
               "talks and papers. Ctrl+C stops it and leaves no file."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({QStringLiteral("video"), tr("The video (name or path)."), tr("video")});
    parser.addOption({QStringLiteral("track"),
                      tr("Track to show: an annotator, a model, model:stream or fused (default: "
                         "the first manual track)."),
                      tr("name")});
    parser.addOption({QStringLiteral("out"), tr("The video file to write (.mp4)."), tr("file")});
    parser.addOption({QStringLiteral("from"), tr("Start at this time (seconds)."), tr("s")});
    parser.addOption({QStringLiteral("to"), tr("End at this time (seconds)."), tr("s")});
    parser.addOption({QStringLiteral("strip"),
                      tr("Seconds shown by the ethogram strip (default 20)."),
                      tr("s"),
                      QStringLiteral("20")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("video")) || !parser.isSet(QStringLiteral("out")))
        return usageError(command, tr("Give the video with --video and the file with --out."));
    auto seconds = [&](const char *name, double *value) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return true;
        bool ok = false;
        *value = parser.value(QString::fromLatin1(name)).toDouble(&ok);
        return ok && *value >= 0;
    };
    double from = 0, to = -1, strip = 20;
    if (!seconds("from", &from) || !seconds("to", &to) || !seconds("strip", &strip) || strip <= 0
        || (to >= 0 && to <= from))
        return usageError(command,
                          tr("--from, --to and --strip must be seconds (--to after --from)."));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    const VideoRecord *video = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
    if (!video)
        return code;
    const TrackRecord *track = resolveTrack(doc, video->id, parser.value(QStringLiteral("track")));
    if (!track)
        return fail(tr("The video %1 has no track %2.")
                            .arg(video->path, parser.value(QStringLiteral("track"))));
    const double fps
            = video->fpsDen > 0 && video->fpsNum > 0 ? double(video->fpsNum) / video->fpsDen : 30.0;
    AnnotatedVideoOptions options;
    options.first = qRound64(from * fps);
    options.end = to < 0 ? -1 : qRound64(to * fps);
    options.stripSeconds = strip;
    const QString outPath = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    g_stopExport.store(false);
    std::signal(SIGINT, stopExport);
    std::signal(SIGTERM, stopExport);
    int lastPercent = -1;
    QString error;
    const bool ok = AnnotatedVideoExport::write(
            doc.database().absoluteVideoPath(*video),
            *doc.labels(track->id),
            doc.behaviors(),
            outPath,
            options,
            [&](qint64 done, qint64 total) {
                const int percent = int(done * 100 / std::max<qint64>(1, total));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    err() << tr("export-video: %1 of %2 frames (%3%)")
                                     .arg(done)
                                     .arg(total)
                                     .arg(percent)
                          << Qt::endl;
                }
            },
            &g_stopExport,
            &error);
    if (!ok)
        return fail(error);
    out() << tr("Wrote %1 (track '%2').").arg(QDir::toNativeSeparators(outPath), trackLabel(*track))
          << Qt::endl;
    return ExitOk;
}

const CliCommandRegistration agreementReg{
        "project agreement",
        "How well two tracks agree: accuracy, Cohen's kappa, per-behavior F1, confusion",
        &runAgreement};
const CliCommandRegistration exportVideoReg{
        "export-video",
        "Write a video with each frame's behavior and an ethogram strip drawn on it",
        &runExportVideo};
const CliCommandRegistration createReg{"project create", "Create a project file", &runCreate};
const CliCommandRegistration addVideoReg{
        "project add-video", "Add videos to a project", &runAddVideo};
const CliCommandRegistration importLabelsReg{"project import-labels",
                                             "Import a label file (CSV, BORIS, DeepEthogram)",
                                             &runImportLabels};
const CliCommandRegistration exportReg{
        "project export", "Export labels as per-frame and bout CSV files", &runExport};
const CliCommandRegistration importClipsReg{
        "project import-clips", "Make a project of a folder of behavior clips", &runImportClips};
const CliCommandRegistration relocateReg{
        "project relocate", "Find moved or renamed videos by their content", &runRelocate};
const CliCommandRegistration statsReg{
        "project stats", "Time budgets and bout statistics", &runStats};

} // namespace
