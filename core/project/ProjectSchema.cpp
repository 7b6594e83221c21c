// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ethoscribe::ProjectSchema {

const std::vector<SchemaMigration> &migrations()
{
    static const std::vector<SchemaMigration> steps = {
            {1,
             "initial layout: videos, behaviors, label tracks as bouts, probabilities, settings",
             {
                     QStringLiteral("CREATE TABLE videos ("
                                    " id INTEGER PRIMARY KEY,"
                                    " path TEXT NOT NULL," // relative to the project file's folder
                                    " content_hash TEXT NOT NULL," // see ContentHash.h
                                    " file_size INTEGER NOT NULL,"
                                    " frame_count INTEGER NOT NULL,"
                                    " fps_num INTEGER NOT NULL,"
                                    " fps_den INTEGER NOT NULL,"
                                    " width INTEGER NOT NULL,"
                                    " height INTEGER NOT NULL,"
                                    " codec TEXT NOT NULL DEFAULT '',"
                                    " duration_s REAL NOT NULL DEFAULT 0,"
                                    " added_at TEXT NOT NULL DEFAULT (datetime('now')))"),
                     QStringLiteral("CREATE TABLE behaviors ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL,"
                                    " color TEXT NOT NULL,"
                                    " key INTEGER NOT NULL DEFAULT 0,"
                                    " position INTEGER NOT NULL)"),
                     QStringLiteral(
                             "CREATE TABLE tracks ("
                             " id INTEGER PRIMARY KEY,"
                             " video_id INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,"
                             " kind TEXT NOT NULL CHECK (kind IN ('manual','prediction','fused')),"
                             " name TEXT NOT NULL DEFAULT ''," // annotator of a manual track
                             " model TEXT NOT NULL DEFAULT '',"
                             " stream TEXT NOT NULL DEFAULT '',"
                             " created_at TEXT NOT NULL DEFAULT (datetime('now')))"),
                     QStringLiteral("CREATE INDEX tracks_by_video ON tracks(video_id)"),
                     // Frames [start, end), 0-based; behavior_id is never kUnlabeled (gaps are
                     // unlabeled).
                     QStringLiteral(
                             "CREATE TABLE bouts ("
                             " track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,"
                             " start INTEGER NOT NULL,"
                             " end INTEGER NOT NULL,"
                             " behavior_id INTEGER NOT NULL,"
                             " PRIMARY KEY (track_id, start)) WITHOUT ROWID"),
                     QStringLiteral("CREATE TABLE predictions ("
                                    " track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE "
                                    "CASCADE,"
                                    " data BLOB NOT NULL)"),
                     QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
             }},
            {2,
             "recordings (groups of clips), model registry, cross-validation runs",
             {
                     QStringLiteral(
                             "ALTER TABLE videos ADD COLUMN recording TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral(
                             "CREATE TABLE models ("
                             " id INTEGER PRIMARY KEY,"
                             " name TEXT NOT NULL,"
                             " architecture TEXT NOT NULL DEFAULT '',"
                             " stream TEXT NOT NULL DEFAULT '',"
                             " path TEXT NOT NULL DEFAULT ''," // relative to the project folder
                             " metadata TEXT NOT NULL DEFAULT '{}',"
                             " created_at TEXT NOT NULL DEFAULT (datetime('now')))"),
                     QStringLiteral("CREATE TABLE cv_runs ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL DEFAULT '',"
                                    " config TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL DEFAULT (datetime('now')))"),
                     QStringLiteral(
                             "CREATE TABLE cv_results ("
                             " run_id INTEGER NOT NULL REFERENCES cv_runs(id) ON DELETE CASCADE,"
                             " fold INTEGER NOT NULL,"
                             " result TEXT NOT NULL DEFAULT '{}',"
                             " PRIMARY KEY (run_id, fold))"),
             }},
    };
    return steps;
}

int currentVersion()
{
    return migrations().back().toVersion;
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (const SchemaMigration &step : migrations()) {
        if (step.toVersion <= fromVersion)
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = QCoreApplication::translate(
                                 "ProjectSchema", "Could not start updating the project file: %1")
                                 .arg(q.lastError().text());
            return false;
        }
        QStringList statements = step.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                if (error)
                    *error = QCoreApplication::translate("ProjectSchema",
                                                         "Could not update the project file to "
                                                         "version %1 (%2): %3. The file "
                                                         "was left unchanged.")
                                     .arg(step.toVersion)
                                     .arg(QString::fromUtf8(step.description), why);
                return false;
            }
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString why = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = QCoreApplication::translate("ProjectSchema",
                                                     "Could not save the updated project file: %1")
                                 .arg(why);
            return false;
        }
    }
    return true;
}

} // namespace ethoscribe::ProjectSchema
