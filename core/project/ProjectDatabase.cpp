// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

#include "project/ContentHash.h"
#include "project/PredictionStore.h"
#include "project/ProjectSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <limits>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
};

// Plain words for the SQLite failures a user can meet and act on.
QString explain(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Tr::tr("another program is using the project file; close it and try again");
        case 8: // SQLITE_READONLY
            return Tr::tr(
                    "the project file cannot be written (it is read-only or on a read-only disk)");
        case 10: // SQLITE_IOERR
            return Tr::tr("the disk could not be read or written (is it full? is it still "
                          "connected?)");
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Tr::tr("the file is damaged or is not an Ethoscribe project");
        case 13: // SQLITE_FULL
            return Tr::tr("the disk is full; free some space and try again");
        case 14: // SQLITE_CANTOPEN
            return Tr::tr(
                    "the file cannot be opened (check that the folder exists and that you may "
                    "write in it)");
        default:
            break;
        }
    }
    const QString text = error.text().trimmed();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

QAtomicInteger<quint64> g_connectionCounter;

// A null QString binds as SQL NULL; text columns are NOT NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString trackKindName(TrackKind kind)
{
    switch (kind) {
    case TrackKind::Manual:
        return QStringLiteral("manual");
    case TrackKind::Prediction:
        return QStringLiteral("prediction");
    case TrackKind::Fused:
        return QStringLiteral("fused");
    }
    return QStringLiteral("manual");
}

