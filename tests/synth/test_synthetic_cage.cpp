// SPDX-License-Identifier: GPL-3.0-or-later
// SyntheticCage: determinism, labels that match what is drawn, the Markov chain, difficulty.
#include "SynthTestUtil.h"

#include "synth/SynthRandom.h"
#include "synth/SyntheticBehaviorChain.h"
#include "synth/SyntheticCage.h"

#include <QtTest>

#include <map>

using namespace ethoscribe;
using namespace ethoscribe::synthtest;
using Chain = SyntheticBehaviorChain;

namespace {

SyntheticCageOptions options(quint64 seed, double seconds, double difficulty, int video = 0)
{
    SyntheticCageOptions o;
    o.seed = seed;
    o.seconds = seconds;
    o.difficulty = difficulty;
    o.videoIndex = video;
    return o;
}

} // namespace

class TestSyntheticCage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behaviorNames()
    {
        QCOMPARE(SyntheticCage::behaviorNames(),
                 QStringList({"drink",
                              "eat",
                              "groom",
                              "hang",
                              "micro-movement",
                              "rear",
                              "rest",
                              "walk"}));
        QCOMPARE(Chain::behaviorIndex("micro-movement"), int(Chain::MicroMovement));
        QCOMPARE(Chain::behaviorIndex("sleep"), -1);
    }

    void randomIsPortable()
    {
        // mt19937_64 is fixed by the standard; our distributions must be too. Golden values.
        SynthRandom r(42);
        QCOMPARE(r.nextU64(), Q_UINT64_C(13930160852258120406));
        SynthRandom a(7), b(7);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(a.normal(), b.normal());
            QCOMPARE(a.uniformInt(13), b.uniformInt(13));
        }
        SynthRandom c(3);
        double sum = 0, sq = 0;
        for (int i = 0; i < 20000; ++i) {
            const double v = c.normal();
            sum += v;
            sq += v * v;
        }
        QVERIFY(std::abs(sum / 20000) < 0.03);
        QVERIFY(std::abs(sq / 20000 - 1.0) < 0.05);
    }

    void validateOptions_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("fps");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << 320 << 30 << 60.0 << 0.5 << true;
        QTest::newRow("odd width") << 321 << 30 << 60.0 << 0.5 << false;
        QTest::newRow("zero fps") << 320 << 0 << 60.0 << 0.5 << false;
        QTest::newRow("negative length") << 320 << 30 << -1.0 << 0.5 << false;
        QTest::newRow("difficulty above 1") << 320 << 30 << 60.0 << 1.5 << false;
        QTest::newRow("nan difficulty") << 320 << 30 << 60.0 << std::nan("") << false;
    }
    void validateOptions()
    {
        QFETCH(int, width);
        QFETCH(int, fps);
        QFETCH(double, seconds);
        QFETCH(double, difficulty);
        QFETCH(bool, valid);
        SyntheticCageOptions o;
        o.width = width;
        o.fps = fps;
        o.seconds = seconds;
        o.difficulty = difficulty;
        QString error;
        QCOMPARE(o.validate(&error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void sameSeedSameFrames()
    {
        const SyntheticCage a(options(11, 6.0, 0.6, 2));
        const SyntheticCage b(options(11, 6.0, 0.6, 2));
        QCOMPARE(a.frameCount(), qint64(180));
        QVERIFY(a.labels() == b.labels());
        // Random access order does not matter.
        const QImage late = b.renderFrame(170);
        for (qint64 f = 0; f < a.frameCount(); f += 17) {
            const QImage fa = a.renderFrame(f);
            QCOMPARE(fa.size(), QSize(320, 240));
            QVERIFY2(fa == b.renderFrame(f), qPrintable(QString("frame %1 differs").arg(f)));
        }
        QVERIFY(late == a.renderFrame(170));
    }

    void differentSeedsDiffer()
    {
        const SyntheticCage a(options(1, 30.0, 0.5));
        const SyntheticCage b(options(2, 30.0, 0.5));
        const SyntheticCage c(options(1, 30.0, 0.5, 1)); // another video of the same set
        QVERIFY(a.labels() != b.labels());
        QVERIFY(a.renderFrame(10) != b.renderFrame(10));
        QVERIFY(a.renderFrame(10) != c.renderFrame(10));
        // Recordings differ in framing, lighting and mouse.
        QVERIFY(a.layout().origin != c.layout().origin);
        QVERIFY(a.layout().lightLevel != c.layout().lightLevel);
        QVERIFY(a.layout().mouseScale != c.layout().mouseScale);
    }

    void noiseChangesEveryFrameButSceneIsStatic()
    {
        const SyntheticCage a(options(4, 2.0, 0.5));
        const QImage f0 = a.renderFrame(0);
        const QImage f1 = a.renderFrame(1);
        const QRect wall(4, 4, 40, 16); // room wall, far from the mouse
        const double d = meanAbsDiff(f0, f1, wall);
        QVERIFY2(d > 0.3 && d < 12.0, qPrintable(QString::number(d)));
    }

    void markovChain()
    {
        for (int from = 0; from < Chain::Count; ++from) {
            double row = 0;
            for (int to = 0; to < Chain::Count; ++to)
                row += Chain::transitionProbability(from, to);
            QVERIFY(std::abs(row - 1.0) < 1e-9);
            QCOMPARE(Chain::transitionProbability(from, from), 0.0);
        }
        // Labels of an hour of video in six recordings.
        std::map<std::pair<int, int>, int> pairs;
        std::vector<double> seconds(Chain::Count, 0.0);
        int boutCount = 0;
        for (int v = 0; v < 6; ++v) {
            const SyntheticCage cage(options(21, 600.0, 0.5, v));
            const auto bouts = cage.bouts();
            QVERIFY(!bouts.empty());
            QCOMPARE(bouts.front().startFrame, qint64(0));
            QCOMPARE(bouts.back().endFrame, cage.frameCount());
            for (size_t i = 0; i < bouts.size(); ++i) {
                const SyntheticBout &b = bouts[i];
                const double len = b.frameCount() / 30.0;
                seconds[size_t(b.behavior)] += len;
                ++boutCount;
                if (i + 1 < bouts.size()) {
                    QCOMPARE(b.endFrame, bouts[i + 1].startFrame);
                    QVERIFY2(b.behavior != bouts[i + 1].behavior, "neighbouring bouts must differ");
                    QVERIFY2(len >= 0.5 - 1e-9 && len <= 20.0 + 1e-9,
                             qPrintable(QString("%1 bout of %2 s")
                                                .arg(Chain::behaviorName(b.behavior))
                                                .arg(len)));
                    ++pairs[std::make_pair(b.behavior, bouts[i + 1].behavior)];
                }
                for (qint64 f = b.startFrame; f < b.endFrame; f += 97)
                    QCOMPARE(cage.behaviorAt(f), b.behavior);
            }
        }
        QVERIFY(boutCount > 300);
        for (int b = 0; b < Chain::Count; ++b)
            QVERIFY2(seconds[size_t(b)] > 30.0, qPrintable(Chain::behaviorName(b)));
        // Rest bouts are long, drink and rear bouts short.
        auto meanLen = [&](int b) {
            int n = 0;
            for (const auto &[k, c] : pairs)
                if (k.first == b)
                    n += c;
            return seconds[size_t(b)] / std::max(1, n);
        };
        QVERIFY(meanLen(Chain::Rest) > 2.0 * meanLen(Chain::Drink));
        QVERIFY(meanLen(Chain::Rest) > 2.0 * meanLen(Chain::Rear));
        // Eating mostly comes after walking (to the hopper).
        int intoEat = 0;
        for (const auto &[k, c] : pairs)
            if (k.second == Chain::Eat)
                intoEat += c;
        const int walkEat = pairs[std::make_pair(int(Chain::Walk), int(Chain::Eat))];
        QVERIFY(walkEat * 2 > intoEat);
        // Resting is never followed by drinking or hanging directly.
        const int restHang = pairs[std::make_pair(int(Chain::Rest), int(Chain::Hang))];
        QCOMPARE(restHang, 0);
    }

    void noTeleporting()
    {
        for (int v = 0; v < 3; ++v) {
            const SyntheticCage cage(options(31, 300.0, 0.5, v));
            const double ppc = cage.layout().pixelsPerCm;
            SyntheticSceneState prev = cage.sceneState(0);
            for (qint64 f = 1; f < cage.frameCount(); ++f) {
                const SyntheticSceneState s = cage.sceneState(f);
                const QPointF dc = s.bodyCenter - prev.bodyCenter;
                const QPointF dh = s.head - prev.head;
                QVERIFY2(std::hypot(dc.x(), dc.y()) < 1.0 * ppc,
                         qPrintable(QString("video %1 frame %2 (%3): body jumps %4 px")
                                            .arg(v)
                                            .arg(f)
                                            .arg(s.behaviorName)
                                            .arg(std::hypot(dc.x(), dc.y()))));
                QVERIFY2(std::hypot(dh.x(), dh.y()) < 1.6 * ppc,
                         qPrintable(QString("video %1 frame %2 (%3): head jumps")
                                            .arg(v)
                                            .arg(f)
                                            .arg(s.behaviorName)));
                // The mouse stays inside the cage.
                // A hanging mouse may push its head against the wire lid.
                const QRectF cageRect = cage.layout().cageRectPx().adjusted(-2, -0.5 * ppc, 2, 2);
                QVERIFY2(cageRect.contains(s.mouseBox),
                         qPrintable(QString("video %1 frame %2 (%3) outside the cage: mouse %4,%5 "
                                            "%6x%7, cage %8,%9 %10x%11")
                                            .arg(v)
                                            .arg(f)
                                            .arg(s.behaviorName)
                                            .arg(s.mouseBox.x())
                                            .arg(s.mouseBox.y())
                                            .arg(s.mouseBox.width())
                                            .arg(s.mouseBox.height())
                                            .arg(cageRect.x())
                                            .arg(cageRect.y())
                                            .arg(cageRect.width())
                                            .arg(cageRect.height())));
                prev = s;
            }
        }
    }

    // What is drawn agrees with the label: checked on the rendered pixels.
    void labelsMatchPixels()
    {
        std::map<int, std::pair<int, int>> passed; // behavior -> (passed, checked)
        auto check = [&](int behavior, bool ok) {
            auto &p = passed[behavior];
            p.first += ok ? 1 : 0;
            p.second += 1;
        };
        for (int v = 0; v < 6; ++v) {
            const SyntheticCage cage(options(41, 240.0, 0.3, v));
            const SyntheticCageLayout &L = cage.layout();
            const double ppc = L.pixelsPerCm;
            for (const SyntheticBout &b : cage.bouts()) {
                const qint64 n = b.frameCount();
                auto settled = [&](double fromS, double toEndS) {
                    std::vector<qint64> out;
                    const qint64 a = b.startFrame + qint64(fromS * 30);
                    const qint64 e = b.endFrame - qint64(toEndS * 30);
                    if (e <= a || b.endFrame == cage.frameCount())
                        return out;
                    for (int k = 0; k < 3; ++k)
                        out.push_back(a + (e - a) * (2 * k + 1) / 6);
                    return out;
                };
                switch (b.behavior) {
                case Chain::Hang:
                    for (qint64 f : settled(1.5, 0.8)) {
                        const MouseBlob m = findMouse(cage.renderFrame(f));
                        check(b.behavior,
                              m.found && m.box.top() <= L.lidYPx() + 0.3 * ppc
                                      && m.centroid.y() < L.floorYPx() - 4.0 * ppc);
                    }
                    break;
                case Chain::Rear:
                    for (qint64 f : settled(0.5, 0.05)) {
                        const MouseBlob m = findMouse(cage.renderFrame(f));
                        check(b.behavior, m.found && m.coreBox.height() > m.coreBox.width());
                    }
                    break;
                case Chain::Drink:
                    for (qint64 f : settled(0.6, 0.0)) {
                        const MouseBlob m = findMouse(cage.renderFrame(f));
                        const SyntheticSceneState s = cage.sceneState(f);
                        const QPointF dm = s.mouth - L.spoutTipPx();
                        check(b.behavior,
                              m.found && distanceToBlob(m, L.spoutTipPx()) < 0.6 * ppc
                                      && std::hypot(dm.x(), dm.y()) < 0.6 * ppc);
                    }
                    break;
                case Chain::Eat:
                    for (qint64 f : settled(0.6, 0.0)) {
                        const MouseBlob m = findMouse(cage.renderFrame(f));
                        const QRectF hopper = L.hopperRectPx();
                        const QPointF bottom(hopper.center().x(), hopper.bottom());
                        check(b.behavior,
                              m.found && distanceToBlob(m, bottom) < 4.5 * ppc
                                      && m.box.right() > hopper.left() - 2.5 * ppc
                                      && m.box.left() < hopper.right() + 2.5 * ppc);
                    }
                    break;
                case Chain::Walk: {
                    if (b.endFrame == cage.frameCount())
                        break;
                    const MouseBlob first = findMouse(cage.renderFrame(b.startFrame));
                    double moved = 0;
                    for (qint64 f = b.startFrame + 3; f < b.endFrame; f += 3) {
                        const MouseBlob m = findMouse(cage.renderFrame(f));
                        if (m.found && first.found)
                            moved = std::max(moved,
                                             std::hypot(m.centroid.x() - first.centroid.x(),
                                                        m.centroid.y() - first.centroid.y()));
                    }
                    check(b.behavior, moved > 1.5 * ppc);
                    break;
                }
                case Chain::Rest:
                    for (qint64 f : settled(0.8, 0.05)) {
                        const QImage a = cage.renderFrame(f);
                        const QImage c = cage.renderFrame(f + 1);
                        const QRect box = cage.sceneState(f).mouseBox.toAlignedRect();
                        const double inMouse = meanAbsDiff(a, c, box);
                        const double inWall = meanAbsDiff(a, c, QRect(4, 4, 60, 20));
                        check(b.behavior, inMouse < 1.3 * inWall + 0.8);
                    }
                    break;
                case Chain::MicroMovement: {
                    const auto frames = settled(0.5, 0.0);
                    if (frames.size() < 3)
                        break;
                    double bodyMove = 0, headMove = 0;
                    const SyntheticSceneState s0 = cage.sceneState(frames.front());
                    for (qint64 f = frames.front(); f <= frames.back(); ++f) {
                        const SyntheticSceneState s = cage.sceneState(f);
                        bodyMove = std::max(bodyMove,
                                            std::hypot(s.bodyCenter.x() - s0.bodyCenter.x(),
                                                       s.bodyCenter.y() - s0.bodyCenter.y()));
                        headMove = std::max(
                                headMove,
                                std::hypot(s.nose.x() - s0.nose.x(), s.nose.y() - s0.nose.y()));
                    }
                    check(b.behavior,
                          bodyMove < 0.25 * ppc && headMove > 0.05 * ppc
                                  && headMove > 2 * bodyMove);
                    break;
                }
                case Chain::Groom: {
                    int near = 0, total = 0;
                    for (qint64 f = b.startFrame + 15; f < b.endFrame; f += 2) {
                        const SyntheticSceneState s = cage.sceneState(f);
                        const QPointF paw = L.toImage(s.pose.foreFeet[0]);
                        near += std::hypot(paw.x() - s.nose.x(), paw.y() - s.nose.y()) < 2.2 * ppc
                                        ? 1
                                        : 0;
                        ++total;
                    }
                    if (total > 10)
                        check(b.behavior, near * 10 >= total * 3);
                    break;
                }
                default:
                    break;
                }
                Q_UNUSED(n);
            }
        }
        for (int b = 0; b < Chain::Count; ++b) {
            const auto p = passed[b];
            qInfo("%s: %d of %d checks passed",
                  qPrintable(Chain::behaviorName(b)),
                  p.first,
                  p.second);
            QVERIFY2(p.second >= 3, qPrintable(Chain::behaviorName(b) + " was not checked"));
            QVERIFY2(p.first * 100 >= p.second * 95, qPrintable(Chain::behaviorName(b)));
        }
    }

    void sceneBoxMatchesDarkPixels()
    {
        const SyntheticCage cage(options(51, 60.0, 0.2, 1));
        int checked = 0;
        for (qint64 f = 0; f < cage.frameCount(); f += 61) {
            const MouseBlob m = findMouse(cage.renderFrame(f));
            QVERIFY(m.found);
            const QRectF box = cage.sceneState(f).mouseBox.adjusted(-4, -4, 4, 4);
            QVERIFY2(box.contains(QRectF(m.coreBox)), qPrintable(QString("frame %1").arg(f)));
            QVERIFY(box.contains(m.centroid));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void difficultyMakesHardPairsCloser()
    {
        double gapEasy = 0, gapHard = 0;
        double microEasy = 0, microHard = 0;
        for (int v = 0; v < 4; ++v) {
            const SyntheticCage easy(options(61, 600.0, 0.0, v));
            const SyntheticCage hard(options(61, 600.0, 1.0, v));
            gapEasy += easy.layout().spoutHopperGapPx() / easy.layout().pixelsPerCm;
            gapHard += hard.layout().spoutHopperGapPx() / hard.layout().pixelsPerCm;
            // Head movement of micro-movement bouts (nose path per second, cm).
            auto microHead = [](const SyntheticCage &c) {
                double path = 0, secs = 0;
                for (const SyntheticBout &b : c.bouts()) {
                    if (b.behavior != Chain::MicroMovement || b.frameCount() < 40)
                        continue;
                    for (qint64 f = b.startFrame + 16; f + 1 < b.endFrame; ++f) {
                        const QPointF d = c.sceneState(f + 1).nose - c.sceneState(f).nose;
                        path += std::hypot(d.x(), d.y()) / c.layout().pixelsPerCm;
                        secs += 1.0 / 30.0;
                    }
                }
                return secs > 0 ? path / secs : 0.0;
            };
            microEasy += microHead(easy);
            microHard += microHead(hard);
        }
        qInfo("spout-hopper gap: %.2f cm (difficulty 0) vs %.2f cm (1)", gapEasy / 4, gapHard / 4);
        qInfo("micro-movement head speed: %.2f cm/s vs %.2f cm/s", microEasy / 4, microHard / 4);
        QVERIFY(gapHard < 0.5 * gapEasy);
        QVERIFY(microHard > 0.0);
        QVERIFY(microHard < 0.5 * microEasy);
        // Camera noise grows with difficulty.
        QVERIFY(SyntheticCage(options(61, 1.0, 1.0)).layout().noiseSigma
                > SyntheticCage(options(61, 1.0, 0.0)).layout().noiseSigma);
    }

    void licksAndChewsLookAlikeWhenHard()
    {
        // Mouth motion amplitude (cm) during drink and eat bouts: distinct when easy, close when
        // hard.
        auto amplitude = [](double difficulty, int behavior) {
            double sum = 0;
            int n = 0;
            for (int v = 0; v < 6; ++v) {
                const SyntheticCage c(options(71, 600.0, difficulty, v));
                for (const SyntheticBout &b : c.bouts()) {
                    if (b.behavior != behavior || b.frameCount() < 45
                        || b.endFrame == c.frameCount())
                        continue;
                    double lo = 1e9, hi = -1e9;
                    for (qint64 f = b.startFrame + 20; f < b.startFrame + 45; ++f) {
                        const SyntheticSceneState s = c.sceneState(f);
                        const double along = s.mouth.y() / c.layout().pixelsPerCm;
                        lo = std::min(lo, along);
                        hi = std::max(hi, along);
                    }
                    sum += hi - lo;
                    ++n;
                }
            }
            return n ? sum / n : -1.0;
        };
        const double eatEasy = amplitude(0.0, Chain::Eat), drinkEasy = amplitude(0.0, Chain::Drink);
        const double eatHard = amplitude(1.0, Chain::Eat), drinkHard = amplitude(1.0, Chain::Drink);
        qInfo("mouth motion: eat %.3f vs drink %.3f cm (easy), %.3f vs %.3f cm (hard)",
              eatEasy,
              drinkEasy,
              eatHard,
              drinkHard);
        QVERIFY(eatEasy > 0 && drinkEasy > 0 && eatHard > 0 && drinkHard > 0);
        QVERIFY(std::abs(eatHard - drinkHard) < std::abs(eatEasy - drinkEasy));
    }
};

QTEST_MAIN(TestSyntheticCage)
#include "test_synthetic_cage.moc"
