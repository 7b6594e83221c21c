// SPDX-License-Identifier: GPL-3.0-or-later
#include "cv/TrainingSnapshot.h"

#include "flow/FlowOptions.h"
#include "project/ProjectDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace ethoscribe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSnapshot)
};
} // namespace

bool TrainingSnapshot::read(const QString &projectPath,
                            const QString &annotator,
                            TrainingSnapshot *snapshot,
                            QString *error)
{
    if (!QFileInfo::exists(projectPath)) {
        if (error)
            *error = Tr::tr("The project %1 does not exist.")
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
    s.flowMethod = flowMethodName(flowOptionsForProject(db).method);
    const QVector<Behavior> behaviors = db.behaviors();
    if (behaviors.isEmpty()) {
        if (error)
            *error = Tr::tr("The project %1 has no behaviors: add the behaviors to recognise "
                            "first.")
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

namespace {
constexpr char kSnapshotFormat[] = "ethoscribe-training-snapshot";
} // namespace

bool TrainingSnapshot::save(const QString &path, QString *error) const
{
    QJsonArray list;
    for (const Video &v : videos) {
        // Labels as [class, length] runs: an hour of video is a few hundred runs, not 108,000
        // numbers.
        QJsonArray runs;
        for (size_t f = 0; f < v.labels.size();) {
            size_t end = f + 1;
            while (end < v.labels.size() && v.labels[end] == v.labels[f])
                ++end;
            runs.append(QJsonArray{v.labels[f], qint64(end - f)});
            f = end;
        }
        list.append(QJsonObject{{QStringLiteral("id"), v.record.id},
                                {QStringLiteral("path"), v.record.path},
                                {QStringLiteral("absolutePath"), v.absolutePath},
                                {QStringLiteral("contentHash"), v.record.contentHash},
                                {QStringLiteral("fileSize"), v.record.fileSize},
                                {QStringLiteral("frameCount"), v.record.frameCount},
                                {QStringLiteral("fpsNum"), v.record.fpsNum},
                                {QStringLiteral("fpsDen"), v.record.fpsDen},
                                {QStringLiteral("width"), v.record.width},
                                {QStringLiteral("height"), v.record.height},
                                {QStringLiteral("codec"), v.record.codec},
                                {QStringLiteral("duration"), v.record.durationSeconds},
                                {QStringLiteral("recording"), v.record.recording},
                                {QStringLiteral("name"), v.name},
                                {QStringLiteral("group"), v.recording},
                                {QStringLiteral("annotator"), v.annotator},
                                {QStringLiteral("labels"), runs}});
    }
    const QJsonObject doc{{QStringLiteral("format"), QLatin1String(kSnapshotFormat)},
                          {QStringLiteral("formatVersion"), 1},
                          {QStringLiteral("project"), QFileInfo(projectPath).absoluteFilePath()},
                          {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
                          {QStringLiteral("flowMethod"), flowMethod},
                          {QStringLiteral("data"), dataHash()},
                          {QStringLiteral("videos"), list}};
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        if (f.commit())
            return true;
    }
    if (error)
        *error = Tr::tr("Could not write %1 (is the disk full or the folder read-only?): %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
}

bool TrainingSnapshot::load(const QString &path, TrainingSnapshot *snapshot, QString *error)
{
    auto damaged = [&](const QString &why) {
        if (error)
            *error = Tr::tr("The labels snapshot %1 is damaged (%2).")
                             .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read the labels snapshot %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return damaged(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kSnapshotFormat))
        return damaged(Tr::tr("not a labels snapshot"));
    TrainingSnapshot s;
    s.projectPath = o.value(QStringLiteral("project")).toString();
    s.flowMethod = o.value(QStringLiteral("flowMethod")).toString();
    for (const QJsonValue &c : o.value(QStringLiteral("classes")).toArray())
        s.classNames << c.toString();
    const int classes = int(s.classNames.size());
    for (const QJsonValue &value : o.value(QStringLiteral("videos")).toArray()) {
        const QJsonObject vo = value.toObject();
        Video v;
        v.record.id = vo.value(QStringLiteral("id")).toInteger();
        v.record.path = vo.value(QStringLiteral("path")).toString();
        v.record.contentHash = vo.value(QStringLiteral("contentHash")).toString();
        v.record.fileSize = vo.value(QStringLiteral("fileSize")).toInteger();
        v.record.frameCount = vo.value(QStringLiteral("frameCount")).toInteger();
        v.record.fpsNum = vo.value(QStringLiteral("fpsNum")).toInt();
        v.record.fpsDen = vo.value(QStringLiteral("fpsDen")).toInt(1);
        v.record.width = vo.value(QStringLiteral("width")).toInt();
        v.record.height = vo.value(QStringLiteral("height")).toInt();
        v.record.codec = vo.value(QStringLiteral("codec")).toString();
        v.record.durationSeconds = vo.value(QStringLiteral("duration")).toDouble();
        v.record.recording = vo.value(QStringLiteral("recording")).toString();
        v.absolutePath = vo.value(QStringLiteral("absolutePath")).toString();
        v.name = vo.value(QStringLiteral("name")).toString();
        v.recording = vo.value(QStringLiteral("group")).toString();
        v.annotator = vo.value(QStringLiteral("annotator")).toString();
        const qint64 frames = std::max<qint64>(0, v.record.frameCount);
        if (v.name.isEmpty() || frames > (qint64(1) << 31))
            return damaged(Tr::tr("a video without a name or with an impossible frame count"));
        v.labels.reserve(size_t(frames));
        for (const QJsonValue &run : vo.value(QStringLiteral("labels")).toArray()) {
            const int label = run.toArray().at(0).toInt(-2);
            const qint64 length = run.toArray().at(1).toInteger(-1);
            if (label < -1 || label >= classes || length < 1
                || length > frames - qint64(v.labels.size()))
                return damaged(Tr::tr("labels of %1 that do not fit its frames").arg(v.name));
            v.labels.insert(v.labels.end(), size_t(length), label);
            if (label >= 0)
                v.labeledFrames += length;
        }
        if (qint64(v.labels.size()) != frames)
            return damaged(Tr::tr("labels of %1 that do not fit its frames").arg(v.name));
        s.videos.push_back(std::move(v));
    }
    if (s.dataHash() != o.value(QStringLiteral("data")).toString())
        return damaged(Tr::tr("its labels do not match its data hash"));
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