bool trackKindFromName(const QString &name, TrackKind *kind)
{
    for (TrackKind k : {TrackKind::Manual, TrackKind::Prediction, TrackKind::Fused}) {
        if (trackKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// --- Transaction ---

ProjectDatabase::Transaction::Transaction(ProjectDatabase &db)
    : m_db(db)
{
    m_active = m_db.begin();
}

ProjectDatabase::Transaction::~Transaction()
{
    rollback();
}

bool ProjectDatabase::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commitTop();
}

void ProjectDatabase::Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollbackTop();
}

bool ProjectDatabase::begin()
{
    if (!checkWritable())
        return false;
    if (m_txDepth == 0) {
        QSqlQuery q(m_db);
        // IMMEDIATE takes the write lock now rather than at the first write, so that a transaction
        // never fails half-way because another connection wrote in between.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlFail(q, Tr::tr("start a change"));
        m_txFailed = false;
    } else if (m_txFailed) {
        // A part of the enclosing change failed: it will be rolled back, and SQLite may already
        // have ended it (after SQLITE_FULL or an I/O error), so that further writes would be
        // committed on their own. Write nothing more until it ends.
        return fail(Tr::tr("An earlier part of this change could not be saved."));
    }
    ++m_txDepth;
    return true;
}

ProjectDatabase::ReadTransaction::ReadTransaction(ProjectDatabase &db)
    : m_db(db)
{
    if (!db.isOpen() || db.m_txDepth > 0)
        return;
    QSqlQuery q(db.m_db);
    // DEFERRED: the snapshot is taken by the first read and held until COMMIT (WAL mode).
    m_active = q.exec(QStringLiteral("BEGIN DEFERRED"));
    if (!m_active)
        db.sqlFail(q, Tr::tr("start reading"));
}

ProjectDatabase::ReadTransaction::~ReadTransaction()
{
    if (m_active)
        QSqlQuery(m_db.m_db).exec(QStringLiteral("COMMIT"));
}

bool ProjectDatabase::commitTop()
{
    Q_ASSERT(m_txDepth > 0);
    if (--m_txDepth > 0)
        return !m_txFailed;
    QSqlQuery q(m_db);
    if (m_txFailed) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        sqlFail(q, Tr::tr("save the change"));
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void ProjectDatabase::rollbackTop()
{
    Q_ASSERT(m_txDepth > 0);
    if (--m_txDepth > 0) {
        m_txFailed = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

// --- opening ---

ProjectDatabase::ProjectDatabase() = default;

ProjectDatabase::~ProjectDatabase()
{
    close();
}

bool ProjectDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString ProjectDatabase::projectDir() const
{
    return QFileInfo(m_path).absolutePath();
}

bool ProjectDatabase::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ProjectDatabase::sqlFail(const QSqlQuery &query, const QString &what)
{
    return fail(Tr::tr("Could not %1 in the project %2: %3.")
                        .arg(what, QDir::toNativeSeparators(m_path), explain(query.lastError())));
}

bool ProjectDatabase::checkWritable()
{
    if (!isOpen())
        return fail(Tr::tr("No project is open."));
    if (m_readOnly)
        return fail(Tr::tr("The project %1 is open read-only (%2), so this change cannot be saved.")
                            .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason));
    return true;
}

bool ProjectDatabase::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return sqlFail(query, Tr::tr("prepare a database request"));
    return true;
}

bool ProjectDatabase::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlFail(query, what);
    return true;
}

bool ProjectDatabase::create(const QString &path)
{
    return openFile(path, true, OpenMode::ReadWrite);
}

bool ProjectDatabase::open(const QString &path, OpenMode mode)
{
    return openFile(path, false, mode);
}

bool ProjectDatabase::openFile(const QString &path, bool creating, OpenMode mode)
{
    close();
    m_error.clear();
    const QString absPath = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absPath);
    QFileInfo info(absPath);
    if (creating && info.exists())
        return fail(
                Tr::tr("Cannot create the project %1: a file with this name already exists. Choose "
                       "another name or open the existing project.")
                        .arg(shown));
    if (!creating && !info.exists())
        return fail(Tr::tr("The project %1 does not exist. Check the path.").arg(shown));
    if (!creating && !info.isFile())
        return fail(Tr::tr("%1 is a folder, not an Ethoscribe project file.").arg(shown));
    if (creating && !QFileInfo(info.absolutePath()).isDir())
        return fail(Tr::tr("Cannot create the project %1: the folder %2 does not exist.")
                            .arg(shown, QDir::toNativeSeparators(info.absolutePath())));

    bool readOnly = mode == OpenMode::ReadOnly;
    QString reason = readOnly ? Tr::tr("opened read-only on request") : QString();
    if (!readOnly) {
        auto lock = std::make_unique<QLockFile>(absPath + QStringLiteral(".lock"));
        // 0: never treat a lock as stale because of its age (a project may stay open for days);
        // QLockFile still takes over a lock whose process no longer runs (after a crash).
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
        } else if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            readOnly = true;
            reason = Tr::tr("it is already open in another Ethoscribe window or program (process "
                            "%1 on "
                            "%2); "
                            "close it there to edit it here")
                             .arg(pid)
                             .arg(host.isEmpty() ? Tr::tr("this computer") : host);
        } else {
            readOnly = true;
            reason = Tr::tr("you may not write in the folder %1")
                             .arg(QDir::toNativeSeparators(info.absolutePath()));
        }
        if (!readOnly && !creating && !info.isWritable()) {
            m_lock.reset();
            readOnly = true;
            reason = Tr::tr("the file is write-protected");
        }
        if (creating && readOnly)
            return fail(Tr::tr("Cannot create the project %1: %2.").arg(shown, reason));
    }

    m_connectionName = QStringLiteral("ethoscribe-project-%1")
                               .arg(g_connectionCounter.fetchAndAddRelaxed(1));
    // A project in a folder this user cannot write (a colleague's folder, a share mounted
    // read-only): SQLite cannot create the shared-memory file that reading a write-ahead-log
    // database needs, and would refuse every read. Nobody can be writing it through this folder's
    // lock either, so it is read as an unchanging file. Unless a crash left edits in its log that
    // were never merged into it: those can only be merged where the folder can be written.
    const QString folder = info.absolutePath();
    const bool immutable = readOnly && !creating && !QFileInfo(folder).isWritable()
                           && !QFileInfo::exists(absPath + QStringLiteral("-shm"));
    if (immutable && QFileInfo(absPath + QStringLiteral("-wal")).size() > 0)
        return fail(Tr::tr("The project %1 holds edits that were not merged into it yet (the "
                           "program that made them stopped before it could), and its folder %2 "
                           "cannot be written, so they cannot be merged here. Open the project "
                           "once where its folder can be written (or copy the folder, with its "
                           "-wal file, to a place you can write), then open it here again.")
                            .arg(shown, QDir::toNativeSeparators(folder)));
    // A reader whose file and folder can be written opens the way a writer does and is kept
    // from changing anything by PRAGMA query_only (below). SQLite creates the log and its index
    // for every reader of a WAL database, but only a connection that may write can merge and
    // remove them when it is the last to close: a read-only connection left both files behind
    // after every CLI command, training snapshot or second window.
    const bool writableFiles = !creating && info.isWritable() && QFileInfo(folder).isWritable();
    const bool sqliteReadOnly = readOnly && !writableFiles;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(immutable ? QUrl::fromLocalFile(absPath).toString(QUrl::FullyEncoded)
                                             + QStringLiteral("?immutable=1")
                                   : absPath);
    m_db.setConnectOptions(
            immutable        ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
            : sqliteReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_path = absPath;
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    if (!m_db.open()) {
        const QString why = explain(m_db.lastError());
        close();
        return fail(Tr::tr("Could not open the project %1: %2.").arg(shown, why));
    }

    // Read the identity and version before anything may write to the file.
    QSqlQuery q(m_db);
    int appId = 0, version = 0, tables = 0;
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        const QString why = explain(q.lastError());
        close();
        return fail(Tr::tr("Could not open the project %1: %2.").arg(shown, why));
    }
    appId = q.value(0).toInt();
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
        tables = q.value(0).toInt();
    q.finish();
    if (!creating && (appId != ProjectSchema::kApplicationId || tables == 0)) {
        close();
        return fail(Tr::tr("%1 is not an Ethoscribe project.").arg(shown));
    }
    if (version > ProjectSchema::currentVersion()) {
        close();
        return fail(Tr::tr("The project %1 was saved by a newer version of Ethoscribe (project "
                           "format %2; "
                           "this version reads formats up to %3). Install a newer Ethoscribe to "
                           "open it. "
                           "The file was not changed.")
                            .arg(shown)
                            .arg(version)
                            .arg(ProjectSchema::currentVersion()));
    }

    if (readOnly) {
        QSqlQuery queryOnly(m_db);
        if (!queryOnly.exec(QStringLiteral("PRAGMA query_only = 1"))) {
            const QString why = explain(queryOnly.lastError());
            close();
            return fail(Tr::tr("Could not open the project %1: %2.").arg(shown, why));
        }
        if (version < ProjectSchema::currentVersion()) {
            close();
            return fail(
                    Tr::tr("The project %1 was saved by an older version of Ethoscribe and must be "
                           "updated, which is impossible because %2.")
                            .arg(shown, reason));
        }
        return true;
    }

    // WAL: readers (a read-only second window) never block the writer, and a commit appends to
    // the log instead of rewriting pages in place. synchronous=FULL syncs the log on every commit:
    // an edit that returned is on disk even after a power cut, not only after an application crash
    // (NORMAL with WAL would only protect against the latter and could lose the last edits).
    // Edits are human actions (at most tens per second), so one fsync each is affordable;
    // bench_project measures it.
    const QStringList pragmas = {QStringLiteral("PRAGMA journal_mode = WAL"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &p : pragmas) {
        QSqlQuery pq(m_db);
        if (!pq.exec(p)) {
            const QString why = explain(pq.lastError());
            close();
            return fail(Tr::tr("Could not prepare the project %1: %2.").arg(shown, why));
        }
    }
    if (creating) {
        QSqlQuery(m_db).exec(
                QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::kApplicationId));
    }
    if (version < ProjectSchema::currentVersion()) {
        QString why;
        if (!ProjectSchema::migrate(m_db, version, &why)) {
            close();
            if (creating)
                QFile::remove(absPath);
            return fail(Tr::tr("Could not open the project %1: %2").arg(shown, why));
        }
    }
    return true;
}

