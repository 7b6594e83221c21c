// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoProject.h"

#include "io/LabelImport.h"
#include "project/Document.h"
#include "synth/SyntheticDataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUndoStack>

namespace ethoscribe::DemoProject {

QString projectPath(const QString &folder)
{
    return QDir(folder).absoluteFilePath(QStringLiteral("demo.ethoproj"));
}

QString labelsPathFor(const QString &videoPath)
{
    const QFileInfo info(videoPath);
    return info.absoluteDir().absoluteFilePath(info.completeBaseName() + QStringLiteral(".csv"));
}

QStringList findVideos(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^video\\d+\\.(mp4|mpg|avi|mkv)$"));
    QStringList videos;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        if (name.match(info.fileName()).hasMatch()
            && QFileInfo::exists(labelsPathFor(info.absoluteFilePath())))
            videos << info.absoluteFilePath();
    }
    return videos;
}

QString groundTruthName()
{
    return QStringLiteral("ground truth");
}

bool generate(const QString &folder,
              int videoCount,
              int seconds,
              quint64 seed,
              const std::function<void(qint64, qint64)> &progress,
              std::atomic_bool *cancel,
              QString *error)
{
    SyntheticDatasetOptions options;
    options.videos = videoCount;
    options.seconds = seconds;
    options.seed = seed;
    QString why;
    const bool ok = SyntheticDataset::generate(folder, options, progress, cancel, &why);
    if (!ok && error)
        *error = (cancel && cancel->load()) ? QString() : why;
    return ok;
}

bool populate(Document &document,
              const QVector<VideoRecord> &videos,
              const QString &annotator,
              QString *error)
{
    for (const VideoRecord &video : videos) {
        const std::optional<VideoId> id = document.addVideo(video);
        if (!id) {
            if (error)
                *error = document.errorString();
            return false;
        }
        const QString csv = labelsPathFor(video.path);
        LabelImportOptions options;
        options.frameCount = video.frameCount;
        options.fpsNumerator = video.fpsNum > 0 ? video.fpsNum : 30;
        options.fpsDenominator = video.fpsDen > 0 ? video.fpsDen : 1;
        const LabelImportResult imported = LabelImport::importFile(
                csv, LabelFileFormat::Auto, document.behaviors(), options);
        if (!imported.ok) {
            if (error)
                *error = imported.error;
            return false;
        }
        if (!imported.unknownNames.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate(
                                 "DemoProject", "%1 names behaviors the project does not know: %2")
                                 .arg(QDir::toNativeSeparators(csv),
                                      QStringList(imported.unknownNames.keys())
                                              .join(QStringLiteral(", ")));
            return false;
        }
        if (!document.importLabels(*id, groundTruthName(), imported.track)
            || (annotator != groundTruthName()
                && !document.importLabels(*id, annotator, imported.track))) {
            if (error)
                *error = document.errorString();
            return false;
        }
    }
    // The demo starts with nothing to undo: Ctrl+Z must not remove the imported labels.
    document.undoStack()->clear();
    return true;
}

} // namespace ethoscribe::DemoProject
