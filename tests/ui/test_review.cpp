// SPDX-License-Identifier: GPL-3.0-or-later
// The review window with predictions, asserted on the document and the timeline: Models > Analyse
// runs the project's models through an analysis service (here a scripted one that needs no
// network), rows fill the timeline while they arrive, the fusion slider fuses again at once and
// is saved in the project, "accept prediction" is one undo step, "next uncertain bout" goes to
// the most doubtful bout first, and a cancelled analysis keeps its rows and resumes.
#include "VideoTestUtil.h"
#include "analysis/AnalysisService.h"
#include "analysis/ProjectAnalysis.h"
#include "export/AnnotatedVideoDialog.h"
#include "flow/FlowCache.h"
#include "flow/FlowComputation.h"
#include "flow/FlowOptions.h"
#include "labeling/LabelingController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PreferencesDialog.h"
#include "player/FlowOverlay.h"
#include "player/FrameDecoder.h"
#include "player/FrameView.h"
#include "player/VideoPlayer.h"
#include "prediction/FusionPanel.h"
#include "prediction/PredictionController.h"
#include "project/Document.h"
#include "tasks/TaskList.h"
#include "timeline/TimelineSummary.h"
#include "timeline/TimelineWidget.h"
#include "video/ProxyVideo.h"
#include "video/VideoReader.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <atomic>
#include <map>

using namespace ethoscribe;

namespace {

constexpr int kFrames = 120;
constexpr int kClasses = 8;

// What the scripted models predict: bouts of 30 frames of classes 0, 1, 2, 0. On frames 30-44
// the two networks disagree (I3D: class 1, R(2+1)D: class 3, both unsure); on 60-89 the RGB
// streams say class 5 and the flow streams class 2.
int predictedClass(const AnalysisModel &m, int frame, float *p)
{
    const bool i3d = m.architecture == QLatin1String("i3d");
    const bool rgb = m.stream == QLatin1String("rgb");
    *p = 0.8f;
    if (frame >= 30 && frame < 45) {
        *p = 0.5f;
        return i3d ? 1 : 3;
    }
    if (frame >= 60 && frame < 90)
        return rgb ? 5 : 2;
    return (frame / 30) % 3;
}

// An analysis service without networks: describe() reads a small JSON "model file", and a job
// delivers its rows in blocks, one block per turn of the event loop.
class ScriptedAnalysis : public AnalysisService
{
public:
    QList<AnalysisRequest> requests;
    int blockFrames = 30;
    int delayMs = 0;

    quint64 start(const AnalysisRequest &request) override
    {
        const quint64 id = m_next++;
        requests << request;
        Job job;
        job.request = request;
        for (int m = 0; m < request.models.size(); ++m) {
            const QList<FrameRange> missing = request.missing.value(m);
            for (const FrameRange &r :
                 missing.isEmpty() ? QList<FrameRange>{FrameRange{0, kFrames}} : missing)
                for (qint64 f = r.first; f < r.first + r.count; f += blockFrames)
                    job.blocks.push_back(
                            {m, f, std::min<qint64>(blockFrames, r.first + r.count - f)});
        }
        m_jobs[id] = job;
        QTimer::singleShot(delayMs, this, [this, id] { step(id); });
        return id;
    }
    void cancel(quint64 job) override
    {
        if (m_jobs.count(job))
            m_jobs[job].cancelled = true;
    }
    void cancelAll() override
    {
        for (auto &entry : m_jobs)
            entry.second.cancelled = true;
    }
    bool describe(const QString &path, AnalysisModel *model, QString *error) const override
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        const QByteArray bytes = file.readAll();
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        if (o.isEmpty()) {
            *error = QStringLiteral("%1 is not a model").arg(path);
            return false;
        }
        model->path = QFileInfo(path).absoluteFilePath();
        model->architecture = o.value(QStringLiteral("architecture")).toString();
        model->stream = o.value(QStringLiteral("stream")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("classes")).toArray())
            model->classes << c.toString();
        model->hash = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        return true;
    }

private:
    struct Block
    {
        int model;
        qint64 first;
        qint64 count;
    };
    struct Job
    {
        AnalysisRequest request;
        std::vector<Block> blocks;
        size_t next = 0;
        bool cancelled = false;
    };

    void step(quint64 id)
    {
        Job &job = m_jobs[id];
        if (job.cancelled) {
            m_jobs.erase(id);
            Q_EMIT failed(id,
                          QStringLiteral("The analysis was cancelled; what was finished is kept."));
            return;
        }
        if (job.next == job.blocks.size()) {
            m_jobs.erase(id);
            Q_EMIT finished(id, 0.1);
            return;
        }
        const Block b = job.blocks[job.next++];
        const AnalysisModel &m = job.request.models[b.model];
        QVector<float> rows(qsizetype(b.count) * kClasses);
        for (qint64 i = 0; i < b.count; ++i) {
            float p = 0.0f;
            const int c = predictedClass(m, int(b.first + i), &p);
            for (int k = 0; k < kClasses; ++k)
                rows[qsizetype(i) * kClasses + k] = k == c ? p : (1.0f - p) / (kClasses - 1);
        }
        Q_EMIT rowsReady(id, b.model, b.first, b.count, rows);
        Q_EMIT progress(id, qint64(job.next), qint64(job.blocks.size()), m.architecture);
        QTimer::singleShot(delayMs, this, [this, id] { step(id); });
    }

    quint64 m_next = 1;
    std::map<quint64, Job> m_jobs;
};

