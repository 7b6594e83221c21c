// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/InceptionInflater.h"

#include <QCoreApplication>

#include <map>

namespace ethoscribe {

std::string InceptionInflater::to3DName(const std::string &name2d)
{
    std::string n = name2d;
    if (n.rfind("Conv2d_", 0) == 0)
        n.replace(0, 7, "Conv3d_");
    const std::string from = ".conv2d.";
    auto pos = n.find(from);
    if (pos != std::string::npos)
        n.replace(pos, from.size(), ".conv3d.");
    return n;
}

torch::Tensor InceptionInflater::inflateKernel(const torch::Tensor &kernel2d, int64_t time)
{
    return kernel2d.unsqueeze(2).repeat({1, 1, time, 1, 1}) / double(time);
}

StateDict InceptionInflater::inflate(const StateDict &weights2d,
                                     torch::nn::Module &i3d,
                                     QStringList *inflated)
{
    std::map<std::string, torch::Tensor> targets;
    for (const auto &p : i3d.named_parameters(true))
        targets.emplace(p.key(), p.value());
    StateDict out;
    for (const auto &item : weights2d.items()) {
        const std::string name = to3DName(item.key());
        torch::Tensor t = item.value();
        auto it = targets.find(name);
        if (t.dim() == 4 && it != targets.end() && it->second.dim() == 5
            && it->second.size(0) == t.size(0) && it->second.size(3) == t.size(2)
            && it->second.size(4) == t.size(3)) {
            t = inflateKernel(t.to(torch::kFloat), it->second.size(2));
            if (inflated)
                *inflated << QString::fromStdString(name);
        } else if (t.dim() == 4 && name.size() > 7
                   && name.compare(name.size() - 7, 7, ".weight") == 0
                   && (it == targets.end() || it->second.dim() != 5)) {
            // A 2D kernel whose target is absent or not a 3D kernel: give it a time axis of 1
            // so that WeightImporter reports it with a meaningful shape.
            t = t.unsqueeze(2);
        }
        if (out.contains(name))
            out[name] = t;
        else
            out.insert(name, t);
    }
    return out;
}

WeightImportReport InceptionInflater::inflateInto(const StateDict &weights2d,
                                                  torch::nn::Module &i3d,
                                                  const WeightImporter::Options &options)
{
    QStringList inflated;
    const StateDict weights3d = inflate(weights2d, i3d, &inflated);
    WeightImportReport report
            = WeightImporter::load(weights3d, i3d, nets::Architecture::I3D, options);
    // Inflated kernels that were copied count as adapted, not as matched.
    int moved = 0;
    for (const auto &name : inflated) {
        if (report.matched.removeOne(name)) {
            report.adapted << name;
            ++moved;
        } else if (report.adapted.contains(name)) {
            ++moved; // inflated, then averaged over colour channels for a flow stem
        }
    }
    report.notes.prepend(QCoreApplication::translate("InceptionInflater",
                                                     "%n 2D kernel(s) were inflated to 3D "
                                                     "(repeated over time and divided by the "
                                                     "kernel's temporal size).",
                                                     nullptr,
                                                     moved));
    return report;
}

} // namespace ethoscribe
