// SPDX-License-Identifier: GPL-3.0-or-later
// WeightsFile / TorchSaveReader / PickleReader / SafeTensors on files written by PyTorch itself
// (torch.save zip and legacy, pickle protocol 4, wrapped dicts, DataParallel prefixes, whole
// modules, TorchScript) and by a hand-written safetensors writer following the specification.
#include "WeightsTestUtil.h"

#include "weights/PickleReader.h"
#include "weights/SafeTensors.h"
#include "weights/WeightsFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstring>
#include <map>

using namespace ethoscribe;

class TestWeightsFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StateDict m_reference;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    void compareToReference(const StateDict &got, const StateDict &reference)
    {
        QCOMPARE(int(got.size()), int(reference.size()));
        for (const auto &item : reference.items()) {
            const torch::Tensor *t = got.find(item.key());
            QVERIFY2(t, item.key().c_str());
            QCOMPARE(t->scalar_type(), item.value().scalar_type());
            QCOMPARE(t->sizes().vec(), item.value().sizes().vec());
            QVERIFY2(torch::equal(t->contiguous(), item.value()), item.key().c_str());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WEIGHTS_MAKE_FIXTURES(QStringLiteral("formats"), m_dir.path());
        SafeTensors::Metadata meta;
        QString error;
        QVERIFY2(SafeTensors::read(path("reference.safetensors"), &m_reference, &meta, &error),
                 qPrintable(error));
        QCOMPARE(meta.value(QStringLiteral("source")), QStringLiteral("python"));
    }

    void readsEveryTorchLayout_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<int>("stripped");
        QTest::newRow("state_dict zip") << "plain.pt"
                                        << "" << 0;
        QTest::newRow("legacy") << "legacy.pt"
                                << "" << 0;
        QTest::newRow("pickle protocol 4") << "protocol4.pt"
                                           << "" << 0;
        QTest::newRow("wrapped with epoch, args, optimizer") << "wrapped.pth"
                                                             << "state_dict" << 0;
        QTest::newRow("DataParallel in {model: ...}") << "dataparallel.pth"
                                                      << "model" << 13;
    }
    void readsEveryTorchLayout()
    {
        QFETCH(QString, file);
        QFETCH(QString, wrapper);
        QFETCH(int, stripped);
        StateDict sd;
        WeightsFile::Info info;
        QString error;
        QVERIFY2(WeightsFile::read(m_dir.filePath(file), &sd, &info, &error), qPrintable(error));
        compareToReference(sd, m_reference);
        QCOMPARE(info.wrapperKey, wrapper);
        QCOMPARE(info.strippedPrefixes, stripped);
        // In file order, as PyTorch wrote them.
        QCOMPARE(sd.keys(), m_reference.keys());
    }

    void viewsKeepSharingTheirStorage()
    {
        StateDict sd;
        QString error;
        QVERIFY2(WeightsFile::read(path("plain.pt"), &sd, nullptr, &error), qPrintable(error));
        const auto &t = sd["view.transposed"];
        const auto &s = sd["view.slice"];
        const auto &b = sd["view.base"];
        QVERIFY(!t.is_contiguous());
        QCOMPARE(s.storage_offset(), int64_t(8));
        QCOMPARE(t.storage().data(), b.storage().data());
        QCOMPARE(s.storage().data(), b.storage().data());
        QCOMPARE(s[1][2].item<float>(), 16.0f);
        QCOMPARE(sd["bn.num_batches_tracked"].item<int64_t>(), int64_t(42));
        QCOMPARE(sd["half"].scalar_type(), torch::kHalf);
    }

    void readsWholePickledModuleAndTorchScript_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("torch.save(model)") << "whole_module.pt";
        QTest::newRow("torch.jit.save") << "torchscript.pt";
    }
    void readsWholePickledModuleAndTorchScript()
    {
        QFETCH(QString, file);
        StateDict expected, sd;
        QString error;
        QVERIFY2(SafeTensors::read(path("small_reference.safetensors"), &expected, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(WeightsFile::read(m_dir.filePath(file), &sd, nullptr, &error), qPrintable(error));
        compareToReference(sd, expected);
    }

    void refusesWhatIsNotWeights_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << "notes.txt"
                              << "none of these formats";
        QTest::newRow("truncated zip") << "truncated.pt"
                                       << "not a weights file";
        QTest::newRow("a pickled list") << "list.pt"
                                        << "no named tensors";
        QTest::newRow("missing") << "nothing-here.pt"
                                 << "does not exist";
    }
    void refusesWhatIsNotWeights()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        StateDict sd;
        QString error;
        QVERIFY(!WeightsFile::read(m_dir.filePath(file), &sd, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(file), qPrintable(error)); // the message names the file
        QVERIFY(sd.is_empty());
    }

    void pickleReaderRefusesCorruptTensors()
    {
        // A tensor view reaching past its storage must be refused, never read out of bounds:
        // PROTO 2, GLOBAL _rebuild_tensor_v2, MARK, storage (persistent id), offset 4, size (8,),
        // stride (1,), False, EMPTY_DICT, TUPLE, REDUCE, STOP.
        QByteArray p("\x80\x02"
                     "ctorch._utils\n_rebuild_tensor_v2\n("
                     "(X\x07\0\0\0storage"
                     "ctorch\nFloatStorage\nX\x01\0\0\0"
                     "0X\x03\0\0\0cpuK\x08tQ"
                     "K\x04"
                     "K\x08\x85K\x01\x85\x89}tR.",
                     100);
        auto loader = [](const PickleValuePtr &) {
            auto s = PickleValue::make(PickleValue::Kind::Storage);
            s->tensor = torch::zeros({8});
            return s;
        };
        PickleReader reader(p.constData(), size_t(p.size()), loader);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, reader.load());
        // The same with offset 0 is a valid tensor of 8 elements.
        p[p.indexOf("K\x04K\x08") + 1] = '\0';
        PickleReader ok(p.constData(), size_t(p.size()), loader);
        const auto v = ok.load();
        QVERIFY(v->is(PickleValue::Kind::Tensor));
        QCOMPARE(v->tensor.numel(), int64_t(8));
        // Truncated data.
        PickleReader truncated(p.constData(), 40, loader);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, truncated.load());

        // Sizes whose product overflows 64 bits: size (2^62, 4), stride (0, 0). Without checked
        // arithmetic the element count wraps to 0 and the bounds check is skipped.
        QByteArray huge = p;
        const QByteArray sizeStride("K\x08\x85K\x01\x85", 6);
        const QByteArray big("\x8a\x08\0\0\0\0\0\0\0\x40K\x04\x86K\0K\0\x86", 18);
        QVERIFY(huge.contains(sizeStride));
        huge.replace(sizeStride, big);
        PickleReader overflow(huge.constData(), size_t(huge.size()), loader);
        try {
            overflow.load();
            QFAIL("an overflowing tensor size was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("too large"), e.what());
        }
        // A reach that overflows: size (2, 2), stride (2^62, 2^62).
        QByteArray reach = p;
        reach.replace(sizeStride,
                      QByteArray("K\x02K\x02\x86\x8a\x08\0\0\0\0\0\0\0\x40"
                                 "\x8a\x08\0\0\0\0\0\0\0\x40\x86",
                                 26));
        PickleReader far(reach.constData(), size_t(reach.size()), loader);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, far.load());
        // A list that contains itself (EMPTY_LIST, DUP, APPEND) is refused; the same list thrown
        // away (POP) before a None is returned is freed with the reader (the fuzz target runs
        // with LeakSanitizer; this input is in tests/fuzz/crashes/pickle).
        {
            PickleReader cyclic("]2a.", 4, loader);
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, cyclic.load());
            PickleReader garbage("]2a0N.", 6, loader);
            QVERIFY(garbage.load()->is(PickleValue::Kind::None));
        }
        // Text memo indexes that are not numbers: runtime_error, as the header promises (not
        // std::invalid_argument from a library conversion).
        for (const char *bad : {"(p\n.", "(pabc\n.", "(p99999999999\n.", "(g-1\n."}) {
            PickleReader memo(bad, std::strlen(bad), loader);
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, memo.load());
        }
    }

    void safetensorsRoundTripIsReadByTheReference()
    {
        // Our writer's output, read back by us and by make_fixtures.py's reader.
        StateDict sd;
        sd.insert("a.weight",
                  torch::arange(12, torch::kFloat).reshape({3, 4}).t()); // non-contiguous
        sd.insert("b.half", torch::ones({5}, torch::kHalf) * 0.5);
        sd.insert("c.bf16", torch::full({2, 2}, -2.0, torch::kBFloat16));
        sd.insert("d.long", torch::tensor({int64_t(1) << 40, int64_t(-3)}));
        sd.insert("e.double", torch::tensor({0.25, 1e300}, torch::kDouble));
        sd.insert("f.empty", torch::zeros({0, 3}));
        sd.insert("g.scalar", torch::tensor(3.5f));
        SafeTensors::Metadata meta{{QStringLiteral("note"), QStringLiteral("grüße")}};
        const QString file = path("ours.safetensors");
        QString error;
        QVERIFY2(SafeTensors::write(file, sd, meta, &error), qPrintable(error));

        StateDict back;
        SafeTensors::Metadata backMeta;
        QVERIFY2(SafeTensors::read(file, &back, &backMeta, &error), qPrintable(error));
        QCOMPARE(backMeta, meta);
        QCOMPARE(int(back.size()), int(sd.size()));
        for (const auto &item : sd.items())
            QVERIFY2(torch::equal(back[item.key()], item.value().contiguous()), item.key().c_str());

        QProcess py;
        py.start(weightstest::torchPython(),
                 {QStringLiteral(ETHOSCRIBE_WEIGHTS_FIXTURES), QStringLiteral("check"), file});
        QVERIFY(py.waitForFinished(120000));
        QCOMPARE(py.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QCOMPARE(o.value("metadata").toObject().value("note").toString(), QStringLiteral("grüße"));
        // Every value, its type and its shape, as the reference reader sees them.
        const QJsonObject values = o.value("values").toObject();
        const QJsonObject dtypes = o.value("dtypes").toObject();
        const QJsonObject shapes = o.value("shapes").toObject();
        QCOMPARE(values.size(), int(sd.size()));
        const std::map<torch::ScalarType, QString> pythonType{{torch::kFloat, "torch.float32"},
                                                              {torch::kHalf, "torch.float16"},
                                                              {torch::kBFloat16, "torch.bfloat16"},
                                                              {torch::kLong, "torch.int64"},
                                                              {torch::kDouble, "torch.float64"}};
        for (const auto &item : sd.items()) {
            const QString key = QString::fromStdString(item.key());
            const torch::Tensor t = item.value().contiguous();
            QCOMPARE(dtypes.value(key).toString(), pythonType.at(t.scalar_type()));
            QJsonArray shape;
            for (auto d : t.sizes())
                shape.append(qint64(d));
            QCOMPARE(shapes.value(key).toArray(), shape);
            const QJsonArray v = values.value(key).toArray();
            const torch::Tensor flat = t.to(torch::kDouble).flatten();
            QCOMPARE(qint64(v.size()), flat.numel());
            for (int i = 0; i < v.size(); ++i)
                QCOMPARE(v.at(i).toDouble(), flat[i].item<double>());
        }
    }

    void safetensorsRefusesDamagedHeaders_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        auto file = [](const QByteArray &header, int dataBytes) {
            QByteArray len(8, '\0');
            for (int i = 0; i < 8; ++i)
                len[i] = char((quint64(header.size()) >> (8 * i)) & 0xff);
            return len + header + QByteArray(dataBytes, '\0');
        };
        QTest::newRow("offsets past the end")
                << file(R"({"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", 8)
                << "outside";
        QTest::newRow("shape and size disagree")
                << file(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}})", 16)
                << "does not match";
        QTest::newRow("unknown dtype")
                << file(R"({"x":{"dtype":"F8","shape":[4],"data_offsets":[0,4]}})", 4)
                << "unsupported type";
        QTest::newRow("header not JSON") << file("{not json at all}", 4) << "not a JSON object";
        QTest::newRow("huge header length")
                << QByteArray("\xff\xff\xff\xff\xff\xff\xff\x7f{}", 10) << "header length";
    }
    void safetensorsRefusesDamagedHeaders()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = path("damaged.safetensors");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        StateDict sd;
        QString error;
        QVERIFY(!SafeTensors::read(file, &sd, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("damaged.safetensors")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWeightsFile)
#include "test_weights_file.moc"
