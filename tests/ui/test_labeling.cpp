// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard labeling in the main window, asserted on the document: number keys label the current
// frame or the selected range, holding a key while the playhead moves paints (one undo step),
// Delete erases, Ctrl+Z / Ctrl+Shift+Z undo and redo, the timeline follows and everything is in
// the project file at once. Also the demo: a project built from synthetic videos.
#include "VideoTestUtil.h"
#include "demo/DemoProject.h"
#include "labeling/LabelingController.h"
#include "mainwindow/MainWindow.h"
#include "player/VideoPlayer.h"
#include "prediction/PredictionController.h"
#include "project/Document.h"
#include "synth/SyntheticDataset.h"
#include "timeline/TimelineSummary.h"
#include "timeline/TimelineWidget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ethoscribe;

namespace {
BehaviorId idOfKey(const Document &doc, int key)
{
    const Behavior *b = doc.behaviors().byKey(key);
    return b ? b->id : kUnlabeled;
}
} // namespace

class TestLabeling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numberKeyLabelsCurrentFrame();
    void selectionAndKeyLabelRange();
    void undoRedoWithKeys();
    void holdingKeyPaintsOneUndoStep();
    void deleteErases();
    void labelsAreInTheProjectFile();
    void predictionRowsShowAsTheyArrive();
    void demoProjectFromSyntheticVideos();
    void noOpEditKeepsRedo();
    void paintingSavesInBatches();
    void draggingABoutEdgeMovesIt();
    void mergingBoutsAndTheVideoListState();
    void splittingABoutAtThePlayhead();
    void videosOfTheSameNameAreToldApart(); // last: opens a project of its own

private:
    const LabelTrack *labels() const;
    int editedRow() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
};

void TestLabeling::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings (recent projects...) stay out of $HOME
    QVERIFY(m_dir.isValid());
    const QString video = m_dir.filePath(QStringLiteral("cage.mp4"));
    VideoWriterSettings settings;
    settings.width = 160;
    settings.height = 120;
    QString error;
    QVERIFY2(testutil::writeCodedVideo(video, settings, 120, &error), qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->labeling()->setAnnotator(QStringLiteral("tester"));
    m_project = m_dir.filePath(QStringLiteral("labels.ethoproj"));
    QVERIFY(m_window->newProject(m_project));
    QCOMPARE(m_window->document()->behaviors().size(), 8);
    QSignalSpy added(m_window.get(), &MainWindow::videosAdded);
    m_window->addVideos({video});
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toInt(), 1);
    QCOMPARE(m_window->document()->videos().size(), 1);
    QTRY_VERIFY(m_window->player()->hasVideo());
    QCOMPARE(m_window->player()->videoInfo().frameCount, qint64(120));
    QCOMPARE(m_window->timeline()->frameCount(), 120);

    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

const LabelTrack *TestLabeling::labels() const
{
    const TrackId id = m_window->labeling()->editedTrack();
    return id ? m_window->document()->labels(id) : nullptr;
}

int TestLabeling::editedRow() const
{
    return m_window->labeling()->timelineTracks().indexOf(m_window->labeling()->editedTrack());
}

void TestLabeling::numberKeyLabelsCurrentFrame()
{
    QCOMPARE(m_window->labeling()->editedTrack(), TrackId(0)); // created on the first edit
    QCOMPARE(m_window->player()->currentFrame(), qint64(0));
    QTest::keyClick(m_window.get(), Qt::Key_3);
    QVERIFY(labels());
    const BehaviorId three = idOfKey(*m_window->document(), Qt::Key_3);
    QCOMPARE(labels()->at(0), three);
    QCOMPARE(labels()->at(1), kUnlabeled);

    // Right arrow steps one frame (Playback menu shortcut), then 5 labels that frame.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(m_window->player()->currentFrame(), qint64(5));
    QTest::keyClick(m_window.get(), Qt::Key_5);
    QCOMPARE(labels()->at(5), idOfKey(*m_window->document(), Qt::Key_5));
    QCOMPARE(labels()->at(4), kUnlabeled);
    QCOMPARE(labels()->labeledFrames(), qint64(2));

    // The timeline's track shows it.
    QVERIFY(editedRow() >= 0);
    QCOMPARE(m_window->timeline()->trackSummary(editedRow()).label(5),
             idOfKey(*m_window->document(), Qt::Key_5));
    QCOMPARE(m_window->timeline()->activeTrack(), editedRow());
}

