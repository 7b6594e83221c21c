// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ClipDatasetImporter.h"

#include "behaviors/BehaviorSet.h"
#include "project/ProjectDatabase.h"
#include "project/VideoProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ethoscribe {

namespace {

bool isVideoFile(const QFileInfo &fi)
{
    static const QSet<QString> extensions = {QStringLiteral("mpg"),
                                             QStringLiteral("mpeg"),
                                             QStringLiteral("mp4"),
                                             QStringLiteral("m4v"),
                                             QStringLiteral("avi"),
                                             QStringLiteral("mov"),
                                             QStringLiteral("mkv"),
                                             QStringLiteral("wmv"),
                                             QStringLiteral("asf")};
    return extensions.contains(fi.suffix().toLower());
}

QString recordingOf(const QString &stem)
{
    const int underscore = stem.indexOf(QLatin1Char('_'));
    return underscore > 0 ? stem.left(underscore) : stem;
}

} // namespace

std::optional<QVector<ClipDatasetImporter::Clip>> ClipDatasetImporter::scan(
        const QString &folder, QStringList *unrecognized, QString *error)
{
    const QDir root(folder);
    if (!root.exists()) {
        if (error)
            *error = QCoreApplication::translate("ClipDatasetImporter",
                                                 "The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    static const QRegularExpression flat(QStringLiteral("^(.+?)_(.+)_(\\d+)$"));
    QVector<Clip> clips;
    QDirIterator it(
            root.absolutePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (!isVideoFile(fi))
            continue;
        const QString relative = root.relativeFilePath(fi.absoluteFilePath());
        const QStringList parts = relative.split(QLatin1Char('/'));
        const QString stem = fi.completeBaseName();
        Clip clip;
        clip.path = fi.absoluteFilePath();
        if (parts.size() > 1) {
            // behavior/clip: the first folder level names the behavior.
            clip.behaviorName = parts.first();
            clip.recording = recordingOf(stem);
        } else {
            const QRegularExpressionMatch m = flat.match(stem);
            if (!m.hasMatch()) {
                if (unrecognized)
                    *unrecognized << fi.absoluteFilePath();
                continue;
            }
            clip.recording = m.captured(1);
            clip.behaviorName = m.captured(2);
        }
        clips << clip;
    }
    std::sort(clips.begin(), clips.end(), [](const Clip &a, const Clip &b) {
        return a.path < b.path;
    });
    if (unrecognized)
        unrecognized->sort();
    return clips;
}

std::optional<ClipDatasetImporter::Result> ClipDatasetImporter::importInto(
        ProjectDatabase &db,
        const QString &folder,
        const Options &options,
        const std::function<void(int, int)> &progress,
        const std::atomic_bool *cancel,
        QString *error)
{
    QStringList unrecognized;
    const std::optional<QVector<Clip>> clips = scan(folder, &unrecognized, error);
    if (!clips)
        return std::nullopt;
    Result result;
    for (const QString &path : unrecognized)
        result.skipped << QCoreApplication::translate(
                                  "ClipDatasetImporter",
                                  "%1: the name is not <recording>_<behavior>_<number>")
                                  .arg(QDir::toNativeSeparators(path));

    BehaviorSet behaviors;
    for (const Behavior &b : db.behaviors())
        behaviors.insert(b);
    behaviors.setNextId(BehaviorId(db.nextBehaviorId()));
    const BehaviorSet behaviorsBefore = behaviors;
    QHash<QString, QString> mapping;
    for (auto it = options.nameMapping.cbegin(); it != options.nameMapping.cend(); ++it)
        mapping.insert(it.key().toLower(), it.value());
    QSet<QString> knownHashes;
    for (const VideoRecord &v : db.videos())
        knownHashes.insert(v.contentHash);

    struct Ready
    {
        VideoRecord video;
        BehaviorId behavior;
    };
    QVector<Ready> ready;
    for (int i = 0; i < clips->size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        if (progress)
            progress(i, clips->size());
        const Clip &clip = clips->at(i);
        const QString name = mapping.value(clip.behaviorName.toLower(), clip.behaviorName);
        const Behavior *b = behaviors.byName(name);
        if (!b && options.addUnknownBehaviors) {
            QString why;
            if (behaviors.add(name, QColor(), 0, &why) == kUnlabeled) {
                result.skipped << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(clip.path),
                                                               why);
                continue;
            }
            result.addedBehaviors << name;
            b = behaviors.byName(name);
        }
        if (!b) {
            result.unknownNames[clip.behaviorName] += 1;
            continue;
        }
        QString why;
        std::optional<VideoRecord> video = VideoProbe::probe(clip.path, &why);
        if (!video) {
            result.skipped << why;
            continue;
        }
        if (knownHashes.contains(video->contentHash)) {
            result.skipped << QCoreApplication::translate("ClipDatasetImporter",
                                                          "%1: already in the project")
                                      .arg(QDir::toNativeSeparators(clip.path));
            continue;
        }
        knownHashes.insert(video->contentHash);
        video->recording = clip.recording;
        ready << Ready{*video, b->id};
    }
    if (progress)
        progress(clips->size(), clips->size());

    ProjectDatabase::Transaction transaction(db);
    auto failed = [&]() -> std::optional<Result> {
        if (error)
            *error = db.errorString();
        return std::nullopt;
    };
    if (!transaction.isActive())
        return failed();
    if (behaviors != behaviorsBefore || behaviors.nextId() != behaviorsBefore.nextId()) {
        if (!db.setBehaviors(behaviors.behaviors())
            || !db.setSetting(QStringLiteral("behaviors/next_id"),
                              QString::number(behaviors.nextId())))
            return failed();
    }
    for (const Ready &r : std::as_const(ready)) {
        const std::optional<VideoId> id = db.addVideo(r.video);
        if (!id)
            return failed();
        const std::optional<TrackId> track
                = db.addTrack(TrackRecord{0, *id, TrackKind::Manual, options.annotator, {}, {}});
        if (!track || !db.setAllBouts(*track, {Bout{0, r.video.frameCount, r.behavior}}))
            return failed();
        result.videos << *id;
    }
    if (!transaction.commit())
        return failed();
    result.imported = ready.size();
    return result;
}

} // namespace ethoscribe
