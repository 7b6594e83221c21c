// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/ordered_dict.h>
#include <torch/types.h>

#include <string>

namespace ethoscribe {

// Named tensors in file order, exactly like a PyTorch `state_dict()`: what every weights reader
// returns and every writer takes. Tensors may be views sharing one storage (as in the file they
// came from); copy them before changing them in place.
using StateDict = torch::OrderedDict<std::string, torch::Tensor>;

} // namespace ethoscribe