void TestLabeling::selectionAndKeyLabelRange()
{
    m_window->timeline()->setSelection(20, 40);
    QTest::keyClick(m_window.get(), Qt::Key_2);
    const BehaviorId two = idOfKey(*m_window->document(), Qt::Key_2);
    for (qint64 f = 20; f < 40; ++f)
        QCOMPARE(labels()->at(f), two);
    QCOMPARE(labels()->at(19), kUnlabeled);
    QCOMPARE(labels()->at(40), kUnlabeled);
    QVERIFY(!m_window->timeline()->hasSelection());
    QCOMPARE(m_window->player()->currentFrame(), qint64(5)); // labeling a range does not move
    QCOMPARE(m_window->timeline()->trackSummary(editedRow()).label(30), two);
}

void TestLabeling::undoRedoWithKeys()
{
    const LabelTrack before = *labels();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    for (qint64 f = 20; f < 40; ++f)
        QCOMPARE(labels()->at(f), kUnlabeled);
    QCOMPARE(labels()->at(5), idOfKey(*m_window->document(), Qt::Key_5));
    QCOMPARE(m_window->timeline()->trackSummary(editedRow()).label(30), kUnlabeled);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(labels()->at(5), kUnlabeled);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(*labels(), before);
}

void TestLabeling::holdingKeyPaintsOneUndoStep()
{
    const LabelTrack before = *labels();
    const int steps = m_window->document()->undoStack()->count();
    m_window->player()->seek(50);
    QTest::keyPress(m_window.get(), Qt::Key_4);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Right);
    QTest::keyRelease(m_window.get(), Qt::Key_4);
    const BehaviorId four = idOfKey(*m_window->document(), Qt::Key_4);
    for (qint64 f = 50; f <= 53; ++f)
        QCOMPARE(labels()->at(f), four);
    QCOMPARE(labels()->at(54), kUnlabeled);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);

    // Painting while playing: every frame passed gets the label.
    m_window->player()->seek(70);
    m_window->player()->setSpeed(4.0);
    QTest::keyPress(m_window.get(), Qt::Key_6);
    m_window->player()->play();
    QTRY_VERIFY(m_window->player()->currentFrame() >= 90);
    m_window->player()->pause();
    const qint64 end = m_window->player()->currentFrame();
    QTest::keyRelease(m_window.get(), Qt::Key_6);
    m_window->player()->setSpeed(1.0);
    const BehaviorId six = idOfKey(*m_window->document(), Qt::Key_6);
    for (qint64 f = 70; f <= end; ++f)
        QCOMPARE(labels()->at(f), six);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 2);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(*labels(), before);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(labels()->at(52), four);
}

void TestLabeling::deleteErases()
{
    m_window->player()->seek(52);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    QCOMPARE(labels()->at(52), kUnlabeled);
    QCOMPARE(labels()->at(51), idOfKey(*m_window->document(), Qt::Key_4));
    m_window->timeline()->setSelection(20, 30);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    for (qint64 f = 20; f < 30; ++f)
        QCOMPARE(labels()->at(f), kUnlabeled);
    QCOMPARE(labels()->at(30), idOfKey(*m_window->document(), Qt::Key_2));
}

void TestLabeling::labelsAreInTheProjectFile()
{
    // No Save: a second reader of the file sees every edit (read-only: the window holds the lock).
    Document other;
    QVERIFY2(other.open(m_project, ProjectDatabase::OpenMode::ReadOnly),
             qPrintable(other.errorString()));
    const TrackRecord *track
            = other.manualTrack(other.videos().first().id, QStringLiteral("tester"));
    QVERIFY(track);
    QCOMPARE(*other.labels(track->id), *labels());
}

