// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fusion/FusionParameters.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QSpinBox;

namespace ethoscribe {

// The fusion's knobs, for a dock beside the timeline: the RGB/flow weight (0-1, the paper's 0.4 by
// default), the I3D/R(2+1)D mix, and smoothing (majority filter width, shortest bout). Changes are
// reported once the control has been still for a few milliseconds, so that dragging a slider
// repaints continuously without queueing a fusion per pixel.
class FusionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FusionPanel(QWidget *parent = nullptr);

    // Shows params without emitting parametersChanged.
    void setParameters(const FusionParameters &params);
    FusionParameters parameters() const;
    // A line under the controls (how much of the video is predicted, the bout under review...).
    void setStatus(const QString &text);
    // Buttons for the review actions (next uncertain bout, accept...), in a row under the knobs.
    void addActionButtons(const QList<QAction *> &actions);

    QSlider *rgbSlider() const { return m_rgb; }
    QSlider *mixSlider() const { return m_mix; }
    QSpinBox *smoothingBox() const { return m_smoothing; }
    QSpinBox *minBoutBox() const { return m_minBout; }

Q_SIGNALS:
    void parametersChanged(const ethoscribe::FusionParameters &params);

private:
    void updateTexts();
    void changed();

    QSlider *m_rgb;
    QSlider *m_mix;
    QSpinBox *m_smoothing;
    QSpinBox *m_minBout;
    QLabel *m_rgbText;
    QLabel *m_mixText;
    QLabel *m_status;
    QWidget *m_buttons;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace ethoscribe
