// SPDX-License-Identifier: GPL-3.0-or-later
#include "prediction/FusionPanel.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ethoscribe {

namespace {

QSlider *percentSlider(QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, 100);
    slider->setSingleStep(1);
    slider->setPageStep(10);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(10);
    return slider;
}

} // namespace

FusionPanel::FusionPanel(QWidget *parent)
    : QWidget(parent)
    , m_rgb(percentSlider(this))
    , m_mix(percentSlider(this))
    , m_smoothing(new QSpinBox(this))
    , m_minBout(new QSpinBox(this))
    , m_rgbText(new QLabel(this))
    , m_mixText(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    m_rgb->setObjectName(QStringLiteral("rgbWeight"));
    m_rgb->setToolTip(tr("How much the RGB stream counts against the optical flow stream in each "
                         "network. The paper found 40% RGB / 60% flow best."));
    m_mix->setObjectName(QStringLiteral("modelMix"));
    m_mix->setToolTip(tr("How much I3D counts against R(2+1)D when both have predicted."));
    m_smoothing->setRange(1, 301);
    m_smoothing->setSingleStep(2);
    // " 1 frame", " 5 frames" (and the language's own plural forms).
    for (QSpinBox *box : {m_smoothing, m_minBout}) {
        connect(box, &QSpinBox::valueChanged, box, [this, box](int value) {
            box->setSuffix(tr(" frame(s)", nullptr, value));
        });
    }
    m_smoothing->setSuffix(tr(" frame(s)", nullptr, 1));
    m_smoothing->setToolTip(tr("Each frame takes the most frequent label of this many frames "
                               "around it (1 = no smoothing)."));
    m_minBout->setRange(1, 900);
    m_minBout->setSuffix(tr(" frame(s)", nullptr, 1));
    m_minBout->setToolTip(
            tr("Bouts shorter than this are merged into a neighbouring bout (1 = keep all)."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *resetButton = new QPushButton(tr("Paper's Values"), this);
    resetButton->setToolTip(tr("40% RGB, both networks equal, no smoothing."));
    connect(resetButton, &QPushButton::clicked, this, [this] {
        setParameters(FusionParameters());
        changed();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("RGB / flow:"), m_rgb);
    form->addRow(QString(), m_rgbText);
    form->addRow(tr("I3D / R(2+1)D:"), m_mix);
    form->addRow(QString(), m_mixText);
    form->addRow(tr("Smoothing:"), m_smoothing);
    form->addRow(tr("Shortest bout:"), m_minBout);
    auto *buttonLayout = new QVBoxLayout(m_buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(resetButton, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(15);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        Q_EMIT parametersChanged(parameters());
    });
    for (QSlider *slider : {m_rgb, m_mix})
        connect(slider, &QSlider::valueChanged, this, &FusionPanel::changed);
    for (QSpinBox *box : {m_smoothing, m_minBout})
        connect(box, &QSpinBox::valueChanged, this, &FusionPanel::changed);
    setParameters(FusionParameters());
}

void FusionPanel::setParameters(const FusionParameters &params)
{
    m_updating = true;
    m_rgb->setValue(int(std::lround(params.rgbWeight * 100)));
    m_mix->setValue(int(std::lround(params.modelMix * 100)));
    m_smoothing->setValue(params.medianWidth);
    m_minBout->setValue(params.minBoutFrames);
    m_updating = false;
    updateTexts();
}

FusionParameters FusionPanel::parameters() const
{
    FusionParameters p;
    p.rgbWeight = m_rgb->value() / 100.0;
    p.modelMix = m_mix->value() / 100.0;
    // The majority filter needs an odd width: an even one means the next odd one.
    p.medianWidth = m_smoothing->value() | 1;
    p.minBoutFrames = m_minBout->value();
    return p;
}

void FusionPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void FusionPanel::addActionButtons(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_buttons->layout()->addWidget(button);
    }
}

void FusionPanel::updateTexts()
{
    m_rgbText->setText(tr("%1% RGB, %2% flow").arg(m_rgb->value()).arg(100 - m_rgb->value()));
    m_mixText->setText(tr("%1% I3D, %2% R(2+1)D").arg(m_mix->value()).arg(100 - m_mix->value()));
}

void FusionPanel::changed()
{
    updateTexts();
    if (!m_updating)
        m_debounce.start();
}

} // namespace ethoscribe
