// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"

#include <QJsonArray>
#include <QStringList>
#include <QVector>

namespace ethoscribe {

// The ordered list of behaviors of one project. Position (display order, column order in
// exports) and id (database key used by label tracks) are distinct: moving a behavior changes its
// position only. Editing functions keep the set valid (unique non-empty names, unique keys) and
// refuse an edit that would break that, explaining why in *error.
class BehaviorSet
{
public:
    BehaviorSet() = default;

    // The eight behaviors of Jhuang et al. 2010 / Nguyen et al. 2019 with ids 1..8, keys 1..8 and
    // a colour-blind-safe palette (the seven Okabe-Ito colours plus a distinct wine red).
    static BehaviorSet jhuangDefault();
    // Okabe-Ito based palette used for defaults and for new behaviors (cycled).
    static QVector<QColor> defaultPalette();

    int size() const { return m_behaviors.size(); }
    bool isEmpty() const { return m_behaviors.isEmpty(); }
    const Behavior &at(int position) const { return m_behaviors.at(position); }
    const QVector<Behavior> &behaviors() const { return m_behaviors; }
    QVector<BehaviorId> ids() const;
    QStringList names() const;

    // -1 when there is no such behavior.
    int positionOf(BehaviorId id) const;
    const Behavior *byId(BehaviorId id) const;
    const Behavior *byName(const QString &name, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    const Behavior *byKey(int key) const;
    bool contains(BehaviorId id) const { return positionOf(id) >= 0; }

    // Appends a behavior and returns its new id, or kUnlabeled (and *error) when the name is empty
    // or taken or the key is in use. An invalid colour picks the next unused palette colour.
    BehaviorId add(const QString &name,
                   const QColor &color = QColor(),
                   int key = 0,
                   QString *error = nullptr);
    // Inserts a behavior with a given id (loading from the database, undoing a removal) at
    // position (-1 = append). Fails when the id, name or key is already used.
    bool insert(const Behavior &behavior, int position = -1, QString *error = nullptr);
    bool rename(BehaviorId id, const QString &name, QString *error = nullptr);
    bool recolor(BehaviorId id, const QColor &color);
    // key 0 removes the shortcut.
    bool setKey(BehaviorId id, int key, QString *error = nullptr);
    // Moves the behavior at position from to position to (positions after the move).
    bool move(int from, int to);
    bool remove(BehaviorId id);

    // The id the next add() will use (ids are never reused within a set).
    BehaviorId nextId() const { return m_nextId; }
    void setNextId(BehaviorId id);

    // True when names are non-empty and unique (case-insensitively), ids unique and >= 0, and keys
    // unique (0 = none may repeat).
    bool validate(QString *error = nullptr) const;

    // [{"id":1,"name":"drink","color":"#0072b2","key":49}, ...] in display order.
    QJsonArray toJson() const;
    // Returns an empty set and sets *error when the array is malformed or invalid.
    static BehaviorSet fromJson(const QJsonArray &array, QString *error = nullptr);

    bool operator==(const BehaviorSet &other) const { return m_behaviors == other.m_behaviors; }
    bool operator!=(const BehaviorSet &other) const { return !(*this == other); }

private:
    bool checkName(const QString &name, BehaviorId except, QString *error) const;
    bool checkKey(int key, BehaviorId except, QString *error) const;
    QColor unusedPaletteColor() const;

    QVector<Behavior> m_behaviors;
    BehaviorId m_nextId = 1;
};

} // namespace ethoscribe
