// SPDX-License-Identifier: GPL-3.0-or-later
// BehaviorSet: default set, editing that keeps the set valid, JSON round trip.
#include "behaviors/BehaviorSet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ethoscribe;

class TestBehaviorSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jhuangDefault()
    {
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        QCOMPARE(set.size(), 8);
        QCOMPARE(set.names(),
                 (QStringList{"drink",
                              "eat",
                              "groom",
                              "hang",
                              "micro-movement",
                              "rear",
                              "rest",
                              "walk"}));
        QSet<QRgb> colors;
        for (int i = 0; i < set.size(); ++i) {
            QCOMPARE(set.at(i).id, i + 1);
            QCOMPARE(set.at(i).key, int(Qt::Key_1) + i);
            QVERIFY(set.at(i).color.isValid());
            colors.insert(set.at(i).color.rgb());
        }
        QCOMPARE(colors.size(), 8);
        QVERIFY(set.validate());
        QCOMPARE(set.nextId(), 9);
        QCOMPARE(set.byName("GROOM", Qt::CaseInsensitive)->id, 3);
        QCOMPARE(set.byName("GROOM", Qt::CaseSensitive), nullptr);
        QCOMPARE(set.byKey(Qt::Key_8)->name, QStringLiteral("walk"));
        QCOMPARE(set.positionOf(42), -1);
        QCOMPARE(set.byId(42), nullptr);
    }

    void addAndValidate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("new") << "sniff" << 0 << true << "";
        QTest::newRow("new with key") << "sniff" << int(Qt::Key_9) << true << "";
        QTest::newRow("empty") << "" << 0 << false << "name";
        QTest::newRow("blank") << "   " << 0 << false << "name";
        QTest::newRow("padded") << " sniff" << 0 << false << "spaces";
        QTest::newRow("duplicate") << "Groom" << 0 << false << "already";
        QTest::newRow("key taken") << "sniff" << int(Qt::Key_3) << false << "groom";
    }
    void addAndValidate()
    {
        QFETCH(QString, name);
        QFETCH(int, key);
        QFETCH(bool, ok);
        QFETCH(QString, errorPart);
        BehaviorSet set = BehaviorSet::jhuangDefault();
        QString error;
        const BehaviorId id = set.add(name, QColor(), key, &error);
        QCOMPARE(id != kUnlabeled, ok);
        QCOMPARE(set.size(), ok ? 9 : 8);
        if (ok) {
            QCOMPARE(id, 9);
            QVERIFY(set.byId(id)->color.isValid());
            QVERIFY(set.validate());
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        }
    }

    void editing()
    {
        BehaviorSet set = BehaviorSet::jhuangDefault();
        QString error;
        QVERIFY(set.rename(3, "grooming", &error));
        QCOMPARE(set.byId(3)->name, QStringLiteral("grooming"));
        QVERIFY(set.rename(3, "Grooming", &error)); // same behavior, other case
        QVERIFY(!set.rename(3, "eat", &error));
        QVERIFY(error.contains("eat"));
        QVERIFY(!set.rename(77, "x", &error));
        QVERIFY(set.recolor(2, Qt::red));
        QCOMPARE(set.byId(2)->color, QColor(Qt::red));
        QVERIFY(!set.setKey(2, Qt::Key_1, &error));
        QVERIFY(set.setKey(1, 0, &error));
        QVERIFY(set.setKey(2, Qt::Key_1, &error));
        QVERIFY(set.move(0, 7));
        QCOMPARE(set.at(7).id, 1);
        QCOMPARE(set.positionOf(1), 7);
        QCOMPARE(set.positionOf(2), 0);
        QVERIFY(!set.move(0, 8));
        QVERIFY(set.remove(5));
        QVERIFY(!set.remove(5));
        QCOMPARE(set.size(), 7);
        // Ids are never reused, even after removal.
        QCOMPARE(set.add("sniff", QColor(), 0, &error), 9);
        // Undo of a removal: insert with the old id at the old position.
        QVERIFY2(set.insert(Behavior{5, "micro-movement", Qt::blue, 0}, 4, &error),
                 qPrintable(error));
        QCOMPARE(set.at(4).id, 5);
        QVERIFY(!set.insert(Behavior{5, "rear2", Qt::blue, 0}, 4, &error));
        QVERIFY(set.validate(&error));
        QCOMPARE(set.add("x", QColor(), 0, &error), 10);
    }

    void validateCatchesBrokenSets()
    {
        const auto entry = [](int id, const QString &name) {
            return QJsonObject{{"id", id}, {"name", name}, {"color", "#ff0000"}, {"key", 0}};
        };
        const QJsonArray duplicateNames{entry(1, "walk"), entry(2, "Walk")};
        QString error;
        QVERIFY(BehaviorSet::fromJson(duplicateNames, &error).isEmpty());
        QVERIFY(error.contains("Walk") || error.contains("walk"));
        const QJsonArray duplicateIds{entry(1, "walk"), entry(1, "run")};
        QVERIFY(BehaviorSet::fromJson(duplicateIds, &error).isEmpty());
        const QJsonArray noName{QJsonObject{{"id", 1}}};
        QVERIFY(BehaviorSet::fromJson(noName, &error).isEmpty());
        QVERIFY(error.contains("1"));
    }

    void jsonRoundTrip()
    {
        BehaviorSet set = BehaviorSet::jhuangDefault();
        set.move(2, 5);
        set.add(QString::fromUtf8("Körperpflege"), QColor("#123456"), Qt::Key_G);
        set.remove(1);
        const QByteArray json = QJsonDocument(set.toJson()).toJson();
        QString error;
        const BehaviorSet back
                = BehaviorSet::fromJson(QJsonDocument::fromJson(json).array(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, set);
        QCOMPARE(back.nextId(), 10);
        QCOMPARE(set.toJson().at(0).toObject().value("color").toString(), set.at(0).color.name());
    }
};

QTEST_GUILESS_MAIN(TestBehaviorSet)
#include "test_behaviorset.moc"