// A service whose describe() takes a while, and which notes a describe() still running once it
// is gone.
std::atomic<bool> g_slowServiceAlive{false};
std::atomic<bool> g_slowDescribeStarted{false};
std::atomic<int> g_describedAfterServiceWent{0};

class SlowDescribe : public ScriptedAnalysis
{
public:
    SlowDescribe() { g_slowServiceAlive = true; }
    ~SlowDescribe() override { g_slowServiceAlive = false; }
    bool describe(const QString &path, AnalysisModel *model, QString *error) const override
    {
        g_slowDescribeStarted = true;
        QThread::msleep(300);
        if (!g_slowServiceAlive) {
            ++g_describedAfterServiceWent;
            return false;
        }
        return ScriptedAnalysis::describe(path, model, error);
    }
};

// MainWindow::setModelPaths() and its outcome.
bool setModelsAndWait(MainWindow *window, const QStringList &paths)
{
    QSignalSpy set(window, &MainWindow::modelPathsSet);
    window->setModelPaths(paths);
    if (set.isEmpty() && !set.wait(30000))
        return false;
    return set.first().first().toBool();
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutModelsSaysWhatToDo();
    void analysisFillsTheTimeline();
    void rerunningIsANoOp();
    void sliderFusesAgainAndIsSaved();
    void exportAllPredictionsAsTheTimelineShows();
    void acceptPredictionIsOneUndoStep();
    void nextUncertainBoutIsTheMostDoubtful();
    void cancelledAnalysisKeepsRowsAndResumes();
    void flowOverlayFromTheCache();
    void annotatedVideoExport();
    void findMovedVideos();
    void scrubbingCopiesPreference();
    void closingWhileModelsAreReadWaitsForTheRead();
    void closingWhileVideosAreAddedIsSafe();

private:
    QString writeModel(const QString &name, const QString &arch, const QString &stream);
    const TrackRecord *track(VideoId video, const char *model, const char *stream) const;
    int fusedLabelAt(int frame) const;

    QTemporaryDir m_dir;
    ScriptedAnalysis m_service;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_models;
};

QString TestReview::writeModel(const QString &name, const QString &arch, const QString &stream)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QJsonArray classes;
    for (const QString &c : m_window->document()->behaviors().names())
        classes.append(c);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("architecture"), arch},
                                         {QStringLiteral("stream"), stream},
                                         {QStringLiteral("classes"), classes}})
                       .toJson());
    return path;
}

const TrackRecord *TestReview::track(VideoId video, const char *model, const char *stream) const
{
    return m_window->document()->predictionTrack(
            video, QString::fromLatin1(model), QString::fromLatin1(stream));
}

int TestReview::fusedLabelAt(int frame) const
{
    const int row = m_window->predictions()->fusedRow();
    return row < 0 ? -2 : m_window->timeline()->trackSummary(row).label(frame);
}

void TestReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings (recent projects...) stay out of $HOME
    QVERIFY(m_dir.isValid());
    VideoWriterSettings settings;
    settings.width = 64;
    settings.height = 48;
    QString error;
    for (const char *name : {"first.mp4", "second.mp4"}) {
        // Different content, so different content hashes: another encoder quality.
        settings.quality = name[0] == 'f' ? 23 : 30;
        QVERIFY2(testutil::writeCodedVideo(
                         m_dir.filePath(QString::fromLatin1(name)), settings, kFrames, &error),
                 qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->setAnalysisService(&m_service);
    m_window->labeling()->setAnnotator(QStringLiteral("reviewer"));
    QVERIFY(m_window->newProject(m_dir.filePath(QStringLiteral("review.ethoproj"))));
    QVERIFY(m_window->analysis());
    QSignalSpy added(m_window.get(), &MainWindow::videosAdded);
    m_window->addVideos({m_dir.filePath(QStringLiteral("first.mp4")),
                         m_dir.filePath(QStringLiteral("second.mp4"))});
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(m_window->document()->videos().size(), 2);
    QTRY_VERIFY(m_window->player()->hasVideo());
    m_models = {writeModel(QStringLiteral("i3d_rgb.safetensors"), "i3d", "rgb"),
                writeModel(QStringLiteral("i3d_flow.safetensors"), "i3d", "flow"),
                writeModel(QStringLiteral("r2_rgb.safetensors"), "r2plus1d", "rgb"),
                writeModel(QStringLiteral("r2_flow.safetensors"), "r2plus1d", "flow")};
    m_window->show();
}

void TestReview::withoutModelsSaysWhatToDo()
{
    QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
    m_window->analyseVideos({m_window->document()->videos().first().id});
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("Choose Models")));
    QVERIFY(m_service.requests.isEmpty());
    // Nothing analysed yet: File > Export All Predictions says what to do first.
    QVERIFY(!m_window->exportAllPredictionsTo(m_dir.filePath(QStringLiteral("none"))));
    QCOMPARE(errors.count(), 2);
    QVERIFY2(errors.last().first().toString().contains(QStringLiteral("Analyse All Videos")),
             qPrintable(errors.last().first().toString()));

    // Two models of the same network and stream cannot be fused: refused, nothing saved.
    QVERIFY(!setModelsAndWait(m_window.get(), {m_models[0], m_models[0]}));
    QVERIFY(m_window->modelPaths().isEmpty());
    // The files are read and hashed in the background: the call returns before that is done.
    QSignalSpy set(m_window.get(), &MainWindow::modelPathsSet);
    m_window->setModelPaths(m_models);
    QCOMPARE(set.count(), 0);
    QVERIFY(set.wait(30000));
    QCOMPARE(set.first().first().toBool(), true);
    QCOMPARE(m_window->modelPaths(), m_models);
}

