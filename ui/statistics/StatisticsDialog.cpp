// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsDialog.h"

#include "io/LabelExport.h"
#include "plots/QCustomPlotHeader.h"
#include "plots/StatisticsPlots.h"
#include "project/Document.h"
#include "project/ProjectDatabase.h"
#include "project/ProjectFusion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ethoscribe {

namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// Replaces the plot inside a tab's page with a fresh one (the fill functions draw on a new plot).
QCustomPlot *freshPlot(QCustomPlot *old)
{
    QWidget *page = old->parentWidget();
    auto *plot = new QCustomPlot(page);
    page->layout()->replaceWidget(old, plot);
    delete old;
    return plot;
}

QByteArray agreementCsv(const QVector<VideoTrackStatistics> &stats,
                        const QVector<AgreementStatistics> &agreements,
                        const QString &compareTrack)
{
    QByteArray text = "video,reference,compared,compared_frames,accuracy,kappa,macro_f1\n";
    for (int i = 0; i < stats.size() && i < agreements.size(); ++i) {
        const AgreementStatistics &a = agreements[i];
        text += LabelExport::csvField(stats[i].videoPath) + ','
                + LabelExport::csvField(stats[i].track) + ',' + LabelExport::csvField(compareTrack)
                + ',' + QByteArray::number(a.comparedFrames) + ','
                + QByteArray::number(a.accuracy, 'f', 6) + ',' + QByteArray::number(a.kappa, 'f', 6)
                + ',' + QByteArray::number(a.macroF1, 'f', 6) + '\n';
    }
    return text;
}

} // namespace

