// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/RunResultsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace ethoscribe {

namespace {

// summary.json, or an empty object with *problem in words.
QJsonObject readSummary(const QString &runDir, QString *problem)
{
    if (!QFileInfo(runDir).isDir()) {
        *problem = QCoreApplication::translate("RunResultsDialog",
                                               "The folder of this run is missing (moved or "
                                               "deleted): %1")
                           .arg(QDir::toNativeSeparators(runDir));
        return {};
    }
    QFile f(QDir(runDir).filePath(QStringLiteral("summary.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("RunResultsDialog",
                                               "This run has no summary.json: it did not finish, "
                                               "or its folder was changed.");
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        *problem = QCoreApplication::translate("RunResultsDialog",
                                               "The summary.json of this run is damaged (%1).")
                           .arg(error.errorString());
        return {};
    }
    if (!doc.object().value(QStringLiteral("evaluation")).isObject()) {
        *problem = QCoreApplication::translate("RunResultsDialog",
                                               "The summary.json of this run has no evaluation: "
                                               "the run did not finish its evaluation.");
        return {};
    }
    return doc.object();
}

QJsonObject readSummaryEvaluation(const QString &runDir, QString *problem)
{
    return readSummary(runDir, problem).value(QStringLiteral("evaluation")).toObject();
}

QString percent(double v)
{
    return QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 1);
}

} // namespace

