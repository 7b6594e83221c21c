// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/SafeTensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cstring>

namespace ethoscribe {

namespace {

constexpr qint64 kMaxHeaderBytes = 100 * 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeTensors)
};

const std::vector<std::pair<QString, torch::ScalarType>> &dtypeTable()
{
    static const std::vector<std::pair<QString, torch::ScalarType>> table = {
            {QStringLiteral("F64"), torch::kDouble},
            {QStringLiteral("F32"), torch::kFloat},
            {QStringLiteral("F16"), torch::kHalf},
            {QStringLiteral("BF16"), torch::kBFloat16},
            {QStringLiteral("I64"), torch::kLong},
            {QStringLiteral("I32"), torch::kInt},
            {QStringLiteral("I16"), torch::kShort},
            {QStringLiteral("I8"), torch::kChar},
            {QStringLiteral("U8"), torch::kByte},
            {QStringLiteral("BOOL"), torch::kBool},
    };
    return table;
}

struct Entry
{
    std::string name;
    torch::ScalarType type;
    std::vector<std::int64_t> shape;
    qint64 begin = 0;
    qint64 end = 0;
};

// Opens the file and parses its header; *dataStart is the file offset of the data block.
bool parseHeader(QFile &file,
                 std::vector<Entry> *entries,
                 SafeTensors::Metadata *metadata,
                 qint64 *dataStart,
                 QString *error)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    auto fail = [&](const QString &why) {
        if (error)
            *error = Tr::tr("'%1' is not a valid safetensors weights file: %2.").arg(name, why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot open '%1': %2.").arg(file.fileName(), file.errorString());
        return false;
    }
    const qint64 fileSize = file.size();
    const QByteArray lengthBytes = file.read(8);
    if (lengthBytes.size() != 8)
        return fail(Tr::tr("the file is shorter than its header"));
    quint64 headerLength = 0;
    for (int i = 0; i < 8; ++i)
        headerLength |= quint64(quint8(lengthBytes[i])) << (8 * i);
    if (headerLength == 0 || headerLength > quint64(kMaxHeaderBytes)
        || qint64(headerLength) > fileSize - 8)
        return fail(Tr::tr("the header length is not plausible"));
    const QByteArray header = file.read(qint64(headerLength));
    if (header.size() != qint64(headerLength))
        return fail(Tr::tr("the file ends inside the header"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Tr::tr("the header is not a JSON object"));
    *dataStart = 8 + qint64(headerLength);
    const qint64 dataSize = fileSize - *dataStart;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            if (metadata) {
                const QJsonObject m = it.value().toObject();
                for (auto mi = m.begin(); mi != m.end(); ++mi)
                    metadata->insert(mi.key(), mi.value().toString());
            }
            continue;
        }
        const QJsonObject t = it.value().toObject();
        Entry e;
        e.name = it.key().toStdString();
        const QString dtype = t.value(QLatin1String("dtype")).toString();
        const auto &table = dtypeTable();
        auto dt = std::find_if(
                table.begin(), table.end(), [&](const auto &p) { return p.first == dtype; });
        if (dt == table.end())
            return fail(Tr::tr("tensor '%1' has the unsupported type '%2'").arg(it.key(), dtype));
        e.type = dt->second;
        const QJsonValue shapeValue = t.value(QLatin1String("shape"));
        if (!shapeValue.isArray())
            return fail(Tr::tr("tensor '%1' has no shape").arg(it.key()));
        std::int64_t numel = 1;
        for (const auto &d : shapeValue.toArray()) {
            const qint64 n = d.toInteger(-1);
            if (n < 0 || (n > 0 && numel > (std::int64_t(1) << 50) / n))
                return fail(Tr::tr("tensor '%1' has an invalid shape").arg(it.key()));
            e.shape.push_back(n);
            numel *= n;
        }
        const QJsonArray offsets = t.value(QLatin1String("data_offsets")).toArray();
        if (offsets.size() != 2)
            return fail(Tr::tr("tensor '%1' has no data offsets").arg(it.key()));
        e.begin = offsets.at(0).toInteger(-1);
        e.end = offsets.at(1).toInteger(-1);
        if (e.begin < 0 || e.end < e.begin || e.end > dataSize)
            return fail(Tr::tr("the data of tensor '%1' lies outside the file").arg(it.key()));
        if (e.end - e.begin != numel * qint64(c10::elementSize(e.type)))
            return fail(Tr::tr("the data of tensor '%1' does not match its shape").arg(it.key()));
        entries->push_back(std::move(e));
    }
    std::stable_sort(entries->begin(), entries->end(), [](const Entry &a, const Entry &b) {
        return a.begin < b.begin;
    });
    return true;
}

} // namespace

bool SafeTensors::looksLike(const QByteArray &firstBytes, qint64 fileSize)
{
    if (firstBytes.size() < 9)
        return false;
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n |= quint64(quint8(firstBytes[i])) << (8 * i);
    return n > 1 && n <= quint64(kMaxHeaderBytes) && qint64(n) <= fileSize - 8
           && firstBytes[8] == '{';
}

