// SPDX-License-Identifier: GPL-3.0-or-later
#include "cv/TrainingSnapshot.h"

#include "project/ProjectDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ethoscribe {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrainingSnapshot", text);
}
} // namespace

bool TrainingSnapshot::read(const QString &projectPath,
                            const QString &annotator,
                            TrainingSnapshot *snapshot,
                            QString *error)
{
    if (!QFileInfo::exists(projectPath)) {
        if (error)
            *error = tr("The project %1 does not exist.")
                             .arg(QDir::toNativeSeparators(projectPath));
        return false;
    }
    ProjectDatabase db;
    if (!db.open(projectPath, ProjectDatabase::OpenMode::ReadOnly)) {
        if (error)
            *error = db.errorString();
        return false;
    }
    return read(db, annotator, snapshot, error);
}

bool TrainingSnapshot::read(ProjectDatabase &db,
                            const QString &annotator,
                            TrainingSnapshot *snapshot,
                            QString *error)
{
    TrainingSnapshot s;
    s.projectPath = db.path();
    ProjectDatabase::ReadTransaction snapshotTx(db);
    const QVector<Behavior> behaviors = db.behaviors();
    if (behaviors.isEmpty()) {
        if (error)
            *error = tr("The project %1 has no behaviors: add the behaviors to recognise first.")
                             .arg(QDir::toNativeSeparators(db.path()));
        return false;
    }
    QHash<BehaviorId, int> classOf;
    for (int i = 0; i < behaviors.size(); ++i) {
        s.classNames << behaviors[i].name;
        classOf.insert(behaviors[i].id, i);
    }
    const QVector<TrackRecord> allTracks = db.tracks();
    QSet<QString> usedNames;
    for (const VideoRecord &v : db.videos()) {
        Video video;
        video.record = v;
        video.absolutePath = db.absoluteVideoPath(v);
        video.recording = v.recordingOrPath();
        QString name = QFileInfo(v.path).completeBaseName();
        if (name.isEmpty())
            name = QStringLiteral("video%1").arg(v.id);
        QString unique = name;
        for (int n = 2; usedNames.contains(unique); ++n)
            unique = QStringLiteral("%1-%2").arg(name).arg(n);
        usedNames.insert(unique);
        video.name = unique;
        video.labels.assign(size_t(std::max<qint64>(0, v.frameCount)), -1);

        // The manual track to learn from.
        qint64 bestFrames = -1;
        QVector<Bout> bestBouts;
        for (const TrackRecord &t : allTracks) {
            if (t.videoId != v.id || t.kind != TrackKind::Manual)
                continue;
            if (!annotator.isEmpty() && t.name != annotator)
                continue;
            const QVector<Bout> bouts = db.bouts(t.id);
            qint64 frames = 0;
            for (const Bout &b : bouts)
                frames += b.end - b.start;
            if (frames > bestFrames) {
                bestFrames = frames;
                bestBouts = bouts;
                video.annotator = t.name;
            }
        }
        for (const Bout &b : bestBouts) {
            const auto it = classOf.constFind(b.behavior);
            if (it == classOf.constEnd())
                continue;
            const qint64 start = std::max<qint64>(0, b.start);
            const qint64 end = std::min<qint64>(b.end, qint64(video.labels.size()));
            for (qint64 f = start; f < end; ++f)
                video.labels[size_t(f)] = it.value();
            video.labeledFrames += std::max<qint64>(0, end - start);
        }
        s.videos.push_back(std::move(video));
    }
    if (!db.errorString().isEmpty() && s.videos.empty()) {
        if (error)
            *error = db.errorString();
        return false;
    }
    *snapshot = std::move(s);
    return true;
}

std::vector<int> TrainingSnapshot::labeledVideos() const
{
    std::vector<int> result;
    for (size_t i = 0; i < videos.size(); ++i)
        if (videos[i].labeledFrames > 0)
            result.push_back(int(i));
    return result;
}

int TrainingSnapshot::find(const QString &nameOrPath) const
{
    const QString fileName = QFileInfo(nameOrPath).fileName();
    const QString absolute = QFileInfo(nameOrPath).absoluteFilePath();
    for (size_t i = 0; i < videos.size(); ++i) {
        const Video &v = videos[i];
        if (v.name == nameOrPath || QString::number(v.record.id) == nameOrPath
            || v.record.path == nameOrPath || QFileInfo(v.absolutePath).fileName() == fileName
            || QFileInfo(v.absolutePath).absoluteFilePath() == absolute)
            return int(i);
    }
    return -1;
}

QString TrainingSnapshot::dataHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(classNames.join(QLatin1Char('\n')).toUtf8());
    for (const Video &v : videos) {
        if (v.labeledFrames == 0)
            continue;
        h.addData(v.record.contentHash.toUtf8());
        h.addData(QByteArrayView(reinterpret_cast<const char *>(v.labels.data()),
                                 qsizetype(v.labels.size() * sizeof(int))));
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ethoscribe
