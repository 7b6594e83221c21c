// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/CvEvaluation.h"

#include "eval/StreamKeys.h"
#include "fusion/FusionModel.h"
#include "io/CsvFormat.h"
#include "io/LabelExport.h"
#include "labels/PredictionTrack.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>
#include <set>

namespace ethoscribe {

namespace {

constexpr int kTenths = 10;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CvEvaluation)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

int toTenths(double rgbWeight)
{
    return int(std::lround(rgbWeight * kTenths));
}

QByteArray weightBytes(int tenths)
{
    QByteArray out;
    csv::appendFraction(out, tenths, kTenths, 1);
    return out;
}

// The per-frame predicted class of the models evaluated at one weight, and the fold counts.
struct ModelAccumulator
{
    FusionResult result;
    QVector<BehaviorId> predicted;
};

} // namespace

CvEvaluation CvEvaluation::evaluate(const QStringList &classNames,
                                    const std::vector<HeldOutPredictions> &videos,
                                    QString *error)
{
    CvEvaluation evaluation;
    const int classCount = int(classNames.size());
    if (classCount == 0) {
        setError(error, Tr::tr("The run has no behavior classes to evaluate."));
        return evaluation;
    }
    // Behavior ids are the class indices, so the confusion rows and columns are in class order.
    BehaviorSet behaviors;
    for (int c = 0; c < classCount; ++c) {
        QString why;
        if (!behaviors.insert(Behavior{c, classNames[c], QColor(), 0}, -1, &why)) {
            setError(error, Tr::tr("The behavior classes cannot be evaluated: %1").arg(why));
            return evaluation;
        }
    }
    if (videos.empty()) {
        setError(error, Tr::tr("The run has no held-out recordings to evaluate."));
        return evaluation;
    }

    const QStringList knownKeys = eval::streamKeys();
    QSet<QString> videoNames;
    for (const HeldOutPredictions &video : videos) {
        if (video.video.isEmpty()) {
            setError(error, Tr::tr("A held-out recording has no name."));
            return evaluation;
        }
        if (videoNames.contains(video.video)) {
            setError(error,
                     Tr::tr("The recording \"%1\" appears twice in the run.").arg(video.video));
            return evaluation;
        }
        videoNames.insert(video.video);
        if (video.fold < 0) {
            setError(error,
                     Tr::tr("The recording \"%1\" has the invalid fold %2.")
                             .arg(video.video)
                             .arg(video.fold));
            return evaluation;
        }
        for (size_t f = 0; f < video.truth.size(); ++f) {
            if (video.truth[f] < -1 || video.truth[f] >= classCount) {
                setError(error,
                         Tr::tr("Frame %1 of \"%2\" has the class index %3, but there are only "
                                "%4 classes.")
                                 .arg(f)
                                 .arg(video.video)
                                 .arg(video.truth[f])
                                 .arg(classCount));
                return evaluation;
            }
        }
        for (const auto &[key, values] : video.probabilities) {
            if (!knownKeys.contains(key)) {
                setError(error,
                         Tr::tr("The recording \"%1\" has probabilities of an unknown stream "
                                "\"%2\" (known: %3).")
                                 .arg(video.video, key, knownKeys.join(QStringLiteral(", "))));
                return evaluation;
            }
            if (values.size() != video.truth.size() * size_t(classCount)) {
                setError(error,
                         Tr::tr("The %1 probabilities of \"%2\" have %3 values; %4 frames x %5 "
                                "classes need %6.")
                                 .arg(key, video.video)
                                 .arg(values.size())
                                 .arg(video.truth.size())
                                 .arg(classCount)
                                 .arg(video.truth.size() * size_t(classCount)));
                return evaluation;
            }
        }
    }

    // Streams every recording has.
    QSet<QString> available;
    for (const QString &key : knownKeys) {
        int count = 0;
        for (const HeldOutPredictions &video : videos)
            count += video.probabilities.count(key) ? 1 : 0;
        if (count == int(videos.size()))
            available.insert(key);
        else if (count > 0)
            evaluation.m_warnings
                    << Tr::tr("The %1 stream was left out: only %2 of the %3 recordings "
                              "have it.")
                               .arg(key)
                               .arg(count)
                               .arg(videos.size());
    }

    // Weights (in tenths) of each model.
    std::map<QString, std::set<int>> weights;
    const QStringList networks = eval::networkNames();
    for (const QString &network : networks) {
        const bool rgb = available.contains(eval::streamKey(network, QStringLiteral("rgb")));
        const bool flow = available.contains(eval::streamKey(network, QStringLiteral("flow")));
        if (rgb && flow) {
            for (int t = 0; t <= kTenths; ++t)
                weights[network].insert(t);
        } else if (rgb) {
            weights[network].insert(kTenths);
        } else if (flow) {
            weights[network].insert(0);
        }
    }
    const QString both = eval::bothModelName();
    if (weights.count(networks[0]) && weights.count(networks[1])) {
        for (int t : weights[networks[0]]) {
            if (weights[networks[1]].count(t))
                weights[both].insert(t);
        }
    }
    if (weights.empty()) {
        setError(error,
                 available.isEmpty() && evaluation.m_warnings.isEmpty()
                         ? Tr::tr("No recording has predicted probabilities.")
                         : Tr::tr("No stream has predictions for every recording."));
        return evaluation;
    }
    for (const QString &model : networks + QStringList{both}) {
        if (weights.count(model))
            evaluation.m_models << model;
    }

    // The truth of all recordings one after another, and where each recording starts.
    qint64 totalFrames = 0;
    for (const HeldOutPredictions &video : videos)
        totalFrames += qint64(video.truth.size());
    QVector<BehaviorId> truthFrames;
    truthFrames.reserve(totalFrames);
    std::set<int> folds;
    for (const HeldOutPredictions &video : videos) {
        for (int t : video.truth) {
            truthFrames.append(t >= 0 ? t : kUnlabeled);
            evaluation.m_labeledFrames += t >= 0 ? 1 : 0;
        }
        folds.insert(video.fold);
    }
    const LabelTrack truthTrack = LabelTrack::fromFrames(truthFrames);
    for (int fold : folds)
        evaluation.m_folds.append(fold);

    // Each recording's streams as PredictionTracks, to fuse them with FusionModel::fusePair. The
    // files carry no predicted flags: an all-zero row is a frame the stream did not predict.
    std::vector<std::map<QString, PredictionTrack>> tracks(videos.size());
    for (size_t v = 0; v < videos.size(); ++v) {
        for (const auto &[key, values] : videos[v].probabilities) {
            if (!available.contains(key))
                continue;
            tracks[v].emplace(key,
                              PredictionTrack::fromUnmaskedValues(
                                      classNames, qint64(videos[v].truth.size()), values));
        }
    }

    std::map<QString, PredictionTrack> fusedBuffers;
    for (int t = 0; t <= kTenths; ++t) {
        std::map<QString, ModelAccumulator> accumulators;
        for (const QString &model : evaluation.m_models) {
            if (!weights[model].count(t))
                continue;
            ModelAccumulator &acc = accumulators[model];
            acc.result.model = model;
            acc.result.rgbWeightTenths = t;
            acc.predicted.reserve(totalFrames);
        }
        if (accumulators.empty())
            continue;
        for (size_t v = 0; v < videos.size(); ++v) {
            const HeldOutPredictions &video = videos[v];
            std::map<QString, const PredictionTrack *> fused;
            for (const QString &network : networks) {
                if (!weights.count(network) || !weights[network].count(t))
                    continue;
                const auto rgb = tracks[v].find(eval::streamKey(network, QStringLiteral("rgb")));
                const auto flow = tracks[v].find(eval::streamKey(network, QStringLiteral("flow")));
                if (rgb != tracks[v].end() && flow != tracks[v].end()) {
                    // Integer weights: the sum is exactly 10, so 1.0/0.0 give one stream exactly.
                    FusionModel::fusePair(
                            fusedBuffers[network], rgb->second, flow->second, t, kTenths - t);
                    fused[network] = &fusedBuffers[network];
                } else {
                    fused[network] = rgb != tracks[v].end() ? &rgb->second : &flow->second;
                }
            }
            if (accumulators.count(both)) {
                FusionModel::fusePair(
                        fusedBuffers[both], *fused[networks[0]], *fused[networks[1]], 0.5, 0.5);
                fused[both] = &fusedBuffers[both];
            }
            for (auto &[model, acc] : accumulators) {
                const PredictionTrack &track = *fused[model];
                FoldAccuracy &fold = acc.result.folds[video.fold];
                fold.fold = video.fold;
                for (size_t f = 0; f < video.truth.size(); ++f) {
                    const int truth = video.truth[f];
                    if (truth < 0) {
                        acc.predicted.append(kUnlabeled);
                        continue;
                    }
                    const int predicted = track.argmax(qint64(f));
                    acc.predicted.append(predicted >= 0 ? predicted : kUnlabeled);
                    if (predicted < 0) {
                        ++acc.result.unpredictedFrames;
                        continue;
                    }
                    ++fold.frames;
                    fold.correct += predicted == truth ? 1 : 0;
                }
            }
        }
        for (auto &[model, acc] : accumulators) {
            acc.result.agreement = AgreementStatistics::compute(
                    truthTrack, LabelTrack::fromFrames(acc.predicted), behaviors);
            evaluation.m_results.emplace(std::make_pair(model, t), std::move(acc.result));
        }
    }
    evaluation.m_classNames = classNames;
    evaluation.m_videoCount = int(videos.size());
    return evaluation;
}

