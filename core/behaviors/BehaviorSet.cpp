// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviors/BehaviorSet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace ethoscribe {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BehaviorSet)
};

} // namespace

QVector<QColor> BehaviorSet::defaultPalette()
{
    // Okabe & Ito (2008) colour-universal-design palette without black, plus Paul Tol's "wine"
    // as a dark eighth colour that stays distinct from vermillion and reddish purple.
    return {QColor(0x00, 0x72, 0xB2),  // blue
            QColor(0xE6, 0x9F, 0x00),  // orange
            QColor(0xCC, 0x79, 0xA7),  // reddish purple
            QColor(0x00, 0x9E, 0x73),  // bluish green
            QColor(0xF0, 0xE4, 0x42),  // yellow
            QColor(0xD5, 0x5E, 0x00),  // vermillion
            QColor(0x56, 0xB4, 0xE9),  // sky blue
            QColor(0x88, 0x22, 0x55)}; // wine
}

BehaviorSet BehaviorSet::jhuangDefault()
{
    static const char *const names[]
            = {"drink", "eat", "groom", "hang", "micro-movement", "rear", "rest", "walk"};
    const QVector<QColor> palette = defaultPalette();
    BehaviorSet set;
    for (int i = 0; i < 8; ++i)
        set.m_behaviors.append(
                Behavior{i + 1, QString::fromLatin1(names[i]), palette.at(i), Qt::Key_1 + i});
    set.m_nextId = 9;
    return set;
}

QVector<BehaviorId> BehaviorSet::ids() const
{
    QVector<BehaviorId> result;
    result.reserve(m_behaviors.size());
    for (const Behavior &b : m_behaviors)
        result.append(b.id);
    return result;
}

QStringList BehaviorSet::names() const
{
    QStringList result;
    result.reserve(m_behaviors.size());
    for (const Behavior &b : m_behaviors)
        result.append(b.name);
    return result;
}

int BehaviorSet::positionOf(BehaviorId id) const
{
    for (int i = 0; i < m_behaviors.size(); ++i) {
        if (m_behaviors.at(i).id == id)
            return i;
    }
    return -1;
}

const Behavior *BehaviorSet::byId(BehaviorId id) const
{
    const int position = positionOf(id);
    return position >= 0 ? &m_behaviors.at(position) : nullptr;
}

const Behavior *BehaviorSet::byName(const QString &name, Qt::CaseSensitivity cs) const
{
    const QString wanted = name.trimmed();
    for (const Behavior &b : m_behaviors) {
        if (b.name.compare(wanted, cs) == 0)
            return &b;
    }
    return nullptr;
}

