// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/FeatureCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <torch/torch.h>

namespace ethoscribe {

namespace {
constexpr quint32 kMagic = 0x45544846; // "ETHF"
constexpr quint32 kVersion = 1;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeatureCache)
};
} // namespace

QString FeatureCache::pathFor(const QString &dir, const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QDir(dir).filePath(QString::fromLatin1(hash.toHex().left(32))
                              + QStringLiteral(".features"));
}

bool FeatureCache::load(const QString &path, torch::Tensor *features, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return false;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QDataStream in(&f);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0;
    qint64 rows = 0, cols = 0;
    in >> magic >> version >> rows >> cols;
    const qint64 expected = 24 + rows * cols * 4;
    if (magic != kMagic || version != kVersion || rows < 0 || cols <= 0 || f.size() != expected) {
        if (error)
            *error = Tr::tr("The feature cache %1 is damaged; delete it to compute it again.")
                             .arg(QDir::toNativeSeparators(path));
        return false;
    }
    torch::Tensor t = torch::empty({rows, cols});
    const qint64 bytes = rows * cols * 4;
    if (f.read(reinterpret_cast<char *>(t.data_ptr<float>()), bytes) != bytes) {
        if (error)
            *error = Tr::tr("Could not read %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *features = t;
    return true;
}

bool FeatureCache::save(const QString &path, const torch::Tensor &features, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const torch::Tensor t = features.to(torch::kCPU, torch::kFloat).contiguous();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QDataStream out(&f);
    out.setByteOrder(QDataStream::LittleEndian);
    out << kMagic << kVersion << qint64(t.size(0)) << qint64(t.size(1));
    f.write(reinterpret_cast<const char *>(t.data_ptr<float>()), t.numel() * 4);
    if (!f.commit()) {
        if (error)
            *error = Tr::tr("Could not write %1 (is the disk full?): %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace ethoscribe
