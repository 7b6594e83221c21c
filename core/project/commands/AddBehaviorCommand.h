// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/commands/BehaviorSetCommand.h"

namespace ethoscribe {

// Appends a new behavior to the project's set; addedId() is its id once applied.
class AddBehaviorCommand : public BehaviorSetCommand
{
public:
    AddBehaviorCommand(Document *document, const QString &name, const QColor &color, int key);

protected:
    bool change(BehaviorSet &set, QString *error) override;

private:
    QString m_name;
    QColor m_color;
    int m_key;
    BehaviorId m_added = kUnlabeled;

public:
    BehaviorId addedId() const { return m_added; }
};

} // namespace ethoscribe
