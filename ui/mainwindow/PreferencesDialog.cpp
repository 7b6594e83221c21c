// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/PreferencesDialog.h"

#include "common/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace ethoscribe {

namespace {
const QString kAnnotatorKey = QStringLiteral("labeling/annotator");
const QString kThreadsKey = QStringLiteral("analysis/threads");
const QString kWindowsKey = QStringLiteral("analysis/windows");     // stride4, stride1, dense
const QString kPrecisionKey = QStringLiteral("analysis/precision"); // precisionName()

// The window placements offered, as stored in the settings.
QString windowsKey(WindowMode mode, int stride)
{
    if (mode == WindowMode::Dense)
        return QStringLiteral("dense");
    return stride == 1 ? QStringLiteral("stride1") : QStringLiteral("stride4");
}
const QString kCacheKey = QStringLiteral("player/frame_cache_mib");
const QString kProxiesKey = QStringLiteral("player/scrubbing_copies");
} // namespace

PreferencesDialog::PreferencesDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_annotator(new QLineEdit(values.annotator, this))
    , m_threads(new QSpinBox(this))
    , m_windows(new QComboBox(this))
    , m_precision(new QComboBox(this))
    , m_cache(new QSpinBox(this))
    , m_proxies(new QCheckBox(tr("Make scrubbing copies of long videos"), this))
    , m_flow(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_hasProject(values.hasProject)
{
    setWindowTitle(tr("Preferences"));
    m_annotator->setToolTip(tr("Your labels are saved under this name."));
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("all cores"));
    m_threads->setValue(values.analysisThreads);
    m_threads->setToolTip(tr("CPU threads the networks use for analyses in this window."));
    m_windows->setObjectName(QStringLiteral("analysisWindows"));
    m_precision->setObjectName(QStringLiteral("analysisPrecision"));
    m_windows->addItem(tr("Every 4th frame, blended between (recommended)"),
                       QStringLiteral("stride4"));
    m_windows->addItem(tr("Every frame (the paper's; about 4 times slower)"),
                       QStringLiteral("stride1"));
    m_windows->addItem(tr("Long passes that share work (fastest; check the results)"),
                       QStringLiteral("dense"));
    m_windows->setCurrentIndex(std::max(
            0, m_windows->findData(windowsKey(values.analysisMode, values.analysisStride))));
    m_windows->setToolTip(
            tr("Each frame is predicted from 16 frames around it. Every 4th frame keeps almost "
               "all labels of one window per frame at a quarter of the work. Long passes are "
               "faster still, but models trained on single windows can give other labels there: "
               "compare a video with the recommended setting before you rely on them. Applies to "
               "analyses started afterwards; stored predictions are kept."));
    m_precision->addItem(tr("32-bit floating point, as trained (recommended)"),
                         precisionName(NetworkPrecision::Float32));
    m_precision->addItem(tr("16-bit floating point (faster on recent processors and GPUs)"),
                         precisionName(NetworkPrecision::Float16));
    m_precision->addItem(tr("8-bit integers (fastest on the processor; a few labels change)"),
                         precisionName(NetworkPrecision::Int8));
    m_precision->setCurrentIndex(
            std::max(0, m_precision->findData(precisionName(values.analysisPrecision))));
    m_precision->setToolTip(
            tr("16-bit floating point makes full-size networks about 2 times faster on "
               "processors with bfloat16 instructions (AVX-512 BF16 or AMX) and faster on GPUs; "
               "about 1 in 100 labels changed in our tests. Where the processor lacks them, the "
               "analysis says so and you switch back. 8-bit integers are several times faster for "
               "full-size "
               "networks on processors without a GPU, no faster for small ones; about 2 in 100 "
               "labels changed in our tests: compare a video with and without before you rely on "
               "it. Applies to analyses started afterwards; stored predictions are kept."));
    m_cache->setRange(32, 16384);
    m_cache->setSingleStep(64);
    m_cache->setSuffix(tr(" MiB"));
    m_cache->setValue(values.frameCacheMiB);
    m_cache->setToolTip(tr("Memory for decoded frames: more makes scrubbing back and forth over "
                           "long stretches smoother."));
    m_proxies->setChecked(values.scrubbingCopies);
    m_proxies->setToolTip(tr("For videos of 20 seconds or more whose full pictures are far apart: "
                             "a copy made in the background (kept in your cache folder) shows any "
                             "frame at once while you drag or click on the timeline; the exact "
                             "frame follows. Labels always use the original."));
    m_flow->addItem(tr("TV-L1 (the paper's; slow)"), QVariant::fromValue(int(FlowMethod::TvL1)));
    m_flow->addItem(tr("DIS (fast)"), QVariant::fromValue(int(FlowMethod::Dis)));
    m_flow->setCurrentIndex(values.flowMethod == FlowMethod::Dis ? 1 : 0);
    m_flow->setEnabled(values.hasProject);
    m_flow->setToolTip(tr("How this project computes optical flow. Flow models must be used with "
                          "the flow they were trained on."));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_language->setToolTip(tr("The language of the window and of ethoscribe-cli. It applies when "
                              "Ethoscribe starts next time."));

    auto *form = new QFormLayout;
    form->addRow(tr("Annotator name:"), m_annotator);
    form->addRow(tr("Analysis threads:"), m_threads);
    form->addRow(tr("Analysis windows:"), m_windows);
    form->addRow(tr("Network arithmetic:"), m_precision);
    form->addRow(tr("Frame cache:"), m_cache);
    form->addRow(QString(), m_proxies);
    form->addRow(tr("Optical flow (project):"), m_flow);
    form->addRow(tr("Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!values.hasProject)
        layout->addWidget(new QLabel(tr("Open a project to choose its optical flow."), this));
    layout->addWidget(buttons);
}

PreferencesDialog::Values PreferencesDialog::values() const
{
    Values v;
    v.annotator = m_annotator->text().trimmed();
    v.analysisThreads = m_threads->value();
    const QString windows = m_windows->currentData().toString();
    v.analysisMode = windows == QLatin1String("dense") ? WindowMode::Dense : WindowMode::Stride;
    v.analysisStride = windows == QLatin1String("stride1") ? 1 : 4;
    parsePrecision(m_precision->currentData().toString(), &v.analysisPrecision);
    v.frameCacheMiB = m_cache->value();
    v.scrubbingCopies = m_proxies->isChecked();
    v.flowMethod = FlowMethod(m_flow->currentData().toInt());
    v.hasProject = m_hasProject;
    v.language = m_language->currentData().toString();
    return v;
}

int PreferencesDialog::analysisThreads()
{
    return std::max(0, QSettings().value(kThreadsKey, 0).toInt());
}

AnalysisOptions PreferencesDialog::analysisOptions()
{
    const QSettings settings;
    AnalysisOptions options;
    options.threads = analysisThreads();
    const QString windows = settings.value(kWindowsKey).toString();
    if (windows == QLatin1String("dense")) {
        options.mode = WindowMode::Dense;
    } else {
        options.mode = WindowMode::Stride;
        options.stride = windows == QLatin1String("stride1") ? 1 : 4;
    }
    // An unknown name (a later version's) leaves the default.
    parsePrecision(settings.value(kPrecisionKey).toString(), &options.precision);
    return options;
}

int PreferencesDialog::frameCacheMiB()
{
    return std::clamp(QSettings().value(kCacheKey, 256).toInt(), 32, 16384);
}

bool PreferencesDialog::scrubbingCopies()
{
    return QSettings().value(kProxiesKey, true).toBool();
}

QString PreferencesDialog::annotator()
{
    return QSettings().value(kAnnotatorKey).toString().trimmed();
}

void PreferencesDialog::save(const Values &values)
{
    QSettings settings;
    if (!values.annotator.isEmpty())
        settings.setValue(kAnnotatorKey, values.annotator);
    settings.setValue(kThreadsKey, values.analysisThreads);
    settings.setValue(kWindowsKey, windowsKey(values.analysisMode, values.analysisStride));
    settings.setValue(kPrecisionKey, precisionName(values.analysisPrecision));
    settings.setValue(kCacheKey, values.frameCacheMiB);
    settings.setValue(kProxiesKey, values.scrubbingCopies);
    Translations::setPreference(values.language);
}

} // namespace ethoscribe
