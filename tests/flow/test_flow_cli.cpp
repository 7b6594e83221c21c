// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli flow end to end through QProcess ($ETHOSCRIBE_CLI): caches for a project's
// videos, the method stored as the project setting, JSON progress, the colour-wheel preview and
// the error cases (unknown method or video, missing and unreadable video files), and two
// computations of one video's flow at once (the second waits for the first).
#include "VideoTestUtil.h"

#include "flow/FlowCache.h"
#include "flow/FlowOptions.h"
#include "project/ProjectDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool makeVideo(const QString &path, int frames, QString *error)
{
    VideoWriterSettings s;
    s.codec = QStringLiteral("mpeg4");
    s.width = 64;
    s.height = 48;
    s.gopSize = 10;
    return testutil::writeCodedVideo(path, s, frames, error, 6);
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> lines;
    for (const QString &l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(l.toUtf8()).object();
    return lines;
}

#define CLI_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).err + (run).out))

} // namespace

class TestFlowCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void computesCachesAndStoresMethod();
    void preview();
    void errors();
    void twoProgramsAtOnce();

private:
    QString hashOf(const QString &fileName);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestFlowCli::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ETHOSCRIBE_CLI"))
        QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    m_project = m_dir.filePath(QStringLiteral("lab.ethoproj"));
    QDir(m_dir.path()).mkpath(QStringLiteral("videos"));
    QString error;
    QVERIFY2(makeVideo(m_dir.filePath(QStringLiteral("videos/a.avi")), 24, &error),
             qPrintable(error));
    QVERIFY(makeVideo(m_dir.filePath(QStringLiteral("videos/b.avi")), 12, &error));
    CLI_OK(cli({QStringLiteral("project"), QStringLiteral("create"), m_project}));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("add-video"),
                m_project,
                m_dir.filePath(QStringLiteral("videos/a.avi")),
                m_dir.filePath(QStringLiteral("videos/b.avi"))}));
}

QString TestFlowCli::hashOf(const QString &fileName)
{
    ProjectDatabase db;
    if (!db.open(m_project, ProjectDatabase::OpenMode::ReadOnly))
        return QString();
    for (const VideoRecord &v : db.videos())
        if (QFileInfo(v.path).fileName() == fileName)
            return v.contentHash;
    return QString();
}

void TestFlowCli::computesCachesAndStoresMethod()
{
    const CliRun run = cli({QStringLiteral("flow"),
                            m_project,
                            QStringLiteral("--method"),
                            QStringLiteral("dis"),
                            QStringLiteral("--threads"),
                            QStringLiteral("2"),
                            QStringLiteral("--json")});
    CLI_OK(run);
    const QList<QJsonObject> lines = jsonLines(run.out);
    int progress = 0, done = 0;
    for (const QJsonObject &o : lines) {
        const QString event = o.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("progress")) {
            ++progress;
            QVERIFY(o.value(QStringLiteral("done")).toInteger()
                    <= o.value(QStringLiteral("total")).toInteger());
        } else if (event == QLatin1String("done")) {
            ++done;
            QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("dis"));
            FlowCache cache;
            QString error;
            QVERIFY2(cache.open(o.value(QStringLiteral("cache")).toString(), &error),
                     qPrintable(error));
            QVERIFY(cache.isComplete());
            QCOMPARE(cache.method(), FlowMethod::Dis);
            QCOMPARE(cache.width(), 64);
        }
    }
    QVERIFY(progress >= 4);
    QCOMPARE(done, 2);
    QCOMPARE(lines.last().value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
    QCOMPARE(lines.last().value(QStringLiteral("failed")).toInt(), 0);
    const QString cacheA
            = FlowCache::pathFor(m_project, hashOf(QStringLiteral("a.avi")), FlowMethod::Dis);
    QVERIFY2(QFileInfo::exists(cacheA), qPrintable(cacheA));
    QVERIFY(cacheA.startsWith(m_dir.filePath(QStringLiteral("lab.cache/flow/"))));
    {
        FlowCache cache;
        QVERIFY(cache.open(cacheA, nullptr));
        QCOMPARE(cache.frameCount(), qint64(24));
    }
    {
        ProjectDatabase db;
        QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
        QCOMPARE(db.setting(QString::fromLatin1(kFlowMethodSetting)), QStringLiteral("dis"));
        QCOMPARE(flowOptionsForProject(db).method, FlowMethod::Dis);
    }
    // Without --method the project's setting is used; complete caches are not recomputed.
    const QDateTime modified = QFileInfo(cacheA).lastModified();
    const CliRun again = cli(
            {QStringLiteral("flow"), m_project, QStringLiteral("--video"), QStringLiteral("a")});
    CLI_OK(again);
    QVERIFY2(again.out.contains(QDir::toNativeSeparators(cacheA)), qPrintable(again.out));
    QVERIFY(again.out.contains(QStringLiteral("(dis)")));
    QCOMPARE(QFileInfo(cacheA).lastModified(), modified);
}

