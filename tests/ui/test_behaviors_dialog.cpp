// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Behaviors...: add, rename, reorder and remove behaviors through the document (each one
// undo step), and the question before a removal: how many frames, and what they become.
#include "labeling/BehaviorsDialog.h"
#include "project/Document.h"
#include "project/ProjectSetup.h"

#include <QCryptographicHash>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

class TestBehaviorsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Document m_doc;
    TrackId m_alice = 0, m_bob = 0;
    BehaviorId m_groom = 0, m_eat = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ProjectSetup::createProject(
                         m_doc, m_dir.filePath(QStringLiteral("b.ethoproj")), &error),
                 qPrintable(error));
        m_groom = m_doc.behaviors().byName(QStringLiteral("groom"))->id;
        m_eat = m_doc.behaviors().byName(QStringLiteral("eat"))->id;
        for (const QString &name : {QStringLiteral("a.mp4"), QStringLiteral("b.mp4")}) {
            VideoRecord v;
            v.path = m_dir.filePath(name);
            v.frameCount = 100;
            v.fpsNum = 30;
            v.fpsDen = 1;
            v.contentHash = QString::fromLatin1(
                    QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
            const VideoId id = *m_doc.addVideo(v);
            const TrackId track = *m_doc.addManualTrack(id, QStringLiteral("alice"));
            (m_alice ? m_bob : m_alice) = track;
        }
        QVERIFY(m_doc.assign(m_alice, 10, 30, m_groom)); // 20 frames
        QVERIFY(m_doc.assign(m_bob, 0, 5, m_groom));     // 5 frames
        QVERIFY(m_doc.assign(m_bob, 5, 50, m_eat));
    }

    void addRenameReorder()
    {
        BehaviorsDialog dialog(&m_doc);
        const int before = dialog.list()->count();
        QCOMPARE(before, 8);
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("drink  (key 1)"));
        QVERIFY(dialog.add(QStringLiteral("dig")));
        QCOMPARE(dialog.list()->count(), 9);
        const BehaviorId dig = m_doc.behaviors().byName(QStringLiteral("dig"))->id;
        QVERIFY(!dialog.add(QStringLiteral("dig"))); // taken: refused, nothing changes
        QCOMPARE(dialog.list()->count(), 9);
        QVERIFY(dialog.rename(dig, QStringLiteral("burrow")));
        QVERIFY(m_doc.behaviors().byName(QStringLiteral("burrow")));
        QVERIFY(dialog.list()->item(8)->text().startsWith(QLatin1String("burrow")));
        QVERIFY(dialog.moveUp(dig));
        QCOMPARE(m_doc.behaviors().positionOf(dig), 7);
        QVERIFY(dialog.moveDown(dig));
        QCOMPARE(m_doc.behaviors().positionOf(dig), 8);
        QVERIFY(!dialog.moveDown(dig)); // already last
        // Each change is one undo step: four undos take the behavior away again.
        for (int i = 0; i < 4; ++i)
            m_doc.undoStack()->undo();
        QCOMPARE(m_doc.behaviors().size(), 8);
        QCOMPARE(dialog.list()->count(), 8);
    }

    void removeAsksAndRelabels()
    {
        RemoveBehaviorDialog ask(&m_doc, m_groom);
        QCOMPARE(ask.labeledFrames(), qint64(25));
        QVERIFY2(ask.explanation().contains(QLatin1String("25 frames in 2 tracks of 2 videos")),
                 qPrintable(ask.explanation()));
        QCOMPARE(ask.relabelTo(), kUnlabeled); // erasing is the default
        ask.setRelabelTo(m_eat);
        QCOMPARE(ask.relabelTo(), m_eat);
        QVERIFY(m_doc.removeBehavior(m_groom, ask.relabelTo()));
        QVERIFY(!m_doc.behaviors().contains(m_groom));
        QCOMPARE(m_doc.labels(m_alice)->at(15), m_eat);
        QCOMPARE(m_doc.labels(m_bob)->at(2), m_eat);
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.behaviors().contains(m_groom));
        QCOMPARE(m_doc.labels(m_alice)->at(15), m_groom);

        // A behavior nobody used: nothing to decide.
        RemoveBehaviorDialog unused(&m_doc, m_doc.behaviors().byName(QStringLiteral("hang"))->id);
        QCOMPARE(unused.labeledFrames(), qint64(0));
        QVERIFY(unused.explanation().contains(QLatin1String("No frame")));
    }
};

QTEST_MAIN(TestBehaviorsDialog)
#include "test_behaviors_dialog.moc"