void TestReview::analysisFillsTheTimeline()
{
    Document *doc = m_window->document();
    const VideoId video = doc->videos().first().id;
    m_window->showVideo(video);
    QCOMPARE(m_window->predictions()->fusedRow(), -1); // nothing predicted yet
    QSignalSpy rows(doc, &Document::predictionRowsChanged);
    QSignalSpy idle(m_window.get(), &MainWindow::analysesIdle);
    // The toolbar's Analyse button (the same action as Models > Analyse This Video).
    QToolBar *toolBar = m_window->toolBar();
    QAction *analyse = nullptr;
    for (QAction *a : toolBar->actions())
        if (a->iconText() == QStringLiteral("Analyse"))
            analyse = a;
    QVERIFY(analyse);
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(analyse));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_window->tasks()->runningCount() == 1 || idle.count() == 1);
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(m_window->tasks()->runningCount(), 0);
    QVERIFY2(m_window->tasks()->recentMessages().first().contains(QStringLiteral("analysed")),
             qPrintable(m_window->tasks()->recentMessages().first()));
    QCOMPARE(rows.count(), 4 * kFrames / 30); // block by block, as they arrived
    // Preferences untouched: every 4th frame's window, float networks, every core.
    const AnalysisOptions &options = m_service.requests.last().options;
    QCOMPARE(options.mode, WindowMode::Stride);
    QCOMPARE(options.stride, 4);
    QCOMPARE(options.precision, NetworkPrecision::Float32);
    QCOMPARE(options.threads, 0);

    // One row per network, and the fused prediction with its confidence strip.
    const int fused = m_window->predictions()->fusedRow();
    QVERIFY(fused >= 0);
    QVERIFY(m_window->predictions()->networkRow(FusionModel::Network::I3d) >= 0);
    QVERIFY(m_window->predictions()->networkRow(FusionModel::Network::R2Plus1d) >= 0);
    QVERIFY(m_window->timeline()->trackSummary(fused).hasConfidence());
    const QVector<BehaviorId> ids = doc->behaviors().ids();
    QCOMPARE(fusedLabelAt(10), ids[0]);
    QCOMPARE(fusedLabelAt(50), ids[1]);
    QCOMPARE(fusedLabelAt(70), ids[2]); // flow (0.6) outweighs RGB (0.4)
    QCOMPARE(fusedLabelAt(100), ids[0]);
    QCOMPARE(m_window->predictions()->predictedFraction(), 1.0);
    // Where the networks disagree, the strip is marked.
    QVERIFY(m_window->timeline()->isMarked(fused, 35));
    QVERIFY(!m_window->timeline()->isMarked(fused, 50));
    // Each network's own row: at frame 35 I3D says the second behavior, R(2+1)D the fourth.
    QCOMPARE(m_window->timeline()
                     ->trackSummary(m_window->predictions()->networkRow(FusionModel::Network::I3d))
                     .label(35),
             ids[1]);
    QCOMPARE(m_window->timeline()
                     ->trackSummary(
                             m_window->predictions()->networkRow(FusionModel::Network::R2Plus1d))
                     .label(35),
             ids[3]);
    // The streams are stored, keyed by their model files.
    const TrackRecord *i3dRgb = track(video, "i3d", "rgb");
    QVERIFY(i3dRgb);
    QCOMPARE(doc->predictions(i3dRgb->id)->frameCount(), qint64(kFrames));
    QVERIFY(!ProjectAnalysis::unpredicted(*doc->predictions(i3dRgb->id)).size());
    // The video list says which streams are stored.
    QTRY_COMPARE(m_window->videoList()->topLevelItem(0)->text(5), QStringLiteral("4 stream(s)"));
}