RunResultsDialog::RunResultsDialog(const QStringList &runDirs, QWidget *parent)
    : QDialog(parent)
    , m_runs(runDirs)
{
    setWindowTitle(tr("Training Results"));
    m_list = new QListWidget(this);
    for (const QString &run : m_runs) {
        auto *item = new QListWidgetItem(QFileInfo(run).fileName(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(QDir::toNativeSeparators(run));
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_behaviors = new QTableWidget(this);
    m_behaviors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plots = new QComboBox(this);
    m_plot = new QLabel(this);
    m_plot->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_plot);
    scroll->setWidgetResizable(true);
    m_compare = new QTableWidget(this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_folds = new QComboBox(this);
    m_folds->setToolTip(tr("Cross-validation trains one set of models per fold, each without one "
                           "recording. The models trained on all recordings (when the run made "
                           "them) are chosen first, else the fold that predicted its held-out "
                           "recording best."));
    m_use = new QPushButton(tr("Use These Models"), this);
    m_use->setToolTip(tr("Analyse this project's videos with the chosen fold's models (Models > "
                         "Choose Models... shows them)."));
    connect(m_use, &QPushButton::clicked, this, &RunResultsDialog::useChosenModels);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(new QLabel(tr("Models of:"), this));
    useRow->addWidget(m_folds, 1);
    useRow->addWidget(m_use);

    auto *runTab = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runTab);
    runLayout->addWidget(m_summary);
    runLayout->addWidget(m_behaviors, 1);
    runLayout->addLayout(useRow);
    auto *plotTab = new QWidget(this);
    auto *plotLayout = new QVBoxLayout(plotTab);
    plotLayout->addWidget(m_plots);
    plotLayout->addWidget(scroll, 1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(runTab, tr("Accuracy"));
    tabs->addTab(plotTab, tr("Plots"));
    tabs->addTab(m_compare, tr("Compare (tick runs)"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 700);

    connect(m_list, &QListWidget::currentRowChanged, this, &RunResultsDialog::showRun);
    connect(m_list, &QListWidget::itemChanged, this, &RunResultsDialog::updateComparison);
    connect(m_plots, &QComboBox::currentIndexChanged, this, &RunResultsDialog::showPlot);
    if (m_runs.isEmpty())
        m_summary->setText(
                tr("The project has recorded no run yet: Models > Retrain... makes one."));
    else
        m_list->setCurrentRow(int(m_runs.size()) - 1);
}

void RunResultsDialog::fillFolds(const QString &run, const QJsonObject &summary)
{
    // Each fold's held-out accuracy at each model's best RGB weight, averaged over the models.
    const QJsonObject models = summary.value(QStringLiteral("evaluation"))
                                       .toObject()
                                       .value(QStringLiteral("models"))
                                       .toObject();
    std::map<int, std::pair<double, int>> accuracy; // fold -> (sum, count)
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        const double best = m.value(QStringLiteral("best_rgb_weight")).toDouble();
        for (const QJsonValue &w : m.value(QStringLiteral("weights")).toArray()) {
            if (std::abs(w.toObject().value(QStringLiteral("rgb_weight")).toDouble() - best) > 1e-6)
                continue;
            for (const QJsonValue &f : w.toObject().value(QStringLiteral("folds")).toArray()) {
                auto &a = accuracy[f.toObject().value(QStringLiteral("fold")).toInt()];
                a.first += f.toObject().value(QStringLiteral("accuracy")).toDouble();
                a.second += 1;
            }
        }
    }
    int bestIndex = -1;
    double bestAccuracy = -1.0;
    int allRecordingsIndex = -1;
    for (const QJsonValue &v : summary.value(QStringLiteral("folds")).toArray()) {
        const QJsonObject fold = v.toObject();
        const int index = fold.value(QStringLiteral("fold")).toInt();
        const QStringList files = foldModelFiles(run, index);
        if (files.isEmpty())
            continue;
        if (fold.value(QStringLiteral("allRecordings")).toBool()) {
            // What the folds' accuracy estimates, trained on every label: for new videos.
            m_folds->addItem(tr("All recordings (the models for new videos)"));
            m_foldModels << files;
            allRecordingsIndex = int(m_foldModels.size()) - 1;
            continue;
        }
        QStringList heldOut;
        for (const QJsonValue &h : fold.value(QStringLiteral("heldOut")).toArray())
            heldOut << h.toString();
        const auto found = accuracy.find(index);
        const double acc = found != accuracy.end() && found->second.second > 0
                                   ? found->second.first / found->second.second
                                   : -1.0;
        m_folds->addItem(acc >= 0 ? tr("Fold %1 (without %2): %3 on it")
                                            .arg(index + 1)
                                            .arg(heldOut.join(QStringLiteral(", ")), percent(acc))
                                  : tr("Fold %1 (without %2)")
                                            .arg(index + 1)
                                            .arg(heldOut.join(QStringLiteral(", "))));
        m_foldModels << files;
        if (acc > bestAccuracy) {
            bestAccuracy = acc;
            bestIndex = int(m_foldModels.size()) - 1;
        }
    }
    m_folds->setCurrentIndex(allRecordingsIndex >= 0 ? allRecordingsIndex : std::max(0, bestIndex));
    m_use->setEnabled(!m_foldModels.isEmpty());
    if (m_foldModels.isEmpty())
        m_use->setToolTip(tr("This run's folder has no models (they were moved or deleted)."));
}

QStringList RunResultsDialog::foldModelFiles(const QString &runDir, int fold)
{
    const QDir dir(QDir(runDir).filePath(
            QStringLiteral("folds/fold%1").arg(fold, 2, 10, QLatin1Char('0'))));
    QStringList files;
    for (const QFileInfo &model :
         dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString file
                = QDir(model.absoluteFilePath()).filePath(QStringLiteral("model.safetensors"));
        if (QFileInfo(file).isFile())
            files << file;
    }
    return files;
}

QStringList RunResultsDialog::allRecordingsModelFiles(const QString &runDir)
{
    QFile f(QDir(runDir).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray folds = QJsonDocument::fromJson(f.readAll())
                                     .object()
                                     .value(QStringLiteral("folds"))
                                     .toArray();
    for (const QJsonValue &v : folds)
        if (v.toObject().value(QStringLiteral("allRecordings")).toBool())
            return foldModelFiles(runDir, v.toObject().value(QStringLiteral("fold")).toInt());
    return {};
}

int RunResultsDialog::chosenFold() const
{
    return m_folds->currentIndex();
}

void RunResultsDialog::chooseFold(int index)
{
    m_folds->setCurrentIndex(index);
}

void RunResultsDialog::useChosenModels()
{
    const int index = m_folds->currentIndex();
    if (index >= 0 && index < m_foldModels.size())
        Q_EMIT useModels(m_foldModels[index]);
}

void RunResultsDialog::selectRun(int row)
{
    m_list->setCurrentRow(row);
}

void RunResultsDialog::showRun(int row)
{
    m_behaviors->clear();
    m_behaviors->setRowCount(0);
    m_plots->clear();
    m_plotPaths.clear();
    m_plot->clear();
    m_folds->clear();
    m_foldModels.clear();
    m_use->setEnabled(false);
    if (row < 0 || row >= m_runs.size())
        return;
    const QString run = m_runs[row];
    QString problem;
    const QJsonObject summary = readSummary(run, &problem);
    if (summary.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const QJsonObject evaluation = summary.value(QStringLiteral("evaluation")).toObject();
    fillFolds(run, summary);
    const QJsonObject models = evaluation.value(QStringLiteral("models")).toObject();
    QStringList lines{tr("%1 recordings, %2 labeled frames.")
                              .arg(evaluation.value(QStringLiteral("videos")).toInt())
                              .arg(evaluation.value(QStringLiteral("labeled_frames")).toInteger())};
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        QStringList sweep;
        for (const QJsonValue &w : m.value(QStringLiteral("weights")).toArray())
            sweep << QStringLiteral("%1: %2")
                             .arg(w.toObject().value(QStringLiteral("rgb_weight")).toDouble(),
                                  0,
                                  'f',
                                  1)
                             .arg(percent(
                                     w.toObject().value(QStringLiteral("accuracy")).toDouble()));
        lines << tr("%1: %2 at RGB weight %3 (by RGB weight: %4)")
                         .arg(it.key(),
                              percent(m.value(QStringLiteral("best_accuracy")).toDouble()))
                         .arg(m.value(QStringLiteral("best_rgb_weight")).toDouble(), 0, 'f', 1)
                         .arg(sweep.join(QStringLiteral(", ")));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));

    // Per-behavior accuracy of each model at its best weight, from per_behavior.csv.
    QFile csv(QDir(run).filePath(QStringLiteral("per_behavior.csv")));
    if (csv.open(QIODevice::ReadOnly)) {
        std::map<QString, std::map<QString, QString>> cells; // behavior -> model -> accuracy
        QStringList behaviorOrder, modelOrder;
        const QStringList rows
                = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : rows.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            if (f.size() < 4)
                continue;
            const QJsonObject m = models.value(f[0]).toObject();
            if (std::abs(f[1].toDouble() - m.value(QStringLiteral("best_rgb_weight")).toDouble())
                > 1e-6)
                continue;
            if (!behaviorOrder.contains(f[2]))
                behaviorOrder << f[2];
            if (!modelOrder.contains(f[0]))
                modelOrder << f[0];
            cells[f[2]][f[0]] = percent(f[3].toDouble());
        }
        m_behaviors->setColumnCount(int(modelOrder.size()));
        m_behaviors->setRowCount(int(behaviorOrder.size()));
        m_behaviors->setHorizontalHeaderLabels(modelOrder);
        m_behaviors->setVerticalHeaderLabels(behaviorOrder);
        for (int r = 0; r < behaviorOrder.size(); ++r)
            for (int c = 0; c < modelOrder.size(); ++c)
                m_behaviors->setItem(
                        r, c, new QTableWidgetItem(cells[behaviorOrder[r]][modelOrder[c]]));
    }

    const QDir plots(QDir(run).filePath(QStringLiteral("plots")));
    for (const QFileInfo &png :
         plots.entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)) {
        m_plotPaths << png.absoluteFilePath();
        m_plots->addItem(png.completeBaseName());
    }
}

void RunResultsDialog::showPlot(int index)
{
    if (index < 0 || index >= m_plotPaths.size()) {
        m_plot->clear();
        return;
    }
    QPixmap pixmap(m_plotPaths[index]);
    if (pixmap.isNull())
        m_plot->setText(tr("The picture %1 cannot be read.")
                                .arg(QDir::toNativeSeparators(m_plotPaths[index])));
    else
        m_plot->setPixmap(pixmap);
}

void RunResultsDialog::setCompared(const QList<int> &rows)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(rows.contains(i) ? Qt::Checked : Qt::Unchecked);
}