void ProjectDatabase::close()
{
    if (m_db.isValid()) {
        if (m_txDepth > 0)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_txDepth = 0;
    m_txFailed = false;
    m_readOnly = false;
    m_readOnlyReason.clear();
}

int ProjectDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void ProjectDatabase::setBusyTimeout(int milliseconds)
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, milliseconds)));
}

QString ProjectDatabase::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return explain(q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

// --- videos ---

QString ProjectDatabase::relativeVideoPath(const QString &absolutePath) const
{
    return QDir(projectDir()).relativeFilePath(QFileInfo(absolutePath).absoluteFilePath());
}

QString ProjectDatabase::absoluteVideoPath(const VideoRecord &video) const
{
    return QDir::cleanPath(QDir(projectDir()).absoluteFilePath(video.path));
}

static const char *kVideoColumns
        = "id, path, content_hash, file_size, frame_count, fps_num, fps_den, "
          "width, height, codec, duration_s, recording";

static VideoRecord readVideo(const QSqlQuery &q)
{
    VideoRecord v;
    v.id = q.value(0).toLongLong();
    v.path = q.value(1).toString();
    v.contentHash = q.value(2).toString();
    v.fileSize = q.value(3).toLongLong();
    v.frameCount = q.value(4).toLongLong();
    v.fpsNum = q.value(5).toInt();
    v.fpsDen = q.value(6).toInt();
    v.width = q.value(7).toInt();
    v.height = q.value(8).toInt();
    v.codec = q.value(9).toString();
    v.durationSeconds = q.value(10).toDouble();
    v.recording = q.value(11).toString();
    return v;
}

std::optional<VideoId> ProjectDatabase::addVideo(const VideoRecord &video)
{
    Transaction t(*this);
    if (!t.isActive())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO videos (path, content_hash, file_size, frame_count, "
                                "fps_num, fps_den, width, height, codec, duration_s, recording) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?,?)")))
        return std::nullopt;
    bindVideoColumns(q, video);
    if (!exec(q, Tr::tr("add the video %1").arg(video.path)))
        return std::nullopt;
    const VideoId id = q.lastInsertId().toLongLong();
    if (!t.commit())
        return std::nullopt;
    return id;
}