void TestReview::rerunningIsANoOp()
{
    const int before = m_service.requests.size();
    QSignalSpy idle(m_window.get(), &MainWindow::analysesIdle);
    m_window->analyseVideos({m_window->document()->videos().first().id});
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(m_service.requests.size(), before);
}

void TestReview::sliderFusesAgainAndIsSaved()
{
    Document *doc = m_window->document();
    const QVector<BehaviorId> ids = doc->behaviors().ids();
    QCOMPARE(fusedLabelAt(70), ids[2]);
    m_window->fusionPanel()->rgbSlider()->setValue(100); // RGB only
    QTRY_COMPARE(m_window->predictions()->parameters().rgbWeight, 1.0);
    QCOMPARE(fusedLabelAt(70), ids[5]);
    QCOMPARE(fusedLabelAt(10), ids[0]);
    QCOMPARE(m_window->predictions()->output().labels[70], 5);
    // File > Export Prediction as CSV writes what the sliders show: per frame the fused behavior
    // and every behavior's probability, and the bouts beside it.
    const QString csv = m_dir.filePath(QStringLiteral("video01_prediction.csv"));
    QVERIFY(m_window->exportPredictionTo(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), kFrames + 2); // header, one row per frame, the last line end
    QVERIFY2(lines[0].startsWith("frame,time_s,behavior,p_"
                                 + doc->behaviors().byId(ids[0])->name.toUtf8()),
             lines[0].constData());
    const QList<QByteArray> row70 = lines[1 + 70].split(',');
    QCOMPARE(QString::fromUtf8(row70[2]), doc->behaviors().byId(ids[5])->name);
    const float *p70 = m_window->predictions()->output().row(70);
    QCOMPARE(row70[3 + 5].toDouble(), double(qRound64(double(p70[5]) * 1e6)) / 1e6);
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("video01_prediction_bouts.csv"))));
    // Saved in the project a moment later; the fused track itself is not stored.
    QTRY_COMPARE(doc->recordsDatabase().setting(QStringLiteral("fusion/rgb_weight")),
                 QStringLiteral("1"));

    // I3D only: frame 35 becomes I3D's second behavior with no tie left.
    m_window->fusionPanel()->mixSlider()->setValue(100);
    QTRY_COMPARE(m_window->predictions()->parameters().modelMix, 1.0);
    QCOMPARE(fusedLabelAt(35), ids[1]);
    m_window->fusionPanel()->mixSlider()->setValue(0);
    QTRY_COMPARE(m_window->predictions()->parameters().modelMix, 0.0);
    QCOMPARE(fusedLabelAt(35), ids[3]);

    // Back to the paper's weights.
    m_window->fusionPanel()->mixSlider()->setValue(50);
    m_window->fusionPanel()->rgbSlider()->setValue(40);
    QTRY_COMPARE(m_window->predictions()->parameters().rgbWeight, 0.4);
    QTRY_COMPARE(m_window->predictions()->parameters().modelMix, 0.5);
    QCOMPARE(fusedLabelAt(70), ids[2]);
}

