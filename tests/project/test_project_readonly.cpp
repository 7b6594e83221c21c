// SPDX-License-Identifier: GPL-3.0-or-later
// Projects that cannot be written: a write-protected project file and a project in a read-only
// folder open read-only, say why, show every label, refuse edits with a plain message and leave
// the file exactly as it was; the window's Document and ethoscribe-cli both. Also a project on a
// path with spaces and non-ASCII characters, end to end.
//
// Permissions do not stop root, and CI runs the tests as root: there the test first gives up
// root for the unprivileged user "nobody" (uid/gid 65534), so that every check below - in this
// process and in the ethoscribe-cli it starts - meets the permissions a researcher meets.

#include "ProcessTestUtil.h"
#include "VideoTestUtil.h"

#include "project/Document.h"
#include "project/ProjectDatabase.h"
#include "video/VideoWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ethoscribe;
using testutil::ProcessRun;

namespace {

constexpr uid_t NobodyId = 65534;

// Empty when the process runs without root privileges (now), else why it could not give them up.
QString g_privilegeProblem;

void dropRootPrivileges()
{
    if (geteuid() != 0)
        return;
    if (setgroups(0, nullptr) != 0 || setgid(NobodyId) != 0 || setuid(NobodyId) != 0
        || geteuid() == 0)
        g_privilegeProblem
                = QStringLiteral("running as root and could not become uid %1").arg(NobodyId);
}

ProcessRun cli(const QStringList &args)
{
    return testutil::runProcess(qEnvironmentVariable("ETHOSCRIBE_CLI"), args, 120000);
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// "frame,time_s,behavior" with frames 0-9 drink, 10-19 eat, the rest unlabeled.
QByteArray perFrameLabels(int frames)
{
    QByteArray csv = "frame,time_s,behavior\n";
    for (int i = 0; i < frames; ++i)
        csv += QByteArray::number(i) + ",0.0," + (i < 10 ? "drink" : i < 20 ? "eat" : "") + "\n";
    return csv;
}

#define CLI_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).err + (run).out))

} // namespace

class TestProjectReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeProtectedFile();
    void readOnlyFolder();
    void pathWithSpacesAndNonAscii();
    void cleanup();

private:
    // A project with one 30-frame video labeled by "alice" (drink 0-9, eat 10-19), in `folder`.
    QString makeProject(const QString &folder, const QString &name, const QString &videoName);
    // Opens the project in a Document and checks that it reads read-only for `reason`, shows the
    // labels, and refuses an edit.
    void checkReadOnlyDocument(const QString &project, const QString &reason);
    void checkReadOnlyCli(const QString &project, const QString &reason);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QStringList m_restore; // folders and files to make writable again
};