void TestFlowCli::preview()
{
    const QString png = m_dir.filePath(QStringLiteral("flow5.png"));
    // From the cache made above (project setting dis).
    const CliRun cached = cli({QStringLiteral("flow"),
                               m_project,
                               QStringLiteral("--video"),
                               QStringLiteral("a.avi"),
                               QStringLiteral("--preview"),
                               QStringLiteral("5"),
                               QStringLiteral("--out"),
                               png});
    CLI_OK(cached);
    QVERIFY2(cached.out.contains(QStringLiteral("from the cache")), qPrintable(cached.out));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(64, 48));
    // TV-L1 has no cache: the pair is computed directly, and the setting stays dis.
    const QString png2 = m_dir.filePath(QStringLiteral("flow5-tvl1.png"));
    const CliRun direct = cli({QStringLiteral("flow"),
                               m_project,
                               QStringLiteral("--video"),
                               QStringLiteral("b"),
                               QStringLiteral("--method"),
                               QStringLiteral("tvl1"),
                               QStringLiteral("--preview"),
                               QStringLiteral("5"),
                               QStringLiteral("--out"),
                               png2});
    CLI_OK(direct);
    QVERIFY2(direct.out.contains(QStringLiteral("computed")), qPrintable(direct.out));
    QCOMPARE(QImage(png2).size(), QSize(64, 48));
    ProjectDatabase db;
    QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
    QCOMPARE(db.setting(QString::fromLatin1(kFlowMethodSetting)), QStringLiteral("dis"));
}

void TestFlowCli::errors()
{
    const CliRun method = cli({QStringLiteral("flow"),
                               m_project,
                               QStringLiteral("--method"),
                               QStringLiteral("farneback")});
    QCOMPARE(method.exitCode, 2);
    QVERIFY(method.err.contains(QStringLiteral("farneback")));
    const CliRun video = cli({QStringLiteral("flow"),
                              m_project,
                              QStringLiteral("--video"),
                              QStringLiteral("nosuch")});
    QCOMPARE(video.exitCode, 1);
    QVERIFY2(video.err.contains(QStringLiteral("a.avi")), qPrintable(video.err));
    const CliRun severalVideos = cli({QStringLiteral("flow"),
                                      m_project,
                                      QStringLiteral("--preview"),
                                      QStringLiteral("1"),
                                      QStringLiteral("--out"),
                                      m_dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(severalVideos.exitCode, 2);
    const CliRun noProject
            = cli({QStringLiteral("flow"), m_dir.filePath(QStringLiteral("none.ethoproj"))});
    QCOMPARE(noProject.exitCode, 1);

    // A moved video: a plain message, non-zero exit; its complete cache still counts as done.
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("videos/b.avi")),
                          m_dir.filePath(QStringLiteral("b-moved.avi"))));
    const CliRun cachedButMoved = cli(
            {QStringLiteral("flow"), m_project, QStringLiteral("--video"), QStringLiteral("b")});
    CLI_OK(cachedButMoved);
    const CliRun moved = cli({QStringLiteral("flow"),
                              m_project,
                              QStringLiteral("--video"),
                              QStringLiteral("b"),
                              QStringLiteral("--method"),
                              QStringLiteral("tvl1")});
    QCOMPARE(moved.exitCode, 1);
    QVERIFY2(moved.err.contains(QStringLiteral("relocate")), qPrintable(moved.err));
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("b-moved.avi")),
                          m_dir.filePath(QStringLiteral("videos/b.avi"))));

    // An unreadable file where the video should be.
    const QString a = m_dir.filePath(QStringLiteral("videos/a.avi"));
    QVERIFY(QFile::rename(a, a + QStringLiteral(".bak")));
    {
        QFile f(a);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, '\x5a'));
    }
    const CliRun unreadable = cli({QStringLiteral("flow"),
                                   m_project,
                                   QStringLiteral("--video"),
                                   QStringLiteral("a"),
                                   QStringLiteral("--method"),
                                   QStringLiteral("tvl1")});
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY2(unreadable.err.contains(QStringLiteral("a.avi")), qPrintable(unreadable.err));
    QVERIFY(QFile::remove(a));
    QVERIFY(QFile::rename(a + QStringLiteral(".bak"), a));
}