StatisticsDialog::StatisticsDialog(const Document *document,
                                   const QVector<VideoId> &preselected,
                                   QWidget *parent,
                                   const FusionParameters &fusion)
    : QDialog(parent)
    , m_document(document)
    , m_fusion(fusion)
{
    setWindowTitle(tr("Statistics"));
    resize(1100, 700);

    // Left: what to compute.
    m_videos = new QListWidget(this);
    for (const VideoRecord &v : m_document->videos()) {
        auto *item = new QListWidgetItem(m_document->videoDisplayName(v.id), m_videos);
        item->setData(Qt::UserRole, v.id);
        item->setToolTip(v.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.isEmpty() || preselected.contains(v.id) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_track = new QComboBox(this);
    m_track->setToolTip(tr("The track whose statistics are shown: an annotator's labels or a "
                           "model's predictions."));
    m_compare = new QComboBox(this);
    m_compare->addItem(tr("(none)"), QString());
    m_compare->setToolTip(tr("Compare the track with this one, frame by frame: two annotators, or "
                             "a model against the manual labels."));
    m_bins = new QDoubleSpinBox(this);
    m_bins->setRange(0, 24 * 3600);
    m_bins->setDecimals(1);
    m_bins->setSingleStep(60);
    m_bins->setSuffix(tr(" s"));
    m_bins->setSpecialValueText(tr("none"));
    m_bins->setToolTip(tr("Cut each video into time bins of this length (for example 300 s after "
                          "an injection) and show each behavior per bin."));
    auto *allButton = new QPushButton(tr("All Videos"), this);
    connect(allButton, &QPushButton::clicked, this, [this] { setSelectedVideos({}); });

    auto *form = new QFormLayout;
    form->addRow(tr("Track:"), m_track);
    form->addRow(tr("Compare with:"), m_compare);
    form->addRow(tr("Time bins:"), m_bins);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Videos:"), left));
    leftLayout->addWidget(m_videos, 1);
    leftLayout->addWidget(allButton);
    leftLayout->addLayout(form);

    // Right: what was computed.
    m_show = new QComboBox(this);
    m_show->setToolTip(tr("The table, the transitions, time bins and agreement of the pooled "
                          "selection or of one video."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->verticalHeader()->setVisible(false);
    m_binTable = new QTableWidget(this);
    m_binTable->verticalHeader()->setVisible(false);
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addWidget(m_table, 2);
    tableLayout->addWidget(new QLabel(tr("Seconds of each behavior per time bin:"), tablePage));
    tableLayout->addWidget(m_binTable, 1);

    auto plotPage = [this](QCustomPlot **plot) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        *plot = new QCustomPlot(page);
        layout->addWidget(*plot);
        return page;
    };
    m_agreementTable = new QTableWidget(this);
    m_agreementTable->verticalHeader()->setVisible(false);
    m_confusion = new QTableWidget(this);
    m_agreementNote = new QLabel(this);
    m_agreementNote->setWordWrap(true);
    auto *agreementPage = new QWidget(this);
    auto *agreementLayout = new QVBoxLayout(agreementPage);
    agreementLayout->addWidget(m_agreementNote);
    agreementLayout->addWidget(m_agreementTable, 1);
    agreementLayout->addWidget(
            new QLabel(tr("Confusion matrix in frames (rows: the track, columns: the compared "
                          "track):"),
                       agreementPage));
    agreementLayout->addWidget(m_confusion, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(tablePage, tr("Table"));
    m_tabs->addTab(plotPage(&m_ethogram), tr("Ethogram"));
    m_tabs->addTab(plotPage(&m_budget), tr("Time Budget"));
    m_tabs->addTab(plotPage(&m_overTime), tr("Over Time"));
    m_tabs->addTab(plotPage(&m_transitions), tr("Transitions"));
    m_tabs->addTab(agreementPage, tr("Agreement"));

    auto *showRow = new QHBoxLayout;
    showRow->addWidget(new QLabel(tr("Show:"), this));
    showRow->addWidget(m_show, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(showRow);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export..."), QDialogButtonBox::ActionRole);
    exportButton->setToolTip(tr("Write every plot as PNG, PDF and SVG with its numbers as CSV, and "
                                "the statistics as CSV, into a folder."));
    connect(exportButton, &QPushButton::clicked, this, &StatisticsDialog::exportInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_videos, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            recompute();
    });
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_bins, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            showCurrent();
    });
    // Labels edited while the dialog is open: the numbers follow (debounced; a paint stroke at 4x
    // speed changes labels many times a second).
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &StatisticsDialog::recompute);
    const auto later = [this] {
        m_refresh->start();
    };
    connect(m_document, &Document::labelsChanged, this, later);
    connect(m_document, &Document::behaviorsChanged, this, [this, later] {
        // Classes are matched to behaviors by name: every fused prediction may change.
        ++m_fusionGeneration;
        m_fused.clear();
        later();
    });
    connect(m_document, &Document::tracksChanged, this, [this, later](qint64 video) {
        forgetFused(video);
        refreshChoices();
        later();
    });
    connect(m_document, &Document::videosChanged, this, [this, later] {
        refreshChoices();
        later();
    });
    connect(m_document, &Document::predictionRowsChanged, this, [this, later](qint64 track) {
        if (const TrackRecord *t = m_document->track(track))
            forgetFused(t->videoId);
        later();
    });
    refreshChoices();
    recompute();
}

StatisticsDialog::~StatisticsDialog()
{
    // A reading still running stops after its current video; its result is dropped.
    if (m_cancelFusing)
        m_cancelFusing->store(true);
}

void StatisticsDialog::setFusionParameters(const FusionParameters &params)
{
    if (params == m_fusion)
        return;
    m_fusion = params;
    ++m_fusionGeneration;
    m_fused.clear();
    if (m_cancelFusing)
        m_cancelFusing->store(true);
    m_refresh->start(); // a slider moves in steps: read again once it rests
}

void StatisticsDialog::refreshChoices()
{
    // Videos: rebuilt only when the document's differ; each keeps its check, and a new one is
    // checked when every video was.
    QVector<QPair<VideoId, QString>> videos;
    for (const VideoRecord &v : m_document->videos())
        videos.append({v.id, m_document->videoDisplayName(v.id)});
    QVector<QPair<VideoId, QString>> listed;
    QHash<VideoId, Qt::CheckState> checks;
    bool allChecked = true;
    for (int i = 0; i < m_videos->count(); ++i) {
        const QListWidgetItem *item = m_videos->item(i);
        const VideoId id = item->data(Qt::UserRole).toLongLong();
        listed.append({id, item->text()});
        checks.insert(id, item->checkState());
        allChecked = allChecked && item->checkState() == Qt::Checked;
    }
    if (videos != listed) {
        m_updating = true;
        m_videos->clear();
        for (const auto &[id, name] : std::as_const(videos)) {
            auto *item = new QListWidgetItem(name, m_videos);
            item->setData(Qt::UserRole, id);
            if (const VideoRecord *v = m_document->video(id))
                item->setToolTip(v->path);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checks.value(id, allChecked ? Qt::Checked : Qt::Unchecked));
        }
        m_updating = false;
    }

    // Tracks: the names of every video's tracks; the chosen ones stay chosen while they exist.
    QVector<VideoId> all;
    for (const auto &v : std::as_const(videos))
        all << v.first;
    const QStringList tracks = ProjectStatistics::trackNames(*m_document, all);
    if (tracks == trackChoices())
        return;
    const QString track = m_track->currentText();
    const QString compare = m_compare->currentData().toString();
    {
        const QSignalBlocker blockTrack(m_track);
        const QSignalBlocker blockCompare(m_compare);
        m_track->clear();
        m_track->addItems(tracks);
        m_track->setCurrentIndex(std::max(0, m_track->findText(track)));
        while (m_compare->count() > 1)
            m_compare->removeItem(1);
        for (const QString &t : tracks)
            m_compare->addItem(t, t);
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(compare)));
    }
}

