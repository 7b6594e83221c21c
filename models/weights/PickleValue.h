// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ethoscribe {

struct PickleValue;
using PickleValuePtr = std::shared_ptr<PickleValue>;

// One Python object as rebuilt by PickleReader: the small subset of Python that PyTorch
// checkpoints are made of (numbers, strings, tuples, lists, dicts, tensors) plus opaque objects
// for everything else (argparse.Namespace, numpy scalars, ...), which are kept but never run.
// Lists and dicts are shared (PickleValuePtr) because pickle mutates them after creation.
struct PickleValue
{
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        String,  // str (UTF-8)
        Bytes,   // bytes
        Tuple,   // items
        List,    // items
        Set,     // items
        Dict,    // entries, in insertion order (dict and collections.OrderedDict)
        Global,  // a class or function named "module.name" in text
        Object,  // an instance we do not rebuild: callable + items (arguments) + state
        Storage, // a torch storage: a 1-D tensor over its whole data
        Tensor,  // a torch tensor (possibly a view of a shared storage)
    };

    Kind kind = Kind::None;
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string text;
    std::vector<PickleValuePtr> items;
    std::vector<std::pair<PickleValuePtr, PickleValuePtr>> entries;
    PickleValuePtr callable;
    PickleValuePtr state;
    torch::Tensor tensor;

    static PickleValuePtr make(Kind kind)
    {
        auto v = std::make_shared<PickleValue>();
        v->kind = kind;
        return v;
    }
    bool is(Kind k) const { return kind == k; }
    bool isString(const char *s) const { return kind == Kind::String && text == s; }
    // Value of a dict entry whose key is the string `key`, or nullptr.
    PickleValuePtr dictValue(const std::string &key) const
    {
        for (const auto &e : entries)
            if (e.first && e.first->kind == Kind::String && e.first->text == key)
                return e.second;
        return nullptr;
    }
    // A short Python-like description of the kind ("dict", "tensor", "argparse.Namespace object").
    std::string describe() const
    {
        switch (kind) {
        case Kind::None:
            return "None";
        case Kind::Bool:
            return "bool";
        case Kind::Int:
            return "int";
        case Kind::Float:
            return "float";
        case Kind::String:
            return "str";
        case Kind::Bytes:
            return "bytes";
        case Kind::Tuple:
            return "tuple";
        case Kind::List:
            return "list";
        case Kind::Set:
            return "set";
        case Kind::Dict:
            return "dict";
        case Kind::Global:
            return text;
        case Kind::Object:
            return (callable ? callable->text : std::string("unknown")) + " object";
        case Kind::Storage:
            return "storage";
        case Kind::Tensor:
            return "tensor";
        }
        return "value";
    }
};

} // namespace ethoscribe
