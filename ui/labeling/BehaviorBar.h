// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"

#include <QWidget>

class QHBoxLayout;

namespace ethoscribe {

// The legend of the timeline's colours, one button per behavior showing its key, colour and name
// ("1 drink"). Clicking a button labels like pressing its key.
class BehaviorBar : public QWidget
{
    Q_OBJECT

public:
    explicit BehaviorBar(QWidget *parent = nullptr);

    void setBehaviors(const BehaviorSet &behaviors);

Q_SIGNALS:
    void behaviorClicked(ethoscribe::BehaviorId behavior);

private:
    QHBoxLayout *m_layout;
};

} // namespace ethoscribe
