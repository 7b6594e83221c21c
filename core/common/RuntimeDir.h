// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ethoscribe {

// Headless machines (cluster jobs, CI, ssh sessions) often have no XDG_RUNTIME_DIR. Gives Qt the
// private folder it would fall back to anyway, so that every start does not print a warning.
// Call before the Q(Core|Gui)Application is created.
void ensureRuntimeDir();

} // namespace ethoscribe
