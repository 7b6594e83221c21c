// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/PickleValue.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ethoscribe {

// Reads Python pickles as PyTorch writes them (torch.save, protocols 2 to 5) without running any
// Python: a small stack machine that understands the opcodes pickle emits and rebuilds only what
// checkpoints contain. collections.OrderedDict becomes a dict (its `_metadata` attribute is
// ignored; LibTorch's own torch::pickle_load refuses it), torch._utils._rebuild_tensor_v2 and
// _rebuild_parameter become tensors, any other class becomes an opaque Object that is never
// executed. Storages come from the caller through the persistent-id loader.
//
// Errors (truncated data, unknown opcode, malformed tensor) throw std::runtime_error with a short
// technical description; callers add the file name and plain words.
class PickleReader
{
public:
    // Called for BINPERSID with the persistent id (for torch: ('storage', type, key, location,
    // numel[, view])); returns the object it stands for (a Storage).
    using PersistentLoader = std::function<PickleValuePtr(const PickleValuePtr &pid)>;

    PickleReader(const char *data, std::size_t size, PersistentLoader loader);
    // Breaks the reference cycles a hostile file can build among values that no result holds
    // (a list appended to itself), so that they are freed.
    ~PickleReader();
    PickleReader(const PickleReader &) = delete;
    PickleReader &operator=(const PickleReader &) = delete;

    // Runs from the current position up to the next STOP and returns the pickled object.
    // Several pickles written one after the other (the legacy torch format) are read by calling
    // load() again. An object that contains itself is refused (weights never do).
    PickleValuePtr load();
    std::size_t position() const { return m_pos; }

    // Maps a torch storage class name ("torch.FloatStorage", "torch.cuda.HalfStorage") to its
    // element type; nullopt when unknown.
    static std::optional<torch::ScalarType> storageScalarType(const std::string &className);

private:
    std::uint8_t readByte();
    const char *readBytes(std::size_t n);
    std::string readLine();
    template<typename T>
    T readLittleEndian();
    PickleValuePtr pop();
    PickleValuePtr &top();
    std::vector<PickleValuePtr> popToMark();
    void memoPut(std::uint32_t index);
    PickleValuePtr memoGet(std::uint32_t index) const;
    PickleValuePtr reduce(const PickleValuePtr &callable, const PickleValuePtr &args);
    PickleValuePtr makeInteger(const char *bytes, std::size_t n);
    // PickleValue::make, remembered for the destructor.
    PickleValuePtr makeValue(PickleValue::Kind kind);

    const char *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    PersistentLoader m_loader;
    std::vector<PickleValuePtr> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint32_t, PickleValuePtr> m_memo;
    std::vector<std::weak_ptr<PickleValue>> m_created;
    std::vector<std::weak_ptr<PickleValue>> m_results;
};

} // namespace ethoscribe