// Binds the columns that addVideo() inserts and updateVideo() sets, in that order; the path is
// stored relative to the project file.
void ProjectDatabase::bindVideoColumns(QSqlQuery &q, const VideoRecord &video) const
{
    const QString rel
            = QFileInfo(video.path).isAbsolute() ? relativeVideoPath(video.path) : video.path;
    for (const QVariant &v : {text(rel),
                              text(video.contentHash),
                              QVariant(video.fileSize),
                              QVariant(video.frameCount),
                              QVariant(video.fpsNum),
                              QVariant(video.fpsDen),
                              QVariant(video.width),
                              QVariant(video.height),
                              text(video.codec),
                              QVariant(video.durationSeconds),
                              text(video.recording)})
        q.addBindValue(v);
}

bool ProjectDatabase::updateVideo(const VideoRecord &video)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral(
                         "UPDATE videos SET path=?, content_hash=?, file_size=?, frame_count=?, "
                         "fps_num=?, fps_den=?, width=?, height=?, codec=?, duration_s=?, "
                         "recording=? WHERE id=?")))
        return false;
    bindVideoColumns(q, video);
    q.addBindValue(video.id);
    if (!exec(q, Tr::tr("update the video %1").arg(video.path)))
        return false;
    return t.commit();
}

// Deletes one row by id in its own transaction (rows that refer to it go with it: ON DELETE
// CASCADE).
bool ProjectDatabase::deleteRow(const QString &table, qint64 id, const QString &what)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("DELETE FROM %1 WHERE id=?").arg(table)))
        return false;
    q.addBindValue(id);
    if (!exec(q, what))
        return false;
    return t.commit();
}

bool ProjectDatabase::removeVideo(VideoId id)
{
    return deleteRow(QStringLiteral("videos"), id, Tr::tr("remove a video"));
}

QVector<VideoRecord> ProjectDatabase::videos()
{
    QVector<VideoRecord> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM videos ORDER BY id")
                        .arg(QLatin1String(kVideoColumns)))) {
        sqlFail(q, Tr::tr("read the list of videos"));
        return result;
    }
    while (q.next())
        result << readVideo(q);
    return result;
}

std::optional<VideoRecord> ProjectDatabase::video(VideoId id)
{
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("SELECT %1 FROM videos WHERE id=?")
                         .arg(QLatin1String(kVideoColumns))))
        return std::nullopt;
    q.addBindValue(id);
    if (!exec(q, Tr::tr("read a video")))
        return std::nullopt;
    if (!q.next()) {
        fail(Tr::tr("The project %1 has no video number %2.")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(id));
        return std::nullopt;
    }
    return readVideo(q);
}

QVector<VideoRecord> ProjectDatabase::missingVideos()
{
    QVector<VideoRecord> missing;
    for (const VideoRecord &v : videos())
        if (!QFileInfo::exists(absoluteVideoPath(v)))
            missing << v;
    return missing;
}

