// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

class QSqlDatabase;

namespace ethoscribe {

// The layout of an .ethoproj file and the ordered steps that bring an older file up to date.
// `PRAGMA user_version` holds the version a file was last migrated to. Step N turns a version N-1
// file into a version N file; a new project runs every step from version 0. Steps are never edited
// once released: a change of layout is a new step appended to the list.
struct SchemaMigration
{
    int toVersion = 0;
    const char *description = nullptr;
    QStringList statements;
    // Optional: moves data that SQL alone cannot (e.g. re-encodes blobs). Runs after the
    // statements, in the same transaction; on failure returns false with a plain-language reason.
    bool (*convert)(QSqlDatabase &db, QString *error) = nullptr;
};

namespace ProjectSchema {

// The version this build writes. Files with a higher version are refused (never altered).
int currentVersion();
// 'ETHO' in PRAGMA application_id: tells an Ethoscribe project from any other SQLite file.
constexpr int kApplicationId = 0x4554484F;
const std::vector<SchemaMigration> &migrations();

// Runs the steps from `fromVersion` to currentVersion(), each in its own transaction together with
// the user_version update, so an interrupted migration leaves a file at a consistent version.
// On failure returns false and sets *error to a plain-language message.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace ProjectSchema
} // namespace ethoscribe
