// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/WeightsFile.h"

#include "weights/TorchSaveReader.h"

#include <torch/csrc/jit/serialization/import.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <set>

namespace ethoscribe {

namespace {

using Kind = PickleValue::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WeightsFile)
};

int tensorCount(const PickleValue &dict)
{
    int n = 0;
    for (const auto &e : dict.entries)
        if (e.first && e.first->is(Kind::String) && e.second && e.second->is(Kind::Tensor))
            ++n;
    return n;
}

bool isModuleObject(const PickleValuePtr &v)
{
    return v && v->is(Kind::Object) && v->state && v->state->is(Kind::Dict)
           && v->state->dictValue("_parameters") && v->state->dictValue("_modules");
}

// A torch.nn.Module pickled whole: its state holds _parameters, _buffers and _modules.
void collectModule(const PickleValue &module, const std::string &prefix, StateDict *out)
{
    const auto &state = *module.state;
    std::set<std::string> nonPersistent;
    if (auto np = state.dictValue("_non_persistent_buffers_set"))
        for (const auto &i : np->items)
            if (i && i->is(Kind::String))
                nonPersistent.insert(i->text);
    for (const char *group : {"_parameters", "_buffers"}) {
        auto d = state.dictValue(group);
        if (!d || !d->is(Kind::Dict))
            continue;
        for (const auto &e : d->entries)
            if (e.first && e.first->is(Kind::String) && e.second && e.second->is(Kind::Tensor)
                && !nonPersistent.count(e.first->text) && !out->contains(prefix + e.first->text))
                out->insert(prefix + e.first->text, e.second->tensor);
    }
    if (auto children = state.dictValue("_modules"); children && children->is(Kind::Dict))
        for (const auto &e : children->entries)
            if (e.first && e.first->is(Kind::String) && isModuleObject(e.second))
                collectModule(*e.second, prefix + e.first->text + ".", out);
}

// The dict of tensors inside what torch.load would return.
PickleValuePtr findStateDict(const PickleValuePtr &root, QString *wrapper, int depth = 0)
{
    if (!root || depth > 4)
        return nullptr;
    if (!root->is(Kind::Dict))
        return nullptr;
    const int n = tensorCount(*root);
    if (n > 0 && 2 * n >= int(root->entries.size()))
        return root;
    static const char *const wrappers[] = {"state_dict",
                                           "model_state_dict",
                                           "model",
                                           "net",
                                           "network",
                                           "module",
                                           "weights",
                                           "params",
                                           "model_state",
                                           "state"};
    for (const char *key : wrappers) {
        auto v = root->dictValue(key);
        if (v && (v->is(Kind::Dict) || isModuleObject(v))) {
            if (isModuleObject(v)) {
                *wrapper = QString::fromUtf8(key);
                return v;
            }
            QString inner;
            if (auto found = findStateDict(v, &inner, depth + 1)) {
                *wrapper = inner.isEmpty() ? QString::fromUtf8(key)
                                           : QString::fromUtf8(key) + QLatin1Char('/') + inner;
                return found;
            }
        }
    }
    // Otherwise the nested dict with most tensors, if there is one, else this one.
    PickleValuePtr best;
    int bestCount = n;
    for (const auto &e : root->entries) {
        if (e.second && e.second->is(Kind::Dict) && e.first && e.first->is(Kind::String)) {
            const int c = tensorCount(*e.second);
            if (c > bestCount) {
                best = e.second;
                bestCount = c;
                *wrapper = QString::fromStdString(e.first->text);
            }
        }
    }
    if (best)
        return best;
    return n > 0 ? root : nullptr;
}

QString describeTopLevel(const PickleValuePtr &root)
{
    if (!root)
        return Tr::tr("nothing");
    if (root->is(Kind::Object))
        return Tr::tr("a Python object of class %1")
                .arg(QString::fromStdString(root->callable ? root->callable->text
                                                           : std::string("?")));
    return Tr::tr("a %1").arg(QString::fromStdString(root->describe()));
}

bool readTorchScript(const QString &path, StateDict *out)
{
    torch::jit::Module m = torch::jit::load(QFile::encodeName(path).toStdString(), torch::kCPU);
    for (const auto &p : m.named_parameters(true))
        out->insert(p.name, p.value.detach());
    for (const auto &b : m.named_buffers(true))
        if (!out->contains(b.name))
            out->insert(b.name, b.value.detach());
    return !out->is_empty();
}

} // namespace

