// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/AnnotatedVideoExport.h"
#include "project/ProjectRecords.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace ethoscribe {

class Document;

// File > Export Annotated Video...: which track's behaviors are drawn on the video (the labels
// being edited, another annotator's, a model's prediction or the fused one), which frames (the
// whole video, the selection on the timeline, or a range typed in), and how many seconds the moving
// ethogram strip shows. The file name is asked for afterwards.
class AnnotatedVideoDialog : public QDialog
{
    Q_OBJECT

public:
    // track() when the fused prediction (the timeline's prediction row) is chosen: it is not a
    // stored track, the caller has its labels.
    static constexpr TrackId kFusedPrediction = -1;

    // selectionEnd > selectionStart: the timeline's selection is offered (and chosen first).
    // offerFused: the video has a fused prediction to offer besides its stored tracks.
    AnnotatedVideoDialog(const Document *document,
                         VideoId video,
                         TrackId defaultTrack,
                         qint64 selectionStart,
                         qint64 selectionEnd,
                         bool offerFused = false,
                         QWidget *parent = nullptr);

    TrackId track() const;
    AnnotatedVideoOptions options() const;

    // The controls, for tests: track by its name, range 0 = whole video, 1 = selection (when
    // offered), last = typed frames.
    void setTrack(TrackId track);
    void setRange(qint64 first, qint64 end); // chooses "these frames"

private:
    void updateRange();

    qint64 m_frames = 0;
    qint64 m_selectionStart = 0;
    qint64 m_selectionEnd = 0;
    QComboBox *m_track = nullptr;
    QComboBox *m_range = nullptr;
    QSpinBox *m_first = nullptr;
    QSpinBox *m_last = nullptr;
    QDoubleSpinBox *m_strip = nullptr;
    QLabel *m_length = nullptr;
};

} // namespace ethoscribe
