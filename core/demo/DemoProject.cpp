// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoProject.h"

#include "io/LabelImport.h"
#include "project/Document.h"
#include "synth/SyntheticDataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

namespace ethoscribe::DemoProject {

QString bundledModelsFolder()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("ETHOSCRIBE_DEMO_MODELS");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    const QDir appDir(QCoreApplication::applicationDirPath());
    candidates << appDir.absoluteFilePath(QStringLiteral("../share/ethoscribe/demo-models"));
#ifdef ETHOSCRIBE_SOURCE_DEMO_MODELS
    candidates << QStringLiteral(ETHOSCRIBE_SOURCE_DEMO_MODELS); // a build tree
#endif
    for (const QString &c : std::as_const(candidates))
        if (!QDir(c).entryList({QStringLiteral("*.safetensors")}, QDir::Files).isEmpty())
            return QDir(c).absolutePath();
    return QString();
}

QStringList installModels(const QString &folder, QString *error)
{
    const QString source = bundledModelsFolder();
    if (source.isEmpty()) {
        *error = QCoreApplication::translate(
                "DemoProject",
                "The demo models are not installed, so the demo shows labels without "
                "predictions.");
        return {};
    }
    const QDir target(QDir(folder).absoluteFilePath(QStringLiteral("models")));
    if (!QDir().mkpath(target.path())) {
        *error = QCoreApplication::translate("DemoProject", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(target.path()));
        return {};
    }
    QStringList copies;
    for (const QFileInfo &file :
         QDir(source).entryInfoList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name)) {
        const QString copy = target.absoluteFilePath(file.fileName());
        if (QFileInfo(copy).size() != file.size()) {
            QFile::remove(copy);
            if (!QFile::copy(file.absoluteFilePath(), copy)) {
                *error = QCoreApplication::translate("DemoProject",
                                                     "Cannot copy the demo model %1 to %2.")
                                 .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                                      QDir::toNativeSeparators(copy));
                return {};
            }
        }
        copies << copy;
    }
    return copies;
}

} // namespace ethoscribe::DemoProject
