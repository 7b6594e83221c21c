// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectFusion.h"

#include "behaviors/BehaviorSet.h"
#include "fusion/FusionModel.h"
#include "io/LabelExport.h"
#include "project/ProjectDatabase.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace ethoscribe::ProjectFusion {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFusion)
};

const QString kRgbWeightKey = QStringLiteral("fusion/rgb_weight");
const QString kModelMixKey = QStringLiteral("fusion/model_mix");
const QString kMedianKey = QStringLiteral("fusion/median_width");
const QString kMinBoutKey = QStringLiteral("fusion/min_bout_frames");

const QString &networkName(int network)
{
    static const QString names[] = {QStringLiteral("i3d"), QStringLiteral("r2plus1d")};
    return names[network];
}

const QString &streamName(int stream)
{
    static const QString names[] = {QStringLiteral("rgb"), QStringLiteral("flow")};
    return names[stream];
}

} // namespace

QString trackName()
{
    return QStringLiteral("fused");
}

FusionParameters savedParameters(const std::function<QString(const QString &)> &setting)
{
    FusionParameters saved;
    bool ok = false;
    const double w = setting(kRgbWeightKey).toDouble(&ok);
    if (ok)
        saved.rgbWeight = w;
    const double m = setting(kModelMixKey).toDouble(&ok);
    if (ok)
        saved.modelMix = m;
    const int median = setting(kMedianKey).toInt(&ok);
    if (ok)
        saved.medianWidth = median;
    const int minBout = setting(kMinBoutKey).toInt(&ok);
    if (ok)
        saved.minBoutFrames = minBout;
    return saved.isValid() ? saved : FusionParameters();
}

QVector<QPair<QString, QString>> settings(const FusionParameters &params)
{
    return {{kRgbWeightKey, QString::number(params.rgbWeight)},
            {kModelMixKey, QString::number(params.modelMix)},
            {kMedianKey, QString::number(params.medianWidth)},
            {kMinBoutKey, QString::number(params.minBoutFrames)}};
}

Inputs inputs(const QVector<TrackRecord> &tracksOfVideo,
              qint64 frameCount,
              const std::function<std::optional<PredictionLayout>(TrackId)> &layout)
{
    Inputs result{};
    QStringList classes;
    for (int n = 0; n < 2; ++n) {
        for (int s = 0; s < 2; ++s) {
            const TrackRecord *newest = nullptr;
            for (const TrackRecord &t : tracksOfVideo)
                if (t.kind == TrackKind::Prediction && t.model == networkName(n)
                    && t.stream == streamName(s) && (!newest || t.id > newest->id))
                    newest = &t;
            if (!newest)
                continue;
            const std::optional<PredictionLayout> l = layout(newest->id);
            if (!l || l->isNull() || l->frameCount != frameCount)
                continue;
            if (!classes.isEmpty() && l->classNames != classes)
                continue; // another behavior set: not fused with the first one found
            classes = l->classNames;
            result[size_t(n * 2 + s)] = newest->id;
        }
    }
    return result;
}

bool hasPredictionTracks(const QVector<TrackRecord> &tracksOfVideo)
{
    return std::any_of(tracksOfVideo.begin(), tracksOfVideo.end(), [](const TrackRecord &t) {
        return t.kind == TrackKind::Prediction && FusionModel::networkFromName(t.model)
               && FusionModel::streamFromName(t.stream);
    });
}