int RunResultsDialog::comparedRuns() const
{
    return m_compare->columnCount();
}

void RunResultsDialog::updateComparison()
{
    QList<int> ticked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ticked << i;
    m_compare->clear();
    m_compare->setColumnCount(int(ticked.size()));
    QStringList headers, rowNames;
    std::map<QString, std::map<int, QString>> cells; // row name -> column -> text
    for (int c = 0; c < ticked.size(); ++c) {
        const QString run = m_runs[ticked[c]];
        headers << QFileInfo(run).fileName();
        QString problem;
        const QJsonObject evaluation = readSummaryEvaluation(run, &problem);
        if (evaluation.isEmpty()) {
            if (!rowNames.contains(tr("problem")))
                rowNames << tr("problem");
            cells[tr("problem")][c] = problem;
            continue;
        }
        const QJsonObject models = evaluation.value(QStringLiteral("models")).toObject();
        for (auto it = models.begin(); it != models.end(); ++it) {
            const QJsonObject m = it.value().toObject();
            const QString best = tr("%1, best accuracy").arg(it.key());
            const QString weight = tr("%1, best RGB weight").arg(it.key());
            for (const QString &name : {best, weight})
                if (!rowNames.contains(name))
                    rowNames << name;
            cells[best][c] = percent(m.value(QStringLiteral("best_accuracy")).toDouble());
            cells[weight][c] = QString::number(
                    m.value(QStringLiteral("best_rgb_weight")).toDouble(), 'f', 1);
        }
        const QString frames = tr("labeled frames");
        if (!rowNames.contains(frames))
            rowNames << frames;
        cells[frames][c]
                = QString::number(evaluation.value(QStringLiteral("labeled_frames")).toInteger());
    }
    m_compare->setRowCount(int(rowNames.size()));
    m_compare->setHorizontalHeaderLabels(headers);
    m_compare->setVerticalHeaderLabels(rowNames);
    for (int r = 0; r < rowNames.size(); ++r)
        for (int c = 0; c < ticked.size(); ++c)
            m_compare->setItem(r, c, new QTableWidgetItem(cells[rowNames[r]][c]));
}

QString RunResultsDialog::summaryText() const
{
    return m_summary->text();
}

QStringList RunResultsDialog::plotNames() const
{
    QStringList names;
    for (int i = 0; i < m_plots->count(); ++i)
        names << m_plots->itemText(i);
    return names;
}

} // namespace ethoscribe
