// SPDX-License-Identifier: GPL-3.0-or-later
// ui/tasks/TaskList (the Tasks dock): rows with progress, the time each stage still needs
// (estimated per stage, from a test clock), Cancel, and the recent list.
#include "tasks/TaskList.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>

using namespace ethoscribe;

class TestTaskList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeLeftPerStage()
    {
        TaskList tasks;
        qint64 now = 0;
        tasks.setClock([&now] { return now; });
        bool cancelled = false;
        const int id = tasks.addTask(QStringLiteral("video01.mp4"), [&] { cancelled = true; });
        QCOMPARE(tasks.runningCount(), 1);

        // Too early to say: the stage alone.
        tasks.setProgress(id, 0, 1000, QStringLiteral("Optical flow"));
        now = 10000;
        tasks.setProgress(id, 50, 1000, QStringLiteral("Optical flow"));
        QCOMPARE(tasks.currentText(), QStringLiteral("video01.mp4: Optical flow"));
        QCOMPARE(tasks.currentPercent(), 5);

        // 100 of 1000 frames in 30 s: 270 s left, shown with the stage in the row and the status
        // bar's text.
        now = 30000;
        tasks.setProgress(id, 100, 1000, QStringLiteral("Optical flow"));
        const QString left = TimeLeftEstimate::describe(270000);
        QVERIFY(!left.isEmpty());
        QCOMPARE(tasks.currentText(), QStringLiteral("video01.mp4: Optical flow, %1").arg(left));
        bool rowShowsIt = false;
        for (const QLabel *label : tasks.findChildren<QLabel *>())
            rowShowsIt = rowShowsIt || label->text().contains(left);
        QVERIFY(rowShowsIt);

        // The next stage goes at its own speed: no estimate from the flow's.
        now = 31000;
        tasks.setProgress(id, 0, 400, QStringLiteral("I3D RGB"));
        QCOMPARE(tasks.currentText(), QStringLiteral("video01.mp4: I3D RGB"));
        now = 61000;
        tasks.setProgress(id, 100, 400, QStringLiteral("I3D RGB"));
        QCOMPARE(tasks.currentText(),
                 QStringLiteral("video01.mp4: I3D RGB, %1").arg(TimeLeftEstimate::describe(90000)));

        // Unknown total: busy, no estimate.
        tasks.setProgress(id, 0, 0, QStringLiteral("Saving"));
        QCOMPARE(tasks.currentText(), QStringLiteral("video01.mp4: Saving"));
        QCOMPARE(tasks.currentPercent(), -1);

        QTest::mouseClick(tasks.findChild<QToolButton *>(), Qt::LeftButton);
        QVERIFY(cancelled);
        tasks.finishTask(id, QStringLiteral("video01.mp4: cancelled"), false);
        QCOMPARE(tasks.runningCount(), 0);
        QCOMPARE(tasks.currentText(), QString());
        QVERIFY(tasks.recentMessages().first().endsWith(QStringLiteral("video01.mp4: cancelled")));
    }
};

QTEST_MAIN(TestTaskList)
#include "test_task_list.moc"