// Two `flow` commands on one project at once (as the window's analysis and a Retrain run can be):
// one computes, the other says it waits for it and finds the cache complete; the cache is whole.
void TestFlowCli::twoProgramsAtOnce()
{
    const QString project = m_dir.filePath(QStringLiteral("two.ethoproj"));
    const QString video = m_dir.filePath(QStringLiteral("videos/long.avi"));
    QString error;
    VideoWriterSettings s;
    s.codec = QStringLiteral("mpeg4");
    s.width = 80;
    s.height = 60;
    s.gopSize = 10;
    QVERIFY2(testutil::writeCodedVideo(video, s, 60, &error, 6), qPrintable(error));
    CLI_OK(cli({QStringLiteral("project"), QStringLiteral("create"), project}));
    CLI_OK(cli({QStringLiteral("project"), QStringLiteral("add-video"), project, video}));

    const QStringList args{QStringLiteral("flow"),
                           project,
                           QStringLiteral("--threads"),
                           QStringLiteral("1"),
                           QStringLiteral("--json")};
    QElapsedTimer clock;
    clock.start();
    QProcess first, second;
    first.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    QVERIFY(first.waitForStarted());
    // The second starts once the first is computing (its first progress line).
    QTRY_VERIFY_WITH_TIMEOUT(first.canReadLine() || first.state() == QProcess::NotRunning, 60000);
    second.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    qInfo("two flow commands on one video: %lld ms", clock.elapsed());
    const QString out1 = QString::fromUtf8(first.readAllStandardOutput());
    const QString out2 = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(first.exitCode() == 0, qPrintable(first.readAllStandardError()));
    QVERIFY2(second.exitCode() == 0, qPrintable(second.readAllStandardError()));
    QVERIFY2(!out1.contains(QStringLiteral("\"waiting\"")), qPrintable(out1));
    QList<QJsonObject> waits;
    for (const QJsonObject &o : jsonLines(out2))
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("waiting"))
            waits << o;
    QVERIFY2(waits.size() == 1, qPrintable(out2));
    const QString holder = waits[0].value(QStringLiteral("holder")).toString();
    QVERIFY2(holder.contains(QString::number(first.processId()))
                     || holder.contains(QStringLiteral("this computer")),
             qPrintable(holder));
    const QList<QJsonObject> last = jsonLines(out2);
    QCOMPARE(last.last().value(QStringLiteral("failed")).toInt(), 0);

    ProjectDatabase db;
    QVERIFY(db.open(project, ProjectDatabase::OpenMode::ReadOnly));
    const VideoRecord v = db.videos().constFirst();
    const QString cachePath
            = FlowCache::pathFor(project, v.contentHash, flowOptionsForProject(db).method);
    FlowCache cache;
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    QVERIFY(cache.isComplete());
    for (qint64 t = 0; t < cache.frameCount(); ++t) {
        cv::Mat q;
        QVERIFY2(cache.readQuantised(t, &q, &error), qPrintable(error));
    }
    QVERIFY(!QFileInfo::exists(cachePath + QStringLiteral(".lock")));
}

QTEST_GUILESS_MAIN(TestFlowCli)
#include "test_flow_cli.moc"
