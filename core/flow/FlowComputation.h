// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowMethod.h"
#include "flow/FlowOptions.h"

#include <QString>
#include <QtGlobal>

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <functional>

namespace ethoscribe {

// Computes the optical flow of a whole video into its cache file (FlowCache), in parallel over
// frame ranges: each worker owns a VideoReader and a FlowEstimator and decodes its range
// sequentially, starting one frame early for the first pair. Finished chunks are written durably
// as they complete (FlowCacheWriter), so a cancelled or killed computation resumes where it
// stopped.
//
// Frames the decoder cannot produce (damaged files) get zero flow, and so does the frame after
// one, which has no predecessor to compare with.
//
// While workers run, OpenCV's own thread pool is set to one thread (restored afterwards), because
// TV-L1 and DIS each parallelise internally and two levels of threads only compete for cores. Do
// not run two computations at once in one process.
//
// One computation writes a cache at a time, across processes and computers (FlowCacheLock): a
// second ensure() of the same cache waits, reporting the other one's progress as it reads it from
// the file, and finds the cache complete when the other finishes (or resumes it, if the other
// stopped or crashed).
class FlowComputation
{
public:
    using Progress = std::function<void(qint64 done,
                                        qint64 total)>; // from worker threads, never two at once
    // ensure() waits for another computation of the same cache: holder says who (a phrase, as
    // FlowCacheLock::holder()); an empty holder when the wait is over.
    using Waiting = std::function<void(const QString &holder)>;

    // Makes `cachePath` a complete cache of `videoPath` (whose content hash is `contentHash`).
    // A complete, matching cache returns true at once (without opening the video); a cache with
    // another method/parameters/hash (stale) is recomputed; a partial one keeps its finished chunks
    // (resumable). progress (may be empty) gets (frames done including those already cached,
    // frame count), first before any work. *cancel (may be null) stops it: returns false, *error
    // says it was cancelled, finished chunks are kept. While another process computes the same
    // cache, waiting (may be empty) is told, progress follows the other's finished chunks and
    // *cancel stops the wait.
    static bool ensure(const QString &videoPath,
                       const QString &contentHash,
                       const QString &cachePath,
                       const FlowOptions &options,
                       const Progress &progress,
                       std::atomic_bool *cancel,
                       QString *error,
                       const Waiting &waiting = {});

    // Whether `cachePath` is a complete cache of the video with `contentHash`, made with `method`
    // and the parameters ensure() would use: ensure() would return at once without writing.
    static bool isComplete(const QString &cachePath, const QString &contentHash, FlowMethod method);

    // The flow of one frame (from frame - 1 to frame; zero for frame 0) computed directly from the
    // video, without a cache: for previews. CV_32FC2 in pixels, not quantised.
    static bool computeFrame(const QString &videoPath,
                             qint64 frame,
                             FlowMethod method,
                             cv::Mat *flow,
                             QString *error);

    // Workers used for options.threads == 0: one per core.
    static int defaultThreads();
};

} // namespace ethoscribe
