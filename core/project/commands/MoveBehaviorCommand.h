// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/BehaviorSetCommand.h"

namespace ethoscribe {

// Moves a behavior to another position in the display (and export column) order.
class MoveBehaviorCommand : public BehaviorSetCommand
{
public:
    MoveBehaviorCommand(Document *document, int from, int to);

protected:
    bool change(BehaviorSet &set, QString *error) override;

private:
    int m_from;
    int m_to;
};

} // namespace ethoscribe