const Behavior *BehaviorSet::byKey(int key) const
{
    if (key == 0)
        return nullptr;
    for (const Behavior &b : m_behaviors) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

bool BehaviorSet::checkName(const QString &name, BehaviorId except, QString *error) const
{
    if (name.trimmed().isEmpty()) {
        setError(error, Tr::tr("A behavior needs a name."));
        return false;
    }
    if (name.trimmed() != name) {
        setError(error,
                 Tr::tr("The behavior name \"%1\" starts or ends with spaces; remove them.")
                         .arg(name));
        return false;
    }
    const Behavior *existing = byName(name, Qt::CaseInsensitive);
    if (existing && existing->id != except) {
        setError(error,
                 Tr::tr("There is already a behavior called \"%1\". Choose another name.")
                         .arg(existing->name));
        return false;
    }
    return true;
}

bool BehaviorSet::checkKey(int key, BehaviorId except, QString *error) const
{
    if (key < 0) {
        setError(error, Tr::tr("Invalid keyboard shortcut."));
        return false;
    }
    const Behavior *existing = byKey(key);
    if (existing && existing->id != except) {
        setError(error,
                 Tr::tr("This key is already used by \"%1\". Choose another key or none.")
                         .arg(existing->name));
        return false;
    }
    return true;
}

QColor BehaviorSet::unusedPaletteColor() const
{
    const QVector<QColor> palette = defaultPalette();
    for (const QColor &color : palette) {
        bool used = false;
        for (const Behavior &b : m_behaviors)
            used = used || b.color == color;
        if (!used)
            return color;
    }
    return palette.at(m_behaviors.size() % palette.size());
}

BehaviorId BehaviorSet::add(const QString &name, const QColor &color, int key, QString *error)
{
    if (!checkName(name, kUnlabeled, error) || !checkKey(key, kUnlabeled, error))
        return kUnlabeled;
    const BehaviorId id = m_nextId++;
    m_behaviors.append(Behavior{id, name, color.isValid() ? color : unusedPaletteColor(), key});
    return id;
}

bool BehaviorSet::insert(const Behavior &behavior, int position, QString *error)
{
    if (behavior.id < 0) {
        setError(error, Tr::tr("Invalid behavior id %1.").arg(behavior.id));
        return false;
    }
    if (contains(behavior.id)) {
        setError(error, Tr::tr("The behavior id %1 is already used.").arg(behavior.id));
        return false;
    }
    if (!checkName(behavior.name, kUnlabeled, error) || !checkKey(behavior.key, kUnlabeled, error))
        return false;
    Behavior b = behavior;
    if (!b.color.isValid())
        b.color = unusedPaletteColor();
    if (position < 0 || position > m_behaviors.size())
        position = m_behaviors.size();
    m_behaviors.insert(position, b);
    m_nextId = std::max(m_nextId, behavior.id + 1);
    return true;
}

bool BehaviorSet::rename(BehaviorId id, const QString &name, QString *error)
{
    const int position = positionOf(id);
    if (position < 0) {
        setError(error, Tr::tr("There is no behavior with id %1.").arg(id));
        return false;
    }
    if (!checkName(name, id, error))
        return false;
    m_behaviors[position].name = name;
    return true;
}

bool BehaviorSet::recolor(BehaviorId id, const QColor &color)
{
    const int position = positionOf(id);
    if (position < 0 || !color.isValid())
        return false;
    m_behaviors[position].color = color;
    return true;
}

bool BehaviorSet::setKey(BehaviorId id, int key, QString *error)
{
    const int position = positionOf(id);
    if (position < 0) {
        setError(error, Tr::tr("There is no behavior with id %1.").arg(id));
        return false;
    }
    if (!checkKey(key, id, error))
        return false;
    m_behaviors[position].key = key;
    return true;
}

bool BehaviorSet::move(int from, int to)
{
    if (from < 0 || from >= m_behaviors.size() || to < 0 || to >= m_behaviors.size())
        return false;
    m_behaviors.move(from, to);
    return true;
}

bool BehaviorSet::remove(BehaviorId id)
{
    const int position = positionOf(id);
    if (position < 0)
        return false;
    m_behaviors.removeAt(position);
    return true;
}

void BehaviorSet::setNextId(BehaviorId id)
{
    BehaviorId minimum = 1;
    for (const Behavior &b : m_behaviors)
        minimum = std::max(minimum, b.id + 1);
    m_nextId = std::max(id, minimum);
}

bool BehaviorSet::validate(QString *error) const
{
    QSet<BehaviorId> ids;
    QSet<QString> names;
    QSet<int> keys;
    for (const Behavior &b : m_behaviors) {
        if (b.id < 0 || ids.contains(b.id)) {
            setError(error,
                     Tr::tr("The behavior \"%1\" has an invalid or repeated id %2.")
                             .arg(b.name)
                             .arg(b.id));
            return false;
        }
        ids.insert(b.id);
        if (b.name.trimmed().isEmpty()) {
            setError(error, Tr::tr("A behavior has no name."));
            return false;
        }
        const QString folded = b.name.toCaseFolded();
        if (names.contains(folded)) {
            setError(error, Tr::tr("The behavior name \"%1\" is used twice.").arg(b.name));
            return false;
        }
        names.insert(folded);
        if (b.key < 0 || (b.key != 0 && keys.contains(b.key))) {
            setError(error,
                     Tr::tr("The keyboard shortcut of \"%1\" is invalid or used twice.")
                             .arg(b.name));
            return false;
        }
        if (b.key != 0)
            keys.insert(b.key);
    }
    return true;
}

QJsonArray BehaviorSet::toJson() const
{
    QJsonArray array;
    for (const Behavior &b : m_behaviors) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), b.id);
        object.insert(QStringLiteral("name"), b.name);
        object.insert(QStringLiteral("color"), b.color.name(QColor::HexRgb));
        object.insert(QStringLiteral("key"), b.key);
        array.append(object);
    }
    return array;
}

BehaviorSet BehaviorSet::fromJson(const QJsonArray &array, QString *error)
{
    BehaviorSet set;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QJsonValue id = object.value(QStringLiteral("id"));
        const QJsonValue name = object.value(QStringLiteral("name"));
        if (!array.at(i).isObject() || !id.isDouble() || !name.isString()) {
            setError(error,
                     Tr::tr("Behavior entry %1 is malformed (needs an id and a name).").arg(i + 1));
            return BehaviorSet();
        }
        Behavior b;
        b.id = id.toInt(-1);
        b.name = name.toString();
        const QString color = object.value(QStringLiteral("color")).toString();
        b.color = QColor::isValidColorName(color) ? QColor::fromString(color) : QColor();
        b.key = object.value(QStringLiteral("key")).toInt(0);
        if (!set.insert(b, -1, error))
            return BehaviorSet();
    }
    return set;
}

} // namespace ethoscribe
