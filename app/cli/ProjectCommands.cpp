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
#include "project/ProjectFusion.h"
#include "project/ProjectSetup.h"
#include "project/VideoProbe.h"
#include "stats/AgreementStatistics.h"
#include "stats/ProjectStatistics.h"
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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)
};

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
        *exitCode = fail(Tr::tr("Cannot change the project %1: %2.")
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
    *exitCode = fail(names.isEmpty() ? Tr::tr("The project has no videos; add %1 first with "
                                              "'ethoscribe-cli project add-video'.")
                                               .arg(name)
                                     : Tr::tr("The project has no video %1 (or several videos have "
                                              "that name). Its videos: %2.")
                                               .arg(name, names.join(QStringLiteral(", "))));
    return nullptr;
}

QString trackLabel(const TrackRecord &t)
{
    return ProjectStatistics::trackLabel(t);
}

// The track of a video named by --track: a manual track's annotator, a model name, "model:stream"
// or "prediction:model:stream". Empty name: the first manual track, else the first track.
const TrackRecord *resolveTrack(const Document &doc, VideoId video, const QString &name)
{
    return ProjectStatistics::resolveTrack(doc, video, name);
}

// The fusion settings the window saved in the project (its Fusion panel), which "fused" uses.
FusionParameters savedFusion(Document &doc)
{
    return ProjectFusion::savedParameters([&doc](const QString &key) { return doc.setting(key); });
}

// The labels a command works on: a stored track, or the fused prediction.
struct ChosenTrack
{
    QString label; // trackLabel(), or "fused"
    LabelTrack labels;
    const TrackRecord *record = nullptr; // null for the fused prediction
    PredictionTrack fusedProbabilities;  // the fused prediction's, when asked for
};

// The track `name` of a video (resolveTrack), or for "fused" the fused prediction of the video's
// stored streams with the project's saved fusion settings, as the window's timeline shows it.
// nullopt when the video has no such track; then *error says why when the project could not be
// read (and is left empty when the track just does not exist).
std::optional<ChosenTrack> chooseTrack(Document &doc,
                                       const VideoRecord &video,
                                       const QString &name,
                                       bool withProbabilities,
                                       QString *error)
{
    error->clear();
    ChosenTrack chosen;
    if (ProjectStatistics::isFused(name)) {
        const std::optional<ProjectFusion::FusedVideo> fused
                = ProjectFusion::fuse(doc.recordsDatabase(),
                                      video,
                                      doc.behaviors(),
                                      savedFusion(doc),
                                      withProbabilities,
                                      error);
        if (!fused || fused->inputCount == 0)
            return std::nullopt;
        chosen.label = ProjectFusion::trackName();
        chosen.labels = fused->labels;
        chosen.fusedProbabilities = fused->probabilities;
        return chosen;
    }
    chosen.record = resolveTrack(doc, video.id, name);
    const LabelTrack *labels = chosen.record ? doc.labels(chosen.record->id) : nullptr;
    if (!labels)
        return std::nullopt;
    chosen.label = trackLabel(*chosen.record);
    chosen.labels = *labels;
    return chosen;
}