QStringList CvEvaluation::models() const
{
    return m_models;
}

QVector<double> CvEvaluation::rgbWeights(const QString &model) const
{
    QVector<double> out;
    for (const auto &[key, result] : m_results) {
        if (key.first == model)
            out.append(result.rgbWeight());
    }
    return out;
}

const FusionResult *CvEvaluation::result(const QString &model, double rgbWeight) const
{
    const auto it = m_results.find(std::make_pair(model, toTenths(rgbWeight)));
    return it == m_results.end() ? nullptr : &it->second;
}

double CvEvaluation::accuracy(const QString &model, double rgbWeight) const
{
    const FusionResult *r = result(model, rgbWeight);
    return r ? r->accuracy() : std::numeric_limits<double>::quiet_NaN();
}

QVector<QVector<qint64>> CvEvaluation::confusion(const QString &model, double rgbWeight) const
{
    const FusionResult *r = result(model, rgbWeight);
    return r ? r->agreement.confusion : QVector<QVector<qint64>>();
}

const BehaviorAgreement *CvEvaluation::behavior(const QString &model,
                                                double rgbWeight,
                                                int classIndex) const
{
    const FusionResult *r = result(model, rgbWeight);
    if (!r || classIndex < 0 || classIndex >= r->agreement.perBehavior.size())
        return nullptr;
    return &r->agreement.perBehavior[classIndex];
}

