// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/TorchSaveReader.h"

#include "weights/PickleReader.h"

#include <caffe2/serialize/inline_container.h>

#include <QFile>

#include <cstring>
#include <map>
#include <stdexcept>

namespace ethoscribe {

namespace {

using Kind = PickleValue::Kind;

struct StorageId
{
    std::string key;
    torch::ScalarType type = torch::kFloat;
    std::int64_t numel = 0;
    PickleValuePtr view; // legacy storage views: (view_key, offset, size), else None
};

// ('storage', storage_type, key, location, numel[, view_metadata])
StorageId parseStorageId(const PickleValuePtr &pid)
{
    if (!pid || !pid->is(Kind::Tuple) || pid->items.size() < 5 || !pid->items[0]
        || !pid->items[0]->isString("storage"))
        throw std::runtime_error("a persistent id that is not a torch storage");
    const auto &type = pid->items[1];
    const auto &key = pid->items[2];
    const auto &numel = pid->items[4];
    if (!type || !type->is(Kind::Global))
        throw std::runtime_error("a storage without a type");
    const auto scalar = PickleReader::storageScalarType(type->text);
    if (!scalar)
        throw std::runtime_error("storages of type " + type->text + " are not supported");
    if (!key || !key->is(Kind::String) || !numel || !numel->is(Kind::Int) || numel->integer < 0)
        throw std::runtime_error("a storage with a malformed key or size");
    StorageId id;
    id.key = key->text;
    id.type = *scalar;
    id.numel = numel->integer;
    if (pid->items.size() > 5)
        id.view = pid->items[5];
    return id;
}

} // namespace

PickleValuePtr TorchSaveReader::readZip(const QString &path)
{
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
    try {
        reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(
                QFile::encodeName(path).toStdString());
    } catch (const c10::Error &e) {
        throw std::runtime_error("not a PyTorch zip archive ("
                                 + std::string(e.what_without_backtrace()) + ")");
    }
    if (!reader->hasRecord("data.pkl"))
        throw std::runtime_error("the archive has no data.pkl");

    std::map<std::string, PickleValuePtr> storages;
    auto loader = [&](const PickleValuePtr &pid) -> PickleValuePtr {
        const StorageId id = parseStorageId(pid);
        auto it = storages.find(id.key);
        if (it != storages.end()) {
            if (it->second->tensor.scalar_type() != id.type)
                throw std::runtime_error("storage " + id.key + " is used with two element types");
            return it->second;
        }
        const std::string record = "data/" + id.key;
        if (!reader->hasRecord(record))
            throw std::runtime_error("the archive lacks the storage " + record);
        at::DataPtr data;
        std::size_t size = 0;
        try {
            std::tie(data, size) = reader->getRecord(record);
        } catch (const c10::Error &e) {
            throw std::runtime_error("cannot read storage " + record + " ("
                                     + e.what_without_backtrace() + ")");
        }
        const std::size_t needed = static_cast<std::size_t>(id.numel) * c10::elementSize(id.type);
        if (size < needed)
            throw std::runtime_error("storage " + record + " is shorter than announced");
        auto owner = std::make_shared<at::DataPtr>(std::move(data));
        auto v = PickleValue::make(Kind::Storage);
        v->tensor = torch::from_blob(
                owner->get(), {id.numel}, [owner](void *) {}, torch::dtype(id.type));
        storages.emplace(id.key, v);
        return v;
    };

    at::DataPtr pkl;
    std::size_t pklSize = 0;
    try {
        std::tie(pkl, pklSize) = reader->getRecord("data.pkl");
    } catch (const c10::Error &e) {
        throw std::runtime_error("cannot read data.pkl (" + std::string(e.what_without_backtrace())
                                 + ")");
    }
    PickleReader pickle(static_cast<const char *>(pkl.get()), pklSize, loader);
    return pickle.load();
}

bool TorchSaveReader::isTorchScriptArchive(const QString &path)
{
    try {
        caffe2::serialize::PyTorchStreamReader reader(QFile::encodeName(path).toStdString());
        if (reader.hasRecord("constants.pkl"))
            return true;
        for (const auto &name : reader.getAllRecords())
            if (name.rfind("code/", 0) == 0)
                return true;
    } catch (const c10::Error &) {
    }
    return false;
}

PickleValuePtr TorchSaveReader::readLegacy(const QByteArray &bytes)
{
    // Layout written by torch.save(..., _use_new_zipfile_serialization=False):
    // pickle(magic) pickle(protocol 1001) pickle(sys_info) pickle(object) pickle(sorted storage
    // keys) and then, for every key in that order, int64 element count + raw little-endian data.
    std::map<std::string, PickleValuePtr> storages;
    auto loader = [&](const PickleValuePtr &pid) -> PickleValuePtr {
        const StorageId id = parseStorageId(pid);
        auto it = storages.find(id.key);
        PickleValuePtr root;
        if (it != storages.end()) {
            root = it->second;
        } else {
            if (id.numel > std::int64_t(bytes.size()))
                throw std::runtime_error("storage " + id.key + " is larger than the file");
            root = PickleValue::make(Kind::Storage);
            root->tensor = torch::zeros({id.numel}, torch::dtype(id.type));
            storages.emplace(id.key, root);
        }
        if (id.view && id.view->is(Kind::Tuple) && id.view->items.size() == 3) {
            const auto &offset = id.view->items[1];
            const auto &size = id.view->items[2];
            if (!offset || !size || !offset->is(Kind::Int) || !size->is(Kind::Int)
                || offset->integer < 0 || size->integer < 0
                || offset->integer + size->integer > root->tensor.numel())
                throw std::runtime_error("a storage view outside its storage");
            auto view = PickleValue::make(Kind::Storage);
            view->tensor = root->tensor.narrow(0, offset->integer, size->integer);
            return view;
        }
        return root;
    };

    PickleReader pickle(bytes.constData(), std::size_t(bytes.size()), loader);
    const auto magic = pickle.load();
    static const char kMagic[] = "\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19";
    if (!magic || !magic->is(Kind::Int) || magic->text != std::string(kMagic, 10))
        throw std::runtime_error("not a legacy torch.save file (wrong magic number)");
    const auto protocol = pickle.load();
    if (!protocol || !protocol->is(Kind::Int) || protocol->integer != 1001)
        throw std::runtime_error("unsupported legacy torch.save protocol");
    const auto sysInfo = pickle.load();
    if (sysInfo && sysInfo->is(Kind::Dict)) {
        const auto little = sysInfo->dictValue("little_endian");
        if (little && little->is(Kind::Bool) && !little->boolean)
            throw std::runtime_error("the file was written on a big-endian machine");
    }
    const auto object = pickle.load();
    const auto keys = pickle.load();
    if (!keys || !keys->is(Kind::List))
        throw std::runtime_error("the list of storages is missing");
    std::size_t pos = pickle.position();
    for (const auto &key : keys->items) {
        if (!key || !key->is(Kind::String))
            throw std::runtime_error("a storage key that is not a string");
        auto it = storages.find(key->text);
        if (it == storages.end())
            throw std::runtime_error("storage " + key->text + " is listed but never used");
        torch::Tensor &t = it->second->tensor;
        if (std::size_t(bytes.size()) - pos < 8)
            throw std::runtime_error("the file ends before storage " + key->text);
        std::int64_t numel = 0;
        std::memcpy(&numel, bytes.constData() + pos, 8);
        pos += 8;
        if (numel != t.numel())
            throw std::runtime_error("storage " + key->text + " has an unexpected size");
        const std::size_t n = std::size_t(numel) * t.element_size();
        if (std::size_t(bytes.size()) - pos < n)
            throw std::runtime_error("the file ends inside storage " + key->text);
        std::memcpy(t.data_ptr(), bytes.constData() + pos, n);
        pos += n;
    }
    return object;
}

} // namespace ethoscribe
