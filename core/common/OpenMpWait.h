// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

// How LibTorch's OpenMP threads (GNU libgomp) wait for work. By default they spin up to 300,000
// times before they sleep. That costs nothing while a program has the cores to itself, but when
// two such programs share them (an analysis in the window and a cross-validation started from
// its Retrain menu, two commands of a batch script, tests run in parallel) each one's spinning
// threads take the cores the other's threads need at their next barrier. Measured on 2 cores
// (docs/BENCHMARKS.md, "Two programs at once"): two `analyze` runs side by side took 17-39 s each
// (5.3-7.9 s alone); with a spin count of 1,000, 9.7-14.2 s, and a run alone was not measurably
// slower.
//
// libgomp reads its settings once, when it is loaded, so they must be in the environment before
// a program that links LibTorch starts: ethoscribe-cli sets them before it becomes
// ethoscribe-cli-networks. The window links LibTorch itself and keeps libgomp's default (its own
// analyses run one at a time).

// The spin count set when the user chose none.
inline constexpr int kOpenMpSpinCount = 1000;

// Sets GOMP_SPINCOUNT to kOpenMpSpinCount in this process's environment, for the programs it
// starts, unless the user chose how OpenMP threads wait (OMP_WAIT_POLICY or GOMP_SPINCOUNT set).
void setOpenMpWaitForChildren();

// How this process's OpenMP threads wait, in words, from the environment it started with (for
// --version), e.g. "OpenMP threads spin 1000 times, then sleep (GOMP_SPINCOUNT=1000)".
QString describeOpenMpWait();

} // namespace ethoscribe