QStringList StatisticsDialog::trackChoices() const
{
    QStringList names;
    for (int i = 0; i < m_track->count(); ++i)
        names << m_track->itemText(i);
    return names;
}

void StatisticsDialog::forgetFused(VideoId video)
{
    m_fused.remove(video);
    if (m_fusing)
        m_changedWhileFusing.insert(video);
}

std::optional<LabelTrack> StatisticsDialog::fusedLabels(VideoId video) const
{
    const auto it = m_fused.constFind(video);
    return it == m_fused.constEnd() ? std::nullopt : *it;
}

int StatisticsDialog::fetchFused(const QVector<VideoId> &videos)
{
    QVector<VideoRecord> missing;
    for (VideoId id : videos)
        if (!m_fused.contains(id))
            if (const VideoRecord *v = m_document->video(id))
                missing << *v;
    if (missing.isEmpty() || m_fusing)
        return int(missing.size());
    m_fusing = true;
    m_changedWhileFusing.clear();
    const quint64 generation = m_fusionGeneration;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelFusing = cancel;
    auto *watcher = new QFutureWatcher<FusedBatch>(this);
    QVector<VideoId> ids;
    for (const VideoRecord &v : std::as_const(missing))
        ids << v.id;
    connect(watcher, &QFutureWatcher<FusedBatch>::finished, this, [this, watcher, generation, ids] {
        const FusedBatch batch = watcher->result();
        watcher->deleteLater();
        m_fusing = false;
        if (generation == m_fusionGeneration) {
            for (auto it = batch.labels.constBegin(); it != batch.labels.constEnd(); ++it)
                if (!m_changedWhileFusing.contains(it.key()))
                    m_fused.insert(it.key(), it.value());
            m_fusedError = batch.error;
            // Videos that could not be read are shown without a prediction (and the error):
            // not read again until the predictions or the parameters change.
            if (!batch.error.isEmpty())
                for (VideoId id : ids)
                    if (!m_fused.contains(id))
                        m_fused.insert(id, std::nullopt);
        }
        m_changedWhileFusing.clear();
        recompute();
        Q_EMIT fusedReady();
    });
    watcher->setFuture(QtConcurrent::run([path = m_document->path(),
                                          missing,
                                          behaviors = m_document->behaviors(),
                                          params = m_fusion,
                                          cancel] {
        FusedBatch batch;
        ProjectDatabase db;
        if (!db.open(path, ProjectDatabase::OpenMode::ReadOnly)) {
            batch.error = db.errorString();
            return batch;
        }
        for (const VideoRecord &video : missing) {
            if (cancel->load())
                break;
            QString error;
            const std::optional<ProjectFusion::FusedVideo> fused
                    = ProjectFusion::fuse(db, video, behaviors, params, false, &error);
            if (!fused) {
                batch.error = error;
                break;
            }
            batch.labels.insert(video.id,
                                fused->inputCount > 0 ? std::optional<LabelTrack>(fused->labels)
                                                      : std::nullopt);
        }
        return batch;
    }));
    return int(missing.size());
}

