// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

// The optical-flow algorithms a flow cache can hold. TV-L1 is what the paper (Nguyen et al. 2019)
// trained on; DIS is about 40x faster and nearly as accurate on smooth motion, but networks trained
// on one must be re-validated before being fed the other.
enum class FlowMethod { TvL1, Dis };

// "tvl1", "dis": the names used on the command line, in project settings and in cache file names.
QString flowMethodName(FlowMethod m);
// False (and *m unchanged) for unknown names. Case-insensitive; "tv-l1" is accepted too.
bool flowMethodFromName(const QString &name, FlowMethod *m);

} // namespace ethoscribe