void TestProjectReadOnly::initTestCase()
{
    if (!g_privilegeProblem.isEmpty())
        QSKIP(qPrintable(g_privilegeProblem));
    if (qEnvironmentVariableIsEmpty("ETHOSCRIBE_CLI"))
        QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    QVERIFY(m_home.isValid() && m_dir.isValid());
    // The CLI (as this user) keeps caches under HOME; root's is not ours.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectReadOnly::cleanup()
{
    // QTemporaryDir must be able to remove what the tests protected.
    for (const QString &path : std::as_const(m_restore))
        ::chmod(QFile::encodeName(path).constData(), 0755);
    m_restore.clear();
}

QString TestProjectReadOnly::makeProject(const QString &folder,
                                         const QString &name,
                                         const QString &videoName)
{
    QDir().mkpath(folder);
    const QString project = QDir(folder).filePath(name);
    const QString video = QDir(folder).filePath(videoName);
    VideoWriterSettings s;
    s.codec = QStringLiteral("mpeg4");
    s.width = 64;
    s.height = 48;
    s.gopSize = 10;
    QString error;
    if (!testutil::writeCodedVideo(video, s, 30, &error, 6)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    const QString labels = QDir(folder).filePath(QStringLiteral("labels.csv"));
    if (!writeText(labels, perFrameLabels(30)))
        return QString();
    for (const QStringList &args :
         {QStringList{QStringLiteral("project"), QStringLiteral("create"), project},
          QStringList{QStringLiteral("project"), QStringLiteral("add-video"), project, video},
          QStringList{QStringLiteral("project"),
                      QStringLiteral("import-labels"),
                      project,
                      QStringLiteral("--video"),
                      videoName,
                      labels,
                      QStringLiteral("--annotator"),
                      QStringLiteral("alice")}}) {
        const ProcessRun run = cli(args);
        if (run.exitCode != 0) {
            qWarning("%s: %s%s",
                     qPrintable(args.join(QLatin1Char(' '))),
                     qPrintable(run.err),
                     qPrintable(run.out));
            return QString();
        }
    }
    return project;
}

void TestProjectReadOnly::checkReadOnlyDocument(const QString &project, const QString &reason)
{
    const QByteArray before = testutil::fileSha256(project);
    QVERIFY(!before.isEmpty());
    {
        Document doc;
        QVERIFY2(doc.open(project), qPrintable(doc.errorString()));
        QVERIFY(doc.isReadOnly());
        QVERIFY2(doc.readOnlyReason().contains(reason), qPrintable(doc.readOnlyReason()));
        // Every label is there to see.
        QCOMPARE(doc.videos().size(), 1);
        const VideoId video = doc.videos().first().id;
        const TrackRecord *track = doc.manualTrack(video, QStringLiteral("alice"));
        QVERIFY(track);
        const LabelTrack *labels = doc.labels(track->id);
        QVERIFY(labels);
        const auto drink = doc.behaviors().byName(QStringLiteral("drink"));
        const auto eat = doc.behaviors().byName(QStringLiteral("eat"));
        QVERIFY(drink && eat);
        QCOMPARE(labels->at(0), drink->id);
        QCOMPARE(labels->at(9), drink->id);
        QCOMPARE(labels->at(10), eat->id);
        QCOMPARE(labels->at(25), kUnlabeled);
        // An edit is refused with the reason, and nothing changes, in memory or on disk.
        QVERIFY(!doc.assign(track->id, 20, 29, eat->id));
        QVERIFY2(doc.errorString().contains(QStringLiteral("read-only"))
                         || doc.errorString().contains(reason),
                 qPrintable(doc.errorString()));
        QCOMPARE(doc.labels(track->id)->at(25), kUnlabeled);
        QVERIFY(!doc.undoStack()->canUndo());
    }
    QCOMPARE(testutil::fileSha256(project), before);
    QVERIFY(!QFile::exists(project + QStringLiteral(".lock")));
}

void TestProjectReadOnly::checkReadOnlyCli(const QString &project, const QString &reason)
{
    const QByteArray before = testutil::fileSha256(project);
    const QString folder = QFileInfo(project).absolutePath();
    // Reading works: statistics and an export into a writable folder.
    const ProcessRun stats = cli({QStringLiteral("project"),
                                  QStringLiteral("stats"),
                                  project,
                                  QStringLiteral("--json")});
    CLI_OK(stats);
    QVERIFY2(stats.out.contains(QStringLiteral("drink")), qPrintable(stats.out));
    const QString out = m_home.filePath(QStringLiteral("export-%1").arg(qHash(project)));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("export"),
                project,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--track"),
                QStringLiteral("alice")}));
    QVERIFY(!QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty());
    // Writing is refused in plain words, and the file does not change.
    const QString labels = m_home.filePath(QStringLiteral("more-labels.csv"));
    QVERIFY(writeText(labels, perFrameLabels(30)));
    const ProcessRun import = cli({QStringLiteral("project"),
                                   QStringLiteral("import-labels"),
                                   project,
                                   QStringLiteral("--video"),
                                   QDir(folder).entryList({QStringLiteral("*.avi")}).value(0),
                                   labels,
                                   QStringLiteral("--annotator"),
                                   QStringLiteral("bob")});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QStringLiteral("Cannot change the project"))
                     && import.err.contains(reason),
             qPrintable(import.err));
    QCOMPARE(testutil::fileSha256(project), before);
}

void TestProjectReadOnly::writeProtectedFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("protected-file"));
    const QString project
            = makeProject(folder, QStringLiteral("p.ethoproj"), QStringLiteral("mouse01.avi"));
    QVERIFY(!project.isEmpty());
    QVERIFY(::chmod(QFile::encodeName(project).constData(), 0444) == 0);
    m_restore << project;
    checkReadOnlyDocument(project, QStringLiteral("write-protected"));
    checkReadOnlyCli(project, QStringLiteral("write-protected"));
}

