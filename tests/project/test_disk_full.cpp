// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, simulated with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: writes past the
// limit fail as on a full disk), in a child process: while labeling, importing, exporting,
// computing optical flow and saving a model. Each time: a message the user can act on, nothing
// committed is lost, and no half-written file is left where a good one was.
#include <torch/torch.h>

#include "ModelTestUtil.h"
#include "ProcessTestUtil.h"
#include "ProjectTestUtil.h"
#include "VideoTestUtil.h"

#include "project/Document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace ethoscribe;
using namespace ethoscribe::projecttest;

namespace {

constexpr qint64 kFrames = 20000;

// The file size limit applies from here on to every file this process writes.
void limitFileSize(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit r{rlim_t(bytes), rlim_t(bytes)};
    setrlimit(RLIMIT_FSIZE, &r);
}

// The next edit of the labeling child (the same in child and parent); false when not saved.
bool edit(Document &doc, TrackId track, QRandomGenerator &rng)
{
    const qint64 f = rng.bounded(int(kFrames));
    const qint64 end = qMin(kFrames, f + 1 + rng.bounded(50));
    const BehaviorId behavior = 1 + rng.bounded(8);
    return doc.assign(track, f, end, behavior);
}

// Child: label until the disk is full; "committed n" after each saved edit, then the message.
int labelChild(const QString &path, TrackId track, qint64 limit)
{
    Document doc;
    if (!doc.open(path))
        return 3;
    limitFileSize(limit);
    QRandomGenerator rng(7);
    for (int n = 1; n < 100000; ++n) {
        if (!edit(doc, track, rng)) {
            std::printf("error: %s\n", qPrintable(doc.errorString()));
            return 0;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 4; // never full
}

// Child: import a label file too large for the space left.
int importChild(const QString &path, qint64 limit)
{
    Document doc;
    if (!doc.open(path))
        return 3;
    LabelTrack labels(kFrames);
    for (qint64 f = 0; f + 2 <= kFrames; f += 2)
        labels.assign(f, f + 1, BehaviorId(1 + (f / 2) % 8)); // 10,000 bouts
    limitFileSize(limit);
    if (doc.importLabels(doc.videos().first().id, QStringLiteral("bob"), labels)) {
        std::printf("imported\n");
        return 4;
    }
    std::printf("error: %s\n", qPrintable(doc.errorString()));
    return 0;
}

// Child: save a model over an existing one with too little space.
int checkpointChild(const QString &path, qint64 limit)
{
    limitFileSize(limit);
    testutil::saveTinyModel(path,
                            nets::Architecture::I3D,
                            nets::Stream::Rgb,
                            {QStringLiteral("eat"), QStringLiteral("rest")},
                            2);
    return 0;
}

bool actionable(const QString &message)
{
    return message.contains(QStringLiteral("disk"), Qt::CaseInsensitive)
           || message.contains(QStringLiteral("space"), Qt::CaseInsensitive);
}

using testutil::ProcessRun;

// Runs `program args` with the file size limit (0: none).
ProcessRun run(const QString &program, const QStringList &args, qint64 limit)
{
    std::function<void()> modifier;
    if (limit > 0)
        modifier = [limit] {
            limitFileSize(limit);
        };
    return testutil::runProcess(program, args, 120000, modifier);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cli;
    QString self() const { return QCoreApplication::applicationFilePath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
    }

    void labelingKeepsEverySavedEdit()
    {
        const QString path = m_dir.filePath(QStringLiteral("label.ethoproj"));
        TrackId track = 0;
        {
            Document doc;
            track = makeProject(doc, path, kFrames);
            QVERIFY(track);
        }
        const qint64 limit = QFileInfo(path).size() + 256 * 1024;
        const ProcessRun child = run(self(),
                                     {QStringLiteral("--label-child"),
                                      path,
                                      QString::number(track),
                                      QString::number(limit)},
                                     0);
        QVERIFY2(child.exitCode == 0, qPrintable(child.err + child.out));
        const QStringList lines = child.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString message = lines.last();
        QVERIFY2(message.startsWith(QStringLiteral("error: ")), qPrintable(message));
        QVERIFY2(actionable(message), qPrintable(message));
        const int committed = int(lines.size()) - 1;
        QVERIFY2(committed > 5, qPrintable(child.out.left(400)));

        Document doc;
        QVERIFY2(doc.open(path), qPrintable(doc.errorString()));
        QCOMPARE(doc.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
        // The same edits in memory, without a limit: the saved project holds all of them.
        Document reference;
        QTemporaryDir other;
        QVERIFY(makeProject(reference, other.filePath(QStringLiteral("r.ethoproj")), kFrames));
        QRandomGenerator rng(7);
        for (int n = 0; n < committed; ++n)
            edit(reference, track, rng);
        QCOMPARE(doc.labels(track)->toFrames(), reference.labels(track)->toFrames());
        qInfo("%d edits saved before the disk was full: %s", committed, qPrintable(message));
    }

    void importIsRefusedWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.ethoproj"));
        {
            Document doc;
            QVERIFY(makeProject(doc, path, kFrames));
        }
        const qint64 limit = QFileInfo(path).size() + 64 * 1024;
        const ProcessRun child
                = run(self(), {QStringLiteral("--import-child"), path, QString::number(limit)}, 0);
        QVERIFY2(child.exitCode == 0, qPrintable(child.err + child.out));
        QVERIFY2(actionable(child.out), qPrintable(child.out));
        Document doc;
        QVERIFY2(doc.open(path), qPrintable(doc.errorString()));
        QCOMPARE(doc.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
        QVERIFY(!doc.manualTrack(doc.videos().first().id, QStringLiteral("bob")));
        doc.close();
        qInfo("import refused: %s", qPrintable(child.out.trimmed()));
    }

    void exportLeavesTheOldFiles()
    {
        if (m_cli.isEmpty())
            QSKIP("ETHOSCRIBE_CLI is not set");
        const QString path = m_dir.filePath(QStringLiteral("export.ethoproj"));
        {
            Document doc;
            const TrackId track = makeProject(doc, path, kFrames);
            QVERIFY(track);
            QVERIFY(doc.assign(track, 0, kFrames / 2, 3));
        }
        const QString out = m_dir.filePath(QStringLiteral("exported"));
        ProcessRun first = run(m_cli,
                               {QStringLiteral("project"),
                                QStringLiteral("export"),
                                path,
                                QStringLiteral("--out"),
                                out},
                               0);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QStringList files = QDir(out).entryList(QDir::Files);
        QVERIFY(files.size() >= 2);
        QHash<QString, QByteArray> hashes;
        for (const QString &f : files)
            hashes.insert(f, testutil::fileSha256(QDir(out).filePath(f)));
        {
            Document doc;
            QVERIFY(doc.open(path));
            const TrackId track = doc.tracks(doc.videos().first().id).first().id;
            for (qint64 f = 0; f < kFrames; f += 3)
                QVERIFY(doc.assign(track, f, f + 1, 5));
        }
        const ProcessRun second = run(m_cli,
                                      {QStringLiteral("project"),
                                       QStringLiteral("export"),
                                       path,
                                       QStringLiteral("--out"),
                                       out},
                                      64 * 1024);
        QVERIFY2(second.exitCode == 1, qPrintable(second.err + second.out));
        QVERIFY2(actionable(second.err), qPrintable(second.err));
        QCOMPARE(QDir(out).entryList(QDir::Files), files); // no temporary file left
        for (const QString &f : files)
            QVERIFY2(testutil::fileSha256(QDir(out).filePath(f)) == hashes.value(f), qPrintable(f));
        qInfo("export refused: %s", qPrintable(second.err.trimmed()));
    }

    void flowCacheResumesAfterTheDiskWasFull()
    {
        if (m_cli.isEmpty())
            QSKIP("ETHOSCRIBE_CLI is not set");
        const QString video = m_dir.filePath(QStringLiteral("flow.mp4"));
        VideoWriterSettings s;
        s.width = 160;
        s.height = 120;
        QString error;
        QVERIFY2(testutil::writeCodedVideo(video, s, 240, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("flow.ethoproj"));
        QCOMPARE(
                run(m_cli, {QStringLiteral("project"), QStringLiteral("create"), path}, 0).exitCode,
                0);
        QCOMPARE(
                run(m_cli, {QStringLiteral("project"), QStringLiteral("add-video"), path, video}, 0)
                        .exitCode,
                0);
        const QStringList flow{
                QStringLiteral("flow"), path, QStringLiteral("--method"), QStringLiteral("dis")};
        const ProcessRun full = run(m_cli, flow, 200 * 1024);
        QVERIFY2(full.exitCode == 1, qPrintable(full.err + full.out));
        const QString last = full.err.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(actionable(last), qPrintable(full.err + full.out));
        const ProcessRun again = run(m_cli, flow, 0);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        qInfo("flow with a full disk: %s", qPrintable(last));
    }

    void modelSaveKeepsTheOldFile()
    {
        const QString model = m_dir.filePath(QStringLiteral("model.safetensors"));
        testutil::saveTinyModel(model,
                                nets::Architecture::I3D,
                                nets::Stream::Rgb,
                                {QStringLiteral("eat"), QStringLiteral("rest")},
                                1);
        const QByteArray before = testutil::fileSha256(model);
        QVERIFY(!before.isEmpty());
        const ProcessRun child = run(
                self(), {QStringLiteral("--checkpoint-child"), model, QStringLiteral("65536")}, 0);
        QVERIFY2(child.exitCode == 0, qPrintable(child.err));
        QVERIFY2(actionable(child.err), qPrintable(child.err));
        QCOMPARE(testutil::fileSha256(model), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("model*")}, QDir::Files),
                 QStringList{QStringLiteral("model.safetensors")});
        qInfo("model save refused: %s", qPrintable(child.err.trimmed()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--label-child"))
        return labelChild(args.at(2), args.at(3).toLongLong(), args.at(4).toLongLong());
    if (args.size() == 4 && args.at(1) == QLatin1String("--import-child"))
        return importChild(args.at(2), args.at(3).toLongLong());
    if (args.size() == 4 && args.at(1) == QLatin1String("--checkpoint-child"))
        return checkpointChild(args.at(2), args.at(3).toLongLong());
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_disk_full.moc"
