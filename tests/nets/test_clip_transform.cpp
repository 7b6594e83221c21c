// SPDX-License-Identifier: GPL-3.0-or-later
// Input transforms (resize, crop, flip, scaling of RGB and flow), clip windows at video edges and
// the batched predictor (eager vs frozen + optimize_for_inference, batching, dense mode).
#include <torch/torch.h>

#include "inference/ClipPredictor.h"
#include "inference/ClipTransform.h"
#include "inference/ClipWindow.h"
#include "nets/NetworkFactory.h"

#include <QImage>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

using namespace ethoscribe;

namespace {
// A 6x6 RGB picture whose pixel (x, y) has R = 10x + y, G = 100 + x, B = 200 + y.
cv::Mat testPicture()
{
    cv::Mat m(6, 6, CV_8UC3);
    for (int y = 0; y < 6; ++y)
        for (int x = 0; x < 6; ++x)
            m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(10 * x + y), uchar(100 + x), uchar(200 + y));
    return m;
}
float scaled(int v)
{
    return float(v) * 2.0f / 255.0f - 1.0f;
}
} // namespace

class TestClipTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paperSizes()
    {
        ClipTransform i3d(nets::Architecture::I3D, nets::Stream::Rgb);
        QCOMPARE(i3d.resizeSize(), 255);
        QCOMPARE(i3d.cropSize(), 224);
        QCOMPARE(i3d.centreCrop().x, 15);
        ClipTransform r21(nets::Architecture::R2Plus1D, nets::Stream::Flow);
        QCOMPARE(r21.resizeSize(), 128);
        QCOMPARE(r21.cropSize(), 112);
        QCOMPARE(r21.centreCrop().y, 8);
        QVERIFY(!r21.centreCrop().flip);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClipTransform(100, 112, nets::Stream::Rgb));
    }

    void rgbCentreCropExactValues()
    {
        // Already 6x6: no resampling, so values are exact. Crop 4 at (1, 1).
        ClipTransform t(6, 4, nets::Stream::Rgb);
        const torch::Tensor f
                = t.rgbFrame(testPicture(), ClipTransform::ChannelOrder::Rgb, t.centreCrop());
        QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{3, 4, 4}));
        for (int y = 0; y < 4; ++y) {
            for (int x = 0; x < 4; ++x) {
                const int sx = x + 1, sy = y + 1;
                QVERIFY(std::abs(f[0][y][x].item<float>() - scaled(10 * sx + sy)) < 1e-6f);
                QVERIFY(std::abs(f[1][y][x].item<float>() - scaled(100 + sx)) < 1e-6f);
                QVERIFY(std::abs(f[2][y][x].item<float>() - scaled(200 + sy)) < 1e-6f);
            }
        }
        // 0 -> -1 and 255 -> +1 exactly.
        cv::Mat extremes(6, 6, CV_8UC3, cv::Scalar(0, 255, 0));
        const torch::Tensor e
                = t.rgbFrame(extremes, ClipTransform::ChannelOrder::Rgb, t.centreCrop());
        QCOMPARE(e[0].min().item<float>(), -1.0f);
        QCOMPARE(e[1].max().item<float>(), 1.0f);
    }

    void bgrAndQImageGiveTheSameTensor()
    {
        ClipTransform t(6, 4, nets::Stream::Rgb);
        const cv::Mat rgb = testPicture();
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        const auto crop = t.centreCrop();
        const torch::Tensor a = t.rgbFrame(rgb, ClipTransform::ChannelOrder::Rgb, crop);
        const torch::Tensor b = t.rgbFrame(bgr, ClipTransform::ChannelOrder::Bgr, crop);
        QVERIFY(torch::equal(a, b));
        QImage image(rgb.data, 6, 6, int(rgb.step), QImage::Format_RGB888);
        QVERIFY(torch::equal(a, t.rgbFrame(image, crop)));
        // A 32-bit QImage is converted, with the same result.
        QVERIFY(torch::equal(a, t.rgbFrame(image.convertToFormat(QImage::Format_RGB32), crop)));
    }

    void flipMirrorsColumns()
    {
        ClipTransform t(6, 4, nets::Stream::Rgb);
        CropChoice crop = t.centreCrop();
        const torch::Tensor plain
                = t.rgbFrame(testPicture(), ClipTransform::ChannelOrder::Rgb, crop);
        crop.flip = true;
        const torch::Tensor flipped
                = t.rgbFrame(testPicture(), ClipTransform::ChannelOrder::Rgb, crop);
        QVERIFY(torch::equal(flipped, plain.flip({2})));
        QVERIFY(!torch::equal(flipped, plain));
    }

    void resizesToTheSquare()
    {
        ClipTransform t(nets::Architecture::R2Plus1D, nets::Stream::Rgb);
        cv::Mat frame(240, 320, CV_8UC3, cv::Scalar(255, 0, 51));
        const torch::Tensor f = t.rgbFrame(frame, ClipTransform::ChannelOrder::Rgb, t.centreCrop());
        QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{3, 112, 112}));
        QVERIFY(std::abs(f[0].mean().item<float>() - 1.0f) < 1e-5f);
        QVERIFY(std::abs(f[1].mean().item<float>() + 1.0f) < 1e-5f);
        QVERIFY(std::abs(f[2].mean().item<float>() - scaled(51)) < 1e-5f);
    }

    void flowClippedScaledAndNegatedWhenFlipped_data()
    {
        QTest::addColumn<float>("dx");
        QTest::addColumn<float>("dy");
        QTest::addColumn<float>("expectedX");
        QTest::addColumn<float>("expectedY");
        QTest::newRow("small") << 5.0f << -2.0f << 0.25f << -0.1f;
        QTest::newRow("at the limit") << 20.0f << -20.0f << 1.0f << -1.0f;
        QTest::newRow("clipped") << 35.0f << -100.0f << 1.0f << -1.0f;
        QTest::newRow("zero") << 0.0f << 0.0f << 0.0f << 0.0f;
    }
    void flowClippedScaledAndNegatedWhenFlipped()
    {
        QFETCH(float, dx);
        QFETCH(float, dy);
        QFETCH(float, expectedX);
        QFETCH(float, expectedY);
        ClipTransform t(6, 4, nets::Stream::Flow);
        cv::Mat flow(6, 6, CV_32FC2, cv::Scalar(dx, dy));
        // Mark one column so that the mirroring is visible too.
        for (int y = 0; y < 6; ++y)
            flow.at<cv::Vec2f>(y, 1) = cv::Vec2f(1.0f, 0.0f);
        CropChoice crop = t.centreCrop();
        const torch::Tensor f = t.flowFrame(flow, crop);
        QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{2, 4, 4}));
        QVERIFY(std::abs(f[0][2][3].item<float>() - expectedX) < 1e-6f);
        QVERIFY(std::abs(f[1][2][3].item<float>() - expectedY) < 1e-6f);
        QVERIFY(std::abs(f[0][2][0].item<float>() - 0.05f) < 1e-6f); // column 1 -> crop column 0
        crop.flip = true;
        const torch::Tensor g = t.flowFrame(flow, crop);
        // Mirrored: horizontal motion changes sign, vertical motion does not.
        QVERIFY(torch::allclose(g[0], -f[0].flip({1})));
        QVERIFY(torch::allclose(g[1], f[1].flip({1})));
        QVERIFY(std::abs(g[0][2][3].item<float>() + 0.05f) < 1e-6f);
    }

    void randomCropIsSeededAndInRange()
    {
        ClipTransform t(nets::Architecture::I3D, nets::Stream::Rgb);
        std::mt19937_64 a(42), b(42), c(43);
        int flips = 0;
        bool differs = false;
        for (int i = 0; i < 200; ++i) {
            const CropChoice x = t.randomCrop(a);
            const CropChoice y = t.randomCrop(b);
            const CropChoice z = t.randomCrop(c);
            QCOMPARE(x.x, y.x);
            QCOMPARE(x.y, y.y);
            QCOMPARE(x.flip, y.flip);
            differs = differs || x.x != z.x || x.y != z.y;
            QVERIFY(x.x >= 0 && x.x <= 31 && x.y >= 0 && x.y <= 31);
            flips += x.flip ? 1 : 0;
        }
        QVERIFY(differs);
        QVERIFY(flips > 60 && flips < 140);
    }

    void stackClip()
    {
        std::vector<torch::Tensor> frames;
        for (int i = 0; i < 16; ++i)
            frames.push_back(torch::full({3, 4, 4}, float(i)));
        const torch::Tensor clip = ClipTransform::stackClip(frames);
        QCOMPARE(clip.sizes().vec(), (std::vector<int64_t>{3, 16, 4, 4}));
        QCOMPARE(clip[2][7][1][1].item<float>(), 7.0f);
    }

    void clipWindow_data()
    {
        QTest::addColumn<qlonglong>("frame");
        QTest::addColumn<qlonglong>("count");
        QTest::addColumn<qlonglong>("first");
        QTest::addColumn<qlonglong>("last");
        QTest::addColumn<int>("repeatsOfFirst");
        QTest::newRow("middle") << 100LL << 1000LL << 92LL << 107LL << 1;
        QTest::newRow("start") << 0LL << 1000LL << 0LL << 7LL << 9;
        QTest::newRow("frame 3") << 3LL << 1000LL << 0LL << 10LL << 6;
        QTest::newRow("end") << 999LL << 1000LL << 991LL << 999LL << 1;
        QTest::newRow("short video") << 2LL << 5LL << 0LL << 4LL << 7;
    }
    void clipWindow()
    {
        QFETCH(qlonglong, frame);
        QFETCH(qlonglong, count);
        QFETCH(qlonglong, first);
        QFETCH(qlonglong, last);
        QFETCH(int, repeatsOfFirst);
        const auto idx = ClipWindow::frameIndices(frame, count);
        QCOMPARE(int(idx.size()), 16);
        QCOMPARE(idx.front(), first);
        QCOMPARE(idx.back(), last);
        QCOMPARE(int(std::count(idx.begin(), idx.end(), idx.front())), repeatsOfFirst);
        // Position 8 of the window is the predicted frame itself.
        QCOMPARE(idx[8], std::min<qint64>(frame, count - 1));
        QVERIFY(std::is_sorted(idx.begin(), idx.end()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClipWindow::frameIndices(count, count));
    }

    void predictorBatchesAndOptimizedPathAgree_data()
    {
        QTest::addColumn<int>("arch");
        QTest::newRow("i3d") << int(nets::Architecture::I3D);
        QTest::newRow("r2plus1d") << int(nets::Architecture::R2Plus1D);
    }
    void predictorBatchesAndOptimizedPathAgree()
    {
        QFETCH(int, arch);
        torch::manual_seed(3);
        nets::NetConfig c
                = nets::NetConfig::forStream(nets::Architecture(arch), nets::Stream::Rgb, 8);
        c.widthMultiplier = 0.125;
        c.depth = 10;
        auto net = nets::makeNetwork(c);
        // Non-trivial batch-norm statistics and affine parameters: freezing folds them into the
        // convolutions, which default statistics (mean 0, variance 1) would not test.
        {
            torch::NoGradGuard g;
            auto params = net->named_parameters();
            int layers = 0;
            for (auto &b : net->named_buffers()) {
                const std::string &k = b.key();
                const auto at = k.rfind("running_mean");
                if (at == std::string::npos)
                    continue;
                const std::string prefix = k.substr(0, at);
                b.value().normal_(0.0, 0.5);
                net->named_buffers()[prefix + "running_var"].uniform_(0.5, 2.0);
                params[prefix + "weight"].uniform_(0.5, 1.5);
                params[prefix + "bias"].normal_(0.0, 0.2);
                ++layers;
            }
            QVERIFY(layers > 5);
        }
        torch::Tensor clips = torch::randn({5, 3, 16, 32, 32});
        PredictorOptions eagerOptions;
        eagerOptions.maxBatch = 5;
        ClipPredictor eager(net, eagerOptions);
        const torch::Tensor reference = eager.logits(clips);
        QCOMPARE(reference.sizes().vec(), (std::vector<int64_t>{5, 8}));
        QVERIFY(!net->is_training());

        PredictorOptions o;
        o.maxBatch = 2; // batches of 2, 2 and 1
        o.optimizeForInference = true;
        o.channelsLast = true;
        ClipPredictor optimized(nets::makeNetwork(c), o);
        // Same weights as the eager network, but at first with default statistics: the logits
        // differ, so the statistics matter...
        {
            torch::NoGradGuard g;
            auto src = net->named_parameters();
            for (auto &p : optimized.network().named_parameters())
                p.value().copy_(src[p.key()]);
        }
        {
            PredictorOptions plain;
            plain.maxBatch = 5;
            ClipPredictor defaults(nets::makeNetwork(c), plain);
            torch::NoGradGuard g;
            auto src = net->named_parameters();
            for (auto &p : defaults.network().named_parameters())
                p.value().copy_(src[p.key()]);
            QVERIFY((defaults.logits(clips) - reference).abs().max().item<float>() > 1e-2);
        }
        // ... and with the statistics copied too the optimised path agrees.
        {
            torch::NoGradGuard g;
            auto src = net->named_buffers();
            for (auto &b : optimized.network().named_buffers())
                b.value().copy_(src[b.key()]);
        }
        const torch::Tensor fast = optimized.logits(clips);
        QVERIFY2(torch::allclose(fast, reference, 1e-3, 1e-4),
                 qPrintable(QString::number((fast - reference).abs().max().item<float>())));
        const torch::Tensor p = optimized.probabilities(clips);
        QVERIFY(torch::allclose(p.sum(1), torch::ones({5}), 1e-5, 1e-5));

        const torch::Tensor dense = eager.denseLogits(torch::randn({2, 3, 32, 32, 32}));
        QCOMPARE(dense.sizes().vec(), (std::vector<int64_t>{2, 8, 3}));
    }
};

QTEST_GUILESS_MAIN(TestClipTransform)
#include "test_clip_transform.moc"