QVector<ProjectDatabase::Relocation> ProjectDatabase::findMovedVideos(
        const QVector<VideoRecord> &missing,
        const QString &folder,
        const std::function<void(int, int)> &progress,
        const std::atomic_bool *cancel,
        QString *error)
{
    QVector<Relocation> found;
    if (!QFileInfo(folder).isDir()) {
        if (error)
            *error = Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return found;
    }
    QMultiHash<qint64, VideoRecord> missingBySize;
    for (const VideoRecord &v : missing)
        missingBySize.insert(v.fileSize, v);
    if (missingBySize.isEmpty())
        return found;

    // Only files of a missing video's size can match: hash those alone.
    QStringList candidates;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (missingBySize.contains(it.fileInfo().size()))
            candidates << it.filePath();
        if (cancel && cancel->load())
            return found;
    }
    for (int i = 0; i < candidates.size() && !missingBySize.isEmpty(); ++i) {
        if (cancel && cancel->load())
            break;
        if (progress)
            progress(i, candidates.size());
        const QFileInfo fi(candidates.at(i));
        const QString hash = ContentHash::ofFile(fi.absoluteFilePath());
        if (hash.isEmpty())
            continue;
        const QList<VideoRecord> sameSize = missingBySize.values(fi.size());
        for (const VideoRecord &v : sameSize) {
            if (v.contentHash != hash)
                continue;
            found << Relocation{v.id, v.path, fi.absoluteFilePath()};
            // Each missing video is matched once.
            QMultiHash<qint64, VideoRecord> rest;
            for (auto r = missingBySize.cbegin(); r != missingBySize.cend(); ++r)
                if (r.value().id != v.id)
                    rest.insert(r.key(), r.value());
            missingBySize = rest;
            break;
        }
    }
    if (progress)
        progress(candidates.size(), candidates.size());
    return found;
}

bool ProjectDatabase::recordRelocations(const QVector<Relocation> &found)
{
    if (!checkWritable())
        return false;
    if (found.isEmpty())
        return true;
    QVector<VideoRecord> updated;
    for (const VideoRecord &v : videos()) {
        for (const Relocation &r : found) {
            if (r.videoId != v.id)
                continue;
            VideoRecord moved = v;
            moved.path = relativeVideoPath(r.newPath);
            updated << moved;
        }
    }
    Transaction t(*this);
    if (!t.isActive())
        return false;
    for (const VideoRecord &v : updated)
        if (!updateVideo(v))
            return false;
    return t.commit();
}

std::optional<QVector<ProjectDatabase::Relocation>> ProjectDatabase::relocateVideos(
        const QString &folder,
        const std::function<void(int, int)> &progress,
        const std::atomic_bool *cancel)
{
    if (!checkWritable())
        return std::nullopt;
    QString error;
    const QVector<Relocation> found
            = findMovedVideos(missingVideos(), folder, progress, cancel, &error);
    if (!error.isEmpty()) {
        fail(error);
        return std::nullopt;
    }
    if (!recordRelocations(found))
        return std::nullopt;
    return found;
}

// --- behaviors ---

QVector<Behavior> ProjectDatabase::behaviors()
{
    QVector<Behavior> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
                "SELECT id, name, color, key FROM behaviors ORDER BY position, id"))) {
        sqlFail(q, Tr::tr("read the behaviors"));
        return result;
    }
    while (q.next()) {
        Behavior b;
        b.id = q.value(0).toInt();
        b.name = q.value(1).toString();
        b.color = QColor(q.value(2).toString());
        b.key = q.value(3).toInt();
        result << b;
    }
    return result;
}

bool ProjectDatabase::setBehaviors(const QVector<Behavior> &behaviors)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery del(m_db);
    if (!del.exec(QStringLiteral("DELETE FROM behaviors")))
        return sqlFail(del, Tr::tr("change the behaviors"));
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO behaviors (id, name, color, key, position) VALUES "
                                "(?,?,?,?,?)")))
        return false;
    for (int i = 0; i < behaviors.size(); ++i) {
        const Behavior &b = behaviors.at(i);
        q.addBindValue(b.id);
        q.addBindValue(text(b.name));
        q.addBindValue(b.color.name(QColor::HexRgb));
        q.addBindValue(b.key);
        q.addBindValue(i);
        if (!exec(q, Tr::tr("save the behavior %1").arg(b.name)))
            return false;
    }
    return t.commit();
}

qint64 ProjectDatabase::nextBehaviorId()
{
    const QString s = setting(QStringLiteral("behaviors/next_id"));
    qint64 next = s.toLongLong();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT max(id) FROM behaviors")) && q.next())
        next = qMax(next, q.value(0).toLongLong() + 1);
    return qMax<qint64>(next, 1);
}

// --- tracks and bouts ---