// File > Export All Predictions reads every analysed video's streams from the project file in the
// background and writes what the timeline shows: the same bytes as Export Prediction of the video
// shown, at the sliders' weights.
void TestReview::exportAllPredictionsAsTheTimelineShows()
{
    m_window->fusionPanel()->rgbSlider()->setValue(100); // RGB only
    QTRY_COMPARE(m_window->predictions()->parameters().rgbWeight, 1.0);
    const QString single = m_dir.filePath(QStringLiteral("single/first_prediction.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(single).absolutePath()));
    QVERIFY(m_window->exportPredictionTo(single));
    const QString out = m_dir.filePath(QStringLiteral("all-predictions"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    QVERIFY(m_window->exportAllPredictionsTo(out));
    QTRY_COMPARE(finished.count(), 1);
    // Only the analysed video has files (the second one was not analysed).
    QCOMPARE(finished.first().first().toStringList().size(), 2);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files),
             (QStringList{QStringLiteral("first_prediction.csv"),
                          QStringLiteral("first_prediction_bouts.csv")}));
    for (const char *name : {"first_prediction.csv", "first_prediction_bouts.csv"}) {
        QFile a(QDir(out).filePath(QString::fromLatin1(name)));
        QFile b(QDir(QFileInfo(single).absolutePath()).filePath(QString::fromLatin1(name)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray written = a.readAll();
        QVERIFY(written.count('\n') > (QByteArray(name).contains("bouts") ? 2 : kFrames));
        QVERIFY2(written == b.readAll(), name);
    }
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("RGB weight 1.00")),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window->fusionPanel()->rgbSlider()->setValue(40);
    QTRY_COMPARE(m_window->predictions()->parameters().rgbWeight, 0.4);
}

void TestReview::acceptPredictionIsOneUndoStep()
{
    Document *doc = m_window->document();
    const QVector<BehaviorId> ids = doc->behaviors().ids();
    m_window->timeline()->clearSelection();
    m_window->player()->seek(10);
    const int steps = doc->undoStack()->count();
    QVERIFY(m_window->acceptPrediction());
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const TrackId mine = m_window->labeling()->editedTrack();
    QVERIFY(mine != 0);
    const LabelTrack *labels = doc->labels(mine);
    // The bout under the playhead (frames 0-29), nothing else.
    QCOMPARE(labels->at(0), ids[0]);
    QCOMPARE(labels->at(29), ids[0]);
    QCOMPARE(labels->at(30), kUnlabeled);
    QCOMPARE(labels->labeledFrames(), qint64(30));

    // A selection: exactly the selected frames.
    m_window->timeline()->setSelection(60, 75);
    QVERIFY(m_window->acceptPrediction());
    QCOMPARE(labels->at(60), ids[2]);
    QCOMPARE(labels->at(74), ids[2]);
    QCOMPARE(labels->at(75), kUnlabeled);
    QCOMPARE(doc->undoStack()->count(), steps + 2);

    QVERIFY(doc->undo());
    QCOMPARE(labels->at(60), kUnlabeled);
    QVERIFY(doc->undo());
    QCOMPARE(labels->labeledFrames(), qint64(0));
}

void TestReview::nextUncertainBoutIsTheMostDoubtful()
{
    m_window->timeline()->clearSelection();
    m_window->player()->seek(100);
    // Zoomed in far away from it (frames 100-110 fill the timeline).
    TimelineWidget *timeline = m_window->timeline();
    timeline->setView(100, 10.0 / std::max(1, timeline->bandsRect().width()));
    // Frames 30-59 first, wherever the playhead is: the networks disagree on half of it and are
    // unsure there.
    QVERIFY(m_window->goToUncertainBout(true));
    QCOMPARE(m_window->timeline()->selectionStart(), 30);
    QCOMPARE(m_window->timeline()->selectionEnd(), 60);
    // The timeline shows it, at least 40 pixels wide.
    const QRect bands = timeline->bandsRect();
    QVERIFY2(timeline->xOfFrame(30) >= bands.left() - 1
                     && timeline->xOfFrame(60) <= bands.right() + 1,
             qPrintable(QStringLiteral("bout at x %1-%2, bands %3-%4")
                                .arg(timeline->xOfFrame(30))
                                .arg(timeline->xOfFrame(60))
                                .arg(bands.left())
                                .arg(bands.right())));
    QVERIFY(timeline->xOfFrame(60) - timeline->xOfFrame(30) >= 39.0);
    QCOMPARE(m_window->player()->currentFrame(), qint64(30));
    QVERIFY(!m_window->goToUncertainBout(false)); // nothing more doubtful
    // Then the RGB/flow conflict (60-89), even after that bout was accepted: a worklist.
    QVERIFY(m_window->acceptPrediction());
    QVERIFY(m_window->goToUncertainBout(true));
    QCOMPARE(m_window->timeline()->selectionStart(), 60);
    QCOMPARE(m_window->timeline()->selectionEnd(), 90);
    QVERIFY(m_window->goToUncertainBout(false));
    QCOMPARE(m_window->timeline()->selectionStart(), 30);
    QVERIFY(m_window->document()->undo());
    m_window->timeline()->clearSelection();
}

void TestReview::cancelledAnalysisKeepsRowsAndResumes()
{
    Document *doc = m_window->document();
    const VideoId video = doc->videos().at(1).id;
    m_window->showVideo(video);
    m_service.delayMs = 20;
    QSignalSpy rows(doc, &Document::predictionRowsChanged);
    QSignalSpy idle(m_window.get(), &MainWindow::analysesIdle);
    m_window->analyseVideos({video});
    QTRY_VERIFY(rows.count() >= 2);
    m_window->analysis()->cancelAll();
    QTRY_COMPARE(idle.count(), 1);
    QVERIFY(m_window->tasks()->recentMessages().first().contains(QStringLiteral("cancelled")));
    // Rows arrive model after model: the first has some, the last is far from complete.
    QList<QList<FrameRange>> missing;
    for (const char *m : {"i3d", "r2plus1d"})
        for (const char *s : {"rgb", "flow"}) {
            const TrackRecord *t = track(video, m, s);
            QVERIFY(t);
            missing << ProjectAnalysis::unpredicted(*doc->predictions(t->id));
        }
    QVERIFY(missing.first().isEmpty() || missing.first().first().count < kFrames);
    QVERIFY(!missing.last().isEmpty());
    // The fused row shows what was kept.
    QCOMPARE(fusedLabelAt(0), doc->behaviors().ids()[0]);

    // Analysing again asks only for what is missing, and finishes; with what Preferences say
    // now (one window per frame, 8-bit networks, one thread), as the dialog saves it.
    PreferencesDialog::Values values;
    PreferencesDialog dialog(values);
    auto *windows = dialog.findChild<QComboBox *>(QStringLiteral("analysisWindows"));
    auto *precision = dialog.findChild<QComboBox *>(QStringLiteral("analysisPrecision"));
    QVERIFY(windows && precision);
    QCOMPARE(windows->count(), 3);
    QCOMPARE(windows->currentIndex(), 0);
    QCOMPARE(precision->count(), 3);
    QCOMPARE(precision->currentData().toString(), QStringLiteral("float32"));
    windows->setCurrentIndex(1);
    // Each choice is saved and read back under its own name.
    for (const NetworkPrecision p : {NetworkPrecision::Float16, NetworkPrecision::Int8}) {
        precision->setCurrentIndex(precision->findData(precisionName(p)));
        QVERIFY(precision->currentIndex() > 0);
        PreferencesDialog::save(dialog.values());
        QCOMPARE(PreferencesDialog::analysisOptions().precision, p);
        PreferencesDialog reopened(dialog.values());
        QCOMPARE(reopened.findChild<QComboBox *>(QStringLiteral("analysisPrecision"))
                         ->currentData()
                         .toString(),
                 precisionName(p));
    }
    values = dialog.values();
    values.analysisThreads = 1;
    PreferencesDialog::save(values);
    m_service.delayMs = 0;
    m_window->analyseVideos({video});
    QTRY_COMPARE(idle.count(), 2);
    const AnalysisRequest &resumed = m_service.requests.last();
    QCOMPARE(resumed.options.mode, WindowMode::Stride);
    QCOMPARE(resumed.options.stride, 1);
    QCOMPARE(resumed.options.precision, NetworkPrecision::Int8);
    QCOMPARE(resumed.options.threads, 1);
    PreferencesDialog::save(PreferencesDialog::Values{}); // the defaults again
    QCOMPARE(PreferencesDialog::analysisOptions().stride, 4);
    QCOMPARE(PreferencesDialog::analysisOptions().precision, NetworkPrecision::Float32);
    QCOMPARE(resumed.models.size(), 4);
    const QList<FrameRange> none{FrameRange{kFrames, 0}};
    for (int m = 0; m < 4; ++m)
        QCOMPARE(resumed.missing[m], missing[m].isEmpty() ? none : missing[m]);
    for (const char *m : {"i3d", "r2plus1d"})
        for (const char *s : {"rgb", "flow"})
            QVERIFY(ProjectAnalysis::unpredicted(*doc->predictions(track(video, m, s)->id))
                            .isEmpty());
    QCOMPARE(m_window->predictions()->predictedFraction(), 1.0);
}

void TestReview::flowOverlayFromTheCache()
{
    Document *doc = m_window->document();
    QVERIFY(setProjectFlowMethod(doc->recordsDatabase(), FlowMethod::Dis));
    const VideoRecord first = doc->videos().at(0);
    FlowOptions options;
    options.method = FlowMethod::Dis;
    QString error;
    QVERIFY2(FlowComputation::ensure(
                     doc->recordsDatabase().absoluteVideoPath(first),
                     first.contentHash,
                     FlowCache::pathFor(doc->path(), first.contentHash, FlowMethod::Dis),
                     options,
                     {},
                     nullptr,
                     &error),
             qPrintable(error));
    m_window->showVideo(first.id);
    // The video list's Flow column says how much is cached: all of the first video, none of the
    // second.
    const auto flowColumn = [&](VideoId id) {
        for (int i = 0; i < m_window->videoList()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_window->videoList()->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toLongLong() == id)
                return item->text(6);
        }
        return QString();
    };
    QTRY_COMPARE(flowColumn(first.id), QStringLiteral("100%"));
    QCOMPARE(flowColumn(doc->videos().at(1).id), QStringLiteral("-"));
    FrameView *view = m_window->player()->frameView();
    m_window->flowOverlayAction()->setChecked(true);
    m_window->player()->seek(10);
    QVERIFY(!view->overlay().isNull());
    QCOMPARE(view->overlay().size(), QSize(64, 48));
    // The second video has no flow yet: no overlay, and the status bar says why.
    QSignalSpy messages(m_window->flowOverlay(), &FlowOverlay::message);
    m_window->showVideo(doc->videos().at(1).id);
    QTRY_VERIFY(m_window->player()->hasVideo());
    QVERIFY(view->overlay().isNull());
    QCOMPARE(messages.count(), 1);
    m_window->flowOverlayAction()->setChecked(false);
    m_window->showVideo(first.id);
    QVERIFY(view->overlay().isNull());
}

void TestReview::annotatedVideoExport()
{
    // File > Export Annotated Video: the current video with its labels drawn on, written in the
    // background; the file appears complete, with the video's frames.
    if (m_window->labeling()->editedTrack() == 0)
        QSKIP("no labels on the current video (an earlier test failed)");
    const QString out = m_dir.filePath(QStringLiteral("annotated.mp4"));
    m_window->exportAnnotatedVideoTo(out);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out), 60000);
    VideoReader reader;
    QString error;
    QVERIFY2(reader.open(out, &error), qPrintable(error));
    const VideoRecord *video = m_window->document()->video(m_window->labeling()->currentVideo());
    QVERIFY(video);
    QCOMPARE(reader.info().frameCount, video->frameCount);

    // The dialog before it: the timeline's selection is the range offered first; another track
    // (here a model's prediction, if the video has one) can be chosen.
    AnnotatedVideoDialog dialog(
            m_window->document(), video->id, m_window->labeling()->editedTrack(), 5, 17);
    QCOMPARE(dialog.track(), m_window->labeling()->editedTrack());
    QCOMPARE(dialog.options().first, qint64(5));
    QCOMPARE(dialog.options().end, qint64(17));
    dialog.setRange(3, 12);
    QCOMPARE(dialog.options().first, qint64(3));
    QCOMPARE(dialog.options().end, qint64(12));
    TrackId other = 0;
    for (const TrackRecord &t : m_window->document()->tracks(video->id))
        if (t.id != m_window->labeling()->editedTrack())
            other = t.id;
    if (other) {
        dialog.setTrack(other);
        QCOMPARE(dialog.track(), other);
    }
    const QString part = m_dir.filePath(QStringLiteral("annotated-part.mp4"));
    m_window->exportAnnotatedVideoTo(part, dialog.track(), dialog.options());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(part), 60000);
    VideoReader partReader;
    QVERIFY2(partReader.open(part, &error), qPrintable(error));
    QCOMPARE(partReader.info().frameCount, qint64(9));

    // The timeline's fused prediction, offered when the video has one: drawn as the sliders set
    // it.
    QVERIFY(m_window->predictions()->hasPredictions());
    AnnotatedVideoDialog withFused(
            m_window->document(), video->id, m_window->labeling()->editedTrack(), 0, 0, true);
    withFused.setTrack(AnnotatedVideoDialog::kFusedPrediction);
    QCOMPARE(withFused.track(), AnnotatedVideoDialog::kFusedPrediction);
    withFused.setRange(0, 6);
    const QString fusedOut = m_dir.filePath(QStringLiteral("annotated-fused.mp4"));
    QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
    m_window->exportAnnotatedVideoTo(fusedOut, withFused.track(), withFused.options());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fusedOut), 60000);
    QCOMPARE(errors.count(), 0);
    VideoReader fusedReader;
    QVERIFY2(fusedReader.open(fusedOut, &error), qPrintable(error));
    QCOMPARE(fusedReader.info().frameCount, qint64(6));
}

