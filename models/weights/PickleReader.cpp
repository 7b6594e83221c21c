// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/PickleReader.h"

#include <cstring>
#include <limits>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace ethoscribe {

namespace {

using Kind = PickleValue::Kind;

std::runtime_error pickleError(const std::string &what)
{
    return std::runtime_error("malformed pickle: " + what);
}

std::vector<std::int64_t> intList(const PickleValuePtr &v, const char *what)
{
    if (!v || !(v->is(Kind::Tuple) || v->is(Kind::List)))
        throw pickleError(std::string(what) + " is not a tuple");
    std::vector<std::int64_t> out;
    out.reserve(v->items.size());
    for (const auto &i : v->items) {
        if (!i || !i->is(Kind::Int))
            throw pickleError(std::string(what) + " holds a value that is not an integer");
        out.push_back(i->integer);
    }
    return out;
}

// torch._utils._rebuild_tensor(_v2)(storage, storage_offset, size, stride, ...): a view of the
// storage, checked so that a corrupt file can never read outside it.
PickleValuePtr rebuildTensor(const PickleValuePtr &args)
{
    if (!args || !args->is(Kind::Tuple) || args->items.size() < 4)
        throw pickleError("a tensor is described with too few arguments");
    const auto &storage = args->items[0];
    if (!storage || !storage->is(Kind::Storage))
        throw pickleError("a tensor does not refer to a storage");
    if (!args->items[1] || !args->items[1]->is(Kind::Int))
        throw pickleError("a tensor's storage offset is not an integer");
    const std::int64_t offset = args->items[1]->integer;
    const auto size = intList(args->items[2], "a tensor's size");
    const auto stride = intList(args->items[3], "a tensor's stride");
    if (size.size() != stride.size())
        throw pickleError("a tensor's size and stride differ in length");
    const std::int64_t storageNumel = storage->tensor.numel();
    std::int64_t numel = 1;
    std::int64_t last = offset;
    for (std::size_t d = 0; d < size.size(); ++d) {
        if (size[d] < 0 || stride[d] < 0)
            throw pickleError("a tensor has a negative size or stride");
        // Checked arithmetic: a hostile file can name sizes whose product or reach overflows.
        std::int64_t reach = 0;
        if (__builtin_mul_overflow(numel, size[d], &numel)
            || (size[d] > 0
                && (__builtin_mul_overflow(size[d] - 1, stride[d], &reach)
                    || __builtin_add_overflow(last, reach, &last))))
            throw pickleError("a tensor's size or stride is too large");
    }
    if (offset < 0 || (numel > 0 && last >= storageNumel))
        throw pickleError("a tensor reaches past the end of its storage");
    auto v = PickleValue::make(Kind::Tensor);
    v->tensor = numel == 0 ? torch::empty(size, storage->tensor.options())
                           : storage->tensor.as_strided(size, stride, offset);
    return v;
}

// The memo index of a text PUT or GET: decimal digits only, within 32 bits.
std::uint32_t textMemoIndex(const std::string &line)
{
    if (line.empty() || line.size() > 10)
        throw pickleError("bad memo index");
    std::uint64_t value = 0;
    for (char c : line) {
        if (c < '0' || c > '9')
            throw pickleError("bad memo index");
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (value > std::numeric_limits<std::uint32_t>::max())
        throw pickleError("bad memo index");
    return static_cast<std::uint32_t>(value);
}

// The values a value refers to directly.
template<typename F>
void forEachChild(const PickleValue &v, F &&f)
{
    for (const auto &c : v.items)
        f(c);
    for (const auto &e : v.entries) {
        f(e.first);
        f(e.second);
    }
    f(v.callable);
    f(v.state);
}

// Depth-first search without recursion (a hostile file can nest deeply): true when a value is
// reachable from itself.
bool containsCycle(const PickleValuePtr &root)
{
    enum State : char { Open = 1, Done = 2 };
    std::unordered_map<const PickleValue *, char> state;
    std::vector<std::pair<const PickleValue *, std::vector<const PickleValue *>>> path;
    const auto children = [](const PickleValue *v) {
        std::vector<const PickleValue *> out;
        forEachChild(*v, [&out](const PickleValuePtr &c) {
            if (c)
                out.push_back(c.get());
        });
        return out;
    };
    if (!root)
        return false;
    state[root.get()] = Open;
    path.emplace_back(root.get(), children(root.get()));
    while (!path.empty()) {
        auto &[node, pending] = path.back();
        if (pending.empty()) {
            state[node] = Done;
            path.pop_back();
            continue;
        }
        const PickleValue *next = pending.back();
        pending.pop_back();
        const char s = state[next];
        if (s == Open)
            return true;
        if (s == Done)
            continue;
        state[next] = Open;
        path.emplace_back(next, children(next));
    }
    return false;
}

} // namespace

PickleReader::~PickleReader()
{
    // Everything the results reach stays; every other value this reader made lets go of what it
    // holds, which frees the cycles among them.
    std::unordered_set<const PickleValue *> kept;
    std::vector<const PickleValue *> todo;
    for (const auto &weak : m_results)
        if (const auto r = weak.lock())
            todo.push_back(r.get());
    while (!todo.empty()) {
        const PickleValue *v = todo.back();
        todo.pop_back();
        if (!kept.insert(v).second)
            continue;
        forEachChild(*v, [&todo](const PickleValuePtr &c) {
            if (c)
                todo.push_back(c.get());
        });
    }
    m_stack.clear();
    m_memo.clear();
    for (const auto &weak : m_created) {
        const auto v = weak.lock();
        if (!v || kept.count(v.get()))
            continue;
        v->items.clear();
        v->entries.clear();
        v->callable.reset();
        v->state.reset();
    }
}

PickleValuePtr PickleReader::makeValue(PickleValue::Kind kind)
{
    auto v = PickleValue::make(kind);
    m_created.push_back(v);
    return v;
}

PickleReader::PickleReader(const char *data, std::size_t size, PersistentLoader loader)
    : m_data(data)
    , m_size(size)
    , m_loader(std::move(loader))
{}

std::optional<torch::ScalarType> PickleReader::storageScalarType(const std::string &className)
{
    std::string n = className;
    for (const char *prefix : {"torch.cuda.", "torch."})
        if (n.rfind(prefix, 0) == 0) {
            n = n.substr(std::strlen(prefix));
            break;
        }
    static const std::vector<std::pair<std::string, torch::ScalarType>> table = {
            {"FloatStorage", torch::kFloat},
            {"DoubleStorage", torch::kDouble},
            {"HalfStorage", torch::kHalf},
            {"BFloat16Storage", torch::kBFloat16},
            {"LongStorage", torch::kLong},
            {"IntStorage", torch::kInt},
            {"ShortStorage", torch::kShort},
            {"CharStorage", torch::kChar},
            {"ByteStorage", torch::kByte},
            {"BoolStorage", torch::kBool},
            {"UntypedStorage", torch::kByte},
            {"storage.UntypedStorage", torch::kByte},
    };
    for (const auto &e : table)
        if (e.first == n)
            return e.second;
    return std::nullopt;
}

std::uint8_t PickleReader::readByte()
{
    if (m_pos >= m_size)
        throw pickleError("the data ends before the pickle's STOP");
    return static_cast<std::uint8_t>(m_data[m_pos++]);
}

const char *PickleReader::readBytes(std::size_t n)
{
    if (n > m_size - m_pos)
        throw pickleError("the data ends in the middle of a value");
    const char *p = m_data + m_pos;
    m_pos += n;
    return p;
}

std::string PickleReader::readLine()
{
    const std::size_t start = m_pos;
    while (m_pos < m_size && m_data[m_pos] != '\n')
        ++m_pos;
    if (m_pos >= m_size)
        throw pickleError("the data ends in the middle of a text line");
    std::string s(m_data + start, m_pos - start);
    ++m_pos;
    return s;
}

template<typename T>
T PickleReader::readLittleEndian()
{
    const char *p = readBytes(sizeof(T));
    T v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v |= static_cast<T>(static_cast<std::uint8_t>(p[i])) << (8 * i);
    return v;
}

PickleValuePtr PickleReader::pop()
{
    if (m_stack.empty() || (!m_marks.empty() && m_marks.back() >= m_stack.size()))
        throw pickleError("stack underflow");
    auto v = std::move(m_stack.back());
    m_stack.pop_back();
    return v;
}

PickleValuePtr &PickleReader::top()
{
    if (m_stack.empty())
        throw pickleError("stack underflow");
    return m_stack.back();
}

std::vector<PickleValuePtr> PickleReader::popToMark()
{
    if (m_marks.empty())
        throw pickleError("missing MARK");
    const std::size_t mark = m_marks.back();
    m_marks.pop_back();
    if (mark > m_stack.size())
        throw pickleError("MARK beyond the stack");
    std::vector<PickleValuePtr> items(std::make_move_iterator(m_stack.begin() + mark),
                                      std::make_move_iterator(m_stack.end()));
    m_stack.resize(mark);
    return items;
}

void PickleReader::memoPut(std::uint32_t index)
{
    m_memo[index] = top();
}

PickleValuePtr PickleReader::memoGet(std::uint32_t index) const
{
    auto it = m_memo.find(index);
    if (it == m_memo.end())
        throw pickleError("reference to an unknown memo entry");
    return it->second;
}

PickleValuePtr PickleReader::makeInteger(const char *bytes, std::size_t n)
{
    // Two's complement little-endian. Values wider than 64 bits (the legacy format's magic
    // number) keep their raw bytes in `text` so they can still be compared.
    auto v = makeValue(Kind::Int);
    v->text.assign(bytes, n);
    std::uint64_t u = 0;
    for (std::size_t i = 0; i < n && i < 8; ++i)
        u |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes[i])) << (8 * i);
    if (n > 0 && n < 8 && (static_cast<std::uint8_t>(bytes[n - 1]) & 0x80))
        u |= ~std::uint64_t(0) << (8 * n);
    v->integer = static_cast<std::int64_t>(u);
    return v;
}