std::optional<FusedVideo> fuse(ProjectDatabase &db,
                               const VideoRecord &video,
                               const BehaviorSet &behaviors,
                               const FusionParameters &params,
                               bool withProbabilities,
                               QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<FusedVideo> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!params.isValid(error))
        return std::nullopt;
    bool readFailed = false;
    const Inputs ids = inputs(db.tracks(video.id), video.frameCount, [&](TrackId id) {
        std::optional<PredictionLayout> l = db.predictionLayout(id);
        readFailed = readFailed || !l;
        return l;
    });
    if (readFailed)
        return failed(db.errorString());
    FusedVideo result;
    // The inputs live here until the fusion is done (FusionModel does not copy them).
    std::array<std::optional<PredictionTrack>, 4> tracks;
    FusionModel model;
    model.setMaxThreads(1); // callers run it on a worker thread of their own
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == 0)
            continue;
        tracks[i] = db.predictions(ids[i]);
        if (!tracks[i])
            return failed(db.errorString());
        QString why;
        if (!model.setInput(
                    FusionModel::Network(i / 2), FusionModel::Stream(i % 2), &*tracks[i], &why))
            return failed(why);
        ++result.inputCount;
    }
    if (result.inputCount == 0) {
        result.labels.setFrameCount(video.frameCount);
        return result;
    }
    QString why;
    if (!model.recompute(params, &why))
        return failed(why);
    const FusionOutput &out = model.output();
    QVector<BehaviorId> mapping;
    for (const QString &name : out.classNames) {
        const Behavior *b = behaviors.byName(name, Qt::CaseInsensitive);
        mapping.append(b ? b->id : kUnlabeled);
    }
    result.labels = out.toLabelTrack(mapping);
    result.predictedFrames = std::count_if(out.flags.begin(), out.flags.end(), [](std::uint8_t f) {
        return (f & FusionOutput::Predicted) != 0;
    });
    if (withProbabilities)
        result.probabilities = out.toPredictionTrack();
    return result;
}

FolderExport exportToFolder(const QString &projectPath,
                            const QVector<VideoRecord> &videos,
                            const BehaviorSet &behaviors,
                            const FusionParameters &params,
                            const QString &folder,
                            const std::function<bool(int, int)> &progress)
{
    FolderExport result;
    const int total = int(videos.size());
    if (!QDir().mkpath(folder)) {
        result.error = Tr::tr("Cannot create the folder %1. Choose a folder you can write to.")
                               .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    ProjectDatabase db;
    if (!db.open(projectPath, ProjectDatabase::OpenMode::ReadOnly)) {
        result.error = db.errorString();
        return result;
    }
    LabelExport::BaseNames names;
    const QDir dir(folder);
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result.cancelled = true;
            return result;
        }
        const VideoRecord &video = videos[i];
        const QString base = names.forVideo(video.path);
        QString error;
        const std::optional<FusedVideo> fused = fuse(db, video, behaviors, params, true, &error);
        if (!fused) {
            result.error = Tr::tr("Cannot read the predictions of %1: %2").arg(video.path, error);
            return result;
        }
        if (fused->inputCount == 0)
            continue;
        if (fused->predictedFrames < video.frameCount)
            result.partlyAnalysed << video.path;
        for (const QString &name : LabelExport::unmatchedClasses(behaviors, fused->probabilities))
            if (!result.unmatchedClasses.contains(name))
                result.unmatchedClasses << name;
        CsvExportOptions options;
        options.fpsNumerator = video.fpsNum > 0 ? video.fpsNum : 30;
        options.fpsDenominator = video.fpsDen > 0 ? video.fpsDen : 1;
        options.probabilities = &fused->probabilities;
        const QString ethogram = dir.absoluteFilePath(base + QStringLiteral("_prediction.csv"));
        const QString bouts = dir.absoluteFilePath(base + QStringLiteral("_prediction_bouts.csv"));
        if (!LabelExport::writeFile(
                    ethogram, LabelExport::ethogramCsv(fused->labels, behaviors, options), &error)
            || !LabelExport::writeFile(
                    bouts, LabelExport::boutsCsv(fused->labels, behaviors, options), &error)) {
            result.error = error;
            return result;
        }
        result.writtenFiles << ethogram << bouts;
        ++result.videosWritten;
    }
    if (progress)
        progress(total, total);
    result.ok = true;
    return result;
}

} // namespace ethoscribe::ProjectFusion
