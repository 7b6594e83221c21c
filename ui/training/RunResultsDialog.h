// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QComboBox;
class QJsonObject;
class QPushButton;
class QLabel;
class QListWidget;
class QScrollArea;
class QTableWidget;

namespace ethoscribe {

// Models > Training Results...: the cross-validation runs the project recorded. For the selected
// run: each network's accuracy at its best RGB/flow weight and at every weight (the paper's
// Fig. 10 as a table), per-behavior accuracy at the best weight, and its plots (accuracy per
// behavior, confusion matrices as heatmaps, accuracy against the fusion ratio, loss curves) from
// the run's folder. Ticking several runs compares them side by side. A run whose folder is
// missing or damaged is reported in words, never crashed on. "Use These Models" hands one fold's
// models (cross-validation trains a set per fold, each without one recording; by default the fold
// that predicted its held-out recording best) to the window, which analyses with them.
class RunResultsDialog : public QDialog
{
    Q_OBJECT

public:
    // runs: the recorded run folders, newest last (ProjectDatabase::cvRuns()' runDir).
    explicit RunResultsDialog(const QStringList &runDirs, QWidget *parent = nullptr);

    // What the dialog shows for the selected run (tests).
    QString summaryText() const;
    QStringList plotNames() const;
    int comparedRuns() const;
    void selectRun(int row);
    void setCompared(const QList<int> &rows);
    // The folds offered by "Use These Models" for the selected run (tests): their model files,
    // and the fold chosen by default (the one that predicted its held-out recording best).
    QList<QStringList> foldModels() const { return m_foldModels; }
    int chosenFold() const;
    void chooseFold(int index);
    // Presses "Use These Models" (tests).
    void useChosenModels();

    // The model files of one fold of a run (folds/foldNN/<model>_<stream>/model.safetensors).
    static QStringList foldModelFiles(const QString &runDir, int fold);
    // The run's models trained on all recordings (`cv --final`, the Retrain dialog's default),
    // from its manifest; empty when it made none (or they are gone).
    static QStringList allRecordingsModelFiles(const QString &runDir);

Q_SIGNALS:
    // The model files (one per network and stream) the window should analyse with.
    void useModels(const QStringList &modelPaths);

private:
    void showRun(int row);
    void showPlot(int index);
    void updateComparison();
    void fillFolds(const QString &run, const QJsonObject &summary);

    QStringList m_runs;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_behaviors = nullptr;
    QComboBox *m_plots = nullptr;
    QLabel *m_plot = nullptr;
    QTableWidget *m_compare = nullptr;
    QStringList m_plotPaths;
    QComboBox *m_folds = nullptr;
    QPushButton *m_use = nullptr;
    QList<QStringList> m_foldModels;
};

} // namespace ethoscribe