void TestReview::findMovedVideos()
{
    // File > Find Moved Videos: second.mp4 moved into a subfolder (and renamed) is found by its
    // content in the background and its new path recorded; the project keeps its labels.
    Document *doc = m_window->document();
    const VideoRecord *second = doc->findVideo(QStringLiteral("second.mp4"));
    QVERIFY(second);
    const VideoId id = second->id;
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("moved/deeper")));
    const QString moved = m_dir.filePath(QStringLiteral("moved/deeper/cage2.mp4"));
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("second.mp4")), moved));
    QCOMPARE(doc->missingVideos().size(), 1);
    QSignalSpy finished(m_window.get(), &MainWindow::relocationFinished);
    m_window->findMovedVideosIn(m_dir.filePath(QStringLiteral("moved")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QVERIFY(doc->missingVideos().isEmpty());
    QCOMPARE(QFileInfo(doc->recordsDatabase().absoluteVideoPath(*doc->video(id)))
                     .canonicalFilePath(),
             QFileInfo(moved).canonicalFilePath());
    // Nothing missing any more: a second search finds nothing and changes nothing.
    m_window->findMovedVideosIn(m_dir.filePath(QStringLiteral("moved")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.last().at(1).toInt(), 0);
}

void TestReview::scrubbingCopiesPreference()
{
    // Edit > Preferences > "Make scrubbing copies of long videos": saved in the settings and
    // applied to the player, now and at the next start.
    PreferencesDialog::Values values;
    values.scrubbingCopies = false;
    PreferencesDialog dialog(values);
    QCOMPARE(dialog.values().scrubbingCopies, false);
    PreferencesDialog::save(dialog.values());
    QCOMPARE(PreferencesDialog::scrubbingCopies(), false);
    {
        MainWindow window;
        QVERIFY(!window.player()->decoder()->isProxyEnabled());
    }
    values.scrubbingCopies = true;
    PreferencesDialog::save(values);
    MainWindow window;
    QVERIFY(window.player()->decoder()->isProxyEnabled());

    // A copy being made is a job in the Tasks dock like an analysis, with progress and Cancel.
    window.setInteractive(false);
    QTemporaryDir dir;
    const QString longVideo = dir.filePath(QStringLiteral("long one-keyframe.mp4"));
    QString error;
    QVERIFY2(testutil::writeOneKeyframeVideo(longVideo, 900, &error), qPrintable(error));
    QFile::remove(ProxyVideo::pathFor(longVideo));
    QVERIFY(window.newProject(dir.filePath(QStringLiteral("copies.ethoproj"))));
    QSignalSpy started(window.player()->decoder(), &FrameDecoder::proxyBuildStarted);
    QSignalSpy ended(window.player()->decoder(), &FrameDecoder::proxyBuildEnded);
    window.addVideos({longVideo});
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20000);
    TaskList *tasks = window.tasks();
    QCOMPARE(tasks->runningCount(), 1);
    QVERIFY2(tasks->currentText().startsWith(
                     QStringLiteral("Scrubbing copy of long one-keyframe.mp4")),
             qPrintable(tasks->currentText()));
    QToolButton *cancel = tasks->findChild<QToolButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(ended.first().at(1).toBool(), false); // cancelled, not failed
    QCOMPARE(tasks->runningCount(), 0);
    QVERIFY2(tasks->recentMessages().first().contains(QStringLiteral("cancelled")),
             qPrintable(tasks->recentMessages().join(QLatin1Char('\n'))));
    QVERIFY(!QFileInfo::exists(ProxyVideo::pathFor(longVideo)));
    QVERIFY(!window.player()->decoder()->hasProxy());
    // Cancelled by the user: not made again when the video is opened again.
    window.player()->openVideo(longVideo);
    QTRY_COMPARE(window.player()->videoInfo().frameCount, qint64(900));
    QTest::qWait(200);
    QCOMPARE(started.count(), 1);

    // Browsing on while a copy is made stops it without a word in the list of ended jobs (it is
    // made again when its video is opened again): going back and forth between videos must
    // not fill that list.
    const QString other = dir.filePath(QStringLiteral("other.mp4"));
    const QString third = dir.filePath(QStringLiteral("third.mp4"));
    for (const QString &path : {other, third}) {
        QVERIFY2(testutil::writeOneKeyframeVideo(path, 900, &error), qPrintable(error));
        QFile::remove(ProxyVideo::pathFor(path));
    }
    const QStringList recentBefore = tasks->recentMessages();
    window.player()->openVideo(other);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 20000);
    QCOMPARE(started.last().at(1).toString(), other);
    window.player()->openVideo(third);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 20000); // the copy of other.mp4 stopped
    QCOMPARE(ended.last().at(0).toInt(), started.at(1).at(0).toInt());
    QCOMPARE(ended.last().at(1).toBool(), false);
    QVERIFY(ended.last().at(2).toString().isEmpty());
    QCOMPARE(tasks->recentMessages(), recentBefore);
    QVERIFY(!QFileInfo::exists(ProxyVideo::pathFor(other)));
    // The third video's copy is made and reported; the stopped one is made again on return.
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 3, 60000);
    QVERIFY2(tasks->recentMessages().first().contains(QStringLiteral("third.mp4"))
                     && tasks->recentMessages().first().contains(QStringLiteral("made")),
             qPrintable(tasks->recentMessages().join(QLatin1Char('\n'))));
    QCOMPARE(tasks->recentMessages().size(), recentBefore.size() + 1);
    window.player()->openVideo(other);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 4, 20000);
    QCOMPARE(started.last().at(1).toString(), other);
}

