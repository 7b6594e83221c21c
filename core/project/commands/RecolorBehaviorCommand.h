// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/BehaviorSetCommand.h"

namespace ethoscribe {

// Changes the colour a behavior is drawn with.
class RecolorBehaviorCommand : public BehaviorSetCommand
{
public:
    RecolorBehaviorCommand(Document *document, BehaviorId id, const QColor &color);

protected:
    bool change(BehaviorSet &set, QString *error) override;

private:
    BehaviorId m_id;
    QColor m_color;
};

} // namespace ethoscribe
