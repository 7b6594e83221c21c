// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Labels... in the main window, asserted on the document and the project file: a
// BORIS export whose names differ from the project's is mapped, not refused (likely behaviors
// preselected, new ones added, others left unlabeled), the events of the video shown are picked
// from a file of several videos, the import is one undo step that also takes back the behaviors
// it added, existing labels are replaced and come back with Undo, and a broken file is refused
// with its line while nothing changes.
#include "VideoTestUtil.h"
#include "labeling/ImportLabelsDialog.h"
#include "labeling/LabelingController.h"
#include "mainwindow/MainWindow.h"
#include "player/VideoPlayer.h"
#include "project/Document.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A BORIS tabular events export (recent versions) with events of two videos.
QByteArray borisExport()
{
    QByteArray text = "Observation id,Observation type,FPS,Subject,Behavior,Behavior type,Time,"
                      "Media file name,Image index\n";
    const auto event = [&](const char *media, const char *behavior, const char *type, int frame) {
        text += QByteArray("obs1,Media file(s),30.0,No focal subject,") + behavior + ',' + type
                + ',' + QByteArray::number(frame / 30.0, 'f', 3) + ",/lab/videos/" + media + ','
                + QByteArray::number(frame) + '\n';
    };
    event("cage.mp4", "grooming", "START", 0);
    event("cage.mp4", "grooming", "STOP", 20);
    event("cage.mp4", "Rearing", "START", 20);
    event("cage.mp4", "Rearing", "STOP", 35);
    event("cage.mp4", "sniffing", "START", 40);
    event("cage.mp4", "sniffing", "STOP", 60);
    event("other.mp4", "walk", "START", 0);
    event("other.mp4", "walk", "STOP", 90);
    return text;
}

QPushButton *importButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

} // namespace

class TestImportLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void borisNamesAreMappedNotRefused();
    void importReplacesAndUndoBringsBack();
    void brokenFileChangesNothing();

private:
    const LabelTrack *labelsOf(const QString &annotator) const;
    BehaviorId id(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    VideoId m_video = 0;
};

void TestImportLabels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString video = m_dir.filePath(QStringLiteral("cage.mp4"));
    VideoWriterSettings settings;
    settings.width = 96;
    settings.height = 64;
    QString error;
    QVERIFY2(testutil::writeCodedVideo(video, settings, 90, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->labeling()->setAnnotator(QStringLiteral("tester"));
    m_project = m_dir.filePath(QStringLiteral("import.ethoproj"));
    QVERIFY(m_window->newProject(m_project));
    QSignalSpy added(m_window.get(), &MainWindow::videosAdded);
    m_window->addVideos({video});
    QTRY_COMPARE(added.count(), 1);
    QTRY_VERIFY(m_window->player()->hasVideo());
    m_video = m_window->labeling()->currentVideo();
    QVERIFY(m_video != 0);
    m_window->show();
}

const LabelTrack *TestImportLabels::labelsOf(const QString &annotator) const
{
    const TrackRecord *track = m_window->document()->manualTrack(m_video, annotator);
    return track ? m_window->document()->labels(track->id) : nullptr;
}

BehaviorId TestImportLabels::id(const QString &name) const
{
    const Behavior *b = m_window->document()->behaviors().byName(name);
    return b ? b->id : kUnlabeled;
}

void TestImportLabels::borisNamesAreMappedNotRefused()
{
    const QString file = m_dir.filePath(QStringLiteral("boris export.csv"));
    QVERIFY(writeFile(file, borisExport()));
    Document *doc = m_window->document();
    const int stepsBefore = doc->undoStack()->count();

    // Dropping a CSV file on the window opens the import dialog for the video shown.
    m_window->openPaths({file});
    auto *dialog = qobject_cast<ImportLabelsDialog *>(m_window->importLabelsDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->file(), file);
    // The file has events of two videos; the one named like the video shown is chosen.
    QCOMPARE(dialog->mediaFiles(), QStringList({"cage.mp4", "other.mp4"}));
    // Names in the order of the file, each with a choice: likely project behaviors preselected,
    // others added as new behaviors.
    QCOMPARE(dialog->unknownNames(), QStringList({"grooming", "Rearing", "sniffing"}));
    QCOMPARE(dialog->choiceFor(QStringLiteral("grooming")), QStringLiteral("groom"));
    QCOMPARE(dialog->choiceFor(QStringLiteral("Rearing")), QStringLiteral("rear"));
    QCOMPARE(dialog->choiceFor(QStringLiteral("sniffing")), ImportLabelsDialog::kAddChoice);
    QVERIFY(dialog->canImport());
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("sniffing")),
             qPrintable(dialog->summaryText()));
    // Nothing is imported before Import is pressed.
    QCOMPARE(labelsOf(QStringLiteral("tester")), nullptr);
    QCOMPARE(doc->behaviors().size(), 8);

    QVERIFY(dialog->setChoice(QStringLiteral("Rearing"), ImportLabelsDialog::kSkipChoice));
    dialog->setAnnotator(QStringLiteral("boris"));
    QSignalSpy imported(dialog, &ImportLabelsDialog::imported);
    QPushButton *button = importButton(dialog);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(imported.count(), 1);
    QTRY_VERIFY(!m_window->importLabelsDialog());

    const LabelTrack *labels = labelsOf(QStringLiteral("boris"));
    QVERIFY(labels);
    QCOMPARE(doc->behaviors().size(), 9);
    const BehaviorId sniffing = id(QStringLiteral("sniffing"));
    QVERIFY(sniffing != kUnlabeled);
    QCOMPARE(labels->at(0), id(QStringLiteral("groom")));
    QCOMPARE(labels->at(19), id(QStringLiteral("groom")));
    QCOMPARE(labels->at(20), kUnlabeled); // Rearing: left unlabeled
    QCOMPARE(labels->at(40), sniffing);
    QCOMPARE(labels->at(59), sniffing);
    QCOMPARE(labels->at(60), kUnlabeled);
    QCOMPARE(labels->at(80), kUnlabeled); // other.mp4's walk is not this video's
    QCOMPARE(labels->labeledFrames(), qint64(40));
    QCOMPARE(doc->undoStack()->count(), stepsBefore + 1);

    // In the project file at once.
    {
        Document reopened;
        QVERIFY2(reopened.open(m_project), qPrintable(reopened.errorString()));
        const TrackRecord *track = reopened.manualTrack(m_video, QStringLiteral("boris"));
        QVERIFY(track);
        QCOMPARE(*reopened.labels(track->id), *labels);
        QVERIFY(reopened.behaviors().byName(QStringLiteral("sniffing")));
    }

    // One undo step takes back the labels and the behavior it added; redo brings both.
    QVERIFY(doc->undo());
    QVERIFY(!labelsOf(QStringLiteral("boris")) || labelsOf(QStringLiteral("boris"))->isEmpty());
    QCOMPARE(doc->behaviors().size(), 8);
    QVERIFY(doc->redo());
    QCOMPARE(doc->behaviors().size(), 9);
    QCOMPARE(labelsOf(QStringLiteral("boris"))->labeledFrames(), qint64(40));
}