static TrackRecord readTrack(const QSqlQuery &q)
{
    TrackRecord t;
    t.id = q.value(0).toLongLong();
    t.videoId = q.value(1).toLongLong();
    trackKindFromName(q.value(2).toString(), &t.kind);
    t.name = q.value(3).toString();
    t.model = q.value(4).toString();
    t.stream = q.value(5).toString();
    t.source = q.value(6).toString();
    return t;
}

std::optional<TrackId> ProjectDatabase::addTrack(const TrackRecord &track)
{
    Transaction t(*this);
    if (!t.isActive())
        return std::nullopt;
    QSqlQuery q(m_db);
    // An explicit id re-creates a track that an undone edit had removed, under its old id.
    if (!prepare(q,
                 QStringLiteral("INSERT INTO tracks (id, video_id, kind, name, model, stream, "
                                "source) VALUES (?,?,?,?,?,?,?)")))
        return std::nullopt;
    q.addBindValue(track.id > 0 ? QVariant(track.id) : QVariant());
    q.addBindValue(track.videoId);
    q.addBindValue(trackKindName(track.kind));
    q.addBindValue(text(track.name));
    q.addBindValue(text(track.model));
    q.addBindValue(text(track.stream));
    q.addBindValue(text(track.source));
    if (!exec(q, Tr::tr("add a label track")))
        return std::nullopt;
    const TrackId id = q.lastInsertId().toLongLong();
    if (!t.commit())
        return std::nullopt;
    return id;
}

bool ProjectDatabase::updateTrack(const TrackRecord &track)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("UPDATE tracks SET kind=?, name=?, model=?, stream=?, source=? "
                                "WHERE id=?")))
        return false;
    q.addBindValue(trackKindName(track.kind));
    q.addBindValue(text(track.name));
    q.addBindValue(text(track.model));
    q.addBindValue(text(track.stream));
    q.addBindValue(text(track.source));
    q.addBindValue(track.id);
    if (!exec(q, Tr::tr("change a label track")))
        return false;
    return t.commit();
}

bool ProjectDatabase::removeTrack(TrackId id)
{
    return deleteRow(QStringLiteral("tracks"), id, Tr::tr("remove a label track"));
}

QVector<TrackRecord> ProjectDatabase::tracks(VideoId videoId)
{
    QVector<TrackRecord> result;
    QSqlQuery q(m_db);
    const QString sql
            = QStringLiteral(
                      "SELECT id, video_id, kind, name, model, stream, source FROM tracks %1 "
                      "ORDER BY id")
                      .arg(videoId ? QStringLiteral("WHERE video_id=?") : QString());
    if (!prepare(q, sql))
        return result;
    if (videoId)
        q.addBindValue(videoId);
    if (!exec(q, Tr::tr("read the label tracks")))
        return result;
    while (q.next())
        result << readTrack(q);
    return result;
}

std::optional<TrackRecord> ProjectDatabase::track(TrackId id)
{
    QSqlQuery q(m_db);
    if (!prepare(
                q,
                QStringLiteral("SELECT id, video_id, kind, name, model, stream, source FROM tracks "
                               "WHERE id=?")))
        return std::nullopt;
    q.addBindValue(id);
    if (!exec(q, Tr::tr("read a label track")))
        return std::nullopt;
    if (!q.next()) {
        fail(Tr::tr("The project %1 has no label track number %2.")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(id));
        return std::nullopt;
    }
    return readTrack(q);
}

QVector<Bout> ProjectDatabase::bouts(TrackId track)
{
    return bouts(track, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
}

namespace {

// The bouts of a track that overlap [start, end). Bouts of a track never overlap, so the only one
// that starts before `start` and may reach into the range is the last one starting at or before
// it: bounding `start` from below by that one lets SQLite seek in the primary key (track_id,
// start) instead of walking every earlier bout ("start < end AND end > start" alone does).
const QString kBoutsOverlapping = QStringLiteral(
        "track_id=? AND start>=COALESCE((SELECT MAX(start) FROM bouts WHERE track_id=? AND "
        "start<=?), ?) AND start<? AND end>?");

void bindOverlapping(QSqlQuery &q, TrackId track, qint64 start, qint64 end)
{
    q.addBindValue(track);
    q.addBindValue(track);
    q.addBindValue(start);
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(start);
}

} // namespace

QVector<Bout> ProjectDatabase::bouts(TrackId track, qint64 start, qint64 end)
{
    QVector<Bout> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 QStringLiteral("SELECT start, end, behavior_id FROM bouts WHERE ")
                         + kBoutsOverlapping + QStringLiteral(" ORDER BY start")))
        return result;
    bindOverlapping(q, track, start, end);
    if (!exec(q, Tr::tr("read labels")))
        return result;
    while (q.next())
        result << Bout{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
    return result;
}