void StatisticsDialog::setSelectedVideos(const QVector<VideoId> &videos)
{
    m_updating = true;
    for (int i = 0; i < m_videos->count(); ++i) {
        QListWidgetItem *item = m_videos->item(i);
        const bool on = videos.isEmpty() || videos.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    recompute();
}

QVector<VideoId> StatisticsDialog::selectedVideos() const
{
    QVector<VideoId> ids;
    for (int i = 0; i < m_videos->count(); ++i)
        if (m_videos->item(i)->checkState() == Qt::Checked)
            ids << m_videos->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void StatisticsDialog::setTrack(const QString &trackName)
{
    m_track->setCurrentIndex(std::max(0, m_track->findText(trackName)));
}

void StatisticsDialog::setCompareTrack(const QString &trackName)
{
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(trackName)));
}

void StatisticsDialog::setBinSeconds(double seconds)
{
    m_bins->setValue(seconds);
}

void StatisticsDialog::showEntry(int index)
{
    m_show->setCurrentIndex(index);
}

void StatisticsDialog::recompute()
{
    QString problem;
    const QVector<VideoId> chosen = selectedVideos();
    const QString compare = m_compare->currentData().toString();
    const bool wantsFused = ProjectStatistics::isFused(m_track->currentText())
                            || ProjectStatistics::isFused(compare);
    const int fusing = wantsFused ? fetchFused(chosen) : 0;
    m_stats = ProjectStatistics::compute(
            *m_document,
            chosen,
            m_track->currentText(),
            m_bins->value(),
            &problem,
            [this](const VideoRecord &video) { return fusedLabels(video.id); });
    m_pooled = ProjectStatistics::pooled(m_stats);
    m_agreements.clear();
    if (!compare.isEmpty()) {
        for (const VideoTrackStatistics &v : std::as_const(m_stats)) {
            std::optional<LabelTrack> labels;
            if (ProjectStatistics::isFused(compare)) {
                labels = fusedLabels(v.video);
            } else if (const TrackRecord *other
                       = ProjectStatistics::resolveTrack(*m_document, v.video, compare)) {
                if (const LabelTrack *l = m_document->labels(other->id))
                    labels = *l;
            }
            m_agreements << (labels ? AgreementStatistics::compute(
                                     v.labels, *labels, m_document->behaviors())
                                    : AgreementStatistics());
        }
    }

    m_updating = true;
    const int shown = m_show->currentIndex();
    m_show->clear();
    m_show->addItem(tr("The selection, pooled (%n video(s))", nullptr, int(m_stats.size())));
    for (const VideoTrackStatistics &v : std::as_const(m_stats))
        m_show->addItem(m_document->videoDisplayName(v.video));
    m_show->setCurrentIndex(shown > 0 && shown < m_show->count() ? shown : 0);
    m_updating = false;

    QString summary;
    if (m_stats.isEmpty() && fusing > 0)
        summary = tr("Reading and fusing the predictions of %n video(s)...", nullptr, fusing);
    else if (m_stats.isEmpty())
        summary = m_track->count() == 0 ? tr("The project has no labels or predictions yet.")
                                        : tr("None of the chosen videos has the track \"%1\".")
                                                  .arg(m_track->currentText());
    else
        summary = tr("%1 of %2 frames labeled in %n video(s).", nullptr, int(m_stats.size()))
                          .arg(m_pooled.labeledFrames)
                          .arg(m_pooled.frameCount);
    if (!problem.isEmpty())
        summary += QLatin1Char(' ') + problem;
    if (fusing > 0 && !m_stats.isEmpty())
        summary += QLatin1Char(' ')
                   + tr("Reading and fusing the predictions of %n more video(s)...",
                        nullptr,
                        fusing);
    if (wantsFused && !m_fusedError.isEmpty())
        summary += QLatin1Char(' ') + tr("The predictions could not be read: %1").arg(m_fusedError);
    m_summary->setText(summary);

    // The plots of the whole selection.
    QVector<StatisticsPlotInput> inputs;
    for (const VideoTrackStatistics &v : std::as_const(m_stats))
        inputs.append({v.videoPath, v.labels, v.fps > 0 ? v.fps : 30.0, v.stats, v.bins});
    m_ethogram = freshPlot(m_ethogram);
    m_budget = freshPlot(m_budget);
    if (!inputs.isEmpty()) {
        StatisticsPlots::fillEthogram(m_ethogram, inputs, m_document->behaviors());
        StatisticsPlots::fillTimeBudget(m_budget, inputs, m_document->behaviors());
    }
    m_ethogram->replot();
    m_budget->replot();

    // Agreement per video.
    m_agreementTable->clear();
    m_agreementTable->setColumnCount(5);
    m_agreementTable->setHorizontalHeaderLabels({tr("Video"),
                                                 tr("Compared frames"),
                                                 tr("Accuracy"),
                                                 tr("Cohen's kappa"),
                                                 tr("Macro F1")});
    m_agreementTable->setRowCount(int(m_agreements.size()));
    for (int i = 0; i < m_agreements.size(); ++i) {
        const AgreementStatistics &a = m_agreements[i];
        m_agreementTable->setItem(i, 0, cell(m_document->videoDisplayName(m_stats[i].video)));
        m_agreementTable->setItem(i, 1, cell(QString::number(a.comparedFrames)));
        m_agreementTable->setItem(i, 2, cell(number(100.0 * a.accuracy, 1) + QLatin1Char('%')));
        m_agreementTable->setItem(i, 3, cell(number(a.kappa, 3)));
        m_agreementTable->setItem(i, 4, cell(number(a.macroF1, 3)));
    }
    m_agreementTable->resizeColumnsToContents();
    m_agreementNote->setText(compare.isEmpty()
                                     ? tr("Choose a track under \"Compare with\" to see how well "
                                          "two tracks agree.")
                                     : tr("\"%1\" compared with \"%2\" on the frames labeled in "
                                          "both.")
                                               .arg(m_track->currentText(), compare));
    showCurrent();
}

