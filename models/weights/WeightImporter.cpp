// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/WeightImporter.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace ethoscribe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WeightImporter)
};
} // namespace

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size()
           && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

QString shapeText(const torch::Tensor &t)
{
    QStringList dims;
    for (auto d : t.sizes())
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

std::vector<std::string> WeightImporter::classifierKeys(nets::Architecture architecture)
{
    if (architecture == nets::Architecture::I3D)
        return {"logits.conv3d.weight", "logits.conv3d.bias"};
    return {"fc.weight", "fc.bias"};
}

std::string WeightImporter::stemKey(nets::Architecture architecture)
{
    return architecture == nets::Architecture::I3D ? "Conv3d_1a_7x7.conv3d.weight"
                                                   : "stem.0.weight";
}

torch::Tensor WeightImporter::averageInputChannels(const torch::Tensor &kernel, int64_t channels)
{
    std::vector<int64_t> sizes = kernel.sizes().vec();
    sizes[1] = channels;
    return kernel.to(torch::kFloat).mean(1, /*keepdim=*/true).expand(sizes).contiguous();
}

WeightImportReport WeightImporter::load(const StateDict &weights,
                                        torch::nn::Module &network,
                                        nets::Architecture architecture,
                                        const Options &options)
{
    WeightImportReport report;
    std::map<std::string, torch::Tensor> targets;
    std::vector<std::string> order;
    for (const auto &p : network.named_parameters(true)) {
        targets.emplace(p.key(), p.value());
        order.push_back(p.key());
    }
    for (const auto &b : network.named_buffers(true)) {
        if (targets.emplace(b.key(), b.value()).second)
            order.push_back(b.key());
    }
    report.networkTensors = int(targets.size());

    const auto classifier = classifierKeys(architecture);
    const std::string stem = stemKey(architecture);
    const bool classifierFits
            = std::all_of(classifier.begin(), classifier.end(), [&](const auto &k) {
                  const auto *src = weights.find(k);
                  auto dst = targets.find(k);
                  return !src || dst == targets.end() || src->sizes() == dst->second.sizes();
              });

    torch::NoGradGuard noGrad;
    std::map<std::string, bool> loaded;
    int absentCounters = 0;
    for (const auto &item : weights.items()) {
        const std::string &key = item.key();
        const torch::Tensor &src = item.value();
        auto it = targets.find(key);
        if (it == targets.end()) {
            // BatchNorm's step counter is harmless when the network has none.
            if (!endsWith(key, ".num_batches_tracked"))
                report.unexpected << qs(key);
            continue;
        }
        torch::Tensor &dst = it->second;
        const bool isClassifier
                = std::find(classifier.begin(), classifier.end(), key) != classifier.end();
        if (src.sizes() == dst.sizes()) {
            if (isClassifier && !classifierFits && options.resetClassifierOnMismatch) {
                report.reinitialised << qs(key);
                loaded[key] = true;
                continue;
            }
            dst.copy_(src.to(dst.dtype()));
            report.matched << qs(key);
            loaded[key] = true;
        } else if (isClassifier && options.resetClassifierOnMismatch) {
            report.reinitialised << qs(key);
            loaded[key] = true;
        } else if (key == stem && options.adaptStemChannels && src.dim() == dst.dim()
                   && src.size(1) == 3 && dst.size(1) != 3 && src.size(0) == dst.size(0)
                   && std::equal(
                           src.sizes().begin() + 2, src.sizes().end(), dst.sizes().begin() + 2)) {
            dst.copy_(averageInputChannels(src, dst.size(1)).to(dst.dtype()));
            report.adapted << qs(key);
            report.notes
                    << Tr::tr("The first convolution (%1) was made for %2 input channels from the "
                              "file's RGB kernel by averaging over the colour channels.")
                               .arg(qs(key))
                               .arg(dst.size(1));
            loaded[key] = true;
        } else {
            report.shapeMismatched << Tr::tr("%1 (file %2, network %3)")
                                              .arg(qs(key), shapeText(src), shapeText(dst));
        }
    }
    for (const auto &key : order) {
        if (loaded.count(key))
            continue;
        if (endsWith(key, ".num_batches_tracked") && !weights.contains(key)) {
            ++absentCounters;
            continue;
        }
        const bool mismatched = weights.contains(key);
        if (mismatched)
            continue; // already listed as a shape mismatch
        if (std::find(classifier.begin(), classifier.end(), key) != classifier.end()
            && options.resetClassifierOnMismatch) {
            report.reinitialised << qs(key);
            continue;
        }
        report.missing << qs(key);
    }
    // A counter the file lacks is not a missing weight: do not count it against coverage.
    report.networkTensors -= absentCounters;
    if (absentCounters > 0)
        report.notes << Tr::tr("%n batch-norm step counter(s) were not in the file (files from "
                               "PyTorch before 0.4.1 have none); this does not change the model.",
                               nullptr,
                               absentCounters);
    if (!report.reinitialised.isEmpty())
        report.notes
                << Tr::tr("The classifier (%1) does not fit the number of behaviors and starts "
                          "from random values; train the model before using it.")
                           .arg(report.reinitialised.join(QStringLiteral(", ")));
    return report;
}

} // namespace ethoscribe