void TestLabeling::predictionRowsShowAsTheyArrive()
{
    // An analysis delivering rows of one network and stream: the fused prediction's row follows
    // range by range, with the confidence of each frame; the stream itself is an input of the
    // fusion, not a row of its own.
    Document *doc = m_window->document();
    const VideoId video = doc->videos().first().id;
    const std::optional<TrackId> track
            = doc->addPredictionTrack(video,
                                      TrackKind::Prediction,
                                      QStringLiteral("i3d"),
                                      QStringLiteral("rgb"),
                                      PredictionTrack(120, doc->behaviors().names()));
    QVERIFY2(track, qPrintable(doc->errorString()));
    QCOMPARE(m_window->labeling()->timelineTracks().indexOf(*track), -1);
    QTRY_VERIFY(m_window->predictions()->fusedRow() >= 0); // rows are rebuilt after the event
    const int row = m_window->predictions()->fusedRow();
    QCOMPARE(m_window->timeline()->trackName(row), QStringLiteral("prediction"));
    QCOMPARE(m_window->timeline()->trackSummary(row).label(50), kUnlabeled);
    std::vector<float> rows(20 * 8, 0.05f);
    for (int f = 0; f < 20; ++f)
        rows[size_t(f) * 8 + 2] = 0.65f; // the third behavior
    QVERIFY2(doc->setPredictionRows(*track, 40, 20, rows.data()), qPrintable(doc->errorString()));
    const BehaviorId third = doc->behaviors().ids().at(2);
    QCOMPARE(m_window->predictions()->fusedRow(), row);
    const TimelineSummary &summary = m_window->timeline()->trackSummary(row);
    QCOMPARE(summary.label(40), third);
    QCOMPARE(summary.label(59), third);
    QCOMPARE(summary.label(60), kUnlabeled);
    QCOMPARE(summary.label(39), kUnlabeled);
    // As the project stores it: 16-bit fixed point.
    QVERIFY(std::abs(summary.confidence(50) - 0.65f) <= 1.0f / 131070.0f + 1e-7f);
}