// The names --track accepts for a video, for messages.
QString trackNamesOf(const Document &doc, VideoId video)
{
    return ProjectStatistics::trackNames(doc, {video}).join(QStringLiteral(", "));
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
            Tr::tr("Create an empty project file (NAME.ethoproj) with the eight behaviors of "
                   "Jhuang et al. 2010."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file to create."));
    parser.addOption({QStringLiteral("no-default-behaviors"), Tr::tr("Start with no behaviors.")});
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
    out() << Tr::tr("Created the project %1.").arg(native(doc.path())) << Qt::endl;
    return ExitOk;
}

// --- project add-video ---

int runAddVideo(const QStringList &args)
{
    const QString command = QStringLiteral("project add-video");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Add videos to a project (reads their length, frame rate and size)."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addPositionalArgument(
            QStringLiteral("video"), Tr::tr("Video files to add."), QStringLiteral("VIDEO..."));
    parser.addOption({QStringLiteral("recording"),
                      Tr::tr("Source recording the videos belong to (for clips)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the added videos as JSON.")});
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
            fail(Tr::tr("%1 is already in the project (same content); not added again.")
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
            out() << Tr::tr("Added %1: %2 frames at %3 fps, %4x%5, %6.")
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
    parser.setApplicationDescription(Tr::tr("Import a label file into the manual track of one "
                                            "annotator of one video (replacing its labels; "
                                            "one undo step in the application)."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The label file (CSV)."));
    parser.addOption({QStringLiteral("video"),
                      Tr::tr("The video the labels are for (as added, or its file name)."),
                      QStringLiteral("video")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("auto (default), ethoscribe, bouts, boris or deepethogram."),
                      QStringLiteral("format"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("annotator"),
                      Tr::tr("Name of the manual track (default: imported)."),
                      QStringLiteral("name"),
                      QStringLiteral("imported")});
    parser.addOption({QStringLiteral("map"),
                      Tr::tr("Map a behavior name of the file to one of the project (from=to; "
                             "from= skips it). "
                             "Repeatable."),
                      QStringLiteral("from=to")});
    parser.addOption(
            {QStringLiteral("add-unknown"), Tr::tr("Add behaviors the project does not have.")});
    parser.addOption({QStringLiteral("media"),
                      Tr::tr("BORIS: the media file whose events to import."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("subject"),
                      Tr::tr("BORIS: the subject whose events to import."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the outcome as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 2, -1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("video")))
        return usageError(command, Tr::tr("--video is required"));
    LabelFileFormat format;
    if (!parseFormat(parser.value(QStringLiteral("format")), &format))
        return usageError(
                command, Tr::tr("unknown format '%1'").arg(parser.value(QStringLiteral("format"))));
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
            return usageError(command, Tr::tr("--map needs from=to, got '%1'").arg(m));
        const QString to = m.mid(eq + 1).trimmed();
        BehaviorId id = kUnlabeled;
        if (!to.isEmpty()) {
            const Behavior *b = doc.behaviors().byName(to);
            if (!b)
                return fail(
                        Tr::tr("--map %1: the project has no behavior '%2'. Its behaviors: %3.")
                                .arg(m, to, doc.behaviors().names().join(QStringLiteral(", "))));
            id = b->id;
        }
        options.nameMapping.insert(m.left(eq).trimmed(), id);
    }
    const ResolvedLabelImport resolved
            = LabelImport::importResolving(file,
                                           format,
                                           doc.behaviors(),
                                           options,
                                           {},
                                           parser.isSet(QStringLiteral("add-unknown")));
    const LabelImportResult &result = resolved.result;
    if (!result.ok)
        return fail(result.error);
    const QVector<Behavior> &newBehaviors = resolved.newBehaviors;
    if (!result.unknownNames.isEmpty())
        return fail(Tr::tr("%1 names behaviors the project does not have: %2. Map them to project "
                           "behaviors "
                           "with --map NAME=BEHAVIOR (project behaviors: %3), skip them with --map "
                           "NAME=, or add "
                           "them with --add-unknown. Nothing was imported.")
                            .arg(native(file),
                                 LabelImport::describeUnknownNames(result),
                                 doc.behaviors().names().join(QStringLiteral(", "))));
    for (const QString &w : std::as_const(result.warnings))
        err() << Tr::tr("warning: ") << w << Qt::endl;
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
        out() << Tr::tr("Imported %1 bouts (%2 labeled frames of %3) from %4 (%5) into the track "
                        "'%6' "
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
    parser.setApplicationDescription(
            Tr::tr("Export labels as CSV: OUT/<video name>_ethogram.csv (one row per frame) and "
                   "OUT/<video name>_bouts.csv (one row per bout), as 'analyze' writes them. "
                   "Videos of the same name in different folders get _2, _3, ... after the "
                   "name."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("Folder to write to (created if needed)."),
                      QStringLiteral("dir")});
    parser.addOption(
            {QStringLiteral("video"), Tr::tr("Only this video."), QStringLiteral("video")});
    parser.addOption({QStringLiteral("track"),
                      Tr::tr("Track to export: an annotator, a model, model:stream, or fused (the "
                             "models' fused prediction with the fusion settings saved by the "
                             "window, as its timeline shows it). Default: the first manual "
                             "track."),
                      QStringLiteral("name")});
    parser.addOption(
            {QStringLiteral("probabilities"),
             Tr::tr("Add one probability column per behavior (beside an annotator's labels: the "
                    "fused prediction's).")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(command, Tr::tr("--out is required"));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir))
        return fail(Tr::tr("Cannot create the folder %1.").arg(native(outDir)));
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
    // Over all videos, so that two recordings called alike in different folders get files of
    // their own.
    LabelExport::BaseNames names;
    int exported = 0;
    for (const VideoRecord &video : std::as_const(videos)) {
        QString error;
        const std::optional<ChosenTrack> track = chooseTrack(
                doc, video, trackName, parser.isSet(QStringLiteral("probabilities")), &error);
        if (!error.isEmpty())
            return fail(error);
        if (!track) {
            if (parser.isSet(QStringLiteral("video")) || !trackName.isEmpty())
                err() << Tr::tr("warning: %1 has no track %2; skipped.")
                                 .arg(video.path,
                                      trackName.isEmpty() ? Tr::tr("with labels") : trackName)
                      << Qt::endl;
            continue;
        }
        CsvExportOptions options;
        options.fpsNumerator = video.fpsNum;
        options.fpsDenominator = video.fpsDen;
        // Read for this video only (not kept by the document: a project of many long videos).
        PredictionTrack probabilities;
        if (parser.isSet(QStringLiteral("probabilities"))) {
            if (!track->record) {
                options.probabilities = &track->fusedProbabilities;
            } else if (track->record->kind != TrackKind::Manual) {
                std::optional<PredictionTrack> stored
                        = doc.recordsDatabase().predictions(track->record->id);
                if (!stored)
                    return fail(doc.recordsDatabase().errorString());
                probabilities = std::move(*stored);
                if (!probabilities.isNull())
                    options.probabilities = &probabilities;
            } else {
                // Beside an annotator's labels: the fused prediction's probabilities, as the
                // window shows them.
                const std::optional<ProjectFusion::FusedVideo> fused
                        = ProjectFusion::fuse(doc.recordsDatabase(),
                                              video,
                                              doc.behaviors(),
                                              savedFusion(doc),
                                              true,
                                              &error);
                if (!fused)
                    return fail(error);
                probabilities = fused->probabilities;
                if (fused->inputCount > 0)
                    options.probabilities = &probabilities;
            }
            if (!options.probabilities)
                err() << Tr::tr("warning: %1 has no predictions; exported without probabilities.")
                                 .arg(video.path)
                      << Qt::endl;
            else
                for (const QString &name :
                     LabelExport::unmatchedClasses(doc.behaviors(), *options.probabilities))
                    err() << Tr::tr("note: %1: the models' class \"%2\" has no behavior of that "
                                    "name (renamed?); its probabilities are in the column p_%2, "
                                    "after the behaviors' columns.")
                                     .arg(video.path, name)
                          << Qt::endl;
        }
        LabelExport::VideoLabels labels;
        labels.videoName = video.path;
        labels.fileBase = names.forVideo(video.path);
        labels.track = track->labels;
        labels.fpsNumerator = options.fpsNumerator;
        labels.fpsDenominator = options.fpsDenominator;
        labels.probabilities = options.probabilities;
        const LabelExport::FolderExportResult written
                = LabelExport::exportToFolder({labels}, doc.behaviors(), outDir);
        if (!written.ok)
            return fail(written.error);
        out() << Tr::tr("Wrote %1 and %2 (track '%3').")
                         .arg(native(written.writtenFiles.value(0)),
                              native(written.writtenFiles.value(1)),
                              track->label)
              << Qt::endl;
        ++exported;
    }
    if (exported == 0)
        return fail(
                Tr::tr("Nothing to export: no video of the project has a matching label track."));
    return ExitOk;
}

// --- project import-clips ---

int runImportClips(const QStringList &args)
{
    const QString command = QStringLiteral("project import-clips");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Make a project of a folder of behavior clips: files named "
            "<recording>_<behavior>_<n>.<ext>, or one "
            "sub-folder per behavior. Each clip becomes a video fully labeled with its behavior."));
    parser.addPositionalArgument(QStringLiteral("folder"), Tr::tr("The folder of clips."));
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("The project file (created when it does not exist)."),
                      QStringLiteral("project")});
    parser.addOption({QStringLiteral("map"),
                      Tr::tr("Map a clip behavior name to a project behavior (from=to)."),
                      QStringLiteral("from=to")});
    parser.addOption(
            {QStringLiteral("add-unknown"), Tr::tr("Add behaviors the project does not have.")});
    parser.addOption({QStringLiteral("annotator"),
                      Tr::tr("Name of the label track (default: clips)."),
                      QStringLiteral("name"),
                      QStringLiteral("clips")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the outcome as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(command, Tr::tr("--out is required"));
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
        return fail(Tr::tr("Cannot change the project %1: %2.")
                            .arg(native(projectPath), db.readOnlyReason()));
    ClipDatasetImporter::Options options;
    options.annotator = parser.value(QStringLiteral("annotator"));
    options.addUnknownBehaviors = parser.isSet(QStringLiteral("add-unknown"));
    for (const QString &m : parser.values(QStringLiteral("map"))) {
        const int eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(command, Tr::tr("--map needs from=to, got '%1'").arg(m));
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
                    err() << Tr::tr("Reading clips: %1 / %2").arg(done).arg(total) << Qt::endl;
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
        out() << Tr::tr("Imported %1 clips from %2 recordings into %3.")
                         .arg(result->imported)
                         .arg(recordings.size())
                         .arg(native(projectPath))
              << Qt::endl;
        for (auto it = result->unknownNames.cbegin(); it != result->unknownNames.cend(); ++it)
            err() << Tr::tr("warning: %1 clips of the unknown behavior '%2' were skipped (use "
                            "--map "
                            "%2=BEHAVIOR or "
                            "--add-unknown).")
                             .arg(it.value())
                             .arg(it.key())
                  << Qt::endl;
        for (const QString &s : result->skipped)
            err() << Tr::tr("warning: skipped %1").arg(s) << Qt::endl;
    }
    return result->imported > 0 ? ExitOk : fail(Tr::tr("No clip was imported."));
}

// --- project relocate ---

int runRelocate(const QStringList &args)
{
    const QString command = QStringLiteral("project relocate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Find videos that were moved or renamed in FOLDER (and its "
                   "sub-folders) by their content."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("folder"), Tr::tr("Where to look."));
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 2, -1, &code))
        return code;
    ProjectDatabase db;
    if (!db.open(parser.positionalArguments().at(0)))
        return fail(db.errorString());
    if (db.isReadOnly())
        return fail(Tr::tr("Cannot change the project %1: %2.")
                            .arg(native(db.path()), db.readOnlyReason()));
    const int missing = db.missingVideos().size();
    const auto found = db.relocateVideos(parser.positionalArguments().at(1));
    if (!found)
        return fail(db.errorString());
    for (const ProjectDatabase::Relocation &r : *found)
        out() << Tr::tr("Found %1 at %2.").arg(r.oldPath, native(r.newPath)) << Qt::endl;
    const int still = db.missingVideos().size();
    out() << Tr::tr("%1 of %2 missing videos found.").arg(found->size()).arg(missing) << Qt::endl;
    return still == 0 ? ExitOk : fail(Tr::tr("%1 videos are still missing.").arg(still));
}

// --- project stats ---

int runStats(const QStringList &args)
{
    const QString command = QStringLiteral("project stats");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Time budget, bouts and transitions per video."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addOption(
            {QStringLiteral("video"), Tr::tr("Only this video."), QStringLiteral("video")});
    parser.addOption({QStringLiteral("track"),
                      Tr::tr("Track: an annotator, a model, model:stream, or fused (the models' "
                             "fused prediction with the fusion settings saved by the window). "
                             "Default: the first manual track."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({QStringLiteral("bin"),
                      Tr::tr("Also give the statistics in time bins of this many seconds (e.g. 300 "
                             "for 5-minute bins after an injection); bouts are cut at bin borders "
                             "and latencies count from each bin's start."),
                      QStringLiteral("seconds")});
    parser.addOption(
            {QStringLiteral("plots"),
             Tr::tr("Also draw the plots into this folder: the ethogram of the videos one "
                    "above the other, their time budgets, and per video the transition "
                    "matrix (and, with --bin, behavior over time); each as PNG, PDF and SVG "
                    "with its numbers as CSV."),
             QStringLiteral("dir")});
    parser.addOption({QStringLiteral("csv"),
                      Tr::tr("Also write the numbers to this CSV file: one row per video, track, "
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
            return usageError(command, Tr::tr("--bin must be a number of seconds above 0."));
    }
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    QVector<VideoId> videoIds;
    if (parser.isSet(QStringLiteral("video"))) {
        const VideoRecord *v = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
        if (!v)
            return code;
        videoIds << v->id;
    } else {
        for (const VideoRecord &v : doc.videos())
            videoIds << v.id;
    }
    if (videoIds.isEmpty() && !parser.isSet(QStringLiteral("json")))
        out() << Tr::tr("The project has no videos.") << Qt::endl;
    QString problem;
    QString readError;
    const FusionParameters fusion = savedFusion(doc);
    const QVector<VideoTrackStatistics> computed = ProjectStatistics::compute(
            doc,
            videoIds,
            parser.value(QStringLiteral("track")),
            binSeconds,
            &problem,
            [&](const VideoRecord &video) -> std::optional<LabelTrack> {
                QString error;
                const std::optional<ProjectFusion::FusedVideo> fused = ProjectFusion::fuse(
                        doc.recordsDatabase(), video, doc.behaviors(), fusion, false, &error);
                if (!fused) {
                    readError = error;
                    return std::nullopt;
                }
                if (fused->inputCount == 0)
                    return std::nullopt;
                return fused->labels;
            });
    if (!readError.isEmpty())
        return fail(readError);
    if (!problem.isEmpty())
        return fail(problem);
    QJsonArray all;
#ifdef ETHOSCRIBE_WITH_PLOTS
    QVector<StatisticsPlotInput> plotInputs;
#endif
    for (const VideoTrackStatistics &entry : computed) {
        const VideoRecord video = *doc.video(entry.video);
        const double fps = entry.fps;
        const TrackStatistics &stats = entry.stats;
        const QVector<TimeBin> &bins = entry.bins;
#ifdef ETHOSCRIBE_WITH_PLOTS
        if (parser.isSet(QStringLiteral("plots")))
            plotInputs.append({video.path, entry.labels, fps > 0 ? fps : 30.0, stats, bins});
#endif
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o = stats.toJson();
            o.insert(QStringLiteral("video"), video.path);
            o.insert(QStringLiteral("recording"), video.recordingOrPath());
            o.insert(QStringLiteral("track"), entry.track);
            if (binSeconds > 0) {
                QJsonArray binList;
                for (const TimeBin &bin : bins)
                    binList.append(bin.toJson());
                o.insert(QStringLiteral("bins"), binList);
            }
            all.append(o);
            continue;
        }
        out() << Tr::tr("%1 (track '%2'): %3 of %4 frames labeled")
                         .arg(video.path, entry.track)
                         .arg(stats.labeledFrames)
                         .arg(stats.frameCount)
              << Qt::endl;
        out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                         .arg(Tr::tr("behavior"), -16)
                         .arg(Tr::tr("frames"), 9)
                         .arg(Tr::tr("seconds"), 10)
                         .arg(Tr::tr("% labeled"), 10)
                         .arg(Tr::tr("bouts"), 7)
                         .arg(Tr::tr("mean bout s"), 12)
                         .arg(Tr::tr("first at s"), 11)
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
            out() << Tr::tr("  seconds of each behavior per time bin:") << Qt::endl;
            QString header = QStringLiteral("  %1").arg(Tr::tr("bin (s)"), -15);
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
            out() << Tr::tr("Wrote %1 plot files into %2.")
                             .arg(written.size())
                             .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("plots"))))
                  << Qt::endl;
#else
        err() << "ethoscribe-cli: "
              << Tr::tr("plots skipped: this ethoscribe-cli was built without the GUI "
                        "(ETHOSCRIBE_BUILD_GUI=OFF).")
              << Qt::endl;
#endif
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QString error;
        if (!LabelExport::writeFile(
                    parser.value(QStringLiteral("csv")), ProjectStatistics::csv(computed), &error))
            return fail(error);
        if (!parser.isSet(QStringLiteral("json")))
            out() << Tr::tr("Wrote %1.")
                             .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("csv"))))
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
            Tr::tr("How well two tracks of a video agree (two annotators, or a model against the "
                   "manual labels), on the frames labeled in both: accuracy, Cohen's kappa, "
                   "precision, recall and F1 per behavior, and the confusion matrix."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addOption(
            {QStringLiteral("video"), Tr::tr("The video (name or path)."), Tr::tr("video")});
    parser.addOption({QStringLiteral("reference"),
                      Tr::tr("The reference track: an annotator, a model, model:stream, or fused "
                             "(the models' fused prediction with the fusion settings saved by the "
                             "window). Default: the first manual track."),
                      Tr::tr("name")});
    parser.addOption(
            {QStringLiteral("compare"), Tr::tr("The track compared with it."), Tr::tr("name")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("video")) || !parser.isSet(QStringLiteral("compare")))
        return usageError(command,
                          Tr::tr("Give the video with --video and the track to compare with "
                                 "--compare."));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    const VideoRecord *video = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
    if (!video)
        return code;
    QString error;
    const std::optional<ChosenTrack> reference
            = chooseTrack(doc, *video, parser.value(QStringLiteral("reference")), false, &error);
    if (!error.isEmpty())
        return fail(error);
    const std::optional<ChosenTrack> compared
            = chooseTrack(doc, *video, parser.value(QStringLiteral("compare")), false, &error);
    if (!error.isEmpty())
        return fail(error);
    if (!reference || !compared)
        return fail(Tr::tr("The video %1 has no track %2. Its tracks: %3.")
                            .arg(video->path,
                                 !reference ? parser.value(QStringLiteral("reference"))
                                            : parser.value(QStringLiteral("compare")),
                                 trackNamesOf(doc, video->id)));
    const AgreementStatistics a
            = AgreementStatistics::compute(reference->labels, compared->labels, doc.behaviors());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = a.toJson();
        o.insert(QStringLiteral("video"), video->path);
        o.insert(QStringLiteral("reference"), reference->label);
        o.insert(QStringLiteral("compared"), compared->label);
        printJson(o);
        return ExitOk;
    }
    out() << Tr::tr("%1: '%2' against the reference '%3', on %4 frames labeled in both")
                     .arg(video->path, compared->label, reference->label)
                     .arg(a.comparedFrames)
          << Qt::endl;
    if (a.comparedFrames == 0) {
        out() << Tr::tr("No frame is labeled in both tracks: there is nothing to compare.")
              << Qt::endl;
        return ExitOk;
    }
    out() << Tr::tr("accuracy %1%, Cohen's kappa %2, macro F1 %3")
                     .arg(100.0 * a.accuracy, 0, 'f', 1)
                     .arg(a.kappa, 0, 'f', 3)
                     .arg(a.macroF1, 0, 'f', 3)
          << Qt::endl;
    out() << QStringLiteral("  %1 %2 %3 %4 %5")
                     .arg(Tr::tr("behavior"), -16)
                     .arg(Tr::tr("frames"), 8)
                     .arg(Tr::tr("precision"), 10)
                     .arg(Tr::tr("recall"), 8)
                     .arg(Tr::tr("F1"), 6)
          << Qt::endl;
    for (const BehaviorAgreement &b : a.perBehavior)
        out() << QStringLiteral("  %1 %2 %3 %4 %5")
                         .arg(b.name, -16)
                         .arg(b.support, 8)
                         .arg(b.precision, 10, 'f', 3)
                         .arg(b.recall, 8, 'f', 3)
                         .arg(b.f1, 6, 'f', 3)
              << Qt::endl;
    out() << Tr::tr("  confusion matrix (frames; rows: reference, columns: compared):") << Qt::endl;
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
    parser.setApplicationDescription(Tr::tr(
            "Writes a video of a project with the behavior of each frame written in its "
            "colour at the top left and a moving ethogram strip along the bottom (H.264), for "
            "talks and papers. Ctrl+C stops it and leaves no file."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addOption(
            {QStringLiteral("video"), Tr::tr("The video (name or path)."), Tr::tr("video")});
    parser.addOption(
            {QStringLiteral("track"),
             Tr::tr("Track to show: an annotator, a model, model:stream, or fused (the "
                    "models' fused prediction with the fusion settings saved by the window). "
                    "Default: the first manual track."),
             Tr::tr("name")});
    parser.addOption(
            {QStringLiteral("out"), Tr::tr("The video file to write (.mp4)."), Tr::tr("file")});
    parser.addOption(
            {QStringLiteral("from"), Tr::tr("Start at this time (seconds)."), Tr::tr("s")});
    parser.addOption({QStringLiteral("to"), Tr::tr("End at this time (seconds)."), Tr::tr("s")});
    parser.addOption({QStringLiteral("strip"),
                      Tr::tr("Seconds shown by the ethogram strip (default 20)."),
                      Tr::tr("s"),
                      QStringLiteral("20")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("video")) || !parser.isSet(QStringLiteral("out")))
        return usageError(command, Tr::tr("Give the video with --video and the file with --out."));
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
                          Tr::tr("--from, --to and --strip must be seconds (--to after --from)."));
    Document doc;
    if (!openDocument(doc, parser.positionalArguments().at(0), false, &code))
        return code;
    const VideoRecord *video = resolveVideo(doc, parser.value(QStringLiteral("video")), &code);
    if (!video)
        return code;
    QString error;
    const std::optional<ChosenTrack> track
            = chooseTrack(doc, *video, parser.value(QStringLiteral("track")), false, &error);
    if (!error.isEmpty())
        return fail(error);
    if (!track)
        return fail(Tr::tr("The video %1 has no track %2. Its tracks: %3.")
                            .arg(video->path,
                                 parser.value(QStringLiteral("track")),
                                 trackNamesOf(doc, video->id)));
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
    const bool ok = AnnotatedVideoExport::write(
            doc.absoluteVideoPath(*video),
            track->labels,
            doc.behaviors(),
            outPath,
            options,
            [&](qint64 done, qint64 total) {
                const int percent = int(done * 100 / std::max<qint64>(1, total));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    err() << Tr::tr("export-video: %1 of %2 frames (%3%)")
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
    out() << Tr::tr("Wrote %1 (track '%2').").arg(QDir::toNativeSeparators(outPath), track->label)
          << Qt::endl;
    return ExitOk;
}

const CliCommandRegistration agreementReg{
        "project agreement",
        QT_TRANSLATE_NOOP(
                "CliCommand",
                "How well two tracks agree: accuracy, Cohen's kappa, per-behavior F1, confusion"),
        &runAgreement};
const CliCommandRegistration exportVideoReg{
        "export-video",
        QT_TRANSLATE_NOOP(
                "CliCommand",
                "Write a video with each frame's behavior and an ethogram strip drawn on it"),
        &runExportVideo};
const CliCommandRegistration createReg{
        "project create", QT_TRANSLATE_NOOP("CliCommand", "Create a project file"), &runCreate};
const CliCommandRegistration addVideoReg{"project add-video",
                                         QT_TRANSLATE_NOOP("CliCommand", "Add videos to a project"),
                                         &runAddVideo};
const CliCommandRegistration importLabelsReg{
        "project import-labels",
        QT_TRANSLATE_NOOP("CliCommand", "Import a label file (CSV, BORIS, DeepEthogram)"),
        &runImportLabels};
const CliCommandRegistration exportReg{
        "project export",
        QT_TRANSLATE_NOOP("CliCommand", "Export labels as per-frame and bout CSV files"),
        &runExport};
const CliCommandRegistration importClipsReg{
        "project import-clips",
        QT_TRANSLATE_NOOP("CliCommand", "Make a project of a folder of behavior clips"),
        &runImportClips};
const CliCommandRegistration relocateReg{
        "project relocate",
        QT_TRANSLATE_NOOP("CliCommand", "Find moved or renamed videos by their content"),
        &runRelocate};
const CliCommandRegistration statsReg{
        "project stats",
        QT_TRANSLATE_NOOP("CliCommand", "Time budgets and bout statistics"),
        &runStats};

} // namespace