std::map<int, double> CvEvaluation::foldAccuracy(const QString &model, double rgbWeight) const
{
    std::map<int, double> out;
    if (const FusionResult *r = result(model, rgbWeight)) {
        for (const auto &[fold, acc] : r->folds)
            out[fold] = acc.accuracy();
    }
    return out;
}

double CvEvaluation::bestWeight(const QString &model) const
{
    const FusionResult *best = nullptr;
    for (const auto &[key, result] : m_results) {
        if (key.first == model && (!best || result.accuracy() > best->accuracy()))
            best = &result;
    }
    return best ? best->rgbWeight() : -1.0;
}

QString CvEvaluation::weightText(double rgbWeight)
{
    return QString::fromLatin1(weightBytes(toTenths(rgbWeight)));
}

QString CvEvaluation::confusionFileName(const QString &model, double rgbWeight)
{
    return QStringLiteral("confusion_%1_%2.csv").arg(model, weightText(rgbWeight));
}

bool CvEvaluation::writeReport(const QString &dir, QString *error, QStringList *written) const
{
    if (isEmpty())
        return setError(error, Tr::tr("There is nothing to report: the evaluation is empty."));
    const QDir folder(dir);
    if (!folder.exists())
        return setError(
                error,
                Tr::tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(dir)));

    QByteArray sweep("model,rgb_weight,accuracy\n");
    QByteArray perBehavior("model,rgb_weight,behavior,accuracy,precision,recall,f1,frames\n");
    std::vector<std::pair<QString, QByteArray>> confusionFiles;
    for (const QString &model : m_models) {
        for (const auto &[key, r] : m_results) {
            if (key.first != model)
                continue;
            const QByteArray weight = weightBytes(r.rgbWeightTenths);
            csv::appendField(sweep, model);
            sweep.append(',').append(weight).append(',');
            csv::appendFraction(sweep, r.correctFrames(), std::max<qint64>(r.frames(), 1), 6);
            sweep.append('\n');

            for (int c = 0; c < m_classNames.size(); ++c) {
                const BehaviorAgreement &b = r.agreement.perBehavior[c];
                csv::appendField(perBehavior, model);
                perBehavior.append(',').append(weight).append(',');
                csv::appendField(perBehavior, m_classNames[c]);
                perBehavior.append(',');
                // Exact fractions of counts (F1 = 2 TP / (support + predicted)).
                const qint64 support = std::max<qint64>(b.support, 1);
                csv::appendFraction(perBehavior, b.truePositives, support, 6);
                perBehavior.append(',');
                csv::appendFraction(
                        perBehavior, b.truePositives, std::max<qint64>(b.predicted, 1), 6);
                perBehavior.append(',');
                csv::appendFraction(perBehavior, b.truePositives, support, 6);
                perBehavior.append(',');
                csv::appendFraction(perBehavior,
                                    2 * b.truePositives,
                                    std::max<qint64>(b.support + b.predicted, 1),
                                    6);
                perBehavior.append(',');
                csv::appendInteger(perBehavior, b.support);
                perBehavior.append('\n');
            }

            QByteArray confusion("truth");
            for (const QString &name : m_classNames) {
                confusion.append(',');
                csv::appendField(confusion, name);
            }
            confusion.append('\n');
            for (int row = 0; row < m_classNames.size(); ++row) {
                csv::appendField(confusion, m_classNames[row]);
                for (qint64 count : r.agreement.confusion[row]) {
                    confusion.append(',');
                    csv::appendInteger(confusion, count);
                }
                confusion.append('\n');
            }
            confusionFiles.emplace_back(confusionFileName(model, r.rgbWeight()), confusion);
        }
    }
    confusionFiles.emplace_back(QStringLiteral("fusion_sweep.csv"), sweep);
    confusionFiles.emplace_back(QStringLiteral("per_behavior.csv"), perBehavior);
    for (const auto &[name, contents] : confusionFiles) {
        const QString path = folder.filePath(name);
        if (!LabelExport::writeFile(path, contents, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

QJsonObject CvEvaluation::toJson() const
{
    QJsonArray classes;
    for (const QString &name : m_classNames)
        classes.append(name);
    QJsonArray folds;
    for (int fold : m_folds)
        folds.append(fold);
    QJsonObject models;
    for (const QString &model : m_models) {
        QJsonArray rows;
        for (const auto &[key, r] : m_results) {
            if (key.first != model)
                continue;
            QJsonArray foldRows;
            for (const auto &[fold, acc] : r.folds) {
                foldRows.append(QJsonObject{{QStringLiteral("fold"), fold},
                                            {QStringLiteral("accuracy"), acc.accuracy()},
                                            {QStringLiteral("frames"), acc.frames}});
            }
            rows.append(QJsonObject{{QStringLiteral("rgb_weight"), r.rgbWeight()},
                                    {QStringLiteral("accuracy"), r.accuracy()},
                                    {QStringLiteral("frames"), r.frames()},
                                    {QStringLiteral("unpredicted_frames"), r.unpredictedFrames},
                                    {QStringLiteral("macro_f1"), r.agreement.macroF1},
                                    {QStringLiteral("kappa"), r.agreement.kappa},
                                    {QStringLiteral("folds"), foldRows}});
        }
        const double best = bestWeight(model);
        models.insert(model,
                      QJsonObject{{QStringLiteral("best_rgb_weight"), best},
                                  {QStringLiteral("best_accuracy"), accuracy(model, best)},
                                  {QStringLiteral("weights"), rows}});
    }
    return QJsonObject{{QStringLiteral("classes"), classes},
                       {QStringLiteral("videos"), m_videoCount},
                       {QStringLiteral("labeled_frames"), m_labeledFrames},
                       {QStringLiteral("folds"), folds},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings)},
                       {QStringLiteral("models"), models}};
}

} // namespace ethoscribe