void TestLabeling::demoProjectFromSyntheticVideos()
{
    // Short synthetic videos stand in for the demo's two minutes.
    const QString folder = m_dir.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(SyntheticDataset::generate(folder, 2, 2.0, 1, 0.5, {}, nullptr, &error),
             qPrintable(error));
    QCOMPARE(DemoProject::findVideos(folder).size(), 2);
    LabelTrack truthLabels;
    {
        MainWindow window;
        window.setInteractive(false);
        window.labeling()->setAnnotator(QStringLiteral("demo user"));
        QSignalSpy ready(&window, &MainWindow::demoReady);
        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openDemo(folder);
        QTRY_COMPARE(ready.count() + errors.count(), 1);
        QVERIFY2(errors.isEmpty(),
                 errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        Document *doc = window.document();
        QCOMPARE(doc->videos().size(), 2);
        QCOMPARE(doc->undoStack()->count(), 0); // nothing to undo at the start
        const VideoId first = doc->videos().first().id;
        const TrackRecord *truth = doc->manualTrack(first, DemoProject::groundTruthName());
        const TrackRecord *mine = doc->manualTrack(first, QStringLiteral("demo user"));
        QVERIFY(truth && mine);
        QCOMPARE(doc->labels(truth->id)->labeledFrames(), qint64(60)); // 2 s at 30 fps, all labeled
        QCOMPARE(*doc->labels(mine->id), *doc->labels(truth->id));
        truthLabels = *doc->labels(truth->id);
        QCOMPARE(window.labeling()->currentVideo(), first);
        QCOMPARE(window.labeling()->editedTrack(), mine->id);
        QCOMPARE(window.timeline()->trackCount(), 2);
        QTRY_VERIFY(window.player()->hasVideo());
        QVERIFY(window.player()->isPlaying() || window.player()->currentFrame() == 59);
    }
    // Opening the demo again reuses the project and its labels.
    MainWindow again;
    again.setInteractive(false);
    QSignalSpy ready(&again, &MainWindow::demoReady);
    again.openDemo(folder);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(again.document()->path(), DemoProject::projectPath(folder));
    const TrackRecord *truth = again.document()->manualTrack(again.document()->videos().first().id,
                                                             DemoProject::groundTruthName());
    QVERIFY(truth);
    QCOMPARE(*again.document()->labels(truth->id), truthLabels);
}

void TestLabeling::noOpEditKeepsRedo()
{
    Document *doc = m_window->document();
    QUndoStack *stack = doc->undoStack();
    m_window->timeline()->clearSelection();
    m_window->player()->seek(100);
    QTest::keyClick(m_window.get(), Qt::Key_2);
    QCOMPARE(labels()->at(100), idOfKey(*doc, Qt::Key_2));
    QVERIFY(doc->undo());
    QVERIFY(stack->canRedo());
    const int steps = stack->count();
    // Erasing a frame that has no label changes nothing: the redo history stays.
    m_window->player()->seek(110);
    QCOMPARE(labels()->at(110), kUnlabeled);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    QVERIFY(stack->canRedo());
    QCOMPARE(stack->count(), steps);
    QVERIFY(doc->redo());
    QCOMPARE(labels()->at(100), idOfKey(*doc, Qt::Key_2));

    // A stroke that changes nothing (the frame already has that label) leaves no empty step.
    const int before = stack->count();
    m_window->player()->seek(100);
    QTest::keyClick(m_window.get(), Qt::Key_2);
    QCOMPARE(stack->count(), before);
    QCOMPARE(stack->index(), before);
}

void TestLabeling::paintingSavesInBatches()
{
    // Painting at 4x: the frames are saved every 200 ms and at the release, not one commit (and
    // disk sync) per frame; the stroke is still one undo step.
    Document *doc = m_window->document();
    m_window->timeline()->clearSelection();
    const int steps = doc->undoStack()->count();
    m_window->player()->seek(0);
    m_window->player()->setSpeed(4.0);
    QSignalSpy saved(doc, &Document::labelsChanged);
    QElapsedTimer clock;
    clock.start();
    QTest::keyPress(m_window.get(), Qt::Key_7);
    m_window->player()->play();
    QTRY_VERIFY(m_window->player()->currentFrame() >= 100);
    m_window->player()->pause();
    const qint64 end = m_window->player()->currentFrame();
    QTest::keyRelease(m_window.get(), Qt::Key_7);
    const qint64 elapsed = clock.elapsed();
    m_window->player()->setSpeed(1.0);
    const BehaviorId seven = idOfKey(*doc, Qt::Key_7);
    for (qint64 f = 0; f <= end; ++f)
        QCOMPARE(labels()->at(f), seven);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY2(saved.count() <= elapsed / 200 + 2,
             qPrintable(QStringLiteral("%1 saves in %2 ms").arg(saved.count()).arg(elapsed)));
    // And in the project file.
    Document other;
    QVERIFY(other.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
    const TrackRecord *track
            = other.manualTrack(other.videos().first().id, QStringLiteral("tester"));
    QVERIFY(track);
    QCOMPARE(other.labels(track->id)->at(end), seven);
}

void TestLabeling::draggingABoutEdgeMovesIt()
{
    Document *doc = m_window->document();
    TimelineWidget *timeline = m_window->timeline();
    timeline->setSelection(0, 120);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    timeline->setSelection(10, 30);
    QTest::keyClick(m_window.get(), Qt::Key_3);
    const BehaviorId three = idOfKey(*doc, Qt::Key_3);
    QCOMPARE(labels()->at(29), three);
    QCOMPARE(labels()->at(30), kUnlabeled);
    const int steps = doc->undoStack()->count();

    const int y = timeline->trackRect(editedRow()).center().y();
    const int from = int(std::lround(timeline->xOfFrame(30)));
    QCOMPARE(timeline->boundaryAt(editedRow(), from), 30);
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, QPoint(from, y));
    for (int f : {33, 37, 40}) // several moves, one step
        QTest::mouseMove(timeline, QPoint(int(std::lround(timeline->xOfFrame(f))), y));
    QTest::mouseRelease(timeline,
                        Qt::LeftButton,
                        Qt::NoModifier,
                        QPoint(int(std::lround(timeline->xOfFrame(40))), y));
    QCOMPARE(labels()->at(10), three);
    QCOMPARE(labels()->at(39), three);
    QCOMPARE(labels()->at(40), kUnlabeled);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    // The left edge, dragged past the right one, stops one frame before it (the bout stays).
    const int left = int(std::lround(timeline->xOfFrame(10)));
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, QPoint(left, y));
    QTest::mouseMove(timeline, QPoint(int(std::lround(timeline->xOfFrame(60))), y));
    QTest::mouseRelease(timeline,
                        Qt::LeftButton,
                        Qt::NoModifier,
                        QPoint(int(std::lround(timeline->xOfFrame(60))), y));
    QCOMPARE(labels()->at(38), kUnlabeled);
    QCOMPARE(labels()->at(39), three);
    QVERIFY(doc->undo());
    QVERIFY(doc->undo());
    QCOMPARE(labels()->at(29), three);
    QCOMPARE(labels()->at(30), kUnlabeled);
    QCOMPARE(labels()->at(10), three);
}

