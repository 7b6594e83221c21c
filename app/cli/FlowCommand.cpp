// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli flow: computes the optical-flow caches of a project's videos (resumable), or
// renders one frame's flow as a colour-wheel image. Parsing and wiring only: the work is done by
// core/flow.
#include "CliCommand.h"

#include "common/TimeLeft.h"
#include "flow/FlowCache.h"
#include "flow/FlowColorWheel.h"
#include "flow/FlowComputation.h"
#include "project/ProjectDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/core.hpp>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowCommand)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void printJsonLine(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

// The video named by `name`: its id, its path as stored, its absolute path, its file name or its
// file name without extension (when only one video has it).
const VideoRecord *findVideo(const ProjectDatabase &db,
                             const QVector<VideoRecord> &videos,
                             const QString &name)
{
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    const QString absolute = QDir::cleanPath(QFileInfo(name).absoluteFilePath());
    for (const VideoRecord &v : videos)
        if ((isId && v.id == id) || v.path == name || db.absoluteVideoPath(v) == absolute)
            return &v;
    const VideoRecord *match = nullptr;
    for (const VideoRecord &v : videos) {
        const QFileInfo f(v.path);
        if (f.fileName() == name || f.completeBaseName() == name) {
            if (match)
                return nullptr; // ambiguous
            match = &v;
        }
    }
    return match;
}

int noSuchVideo(const QVector<VideoRecord> &videos, const QString &name)
{
    QStringList names;
    for (const VideoRecord &v : videos)
        names << QStringLiteral("%1 (id %2)").arg(v.path).arg(v.id);
    return fail(
            names.isEmpty()
                    ? Tr::tr("The project has no videos; add them first with "
                             "'ethoscribe-cli project add-video'.")
                    : Tr::tr("The project has no video %1 (or several videos have that name). Its "
                             "videos: %2.")
                              .arg(name, names.join(QStringLiteral(", "))));
}

QString missingVideoMessage(const ProjectDatabase &db, const VideoRecord &v)
{
    return Tr::tr("The video %1 is not at %2 (moved or deleted?). Find it again with "
                  "'ethoscribe-cli project relocate %3 FOLDER'.")
            .arg(v.path, native(db.absoluteVideoPath(v)), native(db.path()));
}

// Progress on stderr, at most one line per percent and per half second, with the time the
// video's flow still needs once that can be said.
class TextProgress
{
public:
    explicit TextProgress(const QString &name)
        : m_name(name)
    {
        m_timer.start();
        m_clock.start();
    }
    void operator()(qint64 done, qint64 total)
    {
        if (total > 0)
            m_left.update(double(done) / double(total), m_clock.elapsed());
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == m_lastPercent
            || (done < total && m_timer.elapsed() < 500 && m_lastPercent >= 0))
            return;
        m_lastPercent = percent;
        m_timer.restart();
        QString line
                = Tr::tr("%1: %2 of %3 frames (%4%)").arg(m_name).arg(done).arg(total).arg(percent);
        if (done < total && m_left.remainingMs() >= 0)
            line += QStringLiteral(", ") + m_left.text();
        err() << line << Qt::endl;
    }

private:
    QString m_name;
    QElapsedTimer m_timer; // since the last line
    QElapsedTimer m_clock; // since the start
    TimeLeftEstimate m_left;
    int m_lastPercent = -1;
};

