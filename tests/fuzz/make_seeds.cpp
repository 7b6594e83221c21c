// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the small valid files the fuzz corpus started from (tests/fuzz/corpus/*/seed_*): a tiny
// model checkpoint, a small labeled project, tiny videos in each container. The label files,
// pickles and safetensors seeds come from tests/csv/golden and tests/weights/make_fixtures.py
// (README.md). Usage: fuzz_make_seeds CORPUS_DIR
#include <torch/torch.h>

#include "ModelTestUtil.h"
#include "ProjectTestUtil.h"
#include "VideoTestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace ethoscribe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds CORPUS_DIR\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : {"checkpoint", "project_open", "video_probe"})
        corpus.mkpath(QString::fromLatin1(sub));

    {
        // As small as the networks get (a few channels, depth 10): a fuzz input must stay small.
        torch::manual_seed(1);
        ModelSpec spec;
        spec.architecture = nets::Architecture::R2Plus1D;
        spec.stream = nets::Stream::Flow;
        spec.behaviors = {QStringLiteral("eat"), QStringLiteral("rest")};
        spec.inputSize = 24;
        spec.widthMultiplier = 1.0 / 32;
        nets::NetConfig config = Checkpoint::netConfigFor(spec);
        config.depth = 10;
        auto net = nets::makeNetwork(config);
        Checkpoint c = Checkpoint::fromNetwork(spec, *net);
        c.network = config;
        QString error;
        if (!CheckpointFile::save(
                    corpus.filePath(QStringLiteral("checkpoint/seed_r2plus1d_tiny")), c, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    {
        const QString path = corpus.filePath(QStringLiteral("project_open/seed_project"));
        QFile::remove(path);
        Document doc;
        const TrackId track = projecttest::makeProject(doc, path, 300);
        doc.assign(track, 10, 40, 3);
        doc.assign(track, 100, 101, 5);
        doc.close();
        QFile::remove(path + QStringLiteral(".lock"));
    }

    struct Kind
    {
        const char *codec;
        const char *ext;
        int prefix; // first byte of the fuzz input: index of the extension in fuzz_video_probe
    };
    for (const Kind &k : {Kind{"h264", "mp4", 0},
                          Kind{"mjpeg", "avi", 1},
                          Kind{"mpeg1video", "mpg", 2},
                          Kind{"mpeg4", "mkv", 3},
                          Kind{"wmv2", "wmv", 5}}) {
        VideoWriterSettings s;
        s.codec = QString::fromLatin1(k.codec);
        s.width = 32;
        s.height = 24;
        s.gopSize = 3;
        s.quality = 20;
        const QString tmp = QDir::temp().filePath(QStringLiteral("seed.") + QLatin1String(k.ext));
        QString error;
        if (!testutil::writeCodedVideo(tmp, s, 6, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QFile in(tmp);
        in.open(QIODevice::ReadOnly);
        QFile out(corpus.filePath(QStringLiteral("video_probe/seed_%1_%2").arg(k.codec, k.ext)));
        out.open(QIODevice::WriteOnly);
        out.write(QByteArray(1, char(k.prefix)) + in.readAll());
        QFile::remove(tmp);
    }
    std::printf("seeds written to %s\n", qPrintable(corpus.path()));
    return 0;
}
