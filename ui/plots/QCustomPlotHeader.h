// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Includes QCustomPlot. Its header uses Qt's `signals` and `foreach` keywords, which
// QT_NO_KEYWORDS (on everywhere: torch has a member called `slots`) turns off, so they are
// defined as their Q_ macros for this header only. Include this instead of <qcustomplot.h>.
#ifndef signals
#define ETHOSCRIBE_QCP_DEFINED_SIGNALS
#define signals Q_SIGNALS
#endif
#ifndef foreach
#define ETHOSCRIBE_QCP_DEFINED_FOREACH
#define foreach Q_FOREACH
#endif

#include <qcustomplot.h>

#ifdef ETHOSCRIBE_QCP_DEFINED_SIGNALS
#undef signals
#undef ETHOSCRIBE_QCP_DEFINED_SIGNALS
#endif
#ifdef ETHOSCRIBE_QCP_DEFINED_FOREACH
#undef foreach
#undef ETHOSCRIBE_QCP_DEFINED_FOREACH
#endif
