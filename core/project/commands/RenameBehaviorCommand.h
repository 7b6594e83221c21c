// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/BehaviorSetCommand.h"

namespace ethoscribe {

// Renames a behavior (its labels keep their id, so they follow).
class RenameBehaviorCommand : public BehaviorSetCommand
{
public:
    RenameBehaviorCommand(Document *document, BehaviorId id, const QString &name);

protected:
    bool change(BehaviorSet &set, QString *error) override;

private:
    BehaviorId m_id;
    QString m_name;
};

} // namespace ethoscribe
