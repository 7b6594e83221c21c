// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli-networks: every ethoscribe-cli command, including those that run networks
// (train, cv, analyze, model ...). Users do not call it: ethoscribe-cli becomes it for those
// commands (CliMain.h), so that the others start without loading LibTorch.
#include "CliMain.h"

#include "common/OpenMpWait.h"

#include "nets/CpuMemoryPool.h"
#include "nets/TorchRuntime.h"

#include <QThread>

int main(int argc, char **argv)
{
    // Before any thread uses torch: freed activations serve the next pass (CpuMemoryPool.h).
    ethoscribe::nets::CpuMemoryPool::install();
    return ethoscribe::cli::runCli(argc, argv, [] {
        // What the commands use unless told otherwise (--threads): every core.
        ethoscribe::nets::TorchRuntime::setThreads(QThread::idealThreadCount());
        return QString::fromStdString(
                       ethoscribe::nets::TorchRuntime::describe(torch::Device(torch::kCPU)))
               + QLatin1Char('\n') + ethoscribe::describeOpenMpWait() + QLatin1Char('\n')
               + QString::fromStdString(ethoscribe::nets::CpuMemoryPool::describe());
    });
}