void TestReview::closingWhileModelsAreReadWaitsForTheRead()
{
    // The window reads the chosen model files through the service on the global thread pool.
    // Closing the window (and then dropping the service, as main() and tests do) while a read
    // runs must not leave the read using a service that is gone.
    auto service = std::make_unique<SlowDescribe>();
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->setAnalysisService(service.get());
    QVERIFY(window->newProject(m_dir.filePath(QStringLiteral("closing.ethoproj"))));
    window->setModelPaths(m_models);
    QTRY_VERIFY(g_slowDescribeStarted.load());
    window.reset();
    service.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(g_describedAfterServiceWent.load(), 0);
}

void TestReview::closingWhileVideosAreAddedIsSafe()
{
    // Adding videos reads them on the thread pool and then adds them to the project on the GUI
    // thread. A window closed meanwhile gets no call on its remains (AddressSanitizer reports
    // one in the sanitizer suite; a release build may crash or not).
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->setAnalysisService(&m_service);
    QVERIFY(window->newProject(m_dir.filePath(QStringLiteral("closing-add.ethoproj"))));
    window->addVideos({m_dir.filePath(QStringLiteral("first.mp4")),
                       m_dir.filePath(QStringLiteral("second.mp4"))});
    QVERIFY(window->isBusy());
    window.reset();
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);              // delivers the finished read
    QVERIFY(m_window->document()); // the test's own window is untouched
}

QTEST_MAIN(TestReview)
#include "test_review.moc"
