// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fusion/FusionParameters.h"
#include "project/ProjectRecords.h"
#include "stats/AgreementStatistics.h"
#include "stats/ProjectStatistics.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace ethoscribe {

class Document;

// View > Statistics...: the statistics of one track of a video, a selection of videos or the whole
// project, from the labels as they are now. Tabs:
//   Table         time budget, bouts (count, mean, median), latency to the first bout; for the
//                 selection pooled (ProjectStatistics::pooled) or for one video, with the seconds
//                 of each behavior per time bin when bins are set
//   Ethogram      the videos one above the other
//   Time budget   the share of each behavior per video
//   Over time     one video's behavior per time bin (pharmacology: after an injection)
//   Transitions   the transition probabilities as a heatmap
//   Agreement     the track against a second one (two annotators, or a model against the labels):
//                 accuracy, Cohen's kappa, macro F1 per video, and a confusion matrix
// Export... writes every plot as PNG, PDF and SVG with its numbers as CSV, statistics.csv (with the
// pooled rows) and agreement.csv into a folder; a folder that cannot be written is reported.
// The dialog reads the document when it opens, when its choices change and (debounced) when labels
// change; its lists of videos and tracks follow the document's. It never writes the document.
// The owner closes it before the document goes away.
//
// The track "fused" (as a track or to compare with) is the models' fused prediction at the fusion
// parameters the owner gives (the window's sliders): what the timeline shows. It is not stored,
// so the dialog reads each chosen video's streams from the project file in the background, one
// video at a time (ProjectFusion), and shows its numbers when they are there; they are read again
// for a video whose predictions change and for all after the parameters change.
class StatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    StatisticsDialog(const Document *document,
                     const QVector<VideoId> &preselected,
                     QWidget *parent = nullptr,
                     const FusionParameters &fusion = FusionParameters());
    ~StatisticsDialog() override;

    // The parameters of the fused prediction (the window's sliders moved).
    void setFusionParameters(const FusionParameters &params);
    // Whether fused predictions are being read in the background (tests wait for fusedReady).
    bool isFusing() const { return m_fusing; }

    // Choices (the dialog's controls; also for tests).
    void setSelectedVideos(const QVector<VideoId> &videos); // empty: every video
    QVector<VideoId> selectedVideos() const;
    void setTrack(const QString &trackName);
    void setCompareTrack(const QString &trackName); // empty: no agreement
    void setBinSeconds(double seconds);             // 0: no time bins
    void showEntry(int index);                      // 0 = pooled selection, 1.. = the videos
    QStringList trackChoices() const;               // what "Track:" offers now

    // What is shown (tests).
    const QVector<VideoTrackStatistics> &statistics() const { return m_stats; }
    const TrackStatistics &pooledStatistics() const { return m_pooled; }
    const QVector<AgreementStatistics> &agreements() const { return m_agreements; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *binTable() const { return m_binTable; }
    QTableWidget *agreementTable() const { return m_agreementTable; }

    // Writes the plots and CSV files into dir; false with *error in words.
    bool exportTo(const QString &dir, QString *error, QStringList *written = nullptr);

Q_SIGNALS:
    // A background reading of fused predictions has ended and the numbers are shown.
    void fusedReady();

private:
    // What a background reading of fused predictions gives: per video its fused labels (nullopt
    // when it has no predictions), or why the project could not be read.
    struct FusedBatch
    {
        QHash<VideoId, std::optional<LabelTrack>> labels;
        QString error;
    };
    // Starts reading the fused labels of the videos that the cache lacks (unless a reading runs:
    // recompute() asks again when it ends). Returns how many videos are still missing.
    int fetchFused(const QVector<VideoId> &videos);
    // The videos and tracks to choose from, as the document has them now (videos added or removed,
    // an annotator's first labels, the first predictions: "fused"); the choices made are kept.
    void refreshChoices();
    void forgetFused(VideoId video);
    std::optional<LabelTrack> fusedLabels(VideoId video) const;
    void recompute();
    void showCurrent();
    void exportInteractively();
    const TrackStatistics *currentStatistics() const;

    const Document *m_document;
    QListWidget *m_videos = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_compare = nullptr;
    QDoubleSpinBox *m_bins = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_binTable = nullptr;
    QCustomPlot *m_ethogram = nullptr;
    QCustomPlot *m_budget = nullptr;
    QCustomPlot *m_overTime = nullptr;
    QCustomPlot *m_transitions = nullptr;
    QTableWidget *m_agreementTable = nullptr;
    QTableWidget *m_confusion = nullptr;
    QLabel *m_agreementNote = nullptr;

    QVector<VideoTrackStatistics> m_stats;
    TrackStatistics m_pooled;
    QVector<AgreementStatistics> m_agreements; // per entry of m_stats with a compare track
    bool m_updating = false;
    QTimer *m_refresh = nullptr;

    FusionParameters m_fusion;
    QHash<VideoId, std::optional<LabelTrack>> m_fused; // at m_fusion
    QString m_fusedError;
    bool m_fusing = false;
    quint64 m_fusionGeneration = 0;     // counts changes of m_fusion
    QSet<VideoId> m_changedWhileFusing; // results of the running reading that are stale
    std::shared_ptr<std::atomic_bool> m_cancelFusing;
};

} // namespace ethoscribe