bool ProjectDatabase::replaceBouts(TrackId track,
                                   qint64 start,
                                   qint64 end,
                                   const QVector<Bout> &replacement)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery del(m_db);
    if (!prepare(del, QStringLiteral("DELETE FROM bouts WHERE ") + kBoutsOverlapping))
        return false;
    bindOverlapping(del, track, start, end);
    if (!exec(del, Tr::tr("save labels")))
        return false;
    QSqlQuery ins(m_db);
    if (!prepare(ins,
                 QStringLiteral(
                         "INSERT INTO bouts (track_id, start, end, behavior_id) VALUES (?,?,?,?)")))
        return false;
    for (const Bout &b : replacement) {
        if (b.behavior == kUnlabeled || b.end <= b.start)
            continue;
        ins.addBindValue(track);
        ins.addBindValue(b.start);
        ins.addBindValue(b.end);
        ins.addBindValue(b.behavior);
        if (!exec(ins, Tr::tr("save labels")))
            return false;
    }
    return t.commit();
}

bool ProjectDatabase::setAllBouts(TrackId track, const QVector<Bout> &bouts)
{
    return replaceBouts(
            track, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), bouts);
}

// --- probabilities ---

bool ProjectDatabase::storeFail(const PredictionStore &store, const QString &what)
{
    if (store.sqlError().isValid())
        return fail(
                Tr::tr("Could not %1 in the project %2: %3.")
                        .arg(what, QDir::toNativeSeparators(m_path), explain(store.sqlError())));
    return fail(store.problem());
}

std::optional<PredictionLayout> ProjectDatabase::predictionLayout(TrackId track)
{
    PredictionStore store(m_db);
    std::optional<PredictionLayout> layout = store.layout(track);
    if (!layout)
        storeFail(store, Tr::tr("read predictions"));
    return layout;
}

bool ProjectDatabase::setPredictionLayout(TrackId track,
                                          qint64 frameCount,
                                          const QStringList &classNames)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    PredictionStore store(m_db);
    if (!store.setLayout(track, frameCount, classNames))
        return storeFail(store, Tr::tr("save predictions"));
    return t.commit();
}

bool ProjectDatabase::writePredictionRows(
        TrackId track, qint64 first, qint64 count, int classCount, const float *rows)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    PredictionStore store(m_db);
    const std::optional<PredictionLayout> layout = store.layout(track);
    if (!layout)
        return storeFail(store, Tr::tr("save predictions"));
    if (!layout->isNull() && layout->classCount() != classCount)
        return fail(Tr::tr("These predictions have %1 behaviors, the stored ones of this track %2.")
                            .arg(classCount)
                            .arg(layout->classCount()));
    if (!rows && count > 0)
        return fail(Tr::tr("No predictions were given."));
    if (!store.writeRows(track, *layout, first, count, rows))
        return storeFail(store, Tr::tr("save predictions"));
    return t.commit();
}

bool ProjectDatabase::clearPredictionRows(TrackId track, qint64 first, qint64 count)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    PredictionStore store(m_db);
    const std::optional<PredictionLayout> layout = store.layout(track);
    if (!layout || !store.writeRows(track, *layout, first, count, nullptr))
        return storeFail(store, Tr::tr("save predictions"));
    return t.commit();
}

bool ProjectDatabase::writePredictions(TrackId track, const PredictionTrack &predictions)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    PredictionStore store(m_db);
    if (!store.writeTrack(track, predictions))
        return storeFail(store, Tr::tr("save predictions"));
    return t.commit();
}

bool ProjectDatabase::readPredictionRows(TrackId track,
                                         qint64 first,
                                         qint64 count,
                                         float *rows,
                                         std::uint8_t *predicted,
                                         int *chunksRead)
{
    ReadTransaction snapshot(*this); // the layout and the blocks of one moment
    PredictionStore store(m_db);
    const std::optional<PredictionLayout> layout = store.layout(track);
    if (!layout || !store.readRows(track, *layout, first, count, rows, predicted, chunksRead))
        return storeFail(store, Tr::tr("read predictions"));
    return true;
}