int runPreview(const QCommandLineParser &parser,
               const ProjectDatabase &db,
               const VideoRecord &video,
               FlowMethod method)
{
    const QString command = QStringLiteral("flow");
    bool ok = false;
    const qint64 frame = parser.value(QStringLiteral("preview")).toLongLong(&ok);
    if (!ok || frame < 0)
        return usageError(command,
                          Tr::tr("the frame \"%1\" is not a frame number (0 = first frame).")
                                  .arg(parser.value(QStringLiteral("preview"))));
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(command, Tr::tr("--preview needs --out FILE (the image to write)."));
    float maxPixels = 0;
    if (parser.isSet(QStringLiteral("max-pixels"))) {
        maxPixels = parser.value(QStringLiteral("max-pixels")).toFloat(&ok);
        if (!ok || maxPixels <= 0)
            return usageError(command, Tr::tr("--max-pixels must be a positive number."));
    }
    const QString cachePath = FlowCache::pathFor(db.path(), video.contentHash, method);
    cv::Mat flow;
    QString error;
    QString source;
    FlowCache cache;
    if (QFileInfo::exists(cachePath) && cache.open(cachePath, nullptr) && cache.hasFrame(frame)
        && cache.contentHash() == video.contentHash) {
        if (!cache.read(frame, &flow, &error))
            return fail(error);
        source = Tr::tr("from the cache %1").arg(native(cachePath));
    } else {
        const QString videoPath = db.absoluteVideoPath(video);
        if (!QFileInfo::exists(videoPath))
            return fail(missingVideoMessage(db, video));
        if (!FlowComputation::computeFrame(videoPath, frame, method, &flow, &error))
            return fail(error);
        source = Tr::tr("computed from the video (%1)").arg(flowMethodName(method));
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    QImageWriter writer(outPath);
    if (!writer.write(FlowColorWheel::render(flow, maxPixels)))
        return fail(Tr::tr("Could not write the image %1: %2.")
                            .arg(native(outPath), writer.errorString()));
    if (parser.isSet(QStringLiteral("json")))
        printJsonLine(
                QJsonObject{{QStringLiteral("event"), QStringLiteral("preview")},
                            {QStringLiteral("video"), video.id},
                            {QStringLiteral("frame"), frame},
                            {QStringLiteral("image"), outPath},
                            {QStringLiteral("cached"), cache.isOpen() && cache.hasFrame(frame)}});
    else
        out() << Tr::tr("Wrote %1: flow of frame %2 of %3, %4.")
                         .arg(native(outPath))
                         .arg(frame)
                         .arg(video.path, source)
              << Qt::endl;
    return ExitOk;
}

int runFlow(const QStringList &args)
{
    const QString command = QStringLiteral("flow");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Computes the optical flow of a project's videos once and keeps it beside the "
            "project (PROJECT_NAME.cache/flow/), where training and inference read it. Videos "
            "whose cache is complete are skipped; an interrupted computation continues where "
            "it stopped.\n\nWith --preview FRAME --out FILE: writes one frame's flow as a "
            "colour-wheel image (hue = direction, saturation = speed), read from the cache, "
            "or computed for that frame pair alone when the cache does not have it."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addOption(
            {QStringLiteral("method"),
             Tr::tr("tvl1 (TV-L1, as in the paper; slow) or dis (DIS, about 40x faster). "
                    "Given here, it is also stored as the project's flow method; without it "
                    "the project's setting is used (tvl1 when unset). --preview does not "
                    "store it."),
             QStringLiteral("method")});
    parser.addOption({QStringLiteral("video"),
                      Tr::tr("Only this video: its id, path, file name or name without extension."),
                      QStringLiteral("video")});
    parser.addOption({QStringLiteral("threads"),
                      Tr::tr("Frame ranges computed in parallel (default: one per core)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"),
                      Tr::tr("Print JSON lines on stdout: {\"event\":\"progress\",...} while "
                             "computing, {\"event\":\"done\",...} per video.")});
    parser.addOption(
            {QStringLiteral("preview"),
             Tr::tr("Render the flow of frame FRAME (0-based; the motion from FRAME-1 to "
                    "FRAME) instead of computing caches. Needs --out, and --video when the "
                    "project has several videos."),
             QStringLiteral("frame")});
    parser.addOption(
            {QStringLiteral("out"), Tr::tr("The image file --preview writes."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("max-pixels"),
                      Tr::tr("--preview: displacement shown at full saturation (default: the "
                             "largest in the frame)."),
                      QStringLiteral("px")});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool preview = parser.isSet(QStringLiteral("preview"));
    if (parser.isSet(QStringLiteral("out")) && !preview)
        return usageError(command, Tr::tr("--out is only used with --preview."));

    FlowMethod method = FlowMethod::TvL1;
    const bool methodGiven = parser.isSet(QStringLiteral("method"));
    if (methodGiven && !flowMethodFromName(parser.value(QStringLiteral("method")), &method))
        return usageError(command,
                          Tr::tr("unknown flow method \"%1\" (use tvl1 or dis).")
                                  .arg(parser.value(QStringLiteral("method"))));
    int threads = 0;
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1)
            return usageError(command, Tr::tr("--threads must be a whole number of at least 1."));
    }

    const QString projectPath = parser.positionalArguments().at(0);
    if (!QFileInfo::exists(projectPath))
        return fail(Tr::tr("There is no project %1.").arg(native(projectPath)));
    ProjectDatabase db;
    if (!db.open(projectPath,
                 (methodGiven && !preview) ? ProjectDatabase::OpenMode::ReadWrite
                                           : ProjectDatabase::OpenMode::ReadOnly))
        return fail(db.errorString());
    FlowOptions options = flowOptionsForProject(db);
    if (methodGiven) {
        options.method = method;
        if (!preview) {
            if (db.isReadOnly())
                err() << Tr::tr("Note: the flow method is not stored in the project (%1).")
                                 .arg(db.readOnlyReason())
                      << Qt::endl;
            else if (!setProjectFlowMethod(db, method))
                return fail(db.errorString());
        }
    }
    options.threads = threads;

    const QVector<VideoRecord> all = db.videos();
    QVector<VideoRecord> videos;
    if (parser.isSet(QStringLiteral("video"))) {
        const VideoRecord *v = findVideo(db, all, parser.value(QStringLiteral("video")));
        if (!v)
            return noSuchVideo(all, parser.value(QStringLiteral("video")));
        videos << *v;
    } else {
        videos = all;
    }

    if (preview) {
        if (videos.size() != 1)
            return videos.isEmpty() ? noSuchVideo(all, QString())
                                    : usageError(command,
                                                 Tr::tr("the project has several videos; name one "
                                                        "with --video."));
        return runPreview(parser, db, videos.first(), options.method);
    }

    int failures = 0;
    for (const VideoRecord &v : videos) {
        const QString videoPath = db.absoluteVideoPath(v);
        const QString cachePath = FlowCache::pathFor(db.path(), v.contentHash, options.method);
        if (!QFileInfo::exists(videoPath)) {
            // A complete cache does not need the video; anything else does.
            FlowCache cache;
            if (!(QFileInfo::exists(cachePath) && cache.open(cachePath, nullptr)
                  && cache.isComplete())) {
                fail(missingVideoMessage(db, v));
                ++failures;
                continue;
            }
        }
        TextProgress text(v.path);
        qint64 lastJsonPercent = -1;
        TimeLeftEstimate left;
        QElapsedTimer clock;
        clock.start();
        const FlowComputation::Progress progress = [&](qint64 done, qint64 total) {
            if (!json) {
                text(done, total);
                return;
            }
            if (total > 0)
                left.update(double(done) / double(total), clock.elapsed());
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            if (percent == lastJsonPercent && done < total)
                return;
            lastJsonPercent = percent;
            QJsonObject event{{QStringLiteral("event"), QStringLiteral("progress")},
                              {QStringLiteral("video"), v.id},
                              {QStringLiteral("path"), v.path},
                              {QStringLiteral("done"), done},
                              {QStringLiteral("total"), total}};
            if (done < total && left.remainingMs() >= 0)
                event.insert(QStringLiteral("seconds_left"), left.remainingMs() / 1000);
            printJsonLine(event);
        };
        const FlowComputation::Waiting waiting = [&](const QString &holder) {
            if (holder.isEmpty())
                return;
            if (json)
                printJsonLine(QJsonObject{{QStringLiteral("event"), QStringLiteral("waiting")},
                                          {QStringLiteral("video"), v.id},
                                          {QStringLiteral("path"), v.path},
                                          {QStringLiteral("holder"), holder}});
            else
                err() << Tr::tr("%1: the optical flow is being computed by %2; waiting for it "
                                "to finish.")
                                 .arg(v.path, holder)
                      << Qt::endl;
        };
        QString error;
        if (!FlowComputation::ensure(videoPath,
                                     v.contentHash,
                                     cachePath,
                                     options,
                                     progress,
                                     nullptr,
                                     &error,
                                     waiting)) {
            fail(error);
            ++failures;
            continue;
        }
        if (json)
            printJsonLine(QJsonObject{{QStringLiteral("event"), QStringLiteral("done")},
                                      {QStringLiteral("video"), v.id},
                                      {QStringLiteral("path"), v.path},
                                      {QStringLiteral("method"), flowMethodName(options.method)},
                                      {QStringLiteral("cache"), cachePath}});
        else
            out() << Tr::tr("Flow (%1) of %2: %3")
                             .arg(flowMethodName(options.method), v.path, native(cachePath))
                  << Qt::endl;
    }
    if (json)
        printJsonLine(QJsonObject{{QStringLiteral("event"), QStringLiteral("finished")},
                                  {QStringLiteral("videos"), int(videos.size())},
                                  {QStringLiteral("failed"), failures}});
    return failures ? ExitFailure : ExitOk;
}

const CliCommandRegistration flowReg{
        "flow",
        QT_TRANSLATE_NOOP(
                "CliCommand",
                "Compute and cache the optical flow of a project's videos, or preview one frame"),
        &runFlow};

} // namespace
