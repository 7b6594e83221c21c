// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AnnotatedVideoDialog.h"

#include "project/Document.h"
#include "stats/ProjectStatistics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ethoscribe {

namespace {
enum Range { Whole = 0, Selection = 1, Typed = 2 };
} // namespace

AnnotatedVideoDialog::AnnotatedVideoDialog(const Document *document,
                                           VideoId video,
                                           TrackId defaultTrack,
                                           qint64 selectionStart,
                                           qint64 selectionEnd,
                                           bool offerFused,
                                           QWidget *parent)
    : QDialog(parent)
    , m_selectionStart(selectionStart)
    , m_selectionEnd(selectionEnd)
{
    setWindowTitle(tr("Export Annotated Video"));
    const VideoRecord *record = document->video(video);
    m_frames = record ? std::max<qint64>(1, record->frameCount) : 1;
    const double fps = record && record->fpsDen > 0 ? double(record->fpsNum) / record->fpsDen : 0.0;

    m_track = new QComboBox(this);
    const QVector<TrackRecord> tracks = document->tracks(video);
    for (const TrackRecord &t : tracks)
        if (t.kind == TrackKind::Manual)
            m_track->addItem(tr("%1 (labels)").arg(ProjectStatistics::trackLabel(t)), t.id);
    if (offerFused)
        m_track->addItem(tr("prediction (fused, as the sliders set it)"), kFusedPrediction);
    for (const TrackRecord &t : tracks)
        if (t.kind != TrackKind::Manual)
            m_track->addItem(ProjectStatistics::trackLabel(t), t.id);
    setTrack(defaultTrack);
    m_track->setToolTip(tr("The track whose behavior is written on each frame and drawn in the "
                           "ethogram strip."));

    m_range = new QComboBox(this);
    m_range->addItem(tr("The whole video"), int(Whole));
    if (selectionEnd > selectionStart)
        m_range->addItem(tr("The selection on the timeline (frames %1 to %2)")
                                 .arg(selectionStart)
                                 .arg(selectionEnd - 1),
                         int(Selection));
    m_range->addItem(tr("These frames"), int(Typed));
    m_first = new QSpinBox(this);
    m_last = new QSpinBox(this);
    for (QSpinBox *box : {m_first, m_last})
        box->setRange(0, int(std::min<qint64>(m_frames - 1, std::numeric_limits<int>::max())));
    m_first->setValue(int(selectionEnd > selectionStart ? selectionStart : 0));
    m_last->setValue(int(selectionEnd > selectionStart ? selectionEnd - 1 : m_frames - 1));
    auto *frames = new QHBoxLayout;
    frames->addWidget(new QLabel(tr("from frame"), this));
    frames->addWidget(m_first);
    frames->addWidget(new QLabel(tr("to frame"), this));
    frames->addWidget(m_last);
    frames->addStretch(1);
    m_length = new QLabel(this);

    m_strip = new QDoubleSpinBox(this);
    m_strip->setRange(2, 600);
    m_strip->setDecimals(0);
    m_strip->setValue(AnnotatedVideoOptions().stripSeconds);
    m_strip->setSuffix(tr(" s"));
    m_strip->setToolTip(tr("How many seconds around the current frame the moving ethogram strip "
                           "along the bottom shows."));

    auto *form = new QFormLayout;
    form->addRow(tr("Behaviors of:"), m_track);
    form->addRow(tr("Frames:"), m_range);
    form->addRow(QString(), frames);
    form->addRow(QString(), m_length);
    form->addRow(tr("Ethogram strip:"), m_strip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto update = [this, fps] {
        updateRange();
        const AnnotatedVideoOptions o = options();
        const qint64 count = o.end - o.first;
        m_length->setText(fps > 0 ? tr("%n frame(s), %1 s", nullptr, int(count))
                                            .arg(QLocale().toString(double(count) / fps, 'f', 1))
                                  : tr("%n frame(s)", nullptr, int(count)));
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, update);
    connect(m_first, &QSpinBox::valueChanged, this, update);
    connect(m_last, &QSpinBox::valueChanged, this, update);
    m_range->setCurrentIndex(selectionEnd > selectionStart ? 1 : 0);
    update();
}

void AnnotatedVideoDialog::updateRange()
{
    const bool typed = m_range->currentData().toInt() == Typed;
    m_first->setEnabled(typed);
    m_last->setEnabled(typed);
    if (m_last->value() < m_first->value())
        m_last->setValue(m_first->value());
}

TrackId AnnotatedVideoDialog::track() const
{
    return m_track->currentData().toLongLong();
}

AnnotatedVideoOptions AnnotatedVideoDialog::options() const
{
    AnnotatedVideoOptions o;
    o.stripSeconds = m_strip->value();
    switch (m_range->currentData().toInt()) {
    case Selection:
        o.first = m_selectionStart;
        o.end = m_selectionEnd;
        break;
    case Typed:
        o.first = m_first->value();
        o.end = std::max<qint64>(m_first->value(), m_last->value()) + 1;
        break;
    default:
        o.first = 0;
        o.end = m_frames;
    }
    return o;
}

void AnnotatedVideoDialog::setTrack(TrackId track)
{
    m_track->setCurrentIndex(std::max(0, m_track->findData(track)));
}

void AnnotatedVideoDialog::setRange(qint64 first, qint64 end)
{
    m_range->setCurrentIndex(m_range->findData(int(Typed)));
    m_first->setValue(int(first));
    m_last->setValue(int(end - 1));
}

} // namespace ethoscribe
