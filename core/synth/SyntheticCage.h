// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticBout.h"
#include "synth/SyntheticCageLayout.h"
#include "synth/SyntheticCageOptions.h"
#include "synth/SyntheticSceneState.h"

#include <QImage>
#include <QStringList>

#include <memory>
#include <vector>

namespace ethoscribe {

class SyntheticBehaviorScript;
class SyntheticCageRenderer;

// One synthetic side-view home-cage video with known per-frame ground truth: a dark mouse in a
// Jhuang et al. (2010) style cage acting out drink, eat, groom, hang, micro-movement, rear, rest
// and walk, bout after bout (a Markov chain with realistic durations), walking between the
// places where behaviors happen. Frames are rendered on demand, in any order; equal options give
// bit-identical frames and labels. GUI-free (QPainter on QImage, works offscreen).
//
// The options must be valid (SyntheticCageOptions::validate()).
class SyntheticCage
{
public:
    explicit SyntheticCage(const SyntheticCageOptions &options);
    ~SyntheticCage();
    SyntheticCage(const SyntheticCage &) = delete;
    SyntheticCage &operator=(const SyntheticCage &) = delete;

    // "drink", "eat", "groom", "hang", "micro-movement", "rear", "rest", "walk" (index order).
    static QStringList behaviorNames();

    const SyntheticCageOptions &options() const { return m_options; }
    const SyntheticCageLayout &layout() const { return m_layout; }
    qint64 frameCount() const;

    // Frame `frame` (0-based) as QImage::Format_RGB32, options().width x options().height.
    QImage renderFrame(qint64 frame) const;
    // The empty cage without mouse, lighting, blur or noise: the static scene as drawn.
    QImage backgroundImage() const;

    int behaviorAt(qint64 frame) const;
    QString behaviorNameAt(qint64 frame) const;
    // Per-frame behavior indices, frameCount() long.
    std::vector<int> labels() const;
    std::vector<SyntheticBout> bouts() const;
    SyntheticSceneState sceneState(qint64 frame) const;

private:
    SyntheticCageOptions m_options;
    SyntheticCageLayout m_layout;
    std::unique_ptr<SyntheticBehaviorScript> m_script;
    std::unique_ptr<SyntheticCageRenderer> m_renderer;
};

} // namespace ethoscribe