void TestProjectReadOnly::readOnlyFolder()
{
    // A colleague's folder, or a share mounted read-only: the project file itself could be
    // written, its folder cannot (no lock file, no write-ahead log).
    const QString folder = m_dir.filePath(QStringLiteral("read-only-folder"));
    const QString project
            = makeProject(folder, QStringLiteral("p.ethoproj"), QStringLiteral("mouse01.avi"));
    QVERIFY(!project.isEmpty());
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    m_restore << folder;
    const QStringList entries = QDir(folder).entryList(QDir::Files);
    checkReadOnlyDocument(project, QStringLiteral("you may not write in the folder"));
    checkReadOnlyCli(project, QStringLiteral("you may not write in the folder"));
    QCOMPARE(QDir(folder).entryList(QDir::Files), entries);

    // Edits a crash left in the write-ahead log cannot be merged in a read-only folder: a plain
    // message says what to do, rather than showing the project without them.
    const QString copy = m_dir.filePath(QStringLiteral("crash-copy"));
    QVERIFY(QDir().mkpath(copy));
    {
        Document doc;
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY2(doc.open(project), qPrintable(doc.errorString()));
        QVERIFY(!doc.isReadOnly());
        const TrackRecord *track
                = doc.manualTrack(doc.videos().first().id, QStringLiteral("alice"));
        QVERIFY(track);
        QVERIFY(doc.erase(track->id, 0, 4));
        QVERIFY(QFileInfo(project + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(project, QDir(copy).filePath(QStringLiteral("p.ethoproj"))));
        QVERIFY(QFile::copy(project + QStringLiteral("-wal"),
                            QDir(copy).filePath(QStringLiteral("p.ethoproj-wal"))));
    }
    QVERIFY(::chmod(QFile::encodeName(copy).constData(), 0555) == 0);
    m_restore << copy;
    Document crashed;
    QVERIFY(!crashed.open(QDir(copy).filePath(QStringLiteral("p.ethoproj"))));
    QVERIFY2(crashed.errorString().contains(QStringLiteral("not merged"))
                     && crashed.errorString().contains(QStringLiteral("-wal")),
             qPrintable(crashed.errorString()));
}

void TestProjectReadOnly::pathWithSpacesAndNonAscii()
{
    // A network-style path: spaces, umlauts, a dash and Japanese, in the folders and the names.
    const QString folder = m_dir.filePath(
            QStringLiteral("Lab share/K\u00e4fig 3 \u2013 M\u00e4use/\u5b9f\u9a13 2026"));
    const QString videoName = QStringLiteral("Maus \u00f6 1.avi");
    const QString project = makeProject(
            folder, QStringLiteral("Projekt \u00c4 \u30de\u30a6\u30b9.ethoproj"), videoName);
    QVERIFY(!project.isEmpty());
    // Edit in the window's Document, then read back through the CLI.
    {
        Document doc;
        QVERIFY2(doc.open(project), qPrintable(doc.errorString()));
        QVERIFY2(!doc.isReadOnly(), qPrintable(doc.readOnlyReason()));
        QCOMPARE(doc.videos().size(), 1);
        const VideoId video = doc.videos().first().id;
        const TrackRecord *track = doc.manualTrack(video, QStringLiteral("alice"));
        QVERIFY(track);
        const auto eat = doc.behaviors().byName(QStringLiteral("eat"));
        QVERIFY(eat);
        QVERIFY2(doc.assign(track->id, 20, 30, eat->id), qPrintable(doc.errorString())); // [20, 30)
        QVERIFY(doc.findVideo(videoName));
    }
    const QString out = m_home.filePath(QStringLiteral("Ausgabe \u00fc"));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("export"),
                project,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--track"),
                QStringLiteral("alice")}));
    const QStringList written = QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QCOMPARE(written,
             (QStringList{QStringLiteral("Maus \u00f6 1_bouts.csv"),
                          QStringLiteral("Maus \u00f6 1_ethogram.csv")}));
    QFile csv(QDir(out).filePath(written.last())); // per frame
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines
            = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",drink")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(30).endsWith(QStringLiteral(",eat")), qPrintable(lines.at(30)));
}

int main(int argc, char **argv)
{
    dropRootPrivileges(); // before anything creates files
    QCoreApplication app(argc, argv);
    TestProjectReadOnly test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_project_readonly.moc"
