// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/AnnotatedVideoExport.h"

#include "analysis/AnalysisService.h"
#include "project/ProjectRecords.h"

#include <QDialog>
#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QFutureWatcherBase;
class QAction;
class QMenu;
class QDockWidget;
class QLabel;
class QProgressBar;
class QToolBar;
class QTreeWidget;

namespace ethoscribe {

class BehaviorBar;
class Document;
class FlowOverlay;
class FusionPanel;
class LabelingController;
class PredictionController;
class ProjectAnalysis;
class TaskList;
class TimelineWidget;
class VideoPlayer;

// The application window: the project's videos on the left, the player with the timeline under it
// on the right, and the menus. Owns the open Document (one project at a time). Long work (adding
// videos, building the demo) runs in the background with a progress dialog that can be cancelled;
// every error is shown in plain words with what to do next.
//
// Predictions: with an analysis service (app/ wires in the LibTorch engine), Models > Analyse runs
// the project's chosen models on videos in the background; their rows appear on the timeline as
// they arrive (PredictionController), the fusion dock's sliders fuse them again at once, and the
// task dock lists every job with its progress and a Cancel button.
//
// Keys: 1-8 label (see LabelingController), Space plays, Left/Right step one frame, Shift+drag on
// the timeline selects, Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+Return accepts the prediction,
// N / Shift+N go to the next / previous uncertain bout.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tests and scripted runs: errors are only emitted (errorShown) and logged, never shown in a
    // modal box, and background jobs run without a progress dialog.
    void setInteractive(bool interactive);
    // Videos are being read or the demo is being prepared (the --screenshot option waits for it).
    bool isBusy() const { return m_busy; }
    // File > Export Annotated Video of the current video and its edited track, in the background.
    // File > Find Moved Videos... without its folder dialog: looks in folder (in the background)
    // for the project's missing videos by content, and records where they are now.
    void findMovedVideosIn(const QString &folder);
    // track 0: the track being edited; options: the whole video with the default strip.
    void exportAnnotatedVideoTo(const QString &path,
                                TrackId track = 0,
                                const AnnotatedVideoOptions &options = AnnotatedVideoOptions());

    Document *document() const { return m_document.get(); }
    VideoPlayer *player() const { return m_player; }
    TimelineWidget *timeline() const { return m_timeline; }
    LabelingController *labeling() const { return m_labeling; }
    QTreeWidget *videoList() const { return m_videoList; }
    PredictionController *predictions() const { return m_predictions; }
    FusionPanel *fusionPanel() const { return m_fusionPanel; }
    TaskList *tasks() const { return m_tasks; }
    FlowOverlay *flowOverlay() const { return m_flowOverlay; }
    QAction *flowOverlayAction() const { return m_flowOverlayAction; }
    // Open, Add Videos, Import Labels, the analyses, the review of doubtful bouts, Retrain.
    QToolBar *toolBar() const { return m_toolBar; }
    // The running analyses of the open project (null without a service or project).
    ProjectAnalysis *analysis() const { return m_analysis.get(); }

    // Where analyses run (not owned; must outlive the window). Without one, the Models menu says
    // that this build cannot run networks.
    void setAnalysisService(AnalysisService *service);

