// SPDX-License-Identifier: GPL-3.0-or-later
// Training building blocks: folds, frame stores and clip assembly, batch sampling, the trainer
// (loss goes down, cancel + resume ends with the same weights as an uninterrupted run).
#include <torch/torch.h>

#include "checkpoint/CheckpointFile.h"
#include "cv/FoldPlan.h"
#include "cv/TrainingSnapshot.h"
#include "training/BatchLoader.h"
#include "training/ClipSampler.h"
#include "training/FramePredictor.h"
#include "training/FrameStore.h"
#include "training/Trainer.h"
#include "video/VideoWriter.h"

#include "VideoTestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>

#include <sys/resource.h>

using namespace ethoscribe;

namespace {

TrainingSnapshot::Video makeVideo(const QString &name,
                                  const QString &recording,
                                  std::vector<int> labels)
{
    TrainingSnapshot::Video v;
    v.name = name;
    v.recording = recording;
    v.labels = std::move(labels);
    for (int l : v.labels)
        v.labeledFrames += l >= 0;
    return v;
}

// Frames whose content says their class: class c is a brightness level (40 + 80c) with noise and
// a bright square moving right by one pixel per frame.
FrameStore makeStore(const std::vector<int> &labels, int size, int channels, quint64 seed)
{
    std::mt19937 rng{uint32_t(seed)};
    std::uniform_int_distribution<int> noise(0, 40);
    const qint64 frames = qint64(labels.size());
    std::vector<uint8_t> data(size_t(frames) * size * size * channels);
    for (qint64 f = 0; f < frames; ++f) {
        uint8_t *frame = data.data() + size_t(f) * size * size * channels;
        const int c = std::max(0, labels[size_t(f)]);
        for (int i = 0; i < size * size * channels; ++i)
            frame[i] = uint8_t(20 + 80 * c + noise(rng));
        const int x0 = int(f % (size - 6));
        for (int y = size / 3; y < size / 3 + 6; ++y)
            for (int x = x0; x < x0 + 6; ++x)
                for (int ch = 0; ch < channels; ++ch)
                    frame[(size_t(y) * size + x) * channels + ch] = 255;
    }
    FrameStore store;
    store.assign(frames, size, channels, std::move(data));
    return store;
}

std::vector<int> blockLabels(int frames, int classes, int block)
{
    std::vector<int> labels(static_cast<size_t>(frames));
    for (int f = 0; f < frames; ++f)
        labels[size_t(f)] = (f / block) % classes;
    return labels;
}

TrainingOptions tinyOptions(nets::Architecture arch, int classes)
{
    TrainingOptions o
            = TrainingOptions::forSize(ModelSize::Small, arch, nets::Stream::Rgb, classes);
    o.network.widthMultiplier = 0.125;
    o.resizeSize = 28;
    o.cropSize = 24;
    o.network.dropoutKeep = 1.0; // a few dozen steps: learn without dropout noise
    o.batchSize = 4;
    o.iterations = 50;
    o.learningRate = 0.01;
    o.finalLearningRate = 0.001;
    o.checkpointEvery = 10;
    return o;
}

// A head training set: the backbone's features of every frame of store, one row per frame.
bool featureSet(const FrameStore &store,
                const std::vector<int> &labels,
                nets::VideoNetworkImpl &backbone,
                const TrainingOptions &options,
                TrainingSet *set,
                QString *error)
{
    FramePredictor predictor(backbone, torch::kCPU, options.resizeSize, options.cropSize, 16);
    for (int c = 0; c < options.network.classes; ++c)
        set->classNames << QStringLiteral("c%1").arg(c);
    torch::Tensor features;
    if (!predictor.features(store, {}, nullptr, &features, error))
        return false;
    if (features.size(0) != qint64(labels.size())) {
        *error = QStringLiteral("%1 feature rows for %2 frames")
                         .arg(features.size(0))
                         .arg(labels.size());
        return false;
    }
    set->features.push_back(features);
    for (qint64 f = 0; f < qint64(labels.size()); ++f) {
        set->examples.push_back({nullptr, f, labels[size_t(f)]});
        set->featureRows.emplace_back(0, f);
    }
    return true;
}

double maxDifference(const nets::VideoNetworkImpl &a, const nets::VideoNetworkImpl &b)
{
    double worst = 0;
    const auto pa = a.named_parameters(true);
    const auto pb = b.named_parameters(true);
    for (const auto &item : pa)
        worst = std::max(worst, (item.value() - pb[item.key()]).abs().max().item<double>());
    return worst;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    void foldsLeaveOneRecordingOut()
    {
        TrainingSnapshot s;
        s.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        s.videos.push_back(makeVideo(QStringLiteral("clip1"), QStringLiteral("rec1"), {0, 0, 1}));
        s.videos.push_back(makeVideo(QStringLiteral("clip2"), QStringLiteral("rec1"), {1, -1}));
        s.videos.push_back(makeVideo(QStringLiteral("v2"), QStringLiteral("rec2"), {2, 2}));
        s.videos.push_back(
                makeVideo(QStringLiteral("unlabeled"), QStringLiteral("rec3"), {-1, -1}));
        FoldPlan plan;
        QString error;
        QVERIFY2(FoldPlan::leaveOneRecordingOut(s, &plan, &error), qPrintable(error));
        QCOMPARE(plan.folds.size(), size_t(2)); // the unlabeled recording takes no part
        QCOMPARE(plan.folds[0].recording, QStringLiteral("rec1"));
        QCOMPARE(plan.folds[0].heldOut, (std::vector<int>{0, 1}));
        QCOMPARE(plan.folds[0].training, (std::vector<int>{2}));
        QCOMPARE(plan.folds[0].missingClasses, (std::vector<int>{0, 1}));
        QCOMPARE(plan.folds[1].heldOut, (std::vector<int>{2}));
        QCOMPARE(plan.folds[1].training, (std::vector<int>{0, 1}));
        QCOMPARE(plan.folds[1].missingClasses, (std::vector<int>{2}));
        QVERIFY(!plan.folds[0].trainsOnAll() && !plan.folds[1].trainsOnAll());

        // The models for new videos: a last fold on every labeled video, holding nothing out.
        FoldPlan withAll = plan;
        withAll.appendAllRecordingsFold(s);
        QCOMPARE(withAll.folds.size(), size_t(3));
        QCOMPARE(withAll.folds[2].index, 2);
        QVERIFY(withAll.folds[2].trainsOnAll());
        QVERIFY(withAll.folds[2].recording.isEmpty());
        QCOMPARE(withAll.folds[2].training, (std::vector<int>{0, 1, 2}));
        QVERIFY(withAll.folds[2].missingClasses.empty());

        // One recording is not enough; no labels at all is said plainly.
        TrainingSnapshot one = s;
        one.videos.erase(one.videos.begin() + 2);
        QVERIFY(!FoldPlan::leaveOneRecordingOut(one, &plan, &error));
        QVERIFY2(error.contains(QStringLiteral("two recordings")), qPrintable(error));
        TrainingSnapshot none = s;
        for (auto &v : none.videos) {
            std::fill(v.labels.begin(), v.labels.end(), -1);
            v.labeledFrames = 0;
        }
        QVERIFY(!FoldPlan::leaveOneRecordingOut(none, &plan, &error));
        QVERIFY2(error.contains(QStringLiteral("labels")), qPrintable(error));

        // A single training holding out rec2.
        QVERIFY(FoldPlan::single(s, QStringLiteral("rec2"), &plan, &error));
        QCOMPARE(plan.folds.size(), size_t(1));
        QCOMPARE(plan.folds[0].training, (std::vector<int>{0, 1}));
        QCOMPARE(plan.folds[0].heldOut, (std::vector<int>{2}));
    }

    void framesOnDiskMatchMemory()
    {
        // A store kept in a mapped file holds exactly what one in memory holds; the file is gone
        // from the folder at once; moves carry the mapping; folders without room say so.
        QTemporaryDir dir;
        VideoWriterSettings settings;
        settings.width = 48;
        settings.height = 40;
        QString error;
        const QString video = dir.filePath(QStringLiteral("v.mp4"));
        QVERIFY2(testutil::writeCodedVideo(video, settings, 20, &error), qPrintable(error));
        FrameStore memory;
        QVERIFY2(memory.loadRgb(video, 24, 0, {}, nullptr, &error), qPrintable(error));
        QVERIFY(!memory.isOnDisk());
        const std::vector<uint8_t> expected(memory.frame(0), memory.frame(0) + memory.bytes());
        const QString folder = dir.filePath(QStringLiteral("frames"));
        QVERIFY(QDir().mkpath(folder));
        FrameStore disk;
        disk.setBackingFolder(folder);
        QVERIFY2(disk.loadRgb(video, 24, 0, {}, nullptr, &error), qPrintable(error));
        QVERIFY(disk.isOnDisk());
        QCOMPARE(disk.frameCount(), memory.frameCount());
        QCOMPARE(disk.bytes(), expected.size());
        QVERIFY(std::equal(expected.begin(), expected.end(), disk.frame(0)));
        QVERIFY(QDir(folder)
                        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                        .isEmpty());

        FrameStore moved = std::move(disk);
        QVERIFY(moved.isOnDisk());
        QCOMPARE(disk.bytes(), size_t(0));
        QVERIFY(!disk.isOnDisk());
        QVERIFY(std::equal(expected.begin(), expected.end(), moved.frame(0)));
        moved = std::move(memory); // unmaps the file, takes the frames in memory
        QVERIFY(!moved.isOnDisk());
        QVERIFY(std::equal(expected.begin(), expected.end(), moved.frame(0)));

        FrameStore nowhere;
        nowhere.setBackingFolder(dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(!nowhere.loadRgb(video, 24, 0, {}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));

        // No room for the file (a file size limit below it): a message, not a bus error later.
        struct rlimit old = {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        struct rlimit small = old;
        small.rlim_cur = 4096;
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        FrameStore full;
        full.setBackingFolder(folder);
        const bool loaded = full.loadRgb(video, 24, 0, {}, nullptr, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!loaded);
        QVERIFY2(error.contains(QStringLiteral("for the frames")), qPrintable(error));
        QVERIFY(QDir(folder)
                        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                        .isEmpty());
    }

    void clipAssembly()
    {
        // 20 frames of 4x4, 2 channels (flow): value = frame * 10 + channel.
        const int size = 4, channels = 2, frames = 20;
        std::vector<uint8_t> data(size_t(frames) * size * size * channels);
        for (int f = 0; f < frames; ++f)
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    for (int c = 0; c < channels; ++c)
                        data[((size_t(f) * size + y) * size + x) * channels + c]
                                = uint8_t(f * 10 + c + x);
        FrameStore store;
        store.assign(frames, size, channels, data);
        const int crop = 2, T = 16;
        std::vector<float> clip(size_t(channels) * T * crop * crop);
        auto at = [&](int c, int t, int y, int x) {
            return clip[((size_t(c) * T + t) * crop + y) * crop + x];
        };
        auto value = [](int f, int c, int x) {
            return float(f * 10 + c + x) / 127.5f - 1.0f;
        };

        // Frame 3: window 3-8 .. 3+7 clamped at 0; crop at (1, 2), no flip.
        store.writeClip(3, T, crop, CropChoice{1, 2, false}, clip.data());
        QCOMPARE(at(0, 0, 0, 0), value(0, 0, 1)); // t = 0 is frame -5 -> clamped to 0
        QCOMPARE(at(0, 5, 0, 0), value(0, 0, 1)); // frame 0
        QCOMPARE(at(0, 8, 0, 1), value(3, 0, 2)); // the frame itself, column 2
        QCOMPARE(at(1, 15, 1, 0), value(10, 1, 1));
        // Last frame: the window repeats frame 19 at the end.
        store.writeClip(19, T, crop, CropChoice{0, 0, false}, clip.data());
        QCOMPARE(at(0, 15, 0, 0), value(19, 0, 0));
        QCOMPARE(at(0, 0, 0, 0), value(11, 0, 0));
        // Flipped: columns mirrored, and the horizontal flow (channel 0) changes sign.
        store.writeClip(10, T, crop, CropChoice{0, 0, true}, clip.data());
        QCOMPARE(at(0, 8, 0, 0), -value(10, 0, 1));
        QCOMPARE(at(0, 8, 0, 1), -value(10, 0, 0));
        QCOMPARE(at(1, 8, 0, 0), value(10, 1, 1));
    }

    void samplerIsDeterministicAndBalanced()
    {
        const std::vector<int> labels = [] {
            std::vector<int> l(400, 0); // class 0 nine times as frequent as class 1
            for (size_t i = 0; i < l.size(); i += 10)
                l[i] = 1;
            return l;
        }();
        FrameStore store = makeStore(labels, 12, 3, 1);
        std::vector<TrainingExample> examples;
        for (qint64 f = 0; f < qint64(labels.size()); ++f)
            examples.push_back({&store, f, labels[size_t(f)]});
        ClipSampler plain(examples, 2, false, 16, 12, 10, 7);
        ClipSampler balanced(examples, 2, true, 16, 12, 10, 7);
        const TrainingBatch a = plain.make(5, 6), b = plain.make(5, 6), c = plain.make(6, 6);
        QVERIFY(torch::equal(a.clips, b.clips));
        QVERIFY(torch::equal(a.labels, b.labels));
        QVERIFY(!torch::equal(a.clips, c.clips));
        qint64 rare = 0, rareBalanced = 0, total = 0;
        for (int step = 0; step < 200; ++step) {
            rare += plain.make(step, 8).labels.sum().item<int64_t>();
            rareBalanced += balanced.make(step, 8).labels.sum().item<int64_t>();
            total += 8;
        }
        QVERIFY2(rare > total / 20 && rare < total / 6, qPrintable(QString::number(rare)));
        QVERIFY2(rareBalanced > total * 4 / 10 && rareBalanced < total * 6 / 10,
                 qPrintable(QString::number(rareBalanced)));

        // The loader hands the same batches out in step order, whatever its threads.
        BatchLoader loader([&](int step) { return plain.make(step, 6); }, 3, 9, 3, 2);
        for (int step = 3; step < 9; ++step) {
            const TrainingBatch batch = loader.next();
            QCOMPARE(batch.step, step);
            QVERIFY(torch::equal(batch.clips, plain.make(step, 6).clips));
        }
    }

    void trainingLowersLossAndResumesExactly_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(nets::Architecture::I3D);
        QTest::newRow("r2plus1d") << int(nets::Architecture::R2Plus1D);
    }

    void trainingLowersLossAndResumesExactly()
    {
        QFETCH(int, arch);
        const int classes = 3;
        const std::vector<int> labels = blockLabels(120, classes, 20);
        FrameStore store = makeStore(labels, 28, 3, 3);
        TrainingSet set;
        set.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        set.dataHash = QStringLiteral("test");
        for (qint64 f = 0; f < qint64(labels.size()); ++f)
            set.examples.push_back({&store, f, labels[size_t(f)]});
        const TrainingOptions options = tinyOptions(nets::Architecture(arch), classes);

        QTemporaryDir dir;
        QString error;
        // Uninterrupted.
        Trainer straight(options, torch::kCPU);
        TrainingOutcome a;
        QVERIFY2(straight.train(set, dir.filePath(QStringLiteral("a")), &a, &error),
                 qPrintable(error));
        QCOMPARE(a.steps, options.iterations);
        QVERIFY(QFileInfo::exists(a.modelPath));
        QVERIFY(!QFileInfo::exists(
                dir.filePath(QStringLiteral("a/") + Trainer::checkpointFileName())));
        QCOMPARE(a.losses.size(), options.iterations / 10);
        const double first = (a.losses[0].loss + a.losses[1].loss) / 2;
        const double last = (a.losses[3].loss + a.losses[4].loss) / 2;
        QVERIFY2(last < first * 0.9,
                 qPrintable(QStringLiteral("loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(a.dataWaitFraction >= 0 && a.dataWaitFraction <= 1);

        // Cancelled at step 17 (after the checkpoint of step 10), then resumed.
        std::atomic_bool cancel{false};
        Trainer interrupted(options, torch::kCPU);
        interrupted.setCancelFlag(&cancel);
        interrupted.setProgressInterval(1);
        interrupted.setEventSink([&](const QJsonObject &e) {
            if (e.value(QStringLiteral("event")) == QLatin1String("progress")
                && e.value(QStringLiteral("iter")).toInt() == 17)
                cancel = true;
        });
        TrainingOutcome b;
        QVERIFY(!interrupted.train(set, dir.filePath(QStringLiteral("b")), &b, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(QFileInfo::exists(
                dir.filePath(QStringLiteral("b/") + Trainer::checkpointFileName())));
        Trainer resumed(options, torch::kCPU);
        QVERIFY2(resumed.train(set, dir.filePath(QStringLiteral("b")), &b, &error),
                 qPrintable(error));
        QCOMPARE(b.resumedFromStep, 17);
        const double diff = maxDifference(*a.network, *b.network);
        QVERIFY2(diff < 1e-5, qPrintable(QStringLiteral("weights differ by %1").arg(diff)));
        // The loss curve goes on across the resume (logged every step before, every 10 after).
        QCOMPARE(b.losses.size(), 17 + 4);
        QCOMPARE(b.losses.back().step, options.iterations);

        // A third call finds the finished model; other settings are refused.
        TrainingOutcome c;
        QVERIFY(resumed.train(set, dir.filePath(QStringLiteral("b")), &c, &error));
        QVERIFY(c.alreadyDone);
        TrainingOptions other = options;
        other.iterations = 41;
        Trainer different(other, torch::kCPU);
        QVERIFY(!different.train(set, dir.filePath(QStringLiteral("b")), &c, &error));
        QVERIFY2(error.contains(QStringLiteral("other settings")), qPrintable(error));

        // The trained network predicts the training frames better than chance; the model file
        // says how to feed it.
        FramePredictor predictor(*a.network, torch::kCPU, options.resizeSize, options.cropSize, 16);
        std::vector<float> p;
        QVERIFY(predictor.probabilities(store, {}, nullptr, &p, &error));
        QCOMPARE(p.size(), labels.size() * classes);
        int correct = 0;
        for (size_t f = 0; f < labels.size(); ++f)
            correct += int(std::max_element(p.begin() + f * classes, p.begin() + (f + 1) * classes)
                           - (p.begin() + f * classes))
                       == labels[f];
        QVERIFY2(correct > int(labels.size()) * 45 / 100, qPrintable(QString::number(correct)));
        Checkpoint saved;
        QVERIFY(CheckpointFile::load(a.modelPath, &saved, &error));
        QCOMPARE(saved.spec.behaviors, set.classNames);
        QCOMPARE(saved.spec.inputSize, options.cropSize);
        QCOMPARE(saved.extra.value(QStringLiteral("transform"))
                         .toObject()
                         .value(QStringLiteral("resize"))
                         .toInt(),
                 options.resizeSize);
    }

    void headTrainingUsesFeatures()
    {
        // Only the classifier learns: the backbone's weights stay as they started.
        const int classes = 3;
        const std::vector<int> labels = blockLabels(90, classes, 15);
        FrameStore store = makeStore(labels, 28, 3, 5);
        TrainingOptions options = tinyOptions(nets::Architecture::R2Plus1D, classes);
        options.tune = TuneMode::Head;
        options.iterations = 100;
        options.learningRate = 0.05;
        options.finalLearningRate = 0.01;
        QString error;
        auto backbone = Trainer::initialNetwork(options, nullptr, &error);
        QVERIFY(backbone);
        TrainingSet set;
        QVERIFY2(featureSet(store, labels, *backbone, options, &set, &error), qPrintable(error));
        QTemporaryDir dir;
        Trainer trainer(options, torch::kCPU);
        TrainingOutcome out;
        QVERIFY2(trainer.train(set, dir.path(), &out, &error), qPrintable(error));
        QVERIFY(out.losses.back().loss < out.losses.front().loss);
        const auto before = backbone->named_parameters(true);
        for (const auto &p : out.network->named_parameters(true)) {
            const bool same = torch::equal(p.value(), before[p.key()]);
            QCOMPARE(same, p.key().rfind("fc", 0) != 0);
        }
        // classify(embed(x)) of the trained network = its forward(x).
        auto clips = ClipSampler::centreClips(
                {{&store, 40, 0}}, 16, options.resizeSize, options.cropSize);
        out.network->eval();
        torch::NoGradGuard noGrad;
        QVERIFY(torch::allclose(out.network->classify(out.network->embed(clips)),
                                out.network->forward(clips),
                                1e-4,
                                1e-5));
    }

    void headTrainingStartsFromTheInitialClassifier()
    {
        // The classifier learns on standardised features; a fresh training first expresses the
        // initial (imported or pretrained) classifier in them. With a step too small to move
        // anything, the classifier written at the end is the initial one.
        const int classes = 3;
        const std::vector<int> labels = blockLabels(60, classes, 10);
        FrameStore store = makeStore(labels, 28, 3, 7);
        TrainingOptions options = tinyOptions(nets::Architecture::I3D, classes);
        options.tune = TuneMode::Head;
        options.iterations = 1;
        options.learningRate = 1e-12;
        options.finalLearningRate = 1e-12;
        options.weightDecay = 0;
        QString error;
        auto initial = Trainer::initialNetwork(options, nullptr, &error);
        QVERIFY(initial);
        {
            // A classifier that does not predict zero for everything (I3D's starts at zero).
            torch::NoGradGuard noGrad;
            for (auto &p : initial->named_parameters(true))
                if (p.key().rfind("logits", 0) == 0)
                    p.value().uniform_(-0.5, 0.5);
        }
        TrainingSet set;
        QVERIFY2(featureSet(store, labels, *initial, options, &set, &error), qPrintable(error));
        QTemporaryDir dir;
        ModelSpec spec;
        spec.architecture = options.network.arch;
        spec.stream = options.stream;
        spec.behaviors = set.classNames;
        spec.inputSize = options.cropSize;
        spec.widthMultiplier = options.network.widthMultiplier;
        const Checkpoint start = Checkpoint::fromNetwork(spec, *initial);
        Trainer trainer(options, torch::kCPU);
        trainer.setInitialWeights(&start);
        TrainingOutcome out;
        QVERIFY2(trainer.train(set, dir.path(), &out, &error), qPrintable(error));
        const auto before = initial->named_parameters(true);
        for (const auto &p : out.network->named_parameters(true)) {
            const torch::Tensor a = p.value(), b = before[p.key()];
            QVERIFY2(torch::allclose(a, b, 1e-4, 1e-5),
                     qPrintable(QStringLiteral("%1 changed by %2")
                                        .arg(QString::fromStdString(p.key()))
                                        .arg((a - b).abs().max().item<double>())));
        }
    }

    void headDefaults()
    {
        // --tune head has its own schedule whatever the size (the features are standardised).
        for (ModelSize size : {ModelSize::Small, ModelSize::Full}) {
            const TrainingOptions head = TrainingOptions::forSize(
                    size, nets::Architecture::I3D, nets::Stream::Rgb, 8, TuneMode::Head);
            QCOMPARE(head.tune, TuneMode::Head);
            QCOMPARE(head.iterations, 2000);
            QCOMPARE(head.learningRate, 0.5);
            QCOMPARE(head.finalLearningRate, 0.02);
        }
        const TrainingOptions all = TrainingOptions::forSize(
                ModelSize::Small, nets::Architecture::I3D, nets::Stream::Rgb, 8);
        QCOMPARE(all.tune, TuneMode::All);
        QCOMPARE(all.iterations, 600);
    }

    void topTrainingTrainsTheLastBlock_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<QStringList>("trained"); // module name prefixes that must change
        QTest::newRow("i3d") << int(nets::Architecture::I3D)
                             << QStringList{QStringLiteral("Mixed_5b"),
                                            QStringLiteral("Mixed_5c"),
                                            QStringLiteral("logits")};
        QTest::newRow("r2plus1d") << int(nets::Architecture::R2Plus1D)
                                  << QStringList{QStringLiteral("layer4"), QStringLiteral("fc")};
    }

    // --tune top: the last block and the classifier learn (all their weights move), everything
    // before them keeps its weights and its batch-norm statistics.
    void topTrainingTrainsTheLastBlock()
    {
        QFETCH(int, arch);
        QFETCH(QStringList, trained);
        const int classes = 3;
        const std::vector<int> labels = blockLabels(60, classes, 15);
        FrameStore store = makeStore(labels, 28, 3, 11);
        TrainingSet set;
        set.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (qint64 f = 0; f < qint64(labels.size()); ++f)
            set.examples.push_back({&store, f, labels[size_t(f)]});
        TrainingOptions options = tinyOptions(nets::Architecture(arch), classes);
        options.tune = TuneMode::Top;
        options.iterations = 6;
        QString error;
        const auto start = Trainer::initialNetwork(options, nullptr, &error);
        QVERIFY2(start, qPrintable(error));
        QTemporaryDir dir;
        Trainer trainer(options, torch::kCPU);
        TrainingOutcome out;
        QVERIFY2(trainer.train(set, dir.path(), &out, &error), qPrintable(error));
        auto isTrained = [&](const std::string &name) {
            for (const QString &prefix : trained)
                if (name.rfind(prefix.toStdString() + '.', 0) == 0)
                    return true;
            return false;
        };
        const auto before = start->named_parameters(true);
        int moved = 0, kept = 0;
        for (const auto &p : out.network->named_parameters(true)) {
            const bool same = torch::equal(p.value(), before[p.key()]);
            QVERIFY2(same != isTrained(p.key()), p.key().c_str());
            (same ? kept : moved) += 1;
        }
        QVERIFY(moved > 0 && kept > moved); // most of the network is before its last block
        const auto buffersBefore = start->named_buffers(true);
        for (const auto &b : out.network->named_buffers(true)) {
            if (!isTrained(b.key()))
                QVERIFY2(torch::equal(b.value(), buffersBefore[b.key()]), b.key().c_str());
        }
    }

    // --class-weights: inverse class frequency, each labeled example weighing 1 on average.
    void classWeightsAreInverseFrequencies()
    {
        std::vector<TrainingExample> examples;
        for (int label : {0, 0, 0, 0, 0, 0, 1, 1, 3, 3, 3, 3})
            examples.push_back({nullptr, qint64(examples.size()), label});
        // 12 examples, 3 classes present: 12 / (3 x count).
        const std::vector<float> w = Trainer::classWeights(examples, 4);
        QCOMPARE(int(w.size()), 4);
        QCOMPARE(w[0], 12.0f / 18.0f);
        QCOMPARE(w[1], 2.0f);
        QCOMPARE(w[2], 0.0f);
        QCOMPARE(w[3], 1.0f);
    }

    // Where a rare class cannot be told from a common one, plain cross-entropy learns their
    // frequencies (the rare class gets about its 10% share) and class weights make them equal.
    void classWeightsLiftARareClass()
    {
        const int classes = 2;
        std::vector<int> labels(100, 0);
        for (int f = 5; f < 100; f += 10)
            labels[size_t(f)] = 1;
        // The same picture for both classes: grey noise of class 0's level.
        const std::vector<int> look(labels.size(), 0);
        FrameStore store = makeStore(look, 28, 3, 13);
        TrainingSet set;
        set.classNames = {QStringLiteral("common"), QStringLiteral("rare")};
        for (qint64 f = 0; f < qint64(labels.size()); ++f)
            set.examples.push_back({&store, f, labels[size_t(f)]});
        auto rareShare = [&](bool weighted, double *share) {
            TrainingOptions options = tinyOptions(nets::Architecture::R2Plus1D, classes);
            options.weightClasses = weighted;
            options.iterations = 60;
            options.learningRate = 0.05;
            options.finalLearningRate = 0.01;
            QTemporaryDir dir;
            Trainer trainer(options, torch::kCPU);
            TrainingOutcome out;
            QString error;
            if (!trainer.train(set, dir.path(), &out, &error))
                return false;
            FramePredictor predictor(
                    *out.network, torch::kCPU, options.resizeSize, options.cropSize, 16);
            std::vector<float> p;
            if (!predictor.probabilities(store, {}, nullptr, &p, &error))
                return false;
            double sum = 0;
            for (size_t f = 0; f < labels.size(); ++f)
                sum += p[f * classes + 1];
            *share = sum / double(labels.size());
            return true;
        };
        double plain = 0, weighted = 0;
        QVERIFY(rareShare(false, &plain));
        QVERIFY(rareShare(true, &weighted));
        QVERIFY2(plain < 0.25 && weighted > 0.35,
                 qPrintable(QStringLiteral("mean probability of the rare class: %1 plain, %2 "
                                           "weighted")
                                    .arg(plain)
                                    .arg(weighted)));
    }

    // After training, batch-norm statistics are measured again over batchNormBatches batches
    // (equal weights), not left as I3D's slow running average.
    void batchNormStatisticsAreMeasuredAgain()
    {
        const int classes = 3;
        const std::vector<int> labels = blockLabels(60, classes, 15);
        FrameStore store = makeStore(labels, 28, 3, 9);
        TrainingSet set;
        set.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (qint64 f = 0; f < qint64(labels.size()); ++f)
            set.examples.push_back({&store, f, labels[size_t(f)]});
        auto bnState = [&](int batches, torch::Tensor *mean) {
            TrainingOptions options = tinyOptions(nets::Architecture::I3D, classes);
            options.iterations = 5;
            options.batchNormBatches = batches;
            QTemporaryDir dir;
            Trainer trainer(options, torch::kCPU);
            TrainingOutcome out;
            QString error;
            if (!trainer.train(set, dir.path(), &out, &error))
                return qint64(-1);
            for (const auto &b : out.network->named_buffers(true)) {
                if (b.key().find("num_batches_tracked") != std::string::npos) {
                    const std::string prefix = b.key().substr(0, b.key().rfind('.'));
                    *mean = out.network->named_buffers(true)[prefix + ".running_mean"].clone();
                    return qint64(b.value().item<int64_t>());
                }
            }
            return qint64(-2);
        };
        torch::Tensor measured, running;
        QCOMPARE(bnState(3, &measured), qint64(3)); // counted from 0 again: 3 batches
        QCOMPARE(bnState(0, &running), qint64(5));  // one per training step
        QVERIFY(!torch::allclose(measured, running));
    }

    void frozenPassesMatchEager_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(nets::Architecture::I3D);
        QTest::newRow("r2plus1d") << int(nets::Architecture::R2Plus1D);
    }

    // Full batches go through frozen copies (one per shape, at most two); the rows are the eager
    // network's, whatever path each batch took.
    void frozenPassesMatchEager()
    {
        QFETCH(int, arch);
        const int classes = 3;
        const std::vector<int> labels = blockLabels(45, classes, 15);
        FrameStore store = makeStore(labels, 28, 3, 17);
        const TrainingOptions options = tinyOptions(nets::Architecture(arch), classes);
        QString error;
        auto net = Trainer::initialNetwork(options, nullptr, &error);
        QVERIFY2(net, qPrintable(error));
        // Batch-norm statistics that are not the identity, so that folding them matters.
        for (auto &b : net->named_buffers(true)) {
            if (b.key().find("running_var") != std::string::npos)
                b.value().uniform_(0.5, 2.0);
            else if (b.key().find("running_mean") != std::string::npos)
                b.value().uniform_(-0.2, 0.2);
        }
        auto rows = [&](bool dense, int batch, const std::shared_ptr<FrozenPasses> &frozen) {
            FramePredictor predictor(
                    *net, torch::kCPU, options.resizeSize, options.cropSize, batch);
            predictor.setWindows(dense, 1);
            predictor.setDenseOutputs(2); // segments of 24 frames: several full ones
            predictor.setFrozenPasses(frozen);
            std::vector<float> p;
            if (!predictor.probabilities(store, {}, nullptr, &p, &error))
                p.clear();
            return p;
        };
        auto worst = [](const std::vector<float> &a, const std::vector<float> &b) {
            float w = a.size() == b.size() && !a.empty() ? 0.0f : 1e9f;
            for (size_t i = 0; i < a.size() && i < b.size(); ++i)
                w = std::max(w, std::abs(a[i] - b[i]));
            return w;
        };
        auto frozen = std::make_shared<FrozenPasses>();
        // 45 windows in batches of 8: five full batches frozen, the last 5 eager.
        const float stride = worst(rows(false, 8, nullptr), rows(false, 8, frozen));
        QCOMPARE(frozen->shapes(), 1);
        const float dense = worst(rows(true, 4, nullptr), rows(true, 4, frozen));
        QCOMPARE(frozen->shapes(), 2);
        // A third shape finds the cache full: eager, same rows.
        const float third = worst(rows(false, 5, nullptr), rows(false, 5, frozen));
        QCOMPARE(frozen->shapes(), 2);
        QVERIFY2(stride < 1e-4f && dense < 1e-4f && third < 1e-6f,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(stride).arg(dense).arg(third)));
    }

    void predictorWindows_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(nets::Architecture::I3D);
        QTest::newRow("r2plus1d") << int(nets::Architecture::R2Plus1D);
    }

    // Stride and dense windows: centre rows are the network's outputs there, frames in between
    // are linear blends, and dense features classify to the dense logits.
    void predictorWindows()
    {
        QFETCH(int, arch);
        const int classes = 3;
        const std::vector<int> labels = blockLabels(45, classes, 15);
        FrameStore store = makeStore(labels, 28, 3, 7);
        TrainingOptions options = tinyOptions(nets::Architecture(arch), classes);
        QString error;
        auto net = Trainer::initialNetwork(options, nullptr, &error);
        QVERIFY2(net, qPrintable(error));
        net->eval();
        FramePredictor predictor(*net, torch::kCPU, options.resizeSize, options.cropSize, 8);
        std::vector<float> paper, strided, dense;
        QVERIFY(predictor.probabilities(store, {}, nullptr, &paper, &error));
        predictor.setWindows(false, 4);
        QVERIFY(predictor.probabilities(store, {}, nullptr, &strided, &error));
        predictor.setWindows(true);
        QVERIFY(predictor.probabilities(store, {}, nullptr, &dense, &error));
        QCOMPARE(paper.size(), labels.size() * classes);
        QCOMPARE(strided.size(), paper.size());
        QCOMPARE(dense.size(), paper.size());
        auto at = [&](const std::vector<float> &v, int f, int c) {
            return v[size_t(f) * classes + size_t(c)];
        };
        for (int c = 0; c < classes; ++c) {
            // Centres 0, 4, 8, ..., 40, 44: the paper's rows.
            QVERIFY(qAbs(at(strided, 8, c) - at(paper, 8, c)) < 1e-5f);
            QVERIFY(qAbs(at(strided, 44, c) - at(paper, 44, c)) < 1e-5f);
            // Frame 10 = (frame 8 + frame 12) / 2.
            QVERIFY(qAbs(at(strided, 10, c) - 0.5f * (at(paper, 8, c) + at(paper, 12, c)))
                    < 1e-5f);
            // Dense: frame 12 halfway between the outputs of centres 8 and 16.
            QVERIFY(qAbs(at(dense, 12, c) - 0.5f * (at(dense, 8, c) + at(dense, 16, c))) < 1e-5f);
        }
        for (size_t f = 0; f < labels.size(); ++f) {
            float sum = 0;
            for (int c = 0; c < classes; ++c)
                sum += at(dense, int(f), c);
            QVERIFY(qAbs(sum - 1.0f) < 1e-4f);
        }
        // Only frames [10, 30): the paper's rows of those frames; strided centres 10, 14, ...,
        // 26 and 29; dense passes over frames 0 .. 23 and 16 .. 39 (centres 8 .. 32, two outputs
        // each), read from the frames around the range.
        std::vector<float> paperPart, stridedPart, densePart;
        predictor.setFrames(10, 20);
        predictor.setWindows(false, 1);
        QVERIFY(predictor.probabilities(store, {}, nullptr, &paperPart, &error));
        predictor.setWindows(false, 4);
        QVERIFY(predictor.probabilities(store, {}, nullptr, &stridedPart, &error));
        predictor.setWindows(true);
        predictor.setDenseOutputs(2);
        QVERIFY(predictor.probabilities(store, {}, nullptr, &densePart, &error));
        QCOMPARE(paperPart.size(), size_t(20 * classes));
        QCOMPARE(stridedPart.size(), paperPart.size());
        QCOMPARE(densePart.size(), paperPart.size());
        torch::Tensor passes;
        {
            torch::NoGradGuard noGrad;
            const torch::Tensor segments = ClipSampler::centreClips(
                    {{&store, 12, 0}, {&store, 28, 0}}, 24, options.resizeSize, options.cropSize);
            passes = torch::softmax(net->forwardDense(segments), 1); // [2, classes, 2]
        }
        for (int c = 0; c < classes; ++c) {
            for (int f = 10; f < 30; ++f)
                QVERIFY(qAbs(at(paperPart, f - 10, c) - at(paper, f, c)) < 1e-5f);
            QVERIFY(qAbs(at(stridedPart, 4, c) - at(paper, 14, c)) < 1e-5f);
            QVERIFY(qAbs(at(stridedPart, 19, c) - at(paper, 29, c)) < 1e-5f);
            QVERIFY(qAbs(at(stridedPart, 18, c) - (at(paper, 26, c) + 2 * at(paper, 29, c)) / 3)
                    < 1e-5f);
            // Frame 16: the second output of the first pass; frame 24: the first of the second;
            // frame 12: halfway between centres 8 and 16.
            QVERIFY(qAbs(at(densePart, 6, c) - passes[0][c][1].item<float>()) < 1e-5f);
            QVERIFY(qAbs(at(densePart, 14, c) - passes[1][c][0].item<float>()) < 1e-5f);
            QVERIFY(qAbs(at(densePart, 2, c)
                         - 0.5f * (passes[0][c][0].item<float>() + passes[0][c][1].item<float>()))
                    < 1e-5f);
        }
        // On a 16-frame clip the dense pass is the clip's own output; its features classify to
        // the dense logits.
        torch::NoGradGuard noGrad;
        auto clip = ClipSampler::centreClips(
                {{&store, 20, 0}}, 16, options.resizeSize, options.cropSize);
        QVERIFY(torch::allclose(net->embedDense(clip).squeeze(2), net->embed(clip), 1e-4, 1e-5));
        auto segment = torch::randn({1, 3, 32, options.cropSize, options.cropSize});
        const torch::Tensor f = net->embedDense(segment); // [1, F, 3]
        QCOMPARE(f.size(2), 3);
        for (int j = 0; j < 3; ++j)
            QVERIFY(torch::allclose(net->classify(f.select(2, j)),
                                    net->forwardDense(segment).select(2, j),
                                    1e-4,
                                    1e-5));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