void TestLabeling::mergingBoutsAndTheVideoListState()
{
    Document *doc = m_window->document();
    TimelineWidget *timeline = m_window->timeline();
    timeline->setSelection(0, 120);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    timeline->setSelection(10, 20);
    QTest::keyClick(m_window.get(), Qt::Key_3);
    timeline->setSelection(25, 40);
    QTest::keyClick(m_window.get(), Qt::Key_4);
    const int steps = doc->undoStack()->count();
    timeline->setSelection(15, 30);
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    const BehaviorId three = idOfKey(*doc, Qt::Key_3);
    for (qint64 f = 10; f < 40; ++f)
        QCOMPARE(labels()->at(f), three);
    QCOMPARE(labels()->at(40), kUnlabeled);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(!timeline->hasSelection());
    // Nothing selected: nothing merged, and the status bar says why.
    QVERIFY(!m_window->mergeSelectedBouts());

    // The video list shows how much of the video the annotator has labeled (30 of 120 frames).
    QTreeWidgetItem *item = m_window->videoList()->topLevelItem(0);
    QTRY_COMPARE(item->text(4), QStringLiteral("25%"));
}

void TestLabeling::splittingABoutAtThePlayhead()
{
    // From the merge above: frames 10-39 are one bout of behavior 3.
    Document *doc = m_window->document();
    const BehaviorId three = idOfKey(*doc, Qt::Key_3);
    const BehaviorId five = idOfKey(*doc, Qt::Key_5);
    QCOMPARE(labels()->at(10), three);
    QCOMPARE(labels()->at(39), three);
    const int steps = doc->undoStack()->count();
    m_window->player()->seek(25);
    QCOMPARE(m_window->player()->currentFrame(), qint64(25));

    // Edit > Split Bout at Playhead lists the behaviors when it opens; choose behavior 5.
    QMenu *split = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>())
        if (menu->title() == QStringLiteral("Spli&t Bout at Playhead"))
            split = menu;
    QVERIFY(split);
    Q_EMIT split->aboutToShow();
    QAction *asFive = nullptr;
    for (QAction *a : split->actions())
        if (a->text() == doc->behaviors().byId(five)->name)
            asFive = a;
    QVERIFY(asFive);
    asFive->trigger();
    for (qint64 f = 10; f < 25; ++f)
        QCOMPARE(labels()->at(f), three);
    for (qint64 f = 25; f < 40; ++f)
        QCOMPARE(labels()->at(f), five);
    QCOMPARE(labels()->at(40), kUnlabeled);
    QCOMPARE(doc->undoStack()->count(), steps + 1);

    // Cutting the rest off; then a frame outside any bout, or at a bout's first frame, is refused
    // and changes nothing.
    m_window->player()->seek(30);
    QVERIFY(m_window->splitBoutAtPlayhead(kUnlabeled));
    QCOMPARE(labels()->at(29), five);
    QCOMPARE(labels()->at(30), kUnlabeled);
    QCOMPARE(labels()->at(39), kUnlabeled);
    const LabelTrack before = *labels();
    m_window->player()->seek(60);
    QVERIFY(!m_window->splitBoutAtPlayhead(five));
    m_window->player()->seek(25);
    QVERIFY(!m_window->splitBoutAtPlayhead(three));
    QCOMPARE(*labels(), before);
    QCOMPARE(doc->undoStack()->count(), steps + 2);

    // Each split is one undo step.
    QVERIFY(doc->undo());
    QVERIFY(doc->undo());
    for (qint64 f = 10; f < 40; ++f)
        QCOMPARE(labels()->at(f), three);
}

