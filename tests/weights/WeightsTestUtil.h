// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tests in tests/weights: running make_fixtures.py with Debian's
// python3-torch, and comparing tensors.

#include <torch/torch.h>

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTest>

namespace weightstest {

// The Python that has torch and torchvision, or empty (tests then QSKIP).
inline QString torchPython()
{
    return QStringLiteral(ETHOSCRIBE_TORCH_PYTHON);
}

// Runs make_fixtures.py MODE DIR; returns an empty string on success, else the reason.
inline QString makeFixtures(const QString &mode, const QString &dir, int timeoutMs = 240000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(torchPython(), {QStringLiteral(ETHOSCRIBE_WEIGHTS_FIXTURES), mode, dir});
    if (!p.waitForStarted())
        return QStringLiteral("cannot start %1").arg(torchPython());
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("make_fixtures.py %1 took too long").arg(mode);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("make_fixtures.py %1 failed:\n%2")
                .arg(mode, QString::fromUtf8(p.readAll()));
    return QString();
}

// Runs the Python fixtures once per test executable; QSKIPs without python3-torch.
#define WEIGHTS_MAKE_FIXTURES(mode, dir)                                                           \
    do {                                                                                           \
        if (weightstest::torchPython().isEmpty())                                                  \
            QSKIP("No python3 with torch and torchvision was found when configuring "              \
                  "(apt-get install python3-torch python3-torchvision); PyTorch-made files "       \
                  "cannot be generated.");                                                         \
        const QString why_ = weightstest::makeFixtures(mode, dir);                                 \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

inline double maxAbsDiff(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>();
}

} // namespace weightstest
