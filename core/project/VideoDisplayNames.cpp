// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/VideoDisplayNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ethoscribe {

QStringList videoDisplayNames(const QStringList &paths)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]+"));
    QVector<QStringList> parts; // per path: its components, the file name last
    QHash<QString, QVector<int>> byFileName;
    for (int i = 0; i < paths.size(); ++i) {
        QStringList p = paths.at(i).split(separators, Qt::SkipEmptyParts);
        if (p.isEmpty())
            p << paths.at(i);
        byFileName[p.last().toCaseFolded()].append(i);
        parts.append(p);
    }
    QStringList names;
    for (const QStringList &p : std::as_const(parts))
        names << p.last();
    for (const QVector<int> &group : std::as_const(byFileName)) {
        if (group.size() < 2)
            continue;
        int deepest = 0;
        for (int i : group)
            deepest = std::max(deepest, int(parts[i].size()) - 1);
        // The fewest trailing folders that give every video of the group a different text;
        // paths that differ nowhere (or only in case) show all the folders they have.
        int depth = 1;
        for (; depth < deepest; ++depth) {
            QSet<QString> seen;
            for (int i : group) {
                const QStringList &p = parts[i];
                const int folders = int(p.size()) - 1;
                seen.insert(p.mid(std::max(0, folders - depth), std::min(depth, folders))
                                    .join(QLatin1Char('/'))
                                    .toCaseFolded());
            }
            if (seen.size() == group.size())
                break;
        }
        for (int i : group) {
            const QStringList &p = parts[i];
            const int folders = int(p.size()) - 1;
            const QString where = p.mid(std::max(0, folders - depth), std::min(depth, folders))
                                          .join(QLatin1Char('/'));
            if (!where.isEmpty())
                names[i] = QStringLiteral("%1 (%2)").arg(p.last(), where);
        }
    }
    return names;
}

} // namespace ethoscribe