bool SafeTensors::readHeader(const QString &path, Metadata *metadata, QString *error)
{
    QFile file(path);
    std::vector<Entry> entries;
    qint64 dataStart = 0;
    return parseHeader(file, &entries, metadata, &dataStart, error);
}

bool SafeTensors::read(const QString &path, StateDict *tensors, Metadata *metadata, QString *error)
{
    QFile file(path);
    std::vector<Entry> entries;
    qint64 dataStart = 0;
    if (!parseHeader(file, &entries, metadata, &dataStart, error))
        return false;
    StateDict out;
    for (const auto &e : entries) {
        torch::Tensor t = torch::empty(e.shape, torch::dtype(e.type));
        const qint64 n = e.end - e.begin;
        if (n > 0) {
            if (!file.seek(dataStart + e.begin)
                || file.read(static_cast<char *>(t.data_ptr()), n) != n) {
                if (error)
                    *error = Tr::tr("Cannot read tensor '%1' from '%2': %3.")
                                     .arg(QString::fromStdString(e.name), path, file.errorString());
                return false;
            }
        }
        if (out.contains(e.name)) {
            if (error)
                *error = Tr::tr("'%1' is not a valid safetensors weights file: tensor '%2' appears "
                                "twice.")
                                 .arg(QFileInfo(path).fileName(), QString::fromStdString(e.name));
            return false;
        }
        out.insert(e.name, std::move(t));
    }
    *tensors = std::move(out);
    return true;
}

bool SafeTensors::write(const QString &path,
                        const StateDict &tensors,
                        const Metadata &metadata,
                        QString *error)
{
    // Largest elements first (then file order), as the reference writer does, so that every
    // tensor starts at an offset aligned to its element size.
    std::vector<std::pair<std::string, torch::Tensor>> ordered;
    ordered.reserve(tensors.size());
    for (const auto &item : tensors.items())
        ordered.emplace_back(item.key(), item.value().detach().to(torch::kCPU).contiguous());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.second.element_size() > b.second.element_size();
    });

    QJsonObject header;
    if (!metadata.isEmpty()) {
        QJsonObject m;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            m.insert(it.key(), it.value());
        header.insert(QStringLiteral("__metadata__"), m);
    }
    qint64 offset = 0;
    for (const auto &[name, t] : ordered) {
        const auto &table = dtypeTable();
        const auto type = t.scalar_type(); // a structured binding cannot be captured
        auto dt = std::find_if(
                table.begin(), table.end(), [type](const auto &p) { return p.second == type; });
        if (dt == table.end()) {
            if (error)
                *error = Tr::tr("Cannot write tensor '%1': its element type is not supported by "
                                "safetensors.")
                                 .arg(QString::fromStdString(name));
            return false;
        }
        QJsonArray shape;
        for (auto d : t.sizes())
            shape.append(qint64(d));
        const qint64 bytes = qint64(t.numel()) * qint64(t.element_size());
        QJsonObject entry;
        entry.insert(QStringLiteral("dtype"), dt->first);
        entry.insert(QStringLiteral("shape"), shape);
        entry.insert(QStringLiteral("data_offsets"), QJsonArray{offset, offset + bytes});
        header.insert(QString::fromStdString(name), entry);
        offset += bytes;
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8)
        json.append(' ');
    QByteArray length(8, '\0');
    for (int i = 0; i < 8; ++i)
        length[i] = char((quint64(json.size()) >> (8 * i)) & 0xff);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write '%1': %2.").arg(path, file.errorString());
        return false;
    }
    bool ok = file.write(length) == 8 && file.write(json) == json.size();
    for (const auto &entry : ordered) {
        if (!ok)
            break;
        const qint64 bytes = qint64(entry.second.numel()) * qint64(entry.second.element_size());
        if (bytes > 0)
            ok = file.write(static_cast<const char *>(entry.second.data_ptr()), bytes) == bytes;
    }
    if (!ok || !file.commit()) {
        if (!error)
            return false;
        // Say "full" when it is: QSaveFile often reports only "Unknown error" then.
        qint64 needed = 8 + json.size();
        for (const auto &entry : ordered)
            needed += qint64(entry.second.numel()) * qint64(entry.second.element_size());
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        const double mb = 1024.0 * 1024.0;
        if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
            *error = Tr::tr("Cannot write '%1': the disk is full (%2 MB free, the file needs %3 "
                            "MB). Free some space, then try again.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(double(storage.bytesAvailable()) / mb, 0, 'f', 1)
                             .arg(double(needed) / mb, 0, 'f', 1);
        else
            *error = Tr::tr("Cannot write '%1': %2. Check that the disk is not full and that the "
                            "folder "
                            "is writable.")
                             .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ethoscribe