    // The model files the project analyses with (saved in the project; absolute paths).
    QStringList modelPaths() const;
    // Reads and checks the files in the background (hashing full-size networks takes a moment),
    // then saves them as the project's models; `done` (may be empty) and modelPathsSet() follow
    // on the GUI thread. Shows what is wrong otherwise.
    void setModelPaths(const QStringList &paths, const std::function<void(bool ok)> &done = {});
    // "Use These Models" of a training run: setModelPaths, then says so in the status bar.
    void useRunModels(const QStringList &paths);
    // Pretrained models imported for this project (Models > Import Pretrained Weights), by
    // network and stream ("i3d/rgb" -> absolute path), newest per pair; Retrain starts from them.
    QMap<QString, QString> startingWeights() const;
    bool addStartingWeights(const QString &modelPath,
                            const QString &architecture,
                            const QString &stream);
    // Analyses videos of the open project with its models, in the background (no dialog).
    void analyseVideos(const QList<VideoId> &videos);
    // File > Export Prediction as CSV... without its file dialog: the fused prediction of the
    // video shown, as the Fusion sliders set it, per frame with each behavior's probability
    // (path) and as bouts (path's base name + "_bouts.csv"). False (the error shown) when there
    // is no prediction or a file cannot be written.
    bool exportPredictionTo(const QString &path);
    // File > Export All Labels to Folder... without its folder dialog: every video's labels of
    // the current annotator, per frame (<video>_ethogram.csv) and as bouts (<video>_bouts.csv),
    // written in the background with progress and cancel; videos of the same file name get
    // _2, _3, ... Videos without labels are left out. False (the reason shown) when no video has
    // labels of the annotator; exportFinished reports the outcome.
    bool exportAllLabelsTo(const QString &folder);
    // File > Export All Predictions to Folder... without its folder dialog: the fused prediction
    // of every analysed video, as the Fusion sliders set it now, per frame with each behavior's
    // probability (<video>_prediction.csv) and as bouts (<video>_prediction_bouts.csv), read from
    // the project and written in the background with progress and cancel
    // (ProjectFusion::exportToFolder). False (the reason shown) when no video has predictions;
    // exportFinished reports the outcome.
    bool exportAllPredictionsTo(const QString &folder);
    // Copies the fused prediction into the edited track over the selection, or over the predicted
    // bout under the playhead: one undo step. False (with a status message) when there is none.
    bool acceptPrediction();
    // Selects the next (or previous) bout of the fused prediction in order of doubt, counted from
    // the bout it showed last (the first call, and any after the fusion changed, shows the most
    // doubtful bout), and moves the playhead to its start. False when there is none.
    bool goToUncertainBout(bool forward);
    // Merges the bouts of the edited track that the selection touches (Edit > Merge Bouts).
    bool mergeSelectedBouts();
    // Edit > Split Bout at Playhead: the bout of the edited track under the playhead keeps its
    // behavior before the current frame and gets secondPart from there to its end (kUnlabeled
    // cuts that part off). One undo step; false (with a status message) when the playhead is not
    // inside a bout after its first frame, or secondPart is the bout's behavior.
    bool splitBoutAtPlayhead(BehaviorId secondPart);
    // File > Import Labels...: opens the import dialog for the video shown with the label file
    // at path (empty: asks for one first). Dropping a .csv or .tsv file on the window does the
    // same. The dialog (importLabelsDialog()) imports when its Import button is pressed.
    void importLabels(const QString &path);
    QDialog *importLabelsDialog() const { return m_importLabelsDialog; }
    // Each shows what went wrong itself and returns false then.
    bool openProject(const QString &path);
    bool newProject(const QString &path);
    // In the background; the videos appear in the list when done.
    void addVideos(const QStringList &paths);
    // Shows a video of the open project (selects it in the list).
    void showVideo(VideoId id);
    // Builds the demo in `folder` (synthetic videos are generated there first if missing), opens
    // it and plays the first video. demoReady() or errorShown() follows.
    void openDemo(const QString &folder);
    // Opens what the command line names: one .ethoproj, or videos (added to a new project the user
    // is asked for).
    void openPaths(const QStringList &paths);

Q_SIGNALS:
    void errorShown(const QString &message);
    void demoReady();
    void videosAdded(int count);
    // Find Moved Videos ended: found of missing videos are back (also when cancelled or failed).
    void relocationFinished(int found, int missing);
    // Every analysis of the project has ended (finished, failed or cancelled).
    void analysesIdle();
    // setModelPaths() has ended: the project's models were saved (ok) or not (the error shown).
    void modelPathsSet(bool ok);
    // exportAllLabelsTo() or exportAllPredictionsTo() has ended: the files written (empty when it
    // failed or was cancelled).
    void exportFinished(const QStringList &files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setDocument(std::unique_ptr<Document> document);
    void refreshVideoList();
    // The list's state columns: labeled share of the annotator's track, stored predictions.
    void updateVideoStates();
    // The Flow column: how much of each video's flow is cached (read in the background).
    void updateFlowStates();
    void updateTitle();
    void updateUndoActions();
    void showError(const QString &title, const QString &message);
    void chooseNewProject();
    void chooseOpenProject();
    void chooseVideos();
    void chooseDemo();
    void exportCsv();
    void exportAllLabels();
    void exportAllPredictions();
    void exportPrediction();
    // The video shown when it has a prediction; else shows why not and returns null.
    const VideoRecord *predictedVideo();
    void editAnnotator();
    void editPreferences();
    void readSettings();
    void writeSettings();
    void rememberProject(const QString &path);
    void updateRecentMenu();
    void showShortcuts();
    void showAbout();
    void seekBy(double seconds);
    void continueDemo(const QString &folder);
    void startDemoAnalysis(const QString &folder);
    bool ensureProjectForVideos();
    void createDocks();
    void chooseModels();
    void retrain();
    void importWeights();
    // ethoscribe-cli beside this program (installed or built together), else on the PATH; empty
    // when there is none.
    static QString commandLineTool();
    void exportAnnotatedVideo();
    void findMovedVideos();
    void updateAnalysisActions();
    void updateTaskStatus();
    void updateFusionStatus();
    void onAnalysisProgress(
            quint64 job, VideoId video, qint64 done, qint64 total, const QString &stage);
    void onAnalysisEnded(quint64 job, VideoId video, const QString &message, bool failed);
    QString videoName(VideoId video) const;

    std::unique_ptr<Document> m_document;
    QTreeWidget *m_videoList = nullptr;
    VideoPlayer *m_player = nullptr;
    TimelineWidget *m_timeline = nullptr;
    LabelingController *m_labeling = nullptr;
    BehaviorBar *m_behaviorBar = nullptr;
    QLabel *m_annotatorLabel = nullptr;
    bool m_interactive = true;
    bool m_busy = false;

    AnalysisService *m_analysisService = nullptr;
    // Background reads of model files through m_analysisService (describeModels): waited for
    // before the service changes and when the window goes, so that none outlives the service.
    QList<QPointer<QFutureWatcherBase>> m_modelReads;
    void waitForModelReads();
    std::unique_ptr<ProjectAnalysis> m_analysis;
    QHash<quint64, int> m_jobTasks; // analysis job -> TaskList row
    QHash<int, int> m_proxyTasks;   // scrubbing copy being made -> TaskList row
    qint64 m_reviewFrame = -1;      // start of the bout goToUncertainBout() showed last
    QTimer m_videoStateTimer;
    PredictionController *m_predictions = nullptr;
    FlowOverlay *m_flowOverlay = nullptr;
    FusionPanel *m_fusionPanel = nullptr;
    TaskList *m_tasks = nullptr;
    QDockWidget *m_fusionDock = nullptr;
    QDockWidget *m_tasksDock = nullptr;
    QLabel *m_taskLabel = nullptr;
    QProgressBar *m_taskBar = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_addVideosAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_exportAllPredictionsAction = nullptr;
    QAction *m_exportPredictionAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    QAction *m_annotatorAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_flowOverlayAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_splitMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_nextFrameAction = nullptr;
    QAction *m_previousFrameAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_firstFrameAction = nullptr;
    QAction *m_lastFrameAction = nullptr;
    QAction *m_nextChangeAction = nullptr;
    QAction *m_previousChangeAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
    QAction *m_videoListAction = nullptr;
    QAction *m_chooseModelsAction = nullptr;
    QAction *m_retrainAction = nullptr;
    QAction *m_importWeightsAction = nullptr;
    QAction *m_exportVideoAction = nullptr;
    QAction *m_resultsAction = nullptr;
    QAction *m_statisticsAction = nullptr;
    QAction *m_behaviorsAction = nullptr;
    QAction *m_relocateAction = nullptr;
    QPointer<QDialog> m_retrainDialog;
    QPointer<QDialog> m_importWeightsDialog;
    QPointer<QDialog> m_importLabelsDialog;
    QAction *m_importLabelsAction = nullptr;
    QAction *m_analyseVideoAction = nullptr;
    QAction *m_analyseAllAction = nullptr;
    QAction *m_cancelAnalysesAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_nextUncertainAction = nullptr;
    QAction *m_previousUncertainAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace ethoscribe