PickleValuePtr PickleReader::reduce(const PickleValuePtr &callable, const PickleValuePtr &args)
{
    const std::string name
            = callable && callable->is(Kind::Global) ? callable->text : std::string();
    if (name == "collections.OrderedDict" || name == "builtins.dict"
        || name == "__builtin__.dict") {
        auto d = makeValue(Kind::Dict);
        if (args && args->is(Kind::Tuple) && !args->items.empty() && args->items[0]
            && (args->items[0]->is(Kind::List) || args->items[0]->is(Kind::Tuple))) {
            for (const auto &pair : args->items[0]->items)
                if (pair && pair->is(Kind::Tuple) && pair->items.size() == 2)
                    d->entries.emplace_back(pair->items[0], pair->items[1]);
        }
        return d;
    }
    if (name == "builtins.set" || name == "__builtin__.set" || name == "builtins.frozenset") {
        auto s = makeValue(Kind::Set);
        if (args && args->is(Kind::Tuple) && !args->items.empty() && args->items[0])
            s->items = args->items[0]->items;
        return s;
    }
    if (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor")
        return rebuildTensor(args);
    if (name == "torch._utils._rebuild_parameter"
        || name == "torch._utils._rebuild_parameter_with_state") {
        if (!args || !args->is(Kind::Tuple) || args->items.empty() || !args->items[0]
            || !args->items[0]->is(Kind::Tensor))
            throw pickleError("a parameter does not wrap a tensor");
        return args->items[0];
    }
    if (name == "torch._tensor._rebuild_from_type_v2"
        || name == "torch._tensor._rebuild_from_type") {
        // (function, type, args, state): a tensor subclass; rebuild the plain tensor inside.
        if (!args || !args->is(Kind::Tuple) || args->items.size() < 3)
            throw pickleError("a tensor subclass is described with too few arguments");
        return reduce(args->items[0], args->items[2]);
    }
    auto o = makeValue(Kind::Object);
    o->callable = callable;
    if (args)
        o->items = args->items;
    return o;
}

PickleValuePtr PickleReader::load()
{
    m_stack.clear();
    m_marks.clear();
    m_memo.clear();
    for (;;) {
        const std::uint8_t op = readByte();
        switch (op) {
        case 0x80: // PROTO
            if (readByte() > 5)
                throw pickleError("pickle protocol newer than 5");
            break;
        case 0x95: // FRAME
            readBytes(8);
            break;
        case '.': { // STOP
            if (m_stack.size() != 1)
                throw pickleError("the stack does not hold exactly one object at STOP");
            PickleValuePtr result = pop();
            if (containsCycle(result))
                throw pickleError("an object contains itself");
            m_results.push_back(result);
            return result;
        }
        case '(': // MARK
            m_marks.push_back(m_stack.size());
            break;
        case '0': // POP
            if (!m_marks.empty() && m_marks.back() == m_stack.size())
                m_marks.pop_back();
            else
                pop();
            break;
        case '1': // POP_MARK
            popToMark();
            break;
        case '2': // DUP
            m_stack.push_back(top());
            break;
        case 'N':
            m_stack.push_back(makeValue(Kind::None));
            break;
        case 0x88:   // NEWTRUE
        case 0x89: { // NEWFALSE
            auto v = makeValue(Kind::Bool);
            v->boolean = op == 0x88;
            m_stack.push_back(v);
            break;
        }
        case 'J': { // BININT
            auto v = makeValue(Kind::Int);
            v->integer = static_cast<std::int32_t>(readLittleEndian<std::uint32_t>());
            m_stack.push_back(v);
            break;
        }
        case 'K': { // BININT1
            auto v = makeValue(Kind::Int);
            v->integer = readByte();
            m_stack.push_back(v);
            break;
        }
        case 'M': { // BININT2
            auto v = makeValue(Kind::Int);
            v->integer = readLittleEndian<std::uint16_t>();
            m_stack.push_back(v);
            break;
        }
        case 0x8a: { // LONG1
            const std::size_t n = readByte();
            m_stack.push_back(makeInteger(readBytes(n), n));
            break;
        }
        case 0x8b: { // LONG4
            const std::uint32_t n = readLittleEndian<std::uint32_t>();
            m_stack.push_back(makeInteger(readBytes(n), n));
            break;
        }
        case 'I': { // INT (text; also True/False in protocol 0)
            const std::string s = readLine();
            if (s == "01" || s == "00") {
                auto v = makeValue(Kind::Bool);
                v->boolean = s == "01";
                m_stack.push_back(v);
            } else {
                auto v = makeValue(Kind::Int);
                try {
                    v->integer = std::stoll(s);
                } catch (const std::exception &) {
                    throw pickleError("bad text integer");
                }
                m_stack.push_back(v);
            }
            break;
        }
        case 'G': { // BINFLOAT (big-endian)
            const char *p = readBytes(8);
            std::uint64_t u = 0;
            for (int i = 0; i < 8; ++i)
                u = (u << 8) | static_cast<std::uint8_t>(p[i]);
            auto v = makeValue(Kind::Float);
            std::memcpy(&v->real, &u, sizeof(double));
            m_stack.push_back(v);
            break;
        }
        case 'X':    // BINUNICODE
        case 0x8c:   // SHORT_BINUNICODE
        case 0x8d:   // BINUNICODE8
        case 'T':    // BINSTRING (Python 2 str)
        case 'U':    // SHORT_BINSTRING
        case 'B':    // BINBYTES
        case 'C':    // SHORT_BINBYTES
        case 0x8e:   // BINBYTES8
        case 0x96: { // BYTEARRAY8
            std::uint64_t n = 0;
            if (op == 'X' || op == 'T' || op == 'B')
                n = readLittleEndian<std::uint32_t>();
            else if (op == 0x8c || op == 'U' || op == 'C')
                n = readByte();
            else
                n = readLittleEndian<std::uint64_t>();
            if (n > m_size)
                throw pickleError("a string is longer than the data");
            const bool bytes = op == 'B' || op == 'C' || op == 0x8e || op == 0x96;
            auto v = makeValue(bytes ? Kind::Bytes : Kind::String);
            v->text.assign(readBytes(static_cast<std::size_t>(n)), static_cast<std::size_t>(n));
            m_stack.push_back(v);
            break;
        }
        case ')':
            m_stack.push_back(makeValue(Kind::Tuple));
            break;
        case 't': {
            auto v = makeValue(Kind::Tuple);
            v->items = popToMark();
            m_stack.push_back(v);
            break;
        }
        case 0x85:   // TUPLE1
        case 0x86:   // TUPLE2
        case 0x87: { // TUPLE3
            const std::size_t n = op - 0x84;
            auto v = makeValue(Kind::Tuple);
            v->items.resize(n);
            for (std::size_t i = n; i-- > 0;)
                v->items[i] = pop();
            m_stack.push_back(v);
            break;
        }
        case ']':
            m_stack.push_back(makeValue(Kind::List));
            break;
        case 'l': {
            auto v = makeValue(Kind::List);
            v->items = popToMark();
            m_stack.push_back(v);
            break;
        }
        case 0x8f: // EMPTY_SET
            m_stack.push_back(makeValue(Kind::Set));
            break;
        case 0x91: { // FROZENSET
            auto v = makeValue(Kind::Set);
            v->items = popToMark();
            m_stack.push_back(v);
            break;
        }
        case '}':
            m_stack.push_back(makeValue(Kind::Dict));
            break;
        case 'd': {
            auto items = popToMark();
            if (items.size() % 2)
                throw pickleError("DICT with an odd number of items");
            auto v = makeValue(Kind::Dict);
            for (std::size_t i = 0; i < items.size(); i += 2)
                v->entries.emplace_back(items[i], items[i + 1]);
            m_stack.push_back(v);
            break;
        }
        case 'a': { // APPEND
            auto item = pop();
            auto &list = top();
            if (!list || !(list->is(Kind::List) || list->is(Kind::Object)))
                throw pickleError("APPEND to something that is not a list");
            list->items.push_back(item);
            break;
        }
        case 'e':    // APPENDS
        case 0x90: { // ADDITEMS
            auto items = popToMark();
            auto &list = top();
            if (!list || !(list->is(Kind::List) || list->is(Kind::Set) || list->is(Kind::Object)))
                throw pickleError("APPENDS to something that is not a list");
            list->items.insert(list->items.end(), items.begin(), items.end());
            break;
        }
        case 's': { // SETITEM
            auto value = pop();
            auto key = pop();
            auto &dict = top();
            if (!dict || !(dict->is(Kind::Dict) || dict->is(Kind::Object)))
                throw pickleError("SETITEM on something that is not a dict");
            dict->entries.emplace_back(key, value);
            break;
        }
        case 'u': { // SETITEMS
            auto items = popToMark();
            if (items.size() % 2)
                throw pickleError("SETITEMS with an odd number of items");
            auto &dict = top();
            if (!dict || !(dict->is(Kind::Dict) || dict->is(Kind::Object)))
                throw pickleError("SETITEMS on something that is not a dict");
            for (std::size_t i = 0; i < items.size(); i += 2)
                dict->entries.emplace_back(items[i], items[i + 1]);
            break;
        }
        case 'c': { // GLOBAL "module\nname\n"
            const std::string module = readLine();
            const std::string name = readLine();
            auto v = makeValue(Kind::Global);
            v->text = module + "." + name;
            m_stack.push_back(v);
            break;
        }
        case 0x93: { // STACK_GLOBAL
            auto name = pop();
            auto module = pop();
            if (!name || !module || !name->is(Kind::String) || !module->is(Kind::String))
                throw pickleError("STACK_GLOBAL without two strings");
            auto v = makeValue(Kind::Global);
            v->text = module->text + "." + name->text;
            m_stack.push_back(v);
            break;
        }
        case 'R': { // REDUCE
            auto args = pop();
            auto callable = pop();
            m_stack.push_back(reduce(callable, args));
            break;
        }
        case 0x81: { // NEWOBJ
            auto args = pop();
            auto cls = pop();
            auto o = makeValue(Kind::Object);
            o->callable = cls;
            if (args)
                o->items = args->items;
            m_stack.push_back(o);
            break;
        }
        case 0x92: { // NEWOBJ_EX
            pop();   // kwargs
            auto args = pop();
            auto cls = pop();
            auto o = makeValue(Kind::Object);
            o->callable = cls;
            if (args)
                o->items = args->items;
            m_stack.push_back(o);
            break;
        }
        case 'b': { // BUILD: only opaque objects keep their state (OrderedDict's _metadata and
                    // tensor attributes are not needed).
            auto state = pop();
            auto &obj = top();
            if (obj && obj->is(Kind::Object))
                obj->state = state;
            break;
        }
        case 'Q': { // BINPERSID
            auto pid = pop();
            if (!m_loader)
                throw pickleError("a persistent id without a loader");
            m_stack.push_back(m_loader(pid));
            break;
        }
        case 'P': { // PERSID (text)
            auto pid = makeValue(Kind::String);
            pid->text = readLine();
            if (!m_loader)
                throw pickleError("a persistent id without a loader");
            m_stack.push_back(m_loader(pid));
            break;
        }
        case 'q': // BINPUT
            memoPut(readByte());
            break;
        case 'r': // LONG_BINPUT
            memoPut(readLittleEndian<std::uint32_t>());
            break;
        case 0x94: // MEMOIZE
            memoPut(static_cast<std::uint32_t>(m_memo.size()));
            break;
        case 'p': // PUT (text)
            memoPut(textMemoIndex(readLine()));
            break;
        case 'h': // BINGET
            m_stack.push_back(memoGet(readByte()));
            break;
        case 'j': // LONG_BINGET
            m_stack.push_back(memoGet(readLittleEndian<std::uint32_t>()));
            break;
        case 'g': // GET (text)
            m_stack.push_back(memoGet(textMemoIndex(readLine())));
            break;
        default: {
            char buf[64];
            std::snprintf(buf, sizeof buf, "unsupported opcode 0x%02x at byte %zu", op, m_pos - 1);
            throw pickleError(buf);
        }
        }
    }
}

} // namespace ethoscribe