void TestImportLabels::importReplacesAndUndoBringsBack()
{
    Document *doc = m_window->document();
    // The annotator labeled some frames by hand first.
    m_window->labeling()->setAnnotator(QStringLiteral("tester"));
    const TrackId track = m_window->labeling()->ensureEditedTrack();
    QVERIFY(track != 0);
    QVERIFY(doc->assign(track, 0, 30, id(QStringLiteral("walk"))));
    const LabelTrack before = *doc->labels(track);

    // A spreadsheet of frame ranges (end frame inclusive), with a name in other words.
    const QString file = m_dir.filePath(QStringLiteral("ranges.csv"));
    QVERIFY(writeFile(file,
                      "behavior,start_frame,end_frame\n"
                      "Eating,10,19\n"
                      "drink,50,59\n"));
    m_window->importLabels(file);
    auto *dialog = qobject_cast<ImportLabelsDialog *>(m_window->importLabelsDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->unknownNames(), QStringList{"Eating"});
    QCOMPARE(dialog->choiceFor(QStringLiteral("Eating")), QStringLiteral("eat"));
    // The summary says that the 30 hand-made labels will be replaced.
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("30")),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->importLabels());

    const LabelTrack *after = doc->labels(track);
    QCOMPARE(after->at(0), kUnlabeled);
    QCOMPARE(after->at(10), id(QStringLiteral("eat")));
    QCOMPARE(after->at(55), id(QStringLiteral("drink")));
    QCOMPARE(after->labeledFrames(), qint64(20));
    QVERIFY(doc->undo());
    QCOMPARE(*doc->labels(track), before);
}

void TestImportLabels::brokenFileChangesNothing()
{
    Document *doc = m_window->document();
    const int steps = doc->undoStack()->count();
    const int index = doc->undoStack()->index();
    const LabelTrack before = *labelsOf(QStringLiteral("tester"));

    const QString file = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(file,
                      "behavior,start_frame,end_frame\n"
                      "eat,10,19\n"
                      "drink,fifty,59\n"));
    m_window->importLabels(file);
    auto *dialog = qobject_cast<ImportLabelsDialog *>(m_window->importLabelsDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->canImport());
    QVERIFY(!importButton(dialog)->isEnabled());
    // The file, the line and the reason.
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("broken.csv"))
                     && dialog->summaryText().contains(QStringLiteral("line 3")),
             qPrintable(dialog->summaryText()));
    QVERIFY(!dialog->importLabels());
    QCOMPARE(*labelsOf(QStringLiteral("tester")), before);
    QCOMPARE(doc->undoStack()->count(), steps);
    QCOMPARE(doc->undoStack()->index(), index);
    dialog->close();

    // A file with the events of one other video only.
    const QString other = m_dir.filePath(QStringLiteral("other only.csv"));
    QByteArray text;
    for (const QByteArray &line : borisExport().split('\n'))
        if (!line.contains("cage.mp4"))
            text += line + '\n';
    QVERIFY(writeFile(other, text));
    m_window->importLabels(other);
    dialog = qobject_cast<ImportLabelsDialog *>(m_window->importLabelsDialog());
    QVERIFY(dialog);
    // It can be imported (a renamed video), but the dialog says whose events they are.
    QVERIFY(dialog->canImport());
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("other.mp4")),
             qPrintable(dialog->summaryText()));
    dialog->close();
}

QTEST_MAIN(TestImportLabels)
#include "test_import_labels.moc"