QTEST_MAIN(TestLabeling)
void TestLabeling::videosOfTheSameNameAreToldApart()
{
    // Two cameras that name their files alike: the list shows the folders that differ.
    VideoWriterSettings settings;
    settings.width = 160;
    settings.height = 120;
    QString error;
    QStringList videos;
    for (const auto &[folder, frames] : {std::pair{"cage1", 30}, std::pair{"cage2", 40}}) {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("same/%1").arg(QLatin1String(folder))));
        videos << m_dir.filePath(QStringLiteral("same/%1/day1.mp4").arg(QLatin1String(folder)));
        QVERIFY2(testutil::writeCodedVideo(videos.last(), settings, frames, &error),
                 qPrintable(error));
    }
    QVERIFY(m_window->newProject(m_dir.filePath(QStringLiteral("same/names.ethoproj"))));
    QSignalSpy added(m_window.get(), &MainWindow::videosAdded);
    m_window->addVideos(videos);
    QTRY_COMPARE(added.count(), 1);
    QTreeWidget *list = m_window->videoList();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QStringList shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown << list->topLevelItem(i)->text(0);
    shown.sort();
    QCOMPARE(shown,
             (QStringList{QStringLiteral("day1.mp4 (cage1)"), QStringLiteral("day1.mp4 (cage2)")}));

    // File > Export All Labels to Folder: nothing labeled yet, so it says so; then every
    // labeled video's files, the second day1 as day1_2.
    const QString out = m_dir.filePath(QStringLiteral("same/exported"));
    QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
    QVERIFY(!m_window->exportAllLabelsTo(out));
    QCOMPARE(errors.count(), 1);
    Document *doc = m_window->document();
    for (const VideoRecord &v : doc->videos()) {
        const auto track = doc->addManualTrack(v.id, m_window->labeling()->annotator());
        QVERIFY(track);
        QVERIFY(doc->assign(*track, 0, 10, v.frameCount == 30 ? 1 : 2));
    }
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    QVERIFY(m_window->exportAllLabelsTo(out));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toStringList().size(), 4);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files),
             (QStringList{QStringLiteral("day1_2_bouts.csv"),
                          QStringLiteral("day1_2_ethogram.csv"),
                          QStringLiteral("day1_bouts.csv"),
                          QStringLiteral("day1_ethogram.csv")}));
    // One row per frame and the header; the first cage's video is the 30-frame one.
    QFile first(QDir(out).filePath(QStringLiteral("day1_ethogram.csv")));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = first.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 31);
    QVERIFY2(rows.at(1).endsWith(",drink"), rows.at(1).constData());
    QVERIFY2(rows.at(11).endsWith(","), rows.at(11).constData());
}

#include "test_labeling.moc"
