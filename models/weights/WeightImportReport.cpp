// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/WeightImportReport.h"

#include <QCoreApplication>

namespace ethoscribe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WeightImportReport)
};
} // namespace

double WeightImportReport::coverage() const
{
    const int wanted = networkTensors - int(reinitialised.size());
    if (wanted <= 0)
        return 0.0;
    return double(matched.size() + adapted.size()) / double(wanted);
}

bool WeightImportReport::isUsable() const
{
    return shapeMismatched.isEmpty() && coverage() >= 0.5;
}

QString WeightImportReport::problem() const
{
    auto firstFew = [](const QStringList &l) {
        QStringList head = l.mid(0, 3);
        QString s = head.join(QStringLiteral(", "));
        if (l.size() > 3)
            s += QStringLiteral(", ...");
        return s;
    };
    if (!shapeMismatched.isEmpty())
        return Tr::
                tr("%n tensor(s) of the file have other shapes than the network's (%1): the file "
                   "was made for another variant of the network (other width, depth or input "
                   "channels).",
                   nullptr,
                   int(shapeMismatched.size()))
                        .arg(firstFew(shapeMismatched));
    if (coverage() < 0.5)
        return Tr::tr("only %1 of the network's %2 tensors were found in the file, and %3 of its "
                      "tensors have names this network does not have (%4): the file was made for "
                      "another architecture.")
                .arg(matched.size() + adapted.size())
                .arg(networkTensors)
                .arg(unexpected.size())
                .arg(unexpected.isEmpty() ? Tr::tr("none") : firstFew(unexpected));
    return QString();
}

QString WeightImportReport::countsLine() const
{
    return QCoreApplication::translate("WeightImportReport",
                                       "matched %1, adapted %2, re-initialised %3, missing %4, "
                                       "unexpected %5, shape mismatches %6")
            .arg(matched.size())
            .arg(adapted.size())
            .arg(reinitialised.size())
            .arg(missing.size())
            .arg(unexpected.size())
            .arg(shapeMismatched.size());
}

} // namespace ethoscribe
