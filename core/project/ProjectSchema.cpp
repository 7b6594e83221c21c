// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectSchema.h"

#include "labels/PredictionTrack.h"
#include "project/PredictionStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

namespace ethoscribe::ProjectSchema {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSchema)
};

// Version 3: each old predictions row (one PredictionTrack::toBlob() of format 1 per track, where
// an all-zero row meant "not predicted") becomes a layout and blocks with explicit predicted
// flags; then the old table goes. A blob that cannot be read was unreadable before too: it is
// left out (its track keeps its labels) with a warning rather than making the project unopenable.
bool movePredictionBlobsToChunks(QSqlDatabase &db, QString *error)
{
    QSqlQuery ids(db);
    QVector<qint64> tracks;
    if (!ids.exec(QStringLiteral("SELECT p.track_id FROM predictions p JOIN tracks t ON "
                                 "t.id = p.track_id ORDER BY p.track_id"))) {
        *error = ids.lastError().text();
        return false;
    }
    while (ids.next())
        tracks << ids.value(0).toLongLong();
    ids.finish();
    PredictionStore store(db);
    QSqlQuery blob(db);
    blob.setForwardOnly(true);
    if (!blob.prepare(QStringLiteral("SELECT data FROM predictions WHERE track_id=?"))) {
        *error = blob.lastError().text();
        return false;
    }
    for (qint64 track : std::as_const(tracks)) {
        blob.addBindValue(track);
        if (!blob.exec() || !blob.next()) {
            *error = blob.lastError().text();
            return false;
        }
        QString why;
        const std::optional<PredictionTrack> predictions
                = PredictionTrack::fromBlob(blob.value(0).toByteArray(), &why);
        blob.finish();
        if (!predictions) {
            qWarning("Predictions of label track %lld left out while updating the project: %s",
                     track,
                     qPrintable(why));
            continue;
        }
        if (!store.writeTrack(track, *predictions)) {
            *error = store.sqlError().isValid() ? store.sqlError().text() : store.problem();
            return false;
        }
    }
    QSqlQuery drop(db);
    if (!drop.exec(QStringLiteral("DROP TABLE predictions"))) {
        *error = drop.lastError().text();
        return false;
    }
    return true;
}

} // namespace

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
            {3,
             "probabilities stored in blocks of frames with predicted flags; track sources",
             {
                     // e.g. checkpoint hash + video content hash of a prediction track
                     QStringLiteral(
                             "ALTER TABLE tracks ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
                     // class_names: JSON array of the class names in output order.
                     QStringLiteral("CREATE TABLE prediction_tracks ("
                                    " track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON "
                                    "DELETE CASCADE,"
                                    " frame_count INTEGER NOT NULL,"
                                    " chunk_frames INTEGER NOT NULL,"
                                    " class_names TEXT NOT NULL)"),
                     // Frames [first_frame, first_frame + frame_count), 0-based; first_frame is a
                     // multiple of chunk_frames; data is PredictionChunk::encode().
                     QStringLiteral("CREATE TABLE prediction_chunks ("
                                    " track_id INTEGER NOT NULL REFERENCES "
                                    "prediction_tracks(track_id) ON DELETE CASCADE,"
                                    " first_frame INTEGER NOT NULL,"
                                    " frame_count INTEGER NOT NULL,"
                                    " data BLOB NOT NULL,"
                                    " PRIMARY KEY (track_id, first_frame))"),
             },
             &movePredictionBlobsToChunks},
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
        for (int i = 0; i < statements.size(); ++i) {
            QString why;
            bool ok = true;
            // The conversion runs after the step's own statements, before the version is set.
            if (i == statements.size() - 1 && step.convert) {
                ok = step.convert(db, &why);
                if (!ok && why.isEmpty())
                    why = Tr::tr("the stored data could not be converted");
            }
            if (ok && !q.exec(statements.at(i))) {
                ok = false;
                why = q.lastError().text();
            }
            if (!ok) {
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