const TrackStatistics *StatisticsDialog::currentStatistics() const
{
    const int index = m_show->currentIndex();
    if (index <= 0 || index > m_stats.size())
        return &m_pooled;
    return &m_stats[index - 1].stats;
}

void StatisticsDialog::showCurrent()
{
    const TrackStatistics &stats = *currentStatistics();
    const int index = m_show->currentIndex();
    const VideoTrackStatistics *video
            = index > 0 && index <= m_stats.size() ? &m_stats[index - 1] : nullptr;
    const QStringList headers{tr("Behavior"),
                              tr("Frames"),
                              tr("Seconds"),
                              tr("% of labeled"),
                              tr("Bouts"),
                              tr("Mean bout (s)"),
                              tr("Median bout (s)"),
                              video ? tr("First bout at (s)") : tr("First bout at (s), mean")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(stats.budgets.size()));
    for (int r = 0; r < stats.budgets.size(); ++r) {
        const BehaviorBudget &b = stats.budgets[r];
        m_table->setItem(r, 0, cell(b.name));
        m_table->setItem(r, 1, cell(QString::number(b.frames)));
        m_table->setItem(r, 2, cell(number(b.seconds, 2)));
        m_table->setItem(r, 3, cell(number(b.percentOfLabeled, 1)));
        m_table->setItem(r, 4, cell(QString::number(b.boutCount)));
        m_table->setItem(r, 5, cell(number(b.meanBoutSeconds, 2)));
        m_table->setItem(r, 6, cell(number(b.medianBoutSeconds, 2)));
        m_table->setItem(
                r,
                7,
                cell(b.latencyFrames < 0 ? QStringLiteral("-") : number(b.latencySeconds, 2)));
    }
    m_table->resizeColumnsToContents();

    // Behavior per time bin (one video).
    m_binTable->clear();
    m_binTable->setRowCount(0);
    m_binTable->setColumnCount(0);
    if (video && !video->bins.isEmpty()) {
        QStringList binHeaders{tr("Bin (s)")};
        for (const BehaviorBudget &b : video->stats.budgets)
            binHeaders << b.name;
        m_binTable->setColumnCount(int(binHeaders.size()));
        m_binTable->setHorizontalHeaderLabels(binHeaders);
        m_binTable->setRowCount(int(video->bins.size()));
        for (int r = 0; r < video->bins.size(); ++r) {
            const TimeBin &bin = video->bins[r];
            m_binTable->setItem(
                    r,
                    0,
                    cell(QStringLiteral("%1-%2").arg(number(double(bin.start) / video->fps, 0),
                                                     number(double(bin.end) / video->fps, 0))));
            for (int c = 0; c < bin.stats.budgets.size(); ++c)
                m_binTable->setItem(r, c + 1, cell(number(bin.stats.budgets[c].seconds, 1)));
        }
        m_binTable->resizeColumnsToContents();
    }

    m_overTime = freshPlot(m_overTime);
    if (video && !video->bins.isEmpty())
        StatisticsPlots::fillOverTime(
                m_overTime,
                {video->videoPath, video->labels, video->fps, video->stats, video->bins},
                m_document->behaviors());
    m_overTime->replot();
    m_transitions = freshPlot(m_transitions);
    if (!m_stats.isEmpty())
        StatisticsPlots::fillTransitions(m_transitions, stats, m_document->behaviors());
    m_transitions->replot();

    // The confusion matrix of the shown video, or of the selection summed.
    m_confusion->clear();
    m_confusion->setRowCount(0);
    m_confusion->setColumnCount(0);
    if (!m_agreements.isEmpty()) {
        QVector<BehaviorId> order;
        std::map<std::pair<BehaviorId, BehaviorId>, qint64> counts;
        for (int i = 0; i < m_agreements.size(); ++i) {
            if (video && i != index - 1)
                continue;
            const AgreementStatistics &a = m_agreements[i];
            for (BehaviorId b : a.behaviors)
                if (!order.contains(b))
                    order << b;
            for (int r = 0; r < a.behaviors.size(); ++r)
                for (int c = 0; c < a.behaviors.size(); ++c)
                    counts[{a.behaviors[r], a.behaviors[c]}] += a.confusion[r][c];
        }
        QStringList names;
        for (BehaviorId b : std::as_const(order))
            names << statisticsBehaviorName(m_document->behaviors(), b);
        m_confusion->setRowCount(int(order.size()));
        m_confusion->setColumnCount(int(order.size()));
        m_confusion->setHorizontalHeaderLabels(names);
        m_confusion->setVerticalHeaderLabels(names);
        for (int r = 0; r < order.size(); ++r)
            for (int c = 0; c < order.size(); ++c)
                m_confusion->setItem(r, c, cell(QString::number(counts[{order[r], order[c]}])));
        m_confusion->resizeColumnsToContents();
    }
}

