// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticCage.h"

#include "synth/SyntheticBehaviorChain.h"
#include "synth/SyntheticBehaviorScript.h"
#include "synth/SyntheticCageRenderer.h"

#include <cmath>

namespace ethoscribe {

SyntheticCage::SyntheticCage(const SyntheticCageOptions &options)
    : m_options(options)
    , m_layout(SyntheticCageLayout::create(options))
    , m_script(std::make_unique<SyntheticBehaviorScript>(options, m_layout))
    , m_renderer(std::make_unique<SyntheticCageRenderer>(options, m_layout))
{}

SyntheticCage::~SyntheticCage() = default;

QStringList SyntheticCage::behaviorNames()
{
    return SyntheticBehaviorChain::behaviorNames();
}

qint64 SyntheticCage::frameCount() const
{
    return m_script->frameCount();
}

QImage SyntheticCage::renderFrame(qint64 frame) const
{
    return m_renderer->render(m_script->poseAt(frame), frame);
}

QImage SyntheticCage::backgroundImage() const
{
    return m_renderer->background();
}

int SyntheticCage::behaviorAt(qint64 frame) const
{
    return m_script->behaviorAt(frame);
}

QString SyntheticCage::behaviorNameAt(qint64 frame) const
{
    return SyntheticBehaviorChain::behaviorName(behaviorAt(frame));
}

std::vector<int> SyntheticCage::labels() const
{
    std::vector<int> out(static_cast<size_t>(frameCount()));
    for (qint64 i = 0; i < frameCount(); ++i)
        out[size_t(i)] = m_script->behaviorAt(i);
    return out;
}

std::vector<SyntheticBout> SyntheticCage::bouts() const
{
    return m_script->bouts();
}

SyntheticSceneState SyntheticCage::sceneState(qint64 frame) const
{
    const SyntheticMouseGeometry &g = m_script->geometry();
    SyntheticSceneState s;
    s.frame = frame;
    s.behavior = behaviorAt(frame);
    s.behaviorName = SyntheticBehaviorChain::behaviorName(s.behavior);
    s.pose = m_script->poseAt(frame);
    s.mouseBox = m_renderer->mouseBox(s.pose);
    s.bodyToImage = m_renderer->bodyToImage(s.pose);
    s.bodySemiAxes = QSizeF(g.semiLength(s.pose), g.semiHeight(s.pose));
    s.bodyCenter = m_layout.toImage(g.center(s.pose));
    s.head = m_layout.toImage(g.headCenter(s.pose));
    s.nose = m_layout.toImage(g.nose(s.pose));
    s.mouth = m_layout.toImage(g.mouth(s.pose));
    s.bodyAngleDegrees = s.pose.bodyAngle * 180.0 / M_PI;
    s.facing = s.pose.facing();
    return s;
}

} // namespace ethoscribe
