// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli-networks: every ethoscribe-cli command, including those that run networks
// (train, cv, analyze, model ...). Users do not call it: ethoscribe-cli becomes it for those
// commands (CliMain.h), so that the others start without loading LibTorch.
#include "CliMain.h"

#include "nets/TorchRuntime.h"

int main(int argc, char **argv)
{
    return ethoscribe::cli::runCli(argc, argv, [] {
        return QString::fromStdString(
                ethoscribe::nets::TorchRuntime::describe(torch::Device(torch::kCPU)));
    });
}
