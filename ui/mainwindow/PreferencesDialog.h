// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisService.h"
#include "flow/FlowMethod.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ethoscribe {

// Edit > Preferences: what a user may want to change, each saved where it belongs - the annotator
// name, how analyses run (threads, windows, 8-bit networks), the frame cache's memory, scrubbing
// copies and the language in the user's settings
// (QSettings; the language applies at the next start, for the window and ethoscribe-cli), the
// optical flow method in the project (it decides which flow the project's models see).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString annotator;
        int analysisThreads = 0; // 0 = all cores
        // Where the 16-frame windows go: Stride with analysisStride (4: the default, 1: the
        // paper's window per frame) or Dense (shared passes).
        WindowMode analysisMode = WindowMode::Stride;
        int analysisStride = 4;
        NetworkPrecision analysisPrecision = NetworkPrecision::Float32;
        int frameCacheMiB = 256;
        bool scrubbingCopies = true; // ProxyVideo for long videos with keyframes far apart
        FlowMethod flowMethod = FlowMethod::TvL1;
        QString language; // "de", "ja", "en"; empty = the system's language (applies on restart)
        bool hasProject = false; // the flow method is shown and editable only with a project
    };

    explicit PreferencesDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;

    // The user's settings (QSettings keys), with defaults.
    static int analysisThreads();
    // How the window's analyses run (threads, windows, precision), from the user's settings; the
    // rest of AnalysisOptions keeps its defaults.
    static AnalysisOptions analysisOptions();
    static int frameCacheMiB();
    static bool scrubbingCopies();
    static QString annotator(); // empty when never set
    static void save(const Values &values);

private:
    QLineEdit *m_annotator;
    QSpinBox *m_threads;
    QComboBox *m_windows;
    QComboBox *m_precision;
    QSpinBox *m_cache;
    QCheckBox *m_proxies;
    QComboBox *m_flow;
    QComboBox *m_language;
    bool m_hasProject;
};

} // namespace ethoscribe