bool WeightsFile::read(const QString &path, StateDict *weights, Info *info, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    Info localInfo;
    Info &inf = info ? *info : localInfo;
    inf = Info();

    QFile file(path);
    if (!file.exists())
        return fail(Tr::tr("The weights file '%1' does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot open the weights file '%1': %2.").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.peek(16);
    const QString notWeights = Tr::tr(
            "'%1' is not a weights file Ethoscribe can read: %2. Give a PyTorch file saved with "
            "torch.save(model.state_dict(), path) (.pt or .pth), a TorchScript model or a "
            ".safetensors file.");

    StateDict raw;
    PickleValuePtr root;
    try {
        if (head.startsWith("PK\x03\x04")) {
            file.close();
            if (TorchSaveReader::isTorchScriptArchive(path)) {
                inf.format = Tr::tr("TorchScript (torch.jit.save)");
                if (!readTorchScript(path, &raw))
                    return fail(notWeights.arg(name,
                                               Tr::tr("the TorchScript model has no parameters")));
            } else {
                inf.format = Tr::tr("PyTorch zip (torch.save)");
                root = TorchSaveReader::readZip(path);
            }
        } else if (head.size() >= 2 && quint8(head[0]) == 0x80 && quint8(head[1]) <= 5) {
            inf.format = Tr::tr("PyTorch legacy (torch.save before 1.6)");
            const QByteArray all = file.readAll();
            if (all.size() != size)
                return fail(Tr::tr("Cannot read the weights file '%1': %2.")
                                    .arg(path, file.errorString()));
            root = TorchSaveReader::readLegacy(all);
        } else if (SafeTensors::looksLike(head, size)) {
            file.close();
            inf.format = Tr::tr("safetensors");
            if (!SafeTensors::read(path, &raw, &inf.metadata, error))
                return false;
        } else {
            return fail(notWeights.arg(name,
                                       size == 0
                                               ? Tr::tr("the file is empty")
                                               : Tr::tr("its content has none of these formats")));
        }
    } catch (const c10::Error &e) {
        return fail(notWeights.arg(name, QString::fromUtf8(e.what_without_backtrace())));
    } catch (const std::exception &e) {
        return fail(notWeights.arg(name, QString::fromUtf8(e.what())));
    }

    if (root) {
        if (isModuleObject(root)) {
            collectModule(*root, std::string(), &raw);
            inf.wrapperKey = Tr::tr("(whole pickled module)");
        } else {
            QString wrapper;
            PickleValuePtr dict = findStateDict(root, &wrapper);
            if (!dict)
                return fail(notWeights.arg(
                        name,
                        Tr::tr("it holds %1 and no named tensors").arg(describeTopLevel(root))));
            inf.wrapperKey = wrapper;
            if (isModuleObject(dict)) {
                collectModule(*dict, std::string(), &raw);
            } else {
                for (const auto &e : dict->entries) {
                    const bool named = e.first && e.first->is(Kind::String);
                    if (named && e.second && e.second->is(Kind::Tensor)
                        && !raw.contains(e.first->text))
                        raw.insert(e.first->text, e.second->tensor);
                    else
                        inf.ignoredEntries << (named ? QString::fromStdString(e.first->text)
                                                     : QStringLiteral("?"));
                }
            }
            if (dict != root)
                for (const auto &e : root->entries)
                    if (e.first && e.first->is(Kind::String) && e.second != dict)
                        inf.ignoredEntries << QString::fromStdString(e.first->text);
        }
    }
    if (raw.is_empty())
        return fail(notWeights.arg(name, Tr::tr("it holds no tensors")));

    StateDict out;
    for (const auto &item : raw.items()) {
        std::string key = item.key();
        bool stripped = false;
        while (key.rfind("module.", 0) == 0) {
            key = key.substr(7);
            stripped = true;
        }
        if (stripped)
            ++inf.strippedPrefixes;
        if (out.contains(key))
            return fail(Tr::tr("The weights file '%1' holds the tensor '%2' twice (once with a "
                               "\"module.\" prefix); it cannot be imported.")
                                .arg(name, QString::fromStdString(key)));
        out.insert(key, item.value());
    }
    *weights = std::move(out);
    return true;
}

} // namespace ethoscribe