std::optional<PredictionTrack> ProjectDatabase::predictions(TrackId track)
{
    ReadTransaction snapshot(*this);
    PredictionStore store(m_db);
    std::optional<PredictionTrack> result = store.readTrack(track);
    if (!result)
        storeFail(store, Tr::tr("read predictions"));
    return result;
}

// --- models ---

std::optional<qint64> ProjectDatabase::addModel(const ModelRecord &model)
{
    Transaction t(*this);
    if (!t.isActive())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO models (name, architecture, stream, path, metadata) "
                                "VALUES (?,?,?,?,?)")))
        return std::nullopt;
    q.addBindValue(text(model.name));
    q.addBindValue(text(model.architecture));
    q.addBindValue(text(model.stream));
    q.addBindValue(
            text(QFileInfo(model.path).isAbsolute() ? relativeVideoPath(model.path) : model.path));
    q.addBindValue(jsonText(model.metadata));
    if (!exec(q, Tr::tr("register the model %1").arg(model.name)))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!t.commit())
        return std::nullopt;
    return id;
}

bool ProjectDatabase::removeModel(qint64 id)
{
    return deleteRow(QStringLiteral("models"), id, Tr::tr("remove a model"));
}

QVector<ModelRecord> ProjectDatabase::models()
{
    QVector<ModelRecord> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, architecture, stream, path, metadata, created_at "
                               "FROM models ORDER BY id"))) {
        sqlFail(q, Tr::tr("read the models"));
        return result;
    }
    while (q.next())
        result << ModelRecord{q.value(0).toLongLong(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              jsonObject(q.value(5).toString()),
                              q.value(6).toString()};
    return result;
}

// --- cross-validation ---

std::optional<qint64> ProjectDatabase::addCvRun(const CvRunRecord &run)
{
    Transaction t(*this);
    if (!t.isActive())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("INSERT INTO cv_runs (name, config) VALUES (?,?)")))
        return std::nullopt;
    q.addBindValue(text(run.name));
    q.addBindValue(jsonText(run.config));
    if (!exec(q, Tr::tr("save a cross-validation run")))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!t.commit())
        return std::nullopt;
    return id;
}

bool ProjectDatabase::setCvResult(qint64 runId, int fold, const QJsonObject &result)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!prepare(
                q,
                QStringLiteral(
                        "INSERT OR REPLACE INTO cv_results (run_id, fold, result) VALUES (?,?,?)")))
        return false;
    q.addBindValue(runId);
    q.addBindValue(fold);
    q.addBindValue(jsonText(result));
    if (!exec(q, Tr::tr("save the results of fold %1").arg(fold)))
        return false;
    return t.commit();
}

QVector<CvRunRecord> ProjectDatabase::cvRuns()
{
    QVector<CvRunRecord> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, config, created_at FROM cv_runs ORDER BY id"))) {
        sqlFail(q, Tr::tr("read the cross-validation runs"));
        return result;
    }
    while (q.next())
        result << CvRunRecord{q.value(0).toLongLong(),
                              q.value(1).toString(),
                              jsonObject(q.value(2).toString()),
                              q.value(3).toString()};
    return result;
}

QVector<QPair<int, QJsonObject>> ProjectDatabase::cvResults(qint64 runId)
{
    QVector<QPair<int, QJsonObject>> result;
    QSqlQuery q(m_db);
    if (!prepare(
                q,
                QStringLiteral("SELECT fold, result FROM cv_results WHERE run_id=? ORDER BY fold")))
        return result;
    q.addBindValue(runId);
    if (!exec(q, Tr::tr("read cross-validation results")))
        return result;
    while (q.next())
        result.append({q.value(0).toInt(), jsonObject(q.value(1).toString())});
    return result;
}

// --- settings ---

bool ProjectDatabase::setSetting(const QString &key, const QString &value)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)")))
        return false;
    q.addBindValue(text(key));
    q.addBindValue(text(value));
    if (!exec(q, Tr::tr("save the setting %1").arg(key)))
        return false;
    return t.commit();
}

QString ProjectDatabase::setting(const QString &key, const QString &defaultValue)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("SELECT value FROM settings WHERE key=?")))
        return defaultValue;
    q.addBindValue(text(key));
    if (!exec(q, Tr::tr("read the setting %1").arg(key)) || !q.next())
        return defaultValue;
    return q.value(0).toString();
}

} // namespace ethoscribe