bool StatisticsDialog::exportTo(const QString &dir, QString *error, QStringList *written)
{
    QVector<StatisticsPlotInput> inputs;
    for (const VideoTrackStatistics &v : std::as_const(m_stats))
        inputs.append({v.videoPath, v.labels, v.fps > 0 ? v.fps : 30.0, v.stats, v.bins});
    if (!StatisticsPlots::writeAll(dir, inputs, m_document->behaviors(), error, written))
        return false;
    const QString statsPath = QDir(dir).filePath(QStringLiteral("statistics.csv"));
    if (!LabelExport::writeFile(statsPath, ProjectStatistics::csv(m_stats, &m_pooled), error))
        return false;
    if (written)
        *written << statsPath;
    if (!m_agreements.isEmpty()) {
        const QString path = QDir(dir).filePath(QStringLiteral("agreement.csv"));
        if (!LabelExport::writeFile(
                    path,
                    agreementCsv(m_stats, m_agreements, m_compare->currentData().toString()),
                    error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

void StatisticsDialog::exportInteractively()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Statistics To"));
    if (dir.isEmpty())
        return;
    QString error;
    QStringList written;
    if (!exportTo(dir, &error, &written)) {
        QMessageBox::warning(this,
                             tr("Export Statistics"),
                             tr("The statistics could not be exported: %1\nChoose a folder you "
                                "can write to.")
                                     .arg(error));
        return;
    }
    QMessageBox::information(this,
                             tr("Export Statistics"),
                             tr("Wrote %n file(s) into %1.", nullptr, int(written.size()))
                                     .arg(QDir::toNativeSeparators(dir)));
}

} // namespace ethoscribe
