// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"

#include "analysis/ProjectAnalysis.h"
#include "common/BuildInfo.h"
#include "common/Translations.h"
#include "cv/RunFolder.h"
#include "demo/DemoProject.h"
#include "export/AnnotatedVideoDialog.h"
#include "export/AnnotatedVideoExport.h"
#include "flow/FlowCache.h"
#include "flow/FlowOptions.h"
#include "io/LabelExport.h"
#include "labeling/BehaviorBar.h"
#include "labeling/BehaviorsDialog.h"
#include "labeling/ImportLabelsDialog.h"
#include "labeling/LabelingController.h"
#include "mainwindow/PreferencesDialog.h"
#include "player/FlowOverlay.h"
#include "player/FrameDecoder.h"
#include "player/FrameView.h"
#include "player/VideoPlayer.h"
#include "prediction/FusionPanel.h"
#include "prediction/PredictionController.h"
#include "project/Document.h"
#include "project/ProjectFusion.h"
#include "project/ProjectSetup.h"
#include "project/VideoDisplayNames.h"
#include "project/VideoProbe.h"
#include "statistics/StatisticsDialog.h"
#include "tasks/ProgressTask.h"
#include "tasks/TaskList.h"
#include "timeline/TimelineWidget.h"
#include "training/ImportWeightsDialog.h"
#include "training/RetrainDialog.h"
#include "training/RunResultsDialog.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

// ethoscribe_ui is a static library: its resources (icons) must be registered explicitly.
static void initUiResources()
{
    Q_INIT_RESOURCE(ethoscribe);
}

namespace ethoscribe {

namespace {
QString durationText(double seconds)
{
    const qint64 s = qint64(std::llround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
                .arg(s / 3600)
                .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool isTextInput(QObject *object)
{
    return qobject_cast<QLineEdit *>(object) || qobject_cast<QTextEdit *>(object)
           || qobject_cast<QPlainTextEdit *>(object) || qobject_cast<QAbstractSpinBox *>(object)
           || (qobject_cast<QComboBox *>(object) && static_cast<QComboBox *>(object)->isEditable());
}

const QString kProjectSuffix = QStringLiteral("ethoproj");
// Project setting: the model files to analyse with, a JSON array of paths (relative to the
// project's folder when inside it).
const QString kModelsSetting = QStringLiteral("analysis/models");
// {"i3d/rgb": "models/x.safetensors", ...}: pretrained models to start training from.
const QString kStartingWeightsSetting = QStringLiteral("training/startingWeights");
const QString kRecentKey = QStringLiteral("window/recent_projects");
constexpr int kRecentKept = 8;

struct DescribedModels
{
    QList<AnalysisModel> models;
    QString error;
};

DescribedModels describeModels(const AnalysisService *service, const QStringList &paths)
{
    DescribedModels d;
    for (const QString &path : paths) {
        AnalysisModel m;
        if (!service->describe(path, &m, &d.error))
            return d;
        d.models.append(m);
    }
    return d;
}

struct ProbeResult
{
    QVector<VideoRecord> videos;
    QStringList errors;
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_videoList(new QTreeWidget(this))
    , m_player(new VideoPlayer(this))
    , m_timeline(new TimelineWidget(this))
{
    initUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/ethoscribe/icons/ethoscribe.svg")));
    setAcceptDrops(true);
    m_labeling = new LabelingController(m_player, m_timeline, this);
    m_predictions = new PredictionController(m_timeline, this);
    // The prediction rows come after the labeling rows, each time those are rebuilt.
    connect(m_labeling, &LabelingController::tracksRebuilt, m_predictions, [this] {
        m_predictions->showVideo(m_labeling->currentVideo());
    });
    m_flowOverlay = new FlowOverlay(m_player->frameView(), this);
    connect(m_player, &VideoPlayer::currentFrameChanged, m_flowOverlay, &FlowOverlay::showFrame);
    connect(m_flowOverlay, &FlowOverlay::message, this, [this](const QString &m) {
        statusBar()->showMessage(m, 6000);
    });
    connect(m_labeling, &LabelingController::videoShown, this, [this](VideoId id) {
        if (id == 0)
            m_predictions->showVideo(0);
        const VideoRecord *video = m_document && id ? m_document->video(id) : nullptr;
        m_flowOverlay->setCachePath(
                video ? FlowCache::pathFor(
                        m_document->path(),
                        video->contentHash,
                        flowOptionsFor(m_document->setting(QString::fromLatin1(kFlowMethodSetting)))
                                .method)
                      : QString());
        m_flowOverlay->showFrame(m_player->currentFrame());
        updateAnalysisActions();
        m_videoStateTimer.start(); // the flow cache may have grown since
    });
    connect(m_predictions, &PredictionController::fusionChanged, this, [this] {
        m_reviewFrame = -1; // another order: start again from the most doubtful bout
        updateFusionStatus();
        updateAnalysisActions();
    });

    m_videoList->setHeaderLabels({tr("Video"),
                                  tr("Frames"),
                                  tr("FPS"),
                                  tr("Duration"),
                                  tr("Labeled"),
                                  tr("Predicted"),
                                  tr("Flow")});
    m_videoList->headerItem()->setToolTip(4, tr("Frames labeled in your track"));
    m_videoList->headerItem()->setToolTip(
            5, tr("The networks and streams whose predictions are stored for the video"));
    m_videoList->headerItem()->setToolTip(
            6,
            tr("Frames whose optical flow is cached (the project's flow method); the flow "
               "networks need it, and an analysis computes what is missing"));
    m_videoList->setRootIsDecorated(false);
    m_videoList->setUniformRowHeights(true);
    m_videoList->setAlternatingRowColors(true);
    m_videoList->header()->setStretchLastSection(false);
    m_videoList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_videoList->columnCount(); ++c)
        m_videoList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The state columns follow edits and analyses, at most a few times a second.
    m_videoStateTimer.setSingleShot(true);
    m_videoStateTimer.setInterval(300);
    connect(&m_videoStateTimer, &QTimer::timeout, this, &MainWindow::updateVideoStates);
    m_videoList->setToolTip(tr("The videos of the project. Drop video files here to add them."));
    connect(m_videoList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_labeling->showVideo(item->data(0, Qt::UserRole).toLongLong());
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(m_player, 1);
    rightLayout->addWidget(m_timeline, 0);
    m_behaviorBar = new BehaviorBar(this);
    rightLayout->addWidget(m_behaviorBar, 0);
    connect(m_behaviorBar,
            &BehaviorBar::behaviorClicked,
            m_labeling,
            &LabelingController::labelWith);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_videoList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    setCentralWidget(splitter);

    m_annotatorLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_annotatorLabel);
    connect(m_labeling, &LabelingController::statusMessage, this, [this](const QString &m) {
        statusBar()->showMessage(m, 4000);
    });
    connect(m_labeling, &LabelingController::errorOccurred, this, [this](const QString &m) {
        showError(tr("Labels"), m);
    });
    connect(m_player, &VideoPlayer::openFailed, this, [this](const QString &m) {
        showError(tr("Cannot play the video"), m);
    });
    connect(m_timeline, &TimelineWidget::selectionChanged, this, [this](int start, int end) {
        if (end > start)
            statusBar()->showMessage(
                    tr("Frames %1 to %2 selected: press a behavior key to label them, Delete to "
                       "erase them.")
                            .arg(start)
                            .arg(end - 1));
    });

    createActions();
    createDocks();
    createMenus();
    qApp->installEventFilter(this);
    resize(1280, 820);
    readSettings();
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    waitForModelReads();
    m_analysis.reset(); // cancels its jobs; what they stored stays
    m_predictions->setDocument(nullptr);
    m_labeling->setDocument(nullptr);
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Project..."), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewProject);
    m_openAction = new QAction(tr("&Open Project..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseOpenProject);
    m_addVideosAction = new QAction(tr("&Add Videos..."), this);
    m_addVideosAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_addVideosAction, &QAction::triggered, this, &MainWindow::chooseVideos);
    m_importLabelsAction = new QAction(tr("Import &Labels..."), this);
    m_importLabelsAction->setStatusTip(
            tr("Labels made in BORIS, DeepEthogram or a spreadsheet, onto the video shown"));
    connect(m_importLabelsAction, &QAction::triggered, this, [this] { importLabels(QString()); });
    m_demoAction = new QAction(tr("Open &Demo"), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::chooseDemo);
    m_exportAction = new QAction(tr("&Export Labels as CSV..."), this);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    m_exportAllAction = new QAction(tr("Export &All Labels to Folder..."), this);
    m_exportAllAction->setStatusTip(tr("Your labels of every video, per frame and as bouts, as CSV "
                                       "files in a folder you choose"));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAllLabels);
    m_exportPredictionAction = new QAction(tr("Export &Prediction as CSV..."), this);
    m_exportPredictionAction->setStatusTip(
            tr("The fused prediction of this video as the sliders set it: behavior and the "
               "probability of each behavior per frame, and its bouts"));
    connect(m_exportPredictionAction, &QAction::triggered, this, &MainWindow::exportPrediction);
    m_exportAllPredictionsAction = new QAction(tr("Export All P&redictions to Folder..."), this);
    m_exportAllPredictionsAction->setStatusTip(
            tr("The fused prediction of every analysed video as the sliders set it, per frame and "
               "as bouts, as CSV files in a folder you choose"));
    connect(m_exportAllPredictionsAction,
            &QAction::triggered,
            this,
            &MainWindow::exportAllPredictions);
    m_relocateAction = new QAction(tr("&Find Moved Videos..."), this);
    m_relocateAction->setStatusTip(
            tr("Find videos that were moved or renamed, by their content, in a folder you choose"));
    connect(m_relocateAction, &QAction::triggered, this, &MainWindow::findMovedVideos);
    m_exportVideoAction = new QAction(tr("Export Annotated &Video..."), this);
    m_exportVideoAction->setStatusTip(
            tr("Write this video with each frame's behavior and a moving ethogram strip drawn on "
               "it, for talks and papers"));
    connect(m_exportVideoAction, &QAction::triggered, this, &MainWindow::exportAnnotatedVideo);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        m_labeling->endStroke();
        if (m_document && !m_document->undo() && !m_document->errorString().isEmpty()
            && m_document->undoStack()->canUndo())
            showError(tr("Undo"), m_document->errorString());
    });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    connect(m_redoAction, &QAction::triggered, this, [this] {
        m_labeling->endStroke();
        if (m_document && !m_document->redo() && !m_document->errorString().isEmpty()
            && m_document->undoStack()->canRedo())
            showError(tr("Redo"), m_document->errorString());
    });
    m_eraseAction = new QAction(tr("&Erase Labels"), this);
    m_eraseAction->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    m_eraseAction->setStatusTip(
            tr("Erase the labels of the selected frames, or of the current frame"));
    connect(m_eraseAction,
            &QAction::triggered,
            m_labeling,
            &LabelingController::eraseSelectionOrFrame);
    m_clearSelectionAction = new QAction(tr("Clear &Selection"), this);
    m_clearSelectionAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_clearSelectionAction, &QAction::triggered, m_timeline, [this] {
        m_timeline->clearSelection();
        statusBar()->clearMessage();
    });
    m_mergeAction = new QAction(tr("&Merge Bouts"), this);
    m_mergeAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_mergeAction->setStatusTip(tr("Make the selected bouts, and the gaps between them, one bout "
                                   "with the behavior of the first"));
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeSelectedBouts);
    m_splitMenu = new QMenu(tr("Spli&t Bout at Playhead"), this);
    m_splitMenu->setStatusTip(tr("Give the rest of the bout under the playhead, from the current "
                                 "frame on, another behavior (or none)"));
    connect(m_splitMenu, &QMenu::aboutToShow, this, [this] {
        m_splitMenu->clear();
        if (!m_document)
            return;
        for (const Behavior &b : m_document->behaviors().behaviors()) {
            QPixmap swatch(12, 12);
            swatch.fill(b.color);
            QAction *a = m_splitMenu->addAction(QIcon(swatch), b.name);
            const BehaviorId id = b.id;
            connect(a, &QAction::triggered, this, [this, id] { splitBoutAtPlayhead(id); });
        }
        m_splitMenu->addSeparator();
        connect(m_splitMenu->addAction(tr("Unlabeled (cut the rest off)")),
                &QAction::triggered,
                this,
                [this] { splitBoutAtPlayhead(kUnlabeled); });
    });
    m_behaviorsAction = new QAction(tr("&Behaviors..."), this);
    m_behaviorsAction->setStatusTip(
            tr("Add, rename, recolour, reorder or remove the project's behaviors"));
    connect(m_behaviorsAction, &QAction::triggered, this, [this] {
        if (!m_document || !m_document->isOpen()) {
            showError(tr("Behaviors"), tr("Open a project first."));
            return;
        }
        if (m_document->isReadOnly()) {
            showError(tr("Behaviors"),
                      tr("The project is open read-only: %1").arg(m_document->readOnlyReason()));
            return;
        }
        BehaviorsDialog dialog(m_document.get(), this);
        dialog.exec();
    });
    m_annotatorAction = new QAction(tr("Annotator &Name..."), this);
    connect(m_annotatorAction, &QAction::triggered, this, &MainWindow::editAnnotator);
    m_preferencesAction = new QAction(tr("&Preferences..."), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);

    m_playAction = new QAction(tr("&Play / Pause"), this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_playAction, &QAction::triggered, m_player, &VideoPlayer::togglePlayback);
    m_nextFrameAction = new QAction(tr("&Next Frame"), this);
    m_nextFrameAction->setShortcut(QKeySequence(Qt::Key_Right));
    connect(m_nextFrameAction, &QAction::triggered, m_player, &VideoPlayer::stepForward);
    m_previousFrameAction = new QAction(tr("P&revious Frame"), this);
    m_previousFrameAction->setShortcut(QKeySequence(Qt::Key_Left));
    connect(m_previousFrameAction, &QAction::triggered, m_player, &VideoPlayer::stepBackward);
    m_forwardAction = new QAction(tr("&Forward One Second"), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    connect(m_forwardAction, &QAction::triggered, this, [this] { seekBy(1.0); });
    m_backAction = new QAction(tr("&Back One Second"), this);
    m_backAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left));
    connect(m_backAction, &QAction::triggered, this, [this] { seekBy(-1.0); });
    m_firstFrameAction = new QAction(tr("F&irst Frame"), this);
    m_firstFrameAction->setShortcut(QKeySequence(Qt::Key_Home));
    connect(m_firstFrameAction, &QAction::triggered, m_player, [this] { m_player->seek(0); });
    m_lastFrameAction = new QAction(tr("&Last Frame"), this);
    m_lastFrameAction->setShortcut(QKeySequence(Qt::Key_End));
    connect(m_lastFrameAction, &QAction::triggered, m_player, [this] {
        m_player->seek(m_player->videoInfo().frameCount - 1);
    });
    m_nextChangeAction = new QAction(tr("Next Label &Change"), this);
    m_nextChangeAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(m_nextChangeAction,
            &QAction::triggered,
            m_labeling,
            &LabelingController::jumpToNextChange);
    m_previousChangeAction = new QAction(tr("Previous Label C&hange"), this);
    m_previousChangeAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(m_previousChangeAction,
            &QAction::triggered,
            m_labeling,
            &LabelingController::jumpToPreviousChange);
    m_fasterAction = new QAction(tr("F&aster"), this);
    m_fasterAction->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(m_fasterAction, &QAction::triggered, m_player, [this] {
        const QVector<double> s = VideoPlayer::speeds();
        m_player->setSpeed(s.value(std::min<int>(s.size() - 1, s.indexOf(m_player->speed()) + 1)));
    });
    m_slowerAction = new QAction(tr("&Slower"), this);
    m_slowerAction->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(m_slowerAction, &QAction::triggered, m_player, [this] {
        const QVector<double> s = VideoPlayer::speeds();
        m_player->setSpeed(s.value(std::max(0, int(s.indexOf(m_player->speed())) - 1)));
    });

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_timeline, [this] {
        m_timeline->zoomBy(2.0, int(m_timeline->xOfFrame(m_player->currentFrame())));
    });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_timeline, [this] {
        m_timeline->zoomBy(0.5, int(m_timeline->xOfFrame(m_player->currentFrame())));
    });
    m_zoomFitAction = new QAction(tr("Show &Whole Video"), this);
    m_zoomFitAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_zoomFitAction, &QAction::triggered, m_timeline, &TimelineWidget::zoomToFit);
    m_flowOverlayAction = new QAction(tr("Optical &Flow Overlay"), this);
    m_flowOverlayAction->setCheckable(true);
    m_flowOverlayAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_flowOverlayAction->setStatusTip(tr("Show the optical flow that led to each frame over the "
                                         "video (colour = direction; computed by analyses with "
                                         "flow models)"));
    connect(m_flowOverlayAction, &QAction::toggled, this, [this](bool on) {
        m_flowOverlay->setEnabled(on);
    });
    m_videoListAction = new QAction(tr("&Video List"), this);
    m_videoListAction->setCheckable(true);
    m_videoListAction->setChecked(true);
    connect(m_videoListAction, &QAction::toggled, m_videoList, &QWidget::setVisible);

    m_chooseModelsAction = new QAction(tr("&Choose Models..."), this);
    m_chooseModelsAction->setStatusTip(
            tr("The trained model files (I3D and/or R(2+1)D, RGB and/or flow) this project "
               "analyses its videos with"));
    connect(m_chooseModelsAction, &QAction::triggered, this, &MainWindow::chooseModels);
    m_retrainAction = new QAction(tr("&Retrain..."), this);
    m_retrainAction->setStatusTip(
            tr("Train the networks again on this project's labels (leave-one-recording-out "
               "cross-validation), in a separate process"));
    connect(m_retrainAction, &QAction::triggered, this, &MainWindow::retrain);
    m_importWeightsAction = new QAction(tr("Import Pretrained &Weights..."), this);
    m_importWeightsAction->setStatusTip(
            tr("Make a model from published network weights (a file, or downloaded by name) for "
               "Retrain to start from"));
    connect(m_importWeightsAction, &QAction::triggered, this, &MainWindow::importWeights);
    m_resultsAction = new QAction(tr("Training Res&ults..."), this);
    m_resultsAction->setStatusTip(
            tr("The accuracy, confusion matrices and plots of the project's cross-validation "
               "runs, side by side"));
    connect(m_resultsAction, &QAction::triggered, this, [this] {
        if (!m_document) {
            showError(tr("Training Results"), tr("Open a project first."));
            return;
        }
        if (!m_document->isReadOnly()) {
            QString error;
            RunFolder::recordFinished(m_document->recordsDatabase(), m_document->path(), &error);
        }
        QStringList runs;
        for (const CvRunRecord &r : m_document->cvRuns())
            runs << r.config.value(QStringLiteral("runDir")).toString();
        auto *dialog = new RunResultsDialog(runs, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RunResultsDialog::useModels, this, &MainWindow::useRunModels);
        dialog->show();
    });
    m_statisticsAction = new QAction(tr("&Statistics..."), this);
    m_statisticsAction->setStatusTip(
            tr("Time budgets, bouts, latencies, time bins, transitions and agreement of the "
               "project's videos, with plots to export"));
    connect(m_statisticsAction, &QAction::triggered, this, [this] {
        if (!m_document || !m_document->isOpen()) {
            showError(tr("Statistics"), tr("Open a project first."));
            return;
        }
        // Several videos selected in the list: those; otherwise every video of the project.
        QVector<VideoId> selected;
        const QList<QTreeWidgetItem *> items = m_videoList->selectedItems();
        if (items.size() > 1)
            for (QTreeWidgetItem *item : items)
                selected << item->data(0, Qt::UserRole).toLongLong();
        auto *dialog = new StatisticsDialog(
                m_document.get(), selected, this, m_predictions->parameters());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Its track "fused" is what the timeline shows: it follows the Fusion sliders.
        connect(m_predictions, &PredictionController::fusionChanged, dialog, [this, dialog] {
            dialog->setFusionParameters(m_predictions->parameters());
        });
        // The dialog reads the document: setDocument() closes it before the document goes.
        dialog->show();
    });
    m_analyseVideoAction = new QAction(tr("&Analyse This Video"), this);
    m_analyseVideoAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_analyseVideoAction->setStatusTip(
            tr("Predict the behavior in every frame of this video, in the background"));
    connect(m_analyseVideoAction, &QAction::triggered, this, [this] {
        if (m_labeling->currentVideo() != 0)
            analyseVideos({m_labeling->currentVideo()});
    });
    m_analyseAllAction = new QAction(tr("Analyse A&ll Videos"), this);
    m_analyseAllAction->setStatusTip(
            tr("Predict the behaviors of every video of the project (what is already predicted "
               "is kept)"));
    connect(m_analyseAllAction, &QAction::triggered, this, [this] {
        QList<VideoId> all;
        if (m_document)
            for (const VideoRecord &v : m_document->videos())
                all << v.id;
        analyseVideos(all);
    });
    m_cancelAnalysesAction = new QAction(tr("Ca&ncel All Analyses"), this);
    m_cancelAnalysesAction->setStatusTip(
            tr("Stop every analysis; what they finished is kept, and analysing again resumes"));
    connect(m_cancelAnalysesAction, &QAction::triggered, this, [this] {
        if (m_analysis)
            m_analysis->cancelAll();
    });
    m_acceptAction = new QAction(tr("Acce&pt Prediction"), this);
    m_acceptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_acceptAction->setStatusTip(tr("Copy the fused prediction into your labels over the "
                                    "selection, or over the predicted bout under the playhead"));
    connect(m_acceptAction, &QAction::triggered, this, [this] { acceptPrediction(); });
    m_nextUncertainAction = new QAction(tr("Ne&xt Uncertain Bout"), this);
    m_nextUncertainAction->setShortcut(QKeySequence(Qt::Key_N));
    m_nextUncertainAction->setStatusTip(
            tr("Go to the next predicted bout in order of doubt (least confident, or where the "
               "models disagree, first)"));
    connect(m_nextUncertainAction, &QAction::triggered, this, [this] { goToUncertainBout(true); });
    m_previousUncertainAction = new QAction(tr("Pre&vious Uncertain Bout"), this);
    m_previousUncertainAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_N));
    connect(m_previousUncertainAction, &QAction::triggered, this, [this] {
        goToUncertainBout(false);
    });

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(tr("&About Ethoscribe"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(m_addVideosAction);
    file->addAction(m_importLabelsAction);
    file->addAction(m_relocateAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_exportAllAction);
    file->addAction(m_exportPredictionAction);
    file->addAction(m_exportAllPredictionsAction);
    file->addAction(m_exportVideoAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_eraseAction);
    edit->addAction(m_mergeAction);
    edit->addMenu(m_splitMenu);
    edit->addAction(m_clearSelectionAction);
    edit->addSeparator();
    edit->addAction(m_behaviorsAction);
    edit->addAction(m_annotatorAction);
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomFitAction);
    view->addSeparator();
    view->addAction(m_flowOverlayAction);
    view->addAction(m_videoListAction);
    view->addAction(m_fusionDock->toggleViewAction());
    view->addAction(m_tasksDock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_statisticsAction);

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(m_playAction);
    playback->addSeparator();
    playback->addAction(m_previousFrameAction);
    playback->addAction(m_nextFrameAction);
    playback->addAction(m_backAction);
    playback->addAction(m_forwardAction);
    playback->addAction(m_firstFrameAction);
    playback->addAction(m_lastFrameAction);
    playback->addSeparator();
    playback->addAction(m_previousChangeAction);
    playback->addAction(m_nextChangeAction);
    playback->addSeparator();
    playback->addAction(m_slowerAction);
    playback->addAction(m_fasterAction);

    QMenu *models = menuBar()->addMenu(tr("&Models"));
    models->addAction(m_chooseModelsAction);
    models->addAction(m_retrainAction);
    models->addAction(m_resultsAction);
    models->addAction(m_importWeightsAction);
    models->addSeparator();
    models->addAction(m_analyseVideoAction);
    models->addAction(m_analyseAllAction);
    models->addAction(m_cancelAnalysesAction);
    models->addSeparator();
    models->addAction(m_acceptAction);
    models->addAction(m_nextUncertainAction);
    models->addAction(m_previousUncertainAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    // The work of a review session one click away: the same actions as the menus (enabled and
    // disabled with them), text only.
    m_toolBar = addToolBar(tr("Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_analyseVideoAction->setIconText(tr("Analyse"));
    m_analyseAllAction->setIconText(tr("Analyse All"));
    m_cancelAnalysesAction->setIconText(tr("Cancel Analyses"));
    m_previousUncertainAction->setIconText(tr("Previous Uncertain"));
    m_nextUncertainAction->setIconText(tr("Next Uncertain"));
    m_acceptAction->setIconText(tr("Accept"));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_addVideosAction);
    m_toolBar->addAction(m_importLabelsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_analyseVideoAction);
    m_toolBar->addAction(m_analyseAllAction);
    m_toolBar->addAction(m_cancelAnalysesAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_previousUncertainAction);
    m_toolBar->addAction(m_nextUncertainAction);
    m_toolBar->addAction(m_acceptAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_retrainAction);
    view->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::createDocks()
{
    m_fusionPanel = new FusionPanel(this);
    m_fusionPanel->addActionButtons(
            {m_previousUncertainAction, m_nextUncertainAction, m_acceptAction});
    connect(m_fusionPanel,
            &FusionPanel::parametersChanged,
            this,
            [this](const FusionParameters &params) {
                QString error;
                if (!m_predictions->setParameters(params, &error))
                    statusBar()->showMessage(error, 6000);
            });
    m_fusionDock = new QDockWidget(tr("Fusion"), this);
    m_fusionDock->setObjectName(QStringLiteral("fusionDock"));
    m_fusionDock->setWidget(m_fusionPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_fusionDock);

    m_tasks = new TaskList(this);
    m_tasksDock = new QDockWidget(tr("Tasks"), this);
    m_tasksDock->setObjectName(QStringLiteral("tasksDock"));
    m_tasksDock->setWidget(m_tasks);
    addDockWidget(Qt::RightDockWidgetArea, m_tasksDock);

    m_taskLabel = new QLabel(this);
    m_taskBar = new QProgressBar(this);
    m_taskBar->setMaximumWidth(160);
    m_taskBar->setRange(0, 100);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_taskBar);
    m_taskLabel->hide();
    m_taskBar->hide();
    connect(m_tasks, &TaskList::changed, this, &MainWindow::updateTaskStatus);

    // Scrubbing copies being made are background jobs like the others.
    FrameDecoder *decoder = m_player->decoder();
    connect(decoder,
            &FrameDecoder::proxyBuildStarted,
            this,
            [this, decoder](int build, const QString &video) {
                m_proxyTasks.insert(
                        build,
                        m_tasks->addTask(
                                tr("Scrubbing copy of %1").arg(QFileInfo(video).fileName()),
                                [decoder] { decoder->cancelProxyBuild(); }));
            });
    connect(decoder,
            &FrameDecoder::proxyBuildProgress,
            this,
            [this](int build, qint64 done, qint64 total) {
                if (m_proxyTasks.contains(build))
                    m_tasks->setProgress(m_proxyTasks.value(build),
                                         done,
                                         total,
                                         tr("frame %1 of %2").arg(done).arg(total));
            });
    connect(decoder,
            &FrameDecoder::proxyBuildEnded,
            this,
            [this](int build, bool failed, const QString &message) {
                if (m_proxyTasks.contains(build))
                    m_tasks->finishTask(m_proxyTasks.take(build), message, failed);
            });
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    // Analyses of the previous project stop (what they stored stays; analysing again resumes).
    m_analysis.reset();
    for (auto it = m_jobTasks.cbegin(); it != m_jobTasks.cend(); ++it)
        m_tasks->finishTask(it.value(), tr("Stopped: the project was closed."), false);
    m_jobTasks.clear();
    m_predictions->setDocument(nullptr);
    m_labeling->setDocument(nullptr);
    for (StatisticsDialog *dialog : findChildren<StatisticsDialog *>())
        delete dialog;
    m_document = std::move(document);
    m_predictions->setDocument(m_document.get());
    m_fusionPanel->setParameters(m_predictions->parameters());
    if (m_document && m_analysisService) {
        m_analysis = std::make_unique<ProjectAnalysis>(m_document.get(), m_analysisService);
        connect(m_analysis.get(),
                &ProjectAnalysis::progress,
                this,
                &MainWindow::onAnalysisProgress);
        connect(m_analysis.get(),
                &ProjectAnalysis::finished,
                this,
                [this](quint64 job, VideoId video, double seconds) {
                    onAnalysisEnded(
                            job,
                            video,
                            tr("%1 analysed (%2 s).").arg(videoName(video)).arg(seconds, 0, 'f', 0),
                            false);
                });
        connect(m_analysis.get(),
                &ProjectAnalysis::failed,
                this,
                [this](quint64 job, VideoId video, const QString &message) {
                    onAnalysisEnded(job, video, message, true);
                });
    }
    m_labeling->setDocument(m_document.get());
    m_behaviorBar->setBehaviors(m_document ? m_document->behaviors() : BehaviorSet());
    if (m_document)
        connect(m_document.get(), &Document::behaviorsChanged, m_behaviorBar, [this] {
            m_behaviorBar->setBehaviors(m_document->behaviors());
        });
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
        connect(m_document.get(), &Document::videosChanged, this, &MainWindow::refreshVideoList);
        connect(m_document.get(),
                &Document::labelsChanged,
                &m_videoStateTimer,
                qOverload<>(&QTimer::start));
        connect(m_document.get(),
                &Document::tracksChanged,
                &m_videoStateTimer,
                qOverload<>(&QTimer::start));
    }
    const bool open = m_document && m_document->isOpen();
    m_addVideosAction->setEnabled(true);
    m_exportAction->setEnabled(open);
    m_exportAllAction->setEnabled(open);
    m_exportAllPredictionsAction->setEnabled(open);
    m_importLabelsAction->setEnabled(open && !m_document->isReadOnly());
    m_exportVideoAction->setEnabled(open);
    m_eraseAction->setEnabled(open);
    m_mergeAction->setEnabled(open);
    m_splitMenu->setEnabled(open);
    m_annotatorLabel->setText(tr("Annotator: %1").arg(m_labeling->annotator()));
    refreshVideoList();
    updateUndoActions();
    updateTitle();
    updateAnalysisActions();
    updateFusionStatus();
    // Training runs that finished while nobody followed them are recorded now.
    if (m_document && m_document->isOpen() && !m_document->isReadOnly()) {
        QString error;
        const int recorded = RunFolder::recordFinished(
                m_document->recordsDatabase(), m_document->path(), &error);
        if (recorded > 0)
            statusBar()->showMessage(tr("%n finished training run(s) recorded in the project "
                                        "(Models > Training Results...).",
                                        nullptr,
                                        recorded),
                                     8000);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
}

void MainWindow::refreshVideoList()
{
    const VideoId current = m_labeling->currentVideo();
    QSignalBlocker block(m_videoList);
    m_videoList->clear();
    if (!m_document)
        return;
    QTreeWidgetItem *select = nullptr;
    QStringList paths;
    for (const VideoRecord &v : m_document->videos())
        paths << v.path;
    const QStringList names = videoDisplayNames(paths); // "day1.mp4 (cage2)" where names clash
    for (qsizetype i = 0; i < m_document->videos().size(); ++i) {
        const VideoRecord &v = m_document->videos().at(i);
        auto *item = new QTreeWidgetItem(m_videoList);
        const QString absolute = m_document->absoluteVideoPath(v);
        item->setText(0, names.at(i));
        item->setToolTip(0, QDir::toNativeSeparators(absolute));
        item->setText(1, QString::number(v.frameCount));
        const double fps = v.fpsDen > 0 ? double(v.fpsNum) / v.fpsDen : 0.0;
        item->setText(2, QString::number(fps, 'f', fps == std::round(fps) ? 0 : 2));
        item->setText(3, durationText(v.durationSeconds));
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, v.id);
        if (!QFileInfo::exists(absolute)) {
            item->setForeground(0, QColor(190, 0, 0));
            item->setToolTip(0, tr("Missing: %1").arg(QDir::toNativeSeparators(absolute)));
        }
        if (v.id == current)
            select = item;
    }
    if (select)
        m_videoList->setCurrentItem(select);
    updateVideoStates();
}

void MainWindow::updateVideoStates()
{
    if (!m_document)
        return;
    for (int i = 0; i < m_videoList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_videoList->topLevelItem(i);
        const VideoId id = item->data(0, Qt::UserRole).toLongLong();
        const VideoRecord *video = m_document->video(id);
        if (!video)
            continue;
        const TrackRecord *mine = m_document->manualTrack(id, m_labeling->annotator());
        const LabelTrack *labels = mine ? m_document->labels(mine->id) : nullptr;
        item->setText(4,
                      labels && video->frameCount > 0 ? QStringLiteral("%1%").arg(
                              100.0 * double(labels->labeledFrames()) / double(video->frameCount),
                              0,
                              'f',
                              0)
                                                      : QStringLiteral("-"));
        QStringList streams;
        QStringList details;
        for (const TrackRecord &t : m_document->tracks(id)) {
            if (!LabelingController::isFusionInput(t)
                || m_document->predictionTrack(id, t.model, t.stream)->id != t.id)
                continue; // only the newest track of each network and stream is used
            streams << QStringLiteral("%1 %2").arg(t.model, t.stream);
            details << tr("%1 %2: model %3").arg(t.model, t.stream, t.source.left(12));
        }
        item->setText(5,
                      streams.isEmpty() ? QStringLiteral("-")
                                        : tr("%n stream(s)", nullptr, int(streams.size())));
        item->setToolTip(5, details.join(QLatin1Char('\n')));
    }
    updateFlowStates();
}

void MainWindow::updateFlowStates()
{
    // A few small reads per video (FlowCache::framesCached), in the background: the project may
    // be on a slow network drive.
    struct Video
    {
        VideoId id;
        QString cache;
        QString hash;
    };
    struct State
    {
        VideoId id;
        qint64 done;
        qint64 total;
    };
    const FlowMethod method
            = flowOptionsFor(m_document->setting(QString::fromLatin1(kFlowMethodSetting))).method;
    QVector<Video> videos;
    for (const VideoRecord &v : m_document->videos())
        videos.append({v.id,
                       FlowCache::pathFor(m_document->path(), v.contentHash, method),
                       v.contentHash});
    const QString project = m_document->path();
    auto *watcher = new QFutureWatcher<QVector<State>>(this);
    connect(watcher,
            &QFutureWatcher<QVector<State>>::finished,
            this,
            [this, watcher, project, method] {
                watcher->deleteLater();
                if (!m_document || m_document->path() != project)
                    return;
                QHash<VideoId, State> states;
                for (const State &state : watcher->result())
                    states.insert(state.id, state);
                for (int i = 0; i < m_videoList->topLevelItemCount(); ++i) {
                    QTreeWidgetItem *item = m_videoList->topLevelItem(i);
                    const auto it = states.constFind(item->data(0, Qt::UserRole).toLongLong());
                    if (it == states.constEnd())
                        continue;
                    const bool any = it->done > 0 && it->total > 0;
                    item->setText(6,
                                  any ? QStringLiteral("%1%").arg(
                                          std::floor(100.0 * double(it->done) / double(it->total)))
                                      : QStringLiteral("-"));
                    item->setToolTip(6,
                                     any ? tr("%1 flow cached for %2 of %3 frames")
                                                     .arg(flowMethodName(method))
                                                     .arg(it->done)
                                                     .arg(it->total)
                                         : tr("No %1 flow cached yet").arg(flowMethodName(method)));
                }
            });
    watcher->setFuture(QtConcurrent::run([videos] {
        QVector<State> states;
        for (const Video &v : videos) {
            qint64 total = 0;
            const qint64 done = FlowCache::framesCached(v.cache, v.hash, &total);
            states.append({v.id, qMax<qint64>(done, 0), total});
        }
        return states;
    }));
}

void MainWindow::updateTitle()
{
    QString title = tr("Ethoscribe");
    if (m_document && m_document->isOpen()) {
        title = QStringLiteral("%1 - %2").arg(QFileInfo(m_document->path()).fileName(), title);
        if (m_document->isReadOnly())
            title += QLatin1Char(' ') + tr("[read-only]");
    }
    setWindowTitle(title);
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                    : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                    : tr("&Redo"));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    qWarning("%s: %s", qPrintable(title), qPrintable(message));
    Q_EMIT errorShown(message);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

bool MainWindow::openProject(const QString &path)
{
    auto document = std::make_unique<Document>();
    if (!document->open(path)) {
        showError(tr("Cannot open the project"),
                  tr("The project %1 could not be opened.\n\n%2")
                          .arg(QDir::toNativeSeparators(path), document->errorString()));
        return false;
    }
    setDocument(std::move(document));
    rememberProject(path);
    if (m_document->isReadOnly())
        showError(tr("Project opened read-only"),
                  tr("%1\n\nYou can look at the labels but not change them. Close the other window "
                     "that has the "
                     "project open, then open it again here.")
                          .arg(m_document->readOnlyReason()));
    if (!m_document->videos().isEmpty())
        showVideo(m_document->videos().first().id);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::newProject(const QString &path)
{
    auto document = std::make_unique<Document>();
    QString error;
    if (!ProjectSetup::createProject(*document, path, &error)) {
        showError(tr("Cannot create the project"),
                  tr("The project %1 could not be created.\n\n%2\n\nChoose another name or folder.")
                          .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setDocument(std::move(document));
    rememberProject(path);
    return true;
}

void MainWindow::showVideo(VideoId id)
{
    for (int i = 0; i < m_videoList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_videoList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == id) {
            if (m_videoList->currentItem() == item)
                m_labeling->showVideo(id);
            else
                m_videoList->setCurrentItem(item);
            return;
        }
    }
}

bool MainWindow::ensureProjectForVideos()
{
    if (m_document && m_document->isOpen()) {
        if (m_document->isReadOnly()) {
            showError(tr("Cannot add videos"),
                      tr("The project is open read-only: %1").arg(m_document->readOnlyReason()));
            return false;
        }
        return true;
    }
    if (!m_interactive)
        return false;
    QMessageBox::information(
            this,
            tr("New project"),
            tr("Videos belong to a project, which keeps their labels. Choose where to save the "
               "new project."));
    chooseNewProject();
    return m_document && m_document->isOpen();
}

void MainWindow::addVideos(const QStringList &paths)
{
    if (paths.isEmpty() || m_busy || !ensureProjectForVideos())
        return;
    QStringList fresh;
    QStringList already;
    for (const QString &p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        if (m_document->findVideo(absolute))
            already << QFileInfo(p).fileName();
        else
            fresh << absolute;
    }
    if (!already.isEmpty())
        statusBar()->showMessage(
                tr("Already in the project: %1").arg(already.join(QStringLiteral(", "))), 6000);
    if (fresh.isEmpty())
        return;
    m_busy = true;
    std::function<ProbeResult(TaskProgress &)> work = [fresh](TaskProgress &progress) {
        ProbeResult result;
        for (int i = 0; i < fresh.size() && !progress.isCanceled(); ++i) {
            progress.setText(QCoreApplication::translate("ethoscribe::MainWindow",
                                                         "Reading %1 (%2 of %3)...")
                                     .arg(QFileInfo(fresh[i]).fileName())
                                     .arg(i + 1)
                                     .arg(fresh.size()));
            QString error;
            const qint64 total = qint64(fresh.size()) * 1000;
            progress.setProgress(qint64(i) * 1000, total);
            const std::optional<VideoRecord> record = VideoProbe::probe(
                    fresh[i],
                    &error,
                    [&](double f) { progress.setProgress(qint64((i + f) * 1000), total); },
                    progress.cancelFlag());
            if (record)
                result.videos << *record;
            else if (!progress.isCanceled())
                result.errors << error;
        }
        return result;
    };
    std::function<void(ProbeResult, bool)> done = [this](ProbeResult result, bool canceled) {
        m_busy = false;
        if (!m_document || !m_document->isOpen())
            return;
        int added = 0;
        VideoId first = 0;
        for (const VideoRecord &v : std::as_const(result.videos)) {
            const std::optional<VideoId> id = m_document->addVideo(v);
            if (!id) {
                result.errors << tr("%1 could not be added: %2")
                                         .arg(QDir::toNativeSeparators(v.path),
                                              m_document->errorString());
                continue;
            }
            if (!first)
                first = *id;
            ++added;
        }
        if (first && m_labeling->currentVideo() == 0)
            showVideo(first);
        statusBar()->showMessage(canceled ? tr("Cancelled: %n video(s) added.", nullptr, added)
                                          : tr("%n video(s) added.", nullptr, added),
                                 6000);
        if (!result.errors.isEmpty())
            showError(tr("Some videos were not added"),
                      tr("These files could not be added:\n\n%1")
                              .arg(result.errors.join(QStringLiteral("\n\n"))));
        Q_EMIT videosAdded(added);
    };
    runWithProgress<ProbeResult>(this,
                                 m_interactive ? this : nullptr,
                                 tr("Adding videos"),
                                 tr("Reading the videos..."),
                                 work,
                                 done);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList videos;
    for (const QString &p : paths) {
        const QString suffix = QFileInfo(p).suffix();
        if (suffix.compare(kProjectSuffix, Qt::CaseInsensitive) == 0)
            openProject(p);
        else if (QFileInfo::exists(p)
                 && QStringList{QStringLiteral("csv"), QStringLiteral("tsv")}.contains(
                         suffix, Qt::CaseInsensitive))
            importLabels(p);
        else if (!QFileInfo::exists(p))
            showError(tr("File not found"),
                      tr("%1 does not exist. Check the name and the folder.")
                              .arg(QDir::toNativeSeparators(p)));
        else
            videos << p;
    }
    if (!videos.isEmpty())
        addVideos(videos);
}

void MainWindow::openDemo(const QString &folder)
{
    if (m_busy)
        return;
    if (!QDir().mkpath(folder)) {
        showError(tr("Cannot create the demo"),
                  tr("The folder %1 could not be created. Choose a folder you can write to.")
                          .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (DemoProject::findVideos(folder).size() >= DemoProject::kVideoCount) {
        continueDemo(folder);
        return;
    }
    m_busy = true;
    struct Generated
    {
        bool ok = false;
        QString error;
    };
    std::function<Generated(TaskProgress &)> work = [folder](TaskProgress &progress) {
        Generated g;
        g.ok = DemoProject::generate(
                folder,
                DemoProject::kVideoCount,
                DemoProject::kSeconds,
                DemoProject::kSeed,
                [&progress](qint64 done, qint64 total) { progress.setProgress(done, total); },
                progress.cancelFlag(),
                &g.error);
        return g;
    };
    std::function<void(Generated, bool)> done = [this, folder](Generated g, bool canceled) {
        m_busy = false;
        if (canceled) {
            statusBar()->showMessage(tr("Demo cancelled."), 6000);
            return;
        }
        if (!g.ok) {
            showError(tr("Cannot create the demo"),
                      tr("The synthetic demo videos could not be written to %1.\n\n%2")
                              .arg(QDir::toNativeSeparators(folder), g.error));
            return;
        }
        continueDemo(folder);
    };
    runWithProgress<Generated>(this,
                               m_interactive ? this : nullptr,
                               tr("Demo"),
                               tr("Generating %1 synthetic cage videos of %2 s...")
                                       .arg(DemoProject::kVideoCount)
                                       .arg(DemoProject::kSeconds),
                               work,
                               done);
}

void MainWindow::continueDemo(const QString &folder)
{
    const QString projectPath = DemoProject::projectPath(folder);
    if (QFileInfo::exists(projectPath)) {
        auto document = std::make_unique<Document>();
        if (document->open(projectPath) && !document->videos().isEmpty()) {
            setDocument(std::move(document));
            if (m_document->isReadOnly())
                statusBar()->showMessage(
                        tr("The demo is open read-only: %1").arg(m_document->readOnlyReason()));
            showVideo(m_document->videos().first().id);
            m_player->play();
            statusBar()->showMessage(tr("Demo: press 1-8 to relabel the current frame (hold while "
                                        "playing to paint), "
                                        "Ctrl+Z to undo."),
                                     15000);
            Q_EMIT demoReady();
            startDemoAnalysis(folder);
            return;
        }
        if (!document->errorString().isEmpty() && document->isOpen() == false
            && QFileInfo::exists(projectPath)) {
            // An unusable or empty demo project: set it aside (never delete) and build a new one.
            const QString aside = projectPath + QStringLiteral(".broken-")
                                  + QString::number(QDateTime::currentSecsSinceEpoch());
            document.reset();
            QFile::rename(projectPath, aside);
        } else {
            document.reset();
            const QString aside = projectPath + QStringLiteral(".empty-")
                                  + QString::number(QDateTime::currentSecsSinceEpoch());
            QFile::rename(projectPath, aside);
        }
    }
    const QStringList videos = DemoProject::findVideos(folder);
    m_busy = true;
    std::function<ProbeResult(TaskProgress &)> work = [videos](TaskProgress &progress) {
        ProbeResult result;
        for (int i = 0; i < videos.size() && !progress.isCanceled(); ++i) {
            QString error;
            progress.setProgress(i, videos.size());
            const std::optional<VideoRecord> record
                    = VideoProbe::probe(videos[i], &error, {}, progress.cancelFlag());
            if (record)
                result.videos << *record;
            else
                result.errors << error;
        }
        return result;
    };
    std::function<void(ProbeResult, bool)> done = [this, folder, projectPath](ProbeResult result,
                                                                              bool canceled) {
        m_busy = false;
        if (canceled) {
            statusBar()->showMessage(tr("Demo cancelled."), 6000);
            return;
        }
        if (!result.errors.isEmpty() || result.videos.isEmpty()) {
            showError(tr("Cannot open the demo"),
                      tr("The demo videos in %1 could not be read:\n\n%2\n\nDelete the folder to "
                         "have them "
                         "generated again.")
                              .arg(QDir::toNativeSeparators(folder),
                                   result.errors.join(QStringLiteral("\n"))));
            return;
        }
        auto document = std::make_unique<Document>();
        QString error;
        if (!ProjectSetup::createProject(*document, projectPath, &error)
            || !DemoProject::populate(*document, result.videos, m_labeling->annotator(), &error)) {
            showError(tr("Cannot create the demo"),
                      tr("The demo project %1 could not be created.\n\n%2")
                              .arg(QDir::toNativeSeparators(projectPath), error));
            return;
        }
        setDocument(std::move(document));
        showVideo(m_document->videos().first().id);
        m_player->play();
        statusBar()->showMessage(
                tr("Demo: press 1-8 to relabel the current frame (hold while playing to paint), "
                   "Ctrl+Z to undo."),
                15000);
        Q_EMIT demoReady();
        startDemoAnalysis(folder);
    };
    runWithProgress<ProbeResult>(this,
                                 m_interactive ? this : nullptr,
                                 tr("Demo"),
                                 tr("Reading the demo videos..."),
                                 work,
                                 done);
}

void MainWindow::waitForModelReads()
{
    for (const QPointer<QFutureWatcherBase> &watcher : std::as_const(m_modelReads))
        if (watcher)
            watcher->waitForFinished();
    m_modelReads.clear();
}

void MainWindow::setAnalysisService(AnalysisService *service)
{
    if (service != m_analysisService)
        waitForModelReads();
    m_analysisService = service;
    // Rebinds the open project (if any) to the service.
    if (m_document) {
        std::unique_ptr<Document> document = std::move(m_document);
        const VideoId shown = m_labeling->currentVideo();
        setDocument(std::move(document));
        if (shown)
            showVideo(shown);
    }
    updateAnalysisActions();
}

QStringList MainWindow::modelPaths() const
{
    QStringList paths;
    if (!m_document)
        return paths;
    const QDir projectDir = QFileInfo(m_document->path()).absoluteDir();
    const QJsonArray array
            = QJsonDocument::fromJson(m_document->setting(kModelsSetting).toUtf8()).array();
    for (const QJsonValue &v : array)
        if (!v.toString().isEmpty())
            paths << QDir::cleanPath(projectDir.absoluteFilePath(v.toString()));
    return paths;
}

void MainWindow::setModelPaths(const QStringList &paths, const std::function<void(bool)> &done)
{
    const auto finish = [this, done](bool ok) {
        if (done)
            done(ok);
        Q_EMIT modelPathsSet(ok);
    };
    if (!m_document || !m_document->isOpen()) {
        showError(tr("Models"), tr("Open a project first."));
        return finish(false);
    }
    if (!m_analysisService) {
        showError(tr("Models"),
                  tr("This build of Ethoscribe cannot run networks. Use ethoscribe-cli analyze, "
                     "or a build with LibTorch."));
        return finish(false);
    }
    if (m_document->isReadOnly()) {
        showError(tr("Models"),
                  tr("The project is open read-only: %1").arg(m_document->readOnlyReason()));
        return finish(false);
    }
    // Reading and hashing the files takes a moment for full-size networks: not on the GUI thread.
    statusBar()->showMessage(tr("Reading the models..."));
    const AnalysisService *service = m_analysisService;
    auto *watcher = new QFutureWatcher<DescribedModels>(this);
    const QPointer<Document> document = m_document.get();
    connect(watcher, &QFutureWatcher<DescribedModels>::finished, this, [=] {
        watcher->deleteLater();
        statusBar()->clearMessage();
        if (!m_document || m_document.get() != document)
            return finish(false); // another project was opened meanwhile
        const DescribedModels described = watcher->result();
        QString error = described.error;
        if (error.isEmpty() && m_analysis)
            m_analysis->checkModels(described.models, &error);
        if (!error.isEmpty()) {
            showError(tr("These models cannot be used"), error);
            return finish(false);
        }
        const QDir projectDir = QFileInfo(m_document->path()).absoluteDir();
        QJsonArray array;
        for (const AnalysisModel &m : described.models) {
            const QString relative = projectDir.relativeFilePath(m.path);
            array.append(relative.startsWith(QLatin1String("..")) ? m.path : relative);
        }
        if (!m_document->setSetting(
                    kModelsSetting,
                    QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))) {
            showError(tr("Models"), m_document->errorString());
            return finish(false);
        }
        QStringList names;
        for (const AnalysisModel &m : described.models)
            names << QStringLiteral("%1 %2").arg(m.architecture, m.stream);
        statusBar()->showMessage(tr("Models: %1").arg(names.join(QStringLiteral(", "))), 6000);
        updateAnalysisActions();
        finish(true);
    });
    watcher->setFuture(
            QtConcurrent::run([service, paths] { return describeModels(service, paths); }));
    m_modelReads.removeAll(nullptr);
    m_modelReads.append(watcher);
}

void MainWindow::findMovedVideos()
{
    if (!m_document || !m_document->isOpen()) {
        showError(tr("Find Moved Videos"), tr("Open a project first."));
        return;
    }
    if (m_document->missingVideos().isEmpty()) {
        QMessageBox::information(this,
                                 tr("Find Moved Videos"),
                                 tr("Every video of the project is where it was added."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Find Moved Videos In"), QFileInfo(m_document->path()).absolutePath());
    if (!folder.isEmpty())
        findMovedVideosIn(folder);
}

void MainWindow::findMovedVideosIn(const QString &folder)
{
    if (!m_document || !m_document->isOpen())
        return;
    if (m_document->isReadOnly()) {
        showError(tr("Find Moved Videos"),
                  tr("The project is open read-only: %1").arg(m_document->readOnlyReason()));
        Q_EMIT relocationFinished(0, 0);
        return;
    }
    const QVector<VideoRecord> missing = m_document->missingVideos();
    // The search (hashing candidate files) runs in the background; the new paths are recorded
    // here, on the GUI thread, in the project that was open when it started.
    struct Result
    {
        QVector<ProjectDatabase::Relocation> found;
        QString error;
    };
    std::function<Result(TaskProgress &)> work = [missing, folder](TaskProgress &p) {
        Result r;
        r.found = ProjectDatabase::findMovedVideos(
                missing,
                folder,
                [&p](int done, int total) { p.setProgress(done, total); },
                p.cancelFlag(),
                &r.error);
        return r;
    };
    const Document *started = m_document.get();
    const int missingCount = int(missing.size());
    std::function<void(Result, bool)> done = [this, started, missingCount](Result r, bool) {
        if (m_document.get() != started) { // another project was opened meanwhile
            Q_EMIT relocationFinished(0, missingCount);
            return;
        }
        if (!r.error.isEmpty() || !m_document->applyRelocations(r.found)) {
            showError(tr("Find Moved Videos"),
                      r.error.isEmpty() ? m_document->errorString() : r.error);
            Q_EMIT relocationFinished(0, missingCount);
            return;
        }
        const QString message
                = r.found.size() == missingCount
                          ? tr("Found all %n missing video(s).", nullptr, missingCount)
                          : tr("Found %1 of %n missing video(s); the others are not in that "
                               "folder (or their content changed).",
                               nullptr,
                               missingCount)
                                    .arg(r.found.size());
        statusBar()->showMessage(message, 10000);
        if (m_interactive)
            QMessageBox::information(this, tr("Find Moved Videos"), message);
        Q_EMIT relocationFinished(int(r.found.size()), missingCount);
    };
    runWithProgress<Result>(
            this,
            m_interactive ? this : nullptr,
            tr("Find Moved Videos"),
            tr("Looking for %n missing video(s) by their content...", nullptr, missingCount),
            work,
            done);
}

void MainWindow::exportAnnotatedVideo()
{
    const VideoRecord *video = m_document ? m_document->video(m_labeling->currentVideo()) : nullptr;
    if (!video || m_document->tracks(video->id).isEmpty()) {
        showError(tr("Export Annotated Video"),
                  tr("Show a video with labels or predictions to export first."));
        return;
    }
    AnnotatedVideoDialog options(m_document.get(),
                                 video->id,
                                 m_labeling->editedTrack(),
                                 m_timeline->selectionStart(),
                                 m_timeline->hasSelection() ? m_timeline->selectionEnd()
                                                            : m_timeline->selectionStart(),
                                 m_predictions->hasPredictions(),
                                 this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QFileInfo project(m_document->path());
    const QString suggested = project.absoluteDir().filePath(
            QFileInfo(video->path).completeBaseName() + QStringLiteral("_annotated.mp4"));
    const QString out = QFileDialog::getSaveFileName(
            this, tr("Export Annotated Video"), suggested, tr("MP4 videos (*.mp4)"));
    if (!out.isEmpty())
        exportAnnotatedVideoTo(out, options.track(), options.options());
}

void MainWindow::exportAnnotatedVideoTo(const QString &out,
                                        TrackId track,
                                        const AnnotatedVideoOptions &options)
{
    const VideoRecord *video = m_document ? m_document->video(m_labeling->currentVideo()) : nullptr;
    const TrackId trackId = track ? track : m_labeling->editedTrack();
    // The fused prediction is not stored: the timeline's, as the sliders set it now.
    const bool fused
            = trackId == AnnotatedVideoDialog::kFusedPrediction && m_predictions->hasPredictions();
    const LabelTrack fusedLabels = fused ? m_predictions->fusedLabels() : LabelTrack();
    const LabelTrack *labels = fused                       ? &fusedLabels
                               : m_document && trackId > 0 ? m_document->labels(trackId)
                                                           : nullptr;
    if (!video || !labels) {
        showError(tr("Export Annotated Video"), tr("Show the video to export first."));
        return;
    }
    // The worker gets copies: the labels may change while it writes.
    const QString source = m_document->absoluteVideoPath(*video);
    const LabelTrack labelTrack = *labels;
    const BehaviorSet behaviors = m_document->behaviors();
    struct Result
    {
        bool ok = false;
        QString error;
    };
    std::function<Result(TaskProgress &)> work
            = [source, labelTrack, behaviors, out, options](TaskProgress &p) {
                  Result r;
                  r.ok = AnnotatedVideoExport::write(
                          source,
                          labelTrack,
                          behaviors,
                          out,
                          options,
                          [&p](qint64 done, qint64 total) { p.setProgress(done, total); },
                          p.cancelFlag(),
                          &r.error);
                  return r;
              };
    std::function<void(Result, bool)> done = [this, out](Result r, bool canceled) {
        if (r.ok)
            statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(out)), 8000);
        else if (!canceled)
            showError(tr("The video could not be exported"), r.error);
    };
    runWithProgress<Result>(this,
                            m_interactive ? this : nullptr,
                            tr("Export Annotated Video"),
                            tr("Writing %1...").arg(QFileInfo(out).fileName()),
                            work,
                            done);
}

void MainWindow::retrain()
{
    if (!m_document) {
        showError(tr("Retrain"), tr("Open a project first."));
        return;
    }
    if (m_retrainDialog) {
        m_retrainDialog->raise();
        m_retrainDialog->activateWindow();
        return;
    }
    const QString cli = commandLineTool();
    if (cli.isEmpty()) {
        showError(tr("Retrain"),
                  tr("ethoscribe-cli, which trains the networks, was not found beside this program "
                     "or on the PATH. Reinstall Ethoscribe."));
        return;
    }
    // A finished run is recorded through this window's connection to the project (the run's own
    // process cannot write to a project that is open here).
    auto *dialog = new RetrainDialog(
            m_document->path(),
            cli,
            [this, project = m_document->path()](const QString &runDir, QString *error) {
                // Through this window's connection while the project is still the one open here;
                // another project was opened meanwhile: straight into the run's own project.
                const RunFolder::RecordResult r
                        = m_document && m_document->path() == project
                                  ? RunFolder::record(m_document->recordsDatabase(), runDir, error)
                                  : RunFolder::record(project, runDir, error);
                return r == RunFolder::RecordResult::Recorded
                       || r == RunFolder::RecordResult::AlreadyRecorded;
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &RetrainDialog::useModels,
            this,
            [this, project = m_document->path()](const QStringList &paths) {
                // Models learned from one project's labels are not for another one opened since.
                if (!m_document || m_document->path() != project) {
                    showError(tr("Use the New Models"),
                              tr("The run trained on the labels of %1, which is no longer open "
                                 "here. Open it again to analyse with these models.")
                                      .arg(QDir::toNativeSeparators(project)));
                    return;
                }
                useRunModels(paths);
            });
    // Pretrained models imported for this project, for the ticked networks and streams.
    QStringList init;
    const QMap<QString, QString> starting = startingWeights();
    for (auto it = starting.begin(); it != starting.end(); ++it)
        init << QStringLiteral("%1=%2").arg(it.key(), it.value());
    dialog->setStartingWeights(init.join(QLatin1Char(',')));
    m_retrainDialog = dialog;
    dialog->show();
}

void MainWindow::useRunModels(const QStringList &paths)
{
    setModelPaths(paths, [this, paths](bool ok) {
        if (ok)
            statusBar()->showMessage(tr("The window now analyses with %n model(s) of the run; "
                                        "Models > Analyse This Video uses them.",
                                        nullptr,
                                        int(paths.size())),
                                     8000);
    });
}

QString MainWindow::commandLineTool()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath())
                                   .filePath(QStringLiteral("ethoscribe-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("ethoscribe-cli"));
}

void MainWindow::importWeights()
{
    if (!m_document || !m_document->isOpen()) {
        showError(tr("Import Pretrained Weights"), tr("Open a project first."));
        return;
    }
    if (m_importWeightsDialog) {
        m_importWeightsDialog->raise();
        m_importWeightsDialog->activateWindow();
        return;
    }
    const QString cli = commandLineTool();
    if (cli.isEmpty()) {
        showError(tr("Import Pretrained Weights"),
                  tr("ethoscribe-cli, which imports network weights, was not found beside this "
                     "program or on the PATH. Reinstall Ethoscribe."));
        return;
    }
    QStringList behaviors;
    for (const Behavior &b : m_document->behaviors().behaviors())
        behaviors << b.name;
    auto *dialog = new ImportWeightsDialog(
            cli,
            behaviors,
            QFileInfo(m_document->path()).absoluteDir().filePath(QStringLiteral("models")),
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Document> document = m_document.get();
    connect(dialog,
            &ImportWeightsDialog::imported,
            this,
            [this,
             document](const QString &path, const QString &architecture, const QString &stream) {
                if (!m_document || m_document.get() != document)
                    return;
                if (addStartingWeights(path, architecture, stream))
                    statusBar()->showMessage(
                            tr("Imported %1: Models > Retrain starts %2 %3 from it.")
                                    .arg(QFileInfo(path).fileName(), architecture, stream),
                            10000);
            });
    m_importWeightsDialog = dialog;
    dialog->show();
}

QMap<QString, QString> MainWindow::startingWeights() const
{
    QMap<QString, QString> weights;
    if (!m_document || !m_document->isOpen())
        return weights;
    const QDir projectDir = QFileInfo(m_document->path()).absoluteDir();
    const QJsonObject stored
            = QJsonDocument::fromJson(m_document->setting(kStartingWeightsSetting).toUtf8())
                      .object();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const QString path = QDir::cleanPath(projectDir.absoluteFilePath(it.value().toString()));
        if (QFileInfo(path).isFile()) // a deleted model is no longer offered
            weights.insert(it.key(), path);
    }
    return weights;
}

bool MainWindow::addStartingWeights(const QString &modelPath,
                                    const QString &architecture,
                                    const QString &stream)
{
    if (!m_document || !m_document->isOpen())
        return false;
    if (m_document->isReadOnly()) {
        statusBar()->showMessage(tr("Imported %1. The project is open read-only, so Retrain will "
                                    "not offer it by itself: choose it there.")
                                         .arg(QDir::toNativeSeparators(modelPath)),
                                 10000);
        return false;
    }
    const QDir projectDir = QFileInfo(m_document->path()).absoluteDir();
    QJsonObject stored
            = QJsonDocument::fromJson(m_document->setting(kStartingWeightsSetting).toUtf8())
                      .object();
    const QString relative = projectDir.relativeFilePath(modelPath);
    stored.insert(QStringLiteral("%1/%2").arg(architecture, stream),
                  relative.startsWith(QLatin1String("..")) ? modelPath : relative);
    if (!m_document->setSetting(
                kStartingWeightsSetting,
                QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)))) {
        showError(tr("Import Pretrained Weights"), m_document->errorString());
        return false;
    }
    return true;
}

void MainWindow::chooseModels()
{
    if (!m_document || !m_document->isOpen()) {
        showError(tr("Models"), tr("Open a project first."));
        return;
    }
    const QStringList current = modelPaths();
    const QStringList paths = QFileDialog::getOpenFileNames(
            this,
            tr("Choose Models (one per network and stream)"),
            current.isEmpty() ? QFileInfo(m_document->path()).absolutePath()
                              : QFileInfo(current.first()).absolutePath(),
            tr("Ethoscribe models (*.safetensors);;All files (*)"));
    if (!paths.isEmpty())
        setModelPaths(paths);
}

void MainWindow::analyseVideos(const QList<VideoId> &videos)
{
    if (!m_document || !m_document->isOpen() || videos.isEmpty())
        return;
    if (!m_analysisService || !m_analysis) {
        showError(tr("Analysis"),
                  tr("This build of Ethoscribe cannot run networks. Use ethoscribe-cli analyze, "
                     "or a build with LibTorch."));
        return;
    }
    const QStringList paths = modelPaths();
    if (paths.isEmpty()) {
        showError(tr("Analysis"),
                  tr("This project has no models to analyse with yet. Choose them with Models > "
                     "Choose Models... (files made by 'ethoscribe-cli train' or 'cv', or "
                     "imported with 'ethoscribe-cli model import')."));
        return;
    }
    // Reading and hashing the model files takes a moment for full-size networks: not on the GUI
    // thread.
    const AnalysisService *service = m_analysisService;
    auto *watcher = new QFutureWatcher<DescribedModels>(this);
    const QPointer<Document> document = m_document.get();
    connect(watcher,
            &QFutureWatcher<DescribedModels>::finished,
            this,
            [this, watcher, videos, document] {
                watcher->deleteLater();
                const DescribedModels described = watcher->result();
                if (!m_document || m_document.get() != document || !m_analysis)
                    return;
                QString error = described.error;
                if (error.isEmpty())
                    m_analysis->checkModels(described.models, &error);
                if (!error.isEmpty()) {
                    showError(tr("Analysis"), error);
                    if (m_analysis->jobs().isEmpty())
                        Q_EMIT analysesIdle();
                    return;
                }
                AnalysisOptions options = PreferencesDialog::analysisOptions();
                options.flowMethod
                        = flowOptionsFor(
                                  m_document->setting(QString::fromLatin1(kFlowMethodSetting)))
                                  .method;
                QStringList errors;
                int started = 0;
                int complete = 0;
                for (VideoId video : videos) {
                    const auto result
                            = m_analysis->analyse(video, described.models, options, &error);
                    if (!result) {
                        errors << tr("%1: %2").arg(videoName(video), error);
                    } else if (result->job == 0) {
                        ++complete;
                    } else {
                        ++started;
                        const quint64 job = result->job;
                        m_jobTasks.insert(job,
                                          m_tasks->addTask(tr("Analysing %1").arg(videoName(video)),
                                                           [this, job] {
                                                               if (m_analysis)
                                                                   m_analysis->cancel(job);
                                                           }));
                    }
                }
                if (started > 0)
                    statusBar()->showMessage(
                            tr("Analysing %n video(s) in the background; predictions appear on the "
                               "timeline as they are ready.",
                               nullptr,
                               started),
                            8000);
                else if (complete > 0 && errors.isEmpty())
                    statusBar()->showMessage(tr("Already analysed with these models."), 6000);
                if (!errors.isEmpty())
                    showError(tr("Some videos cannot be analysed"),
                              errors.join(QStringLiteral("\n\n")));
                updateAnalysisActions();
                if (m_analysis->jobs().isEmpty())
                    Q_EMIT analysesIdle();
            });
    watcher->setFuture(
            QtConcurrent::run([service, paths] { return describeModels(service, paths); }));
    m_modelReads.removeAll(nullptr);
    m_modelReads.append(watcher);
}

void MainWindow::onAnalysisProgress(
        quint64 job, VideoId, qint64 done, qint64 total, const QString &stage)
{
    const auto it = m_jobTasks.constFind(job);
    if (it != m_jobTasks.constEnd())
        m_tasks->setProgress(it.value(), done, total, stage);
    if (!m_videoStateTimer.isActive())
        m_videoStateTimer.start(); // flow and predictions grow while it runs
}

void MainWindow::onAnalysisEnded(quint64 job, VideoId video, const QString &message, bool failed)
{
    const int task = m_jobTasks.take(job);
    if (task)
        m_tasks->finishTask(task, message, failed);
    if (failed) {
        // In the task list and the status bar: a background job must not stack dialogs.
        qWarning("Analysis of %s: %s", qPrintable(videoName(video)), qPrintable(message));
        Q_EMIT errorShown(message);
        statusBar()->showMessage(message, 10000);
    }
    updateAnalysisActions();
    if (m_analysis && m_analysis->jobs().isEmpty())
        Q_EMIT analysesIdle();
}

QString MainWindow::videoName(VideoId video) const
{
    const QString name = m_document ? m_document->videoDisplayName(video) : QString();
    return name.isEmpty() ? tr("video %1").arg(video) : name;
}

void MainWindow::updateAnalysisActions()
{
    const bool open = m_document && m_document->isOpen();
    const bool canAnalyse = open && m_analysisService && !m_document->isReadOnly();
    m_chooseModelsAction->setEnabled(canAnalyse);
    m_importWeightsAction->setEnabled(open);
    m_analyseVideoAction->setEnabled(canAnalyse && m_labeling->currentVideo() != 0);
    m_analyseAllAction->setEnabled(canAnalyse && !m_document->videos().isEmpty());
    m_cancelAnalysesAction->setEnabled(m_analysis && !m_analysis->jobs().isEmpty());
    const bool predicted = open && m_predictions->hasPredictions();
    m_acceptAction->setEnabled(predicted && !m_document->isReadOnly());
    m_exportPredictionAction->setEnabled(predicted);
    m_nextUncertainAction->setEnabled(predicted);
    m_previousUncertainAction->setEnabled(predicted);
}

void MainWindow::updateTaskStatus()
{
    const QString text = m_tasks->currentText();
    m_taskLabel->setText(text);
    m_taskLabel->setVisible(!text.isEmpty());
    const int percent = m_tasks->currentPercent();
    if (percent >= 0) {
        m_taskBar->setRange(0, 100);
        m_taskBar->setValue(percent);
    } else {
        m_taskBar->setRange(0, 0);
    }
    m_taskBar->setVisible(!text.isEmpty());
}

void MainWindow::updateFusionStatus()
{
    if (!m_predictions->hasPredictions()) {
        m_fusionPanel->setStatus(
                m_labeling->currentVideo() == 0
                        ? QString()
                        : tr("No predictions for this video yet: Models > Analyse This Video."));
        return;
    }
    m_fusionPanel->setStatus(tr("%1% of the frames predicted.")
                                     .arg(100.0 * m_predictions->predictedFraction(), 0, 'f', 0));
}

bool MainWindow::acceptPrediction()
{
    if (!m_document || !m_predictions->hasPredictions()) {
        statusBar()->showMessage(
                tr("There is no prediction to accept: analyse the video first (Models menu)."),
                6000);
        return false;
    }
    const FusionOutput &out = m_predictions->output();
    qint64 start = 0;
    qint64 end = 0;
    if (m_timeline->hasSelection()) {
        start = m_timeline->selectionStart();
        end = m_timeline->selectionEnd();
    } else {
        const qint64 frame = m_player->currentFrame();
        if (frame < 0 || frame >= out.frameCount || out.labels[size_t(frame)] < 0) {
            statusBar()->showMessage(tr("This frame is not predicted; select the frames whose "
                                        "prediction you accept."),
                                     6000);
            return false;
        }
        const std::int32_t label = out.labels[size_t(frame)];
        start = frame;
        end = frame + 1;
        while (start > 0 && out.labels[size_t(start - 1)] == label)
            --start;
        while (end < out.frameCount && out.labels[size_t(end)] == label)
            ++end;
    }
    const TrackId track = m_labeling->ensureEditedTrack();
    if (track == 0)
        return false;
    if (!m_document->acceptLabels(track, m_predictions->fusedLabels(), start, end)) {
        showError(tr("Accept prediction"), m_document->errorString());
        return false;
    }
    m_timeline->clearSelection();
    statusBar()->showMessage(tr("Accepted the prediction for frames %1 to %2 (Ctrl+Z undoes it).")
                                     .arg(start)
                                     .arg(end - 1),
                             6000);
    return true;
}

bool MainWindow::goToUncertainBout(bool forward)
{
    const QVector<ReviewBout> &order = m_predictions->reviewOrder();
    if (order.isEmpty()) {
        statusBar()->showMessage(tr("No predictions to review for this video yet."), 6000);
        return false;
    }
    // From the bout shown last (whatever was edited since), else from the most doubtful one.
    const std::optional<ReviewBout> bout = ReviewOrder::step(order, m_reviewFrame, forward);
    if (!bout) {
        statusBar()->showMessage(forward ? tr("That was the least doubtful bout.")
                                         : tr("That is the most doubtful bout."),
                                 6000);
        return false;
    }
    const qsizetype rank = std::find_if(order.begin(),
                                        order.end(),
                                        [&](const ReviewBout &b) { return b.start == bout->start; })
                           - order.begin();
    m_reviewFrame = bout->start;
    m_player->pause();
    m_player->seek(bout->start);
    m_timeline->setCurrentFrame(int(bout->start));
    m_timeline->setSelection(int(bout->start), int(bout->end));
    // The whole bout in view, and wide enough to see and correct: at least 40 pixels (zooming in
    // no further than 20 pixels a frame) and at most 80% of the timeline; centred when it was out
    // of view or had to be zoomed.
    const double width = std::max(1, m_timeline->bandsRect().width());
    const double length = double(bout->end - bout->start);
    double fpp = m_timeline->framesPerPixel();
    const bool tooNarrow = length / fpp < 40.0;
    const bool tooWide = length / fpp > 0.8 * width;
    if (tooNarrow)
        fpp = std::max(length / 40.0, 1.0 / 20.0);
    else if (tooWide)
        fpp = length / (0.8 * width);
    const double viewEnd = m_timeline->viewStart() + m_timeline->framesPerPixel() * width;
    if (tooNarrow || tooWide || double(bout->start) < m_timeline->viewStart()
        || double(bout->end) > viewEnd)
        m_timeline->setView(double(bout->start) + length / 2.0 - fpp * width / 2.0, fpp);
    QString text = tr("Bout %1 of %2 by doubt: %3, frames %4 to %5, confidence %6%")
                           .arg(rank + 1)
                           .arg(order.size())
                           .arg(m_predictions->className(bout->label))
                           .arg(bout->start)
                           .arg(bout->end - 1)
                           .arg(100.0 * bout->meanConfidence, 0, 'f', 0);
    if (bout->disagreement > 0)
        text += tr(", models disagree on %1% of it").arg(100.0 * bout->disagreement, 0, 'f', 0);
    text += tr(". Ctrl+Return accepts it, a behavior key relabels it.");
    statusBar()->showMessage(text);
    m_fusionPanel->setStatus(text);
    return true;
}

void MainWindow::startDemoAnalysis(const QString &folder)
{
    if (!m_analysisService || !m_document || m_document->isReadOnly())
        return;
    QString error;
    const QStringList models = DemoProject::installModels(folder, &error);
    if (models.isEmpty()) {
        statusBar()->showMessage(error, 15000);
        return;
    }
    // The demo models were trained on DIS flow (fast; TV-L1 would take minutes per video here).
    if (flowOptionsFor(m_document->setting(QString::fromLatin1(kFlowMethodSetting))).method
        != FlowMethod::Dis)
        m_document->setSetting(QString::fromLatin1(kFlowMethodSetting),
                               flowMethodName(FlowMethod::Dis));
    const auto analyseAll = [this] {
        QList<VideoId> all;
        for (const VideoRecord &v : m_document->videos())
            all << v.id;
        analyseVideos(all);
    };
    if (modelPaths() == models)
        return analyseAll();
    setModelPaths(models, [this, analyseAll](bool ok) {
        if (ok && m_document)
            analyseAll();
    });
}

void MainWindow::chooseNewProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
            this, tr("New Project"), dir, tr("Ethoscribe projects (*.ethoproj)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(kProjectSuffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + kProjectSuffix;
    newProject(path);
}

void MainWindow::chooseOpenProject()
{
    const QString path
            = QFileDialog::getOpenFileName(this,
                                           tr("Open Project"),
                                           QString(),
                                           tr("Ethoscribe projects (*.ethoproj);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseVideos()
{
    if (!ensureProjectForVideos())
        return;
    const QStringList paths
            = QFileDialog::getOpenFileNames(this,
                                            tr("Add Videos"),
                                            QString(),
                                            tr("Videos (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov "
                                               "*.wmv *.asf *.webm *.gif);;All files (*)"));
    addVideos(paths);
}

void MainWindow::chooseDemo()
{
    openDemo(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
             + QStringLiteral("/ethoscribe/demo"));
}

void MainWindow::importLabels(const QString &path)
{
    if (!m_document || !m_document->isOpen() || m_labeling->currentVideo() == 0) {
        showError(tr("Import Labels"),
                  tr("Open a project and select the video the labels are for first."));
        return;
    }
    if (m_document->isReadOnly()) {
        showError(tr("Import Labels"),
                  tr("The project is open read-only: %1").arg(m_document->readOnlyReason()));
        return;
    }
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this,
                                            tr("Import Labels"),
                                            QFileInfo(m_document->path()).absolutePath(),
                                            tr("Label files (*.csv *.tsv *.txt);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    if (m_importLabelsDialog)
        m_importLabelsDialog->close();
    auto *dialog = new ImportLabelsDialog(
            m_document.get(), m_labeling->currentVideo(), m_labeling->annotator(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &ImportLabelsDialog::imported,
            this,
            [this](const QString &annotator, qint64 frames, int bouts, int added) {
                QString message = tr("Imported %1 labeled frames in %2 bouts as the labels of %3.")
                                          .arg(frames)
                                          .arg(bouts)
                                          .arg(annotator);
                if (added > 0)
                    message += QLatin1Char(' ') + tr("%n new behavior(s).", "", added);
                statusBar()->showMessage(message + QLatin1Char(' ') + tr("Ctrl+Z undoes it."),
                                         10000);
            });
    dialog->setFile(file);
    m_importLabelsDialog = dialog;
    dialog->open();
}

void MainWindow::exportCsv()
{
    if (!m_document || m_labeling->currentVideo() == 0) {
        showError(tr("Export"), tr("Open a project and select a video first."));
        return;
    }
    const VideoRecord *video = m_document->video(m_labeling->currentVideo());
    const TrackId trackId = m_labeling->editedTrack();
    const LabelTrack *labels = trackId ? m_document->labels(trackId) : nullptr;
    if (!video || !labels) {
        showError(tr("Export"),
                  tr("There are no labels of %1 for this video yet. Label some frames first.")
                          .arg(m_labeling->annotator()));
        return;
    }
    const QString suggested = QFileInfo(m_document->path()).absolutePath() + QLatin1Char('/')
                              + LabelExport::safeBaseName(QFileInfo(video->path).completeBaseName())
                              + QStringLiteral("_ethogram.csv");
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Labels as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvExportOptions options;
    options.fpsNumerator = video->fpsNum > 0 ? video->fpsNum : 30;
    options.fpsDenominator = video->fpsDen > 0 ? video->fpsDen : 1;
    QString error;
    if (!LabelExport::writeFile(path,
                                LabelExport::ethogramCsv(*labels, m_document->behaviors(), options),
                                &error)) {
        showError(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::exportAllLabels()
{
    if (!m_document) {
        showError(tr("Export"), tr("Open a project first."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Export All Labels to Folder"), QFileInfo(m_document->path()).absolutePath());
    if (!folder.isEmpty())
        exportAllLabelsTo(folder);
}

bool MainWindow::exportAllLabelsTo(const QString &folder)
{
    if (!m_document)
        return false;
    // A copy of each labeled video's track: the files are written in the background while
    // labeling goes on. Named over all videos in project order, as Export All Predictions
    // names them, so that a video's labels and prediction files carry the same name.
    QVector<LabelExport::VideoLabels> videos;
    LabelExport::BaseNames names;
    for (const VideoRecord &v : m_document->videos()) {
        const QString base = names.forVideo(v.path);
        const TrackRecord *track = m_document->manualTrack(v.id, m_labeling->annotator());
        const LabelTrack *labels = track ? m_document->labels(track->id) : nullptr;
        if (!labels || labels->labeledFrames() == 0)
            continue;
        LabelExport::VideoLabels video;
        video.videoName = v.path;
        video.fileBase = base;
        video.track = *labels;
        video.fpsNumerator = v.fpsNum > 0 ? v.fpsNum : 30;
        video.fpsDenominator = v.fpsDen > 0 ? v.fpsDen : 1;
        videos.append(video);
    }
    if (videos.isEmpty()) {
        showError(tr("Export"),
                  tr("%1 has not labeled any video of this project yet. Label some frames first, "
                     "or choose your name under Edit > Annotator Name.")
                          .arg(m_labeling->annotator()));
        return false;
    }
    const BehaviorSet behaviors = m_document->behaviors();
    std::function<LabelExport::FolderExportResult(TaskProgress &)> work
            = [videos, behaviors, folder](TaskProgress &p) {
                  return LabelExport::exportToFolder(videos,
                                                     behaviors,
                                                     folder,
                                                     LabelExport::AllFiles,
                                                     [&p](int done, int total) {
                                                         p.setProgress(done, total);
                                                         return !p.isCanceled();
                                                     });
              };
    std::function<void(LabelExport::FolderExportResult, bool)> done
            = [this, folder](LabelExport::FolderExportResult r, bool canceled) {
                  if (r.ok) {
                      statusBar()->showMessage(tr("Exported the labels of %n video(s) to %1.",
                                                  nullptr,
                                                  int(r.writtenFiles.size() / 2))
                                                       .arg(QDir::toNativeSeparators(folder)),
                                               8000);
                      Q_EMIT exportFinished(r.writtenFiles);
                      return;
                  }
                  if (!canceled && !r.cancelled)
                      showError(tr("Export failed"), r.error);
                  Q_EMIT exportFinished({});
              };
    runWithProgress<LabelExport::FolderExportResult>(
            this,
            m_interactive ? this : nullptr,
            tr("Export All Labels"),
            tr("Writing the labels of %n video(s)...", nullptr, int(videos.size())),
            work,
            done);
    return true;
}

void MainWindow::exportAllPredictions()
{
    if (!m_document) {
        showError(tr("Export"), tr("Open a project first."));
        return;
    }
    const QString folder
            = QFileDialog::getExistingDirectory(this,
                                                tr("Export All Predictions to Folder"),
                                                QFileInfo(m_document->path()).absolutePath());
    if (!folder.isEmpty())
        exportAllPredictionsTo(folder);
}

bool MainWindow::exportAllPredictionsTo(const QString &folder)
{
    if (!m_document)
        return false;
    // Every video, in project order, so that a video's files are named as in the other exports;
    // the worker reads the probabilities from the project file itself (the document keeps only
    // those of the videos shown), one video at a time.
    const QVector<VideoRecord> videos = m_document->videos();
    const int analysed
            = int(std::count_if(videos.begin(), videos.end(), [this](const VideoRecord &v) {
                  return ProjectFusion::hasPredictionTracks(m_document->tracks(v.id));
              }));
    if (analysed == 0) {
        showError(tr("Export"),
                  tr("No video of this project has predictions yet. Analyse the videos first "
                     "(Models > Analyse All Videos)."));
        return false;
    }
    const QString projectPath = m_document->path();
    const BehaviorSet behaviors = m_document->behaviors();
    const FusionParameters params = m_predictions->parameters();
    std::function<ProjectFusion::FolderExport(TaskProgress &)> work =
            [projectPath, videos, behaviors, params, folder](TaskProgress &p) {
                return ProjectFusion::exportToFolder(
                        projectPath, videos, behaviors, params, folder, [&p](int done, int total) {
                            p.setProgress(done, total);
                            return !p.isCanceled();
                        });
            };
    std::function<void(ProjectFusion::FolderExport, bool)> done
            = [this, folder, params](ProjectFusion::FolderExport r, bool canceled) {
                  if (!r.ok) {
                      if (!canceled && !r.cancelled)
                          showError(tr("Export failed"), r.error);
                      Q_EMIT exportFinished({});
                      return;
                  }
                  QString message = tr("Exported the predictions of %n video(s) (RGB weight %1, "
                                       "I3D share %2) to %3.",
                                       nullptr,
                                       r.videosWritten)
                                            .arg(params.rgbWeight, 0, 'f', 2)
                                            .arg(params.modelMix, 0, 'f', 2)
                                            .arg(QDir::toNativeSeparators(folder));
                  if (!r.partlyAnalysed.isEmpty())
                      message += QLatin1Char(' ')
                                 + tr("%n video(s) are not fully analysed yet: their frames "
                                      "without a prediction are left empty.",
                                      nullptr,
                                      int(r.partlyAnalysed.size()));
                  for (const QString &name : std::as_const(r.unmatchedClasses))
                      message += QLatin1Char(' ')
                                 + tr("The models' class \"%1\" has no behavior of that name: "
                                      "its probabilities are in the column p_%1.")
                                           .arg(name);
                  statusBar()->showMessage(message, 12000);
                  Q_EMIT exportFinished(r.writtenFiles);
              };
    runWithProgress<ProjectFusion::FolderExport>(
            this,
            m_interactive ? this : nullptr,
            tr("Export All Predictions"),
            tr("Fusing and writing the predictions of %n video(s)...", nullptr, analysed),
            work,
            done);
    return true;
}

const VideoRecord *MainWindow::predictedVideo()
{
    const VideoRecord *video = m_document ? m_document->video(m_labeling->currentVideo()) : nullptr;
    if (video && m_predictions->hasPredictions())
        return video;
    showError(tr("Export Prediction"),
              tr("There is no prediction for this video yet: analyse it first (Models > "
                 "Analyse This Video)."));
    return nullptr;
}

void MainWindow::exportPrediction()
{
    const VideoRecord *video = predictedVideo();
    if (!video)
        return;
    const QString suggested = QFileInfo(m_document->path()).absolutePath() + QLatin1Char('/')
                              + LabelExport::safeBaseName(QFileInfo(video->path).completeBaseName())
                              + QStringLiteral("_prediction.csv");
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Prediction as CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportPredictionTo(path);
}

bool MainWindow::exportPredictionTo(const QString &path)
{
    const VideoRecord *video = predictedVideo();
    if (!video)
        return false;
    const PredictionTrack probabilities = m_predictions->output().toPredictionTrack();
    const LabelTrack labels = m_predictions->fusedLabels();
    CsvExportOptions options;
    options.fpsNumerator = video->fpsNum > 0 ? video->fpsNum : 30;
    options.fpsDenominator = video->fpsDen > 0 ? video->fpsDen : 1;
    options.probabilities = &probabilities;
    const QFileInfo info(path);
    const QString boutsPath
            = info.dir().filePath(info.completeBaseName() + QStringLiteral("_bouts.csv"));
    QString error;
    if (!LabelExport::writeFile(
                path, LabelExport::ethogramCsv(labels, m_document->behaviors(), options), &error)
        || !LabelExport::writeFile(boutsPath,
                                   LabelExport::boutsCsv(labels, m_document->behaviors(), options),
                                   &error)) {
        showError(tr("Export failed"), error);
        return false;
    }
    const FusionParameters &p = m_predictions->parameters();
    QString message
            = tr("Exported the prediction (RGB weight %1, I3D share %2) to %3 and its bouts "
                 "to %4.")
                      .arg(p.rgbWeight, 0, 'f', 2)
                      .arg(p.modelMix, 0, 'f', 2)
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(boutsPath));
    for (const QString &name :
         LabelExport::unmatchedClasses(m_document->behaviors(), probabilities))
        message += QLatin1Char(' ')
                   + tr("The models' class \"%1\" has no behavior of that name: its "
                        "probabilities are in the column p_%1.")
                             .arg(name);
    statusBar()->showMessage(message, 10000);
    return true;
}

void MainWindow::editAnnotator()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Annotator Name"),
                                               tr("Your labels are saved under this name:"),
                                               QLineEdit::Normal,
                                               m_labeling->annotator(),
                                               &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_labeling->setAnnotator(name.trimmed());
    m_annotatorLabel->setText(tr("Annotator: %1").arg(m_labeling->annotator()));
    updateVideoStates();
    QSettings().setValue(QStringLiteral("labeling/annotator"), m_labeling->annotator());
}

bool MainWindow::splitBoutAtPlayhead(BehaviorId secondPart)
{
    if (!m_document || m_labeling->currentVideo() == 0)
        return false;
    const TrackId track = m_labeling->ensureEditedTrack();
    if (track == 0)
        return false;
    const qint64 frame = m_player->currentFrame();
    if (!m_document->splitBout(track, frame, secondPart)) {
        statusBar()->showMessage(m_document->errorString(), 8000);
        return false;
    }
    const Behavior *b = m_document->behaviors().byId(secondPart);
    statusBar()->showMessage(
            b ? tr("From frame %1 on, the bout is %2 (Ctrl+Z undoes it).").arg(frame).arg(b->name)
              : tr("The bout now ends before frame %1 (Ctrl+Z undoes it).").arg(frame),
            6000);
    return true;
}

bool MainWindow::mergeSelectedBouts()
{
    if (!m_document || !m_timeline->hasSelection()) {
        statusBar()->showMessage(
                tr("Select the bouts to merge first (Shift+drag on the timeline)."), 6000);
        return false;
    }
    const TrackId track = m_labeling->ensureEditedTrack();
    if (track == 0)
        return false;
    if (!m_document->mergeBouts(
                track, m_timeline->selectionStart(), m_timeline->selectionEnd() - 1)) {
        statusBar()->showMessage(m_document->errorString(), 8000);
        return false;
    }
    m_timeline->clearSelection();
    return true;
}

void MainWindow::editPreferences()
{
    PreferencesDialog::Values values;
    values.annotator = m_labeling->annotator();
    const AnalysisOptions analysis = PreferencesDialog::analysisOptions();
    values.analysisThreads = analysis.threads;
    values.analysisMode = analysis.mode;
    values.analysisStride = analysis.stride;
    values.analysisPrecision = analysis.precision;
    values.frameCacheMiB = PreferencesDialog::frameCacheMiB();
    values.scrubbingCopies = PreferencesDialog::scrubbingCopies();
    values.language = Translations::preference();
    values.hasProject = m_document && m_document->isOpen() && !m_document->isReadOnly();
    if (values.hasProject)
        values.flowMethod
                = flowOptionsFor(m_document->setting(QString::fromLatin1(kFlowMethodSetting)))
                          .method;
    PreferencesDialog dialog(values, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferencesDialog::Values chosen = dialog.values();
    PreferencesDialog::save(chosen);
    if (!chosen.annotator.isEmpty() && chosen.annotator != m_labeling->annotator()) {
        m_labeling->setAnnotator(chosen.annotator);
        m_annotatorLabel->setText(tr("Annotator: %1").arg(m_labeling->annotator()));
        updateVideoStates();
    }
    m_player->setFrameCacheBudget(qint64(chosen.frameCacheMiB) << 20);
    m_player->decoder()->setProxyEnabled(chosen.scrubbingCopies);
    if (chosen.hasProject && chosen.flowMethod != values.flowMethod
        && !m_document->setSetting(QString::fromLatin1(kFlowMethodSetting),
                                   flowMethodName(chosen.flowMethod)))
        showError(tr("Preferences"), m_document->errorString());
    if (chosen.language != values.language)
        statusBar()->showMessage(tr("The language changes when Ethoscribe starts next time."),
                                 8000);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString annotator = PreferencesDialog::annotator();
    if (!annotator.isEmpty())
        m_labeling->setAnnotator(annotator);
    m_player->setFrameCacheBudget(qint64(PreferencesDialog::frameCacheMiB()) << 20);
    m_player->decoder()->setProxyEnabled(PreferencesDialog::scrubbingCopies());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::rememberProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentKept)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::seekBy(double seconds)
{
    const double fps = m_player->videoInfo().fps() > 0 ? m_player->videoInfo().fps() : 30.0;
    m_player->seek(m_player->currentFrame() + qint64(std::llround(seconds * fps)));
}

void MainWindow::showShortcuts()
{
    QString keys;
    if (m_document) {
        for (const Behavior &b : m_document->behaviors().behaviors())
            if (b.key)
                keys += tr("%1: %2\n")
                                .arg(QKeySequence(b.key).toString(QKeySequence::NativeText),
                                     b.name);
    }
    QMessageBox::information(
            this,
            tr("Keyboard Shortcuts"),
            tr("Behavior keys (label the current frame, or the selection; hold while playing to "
               "paint):\n%1\n"
               "Space: play / pause\nLeft / Right: one frame back / forward\nShift+Left / "
               "Shift+Right: one second\n"
               "Page Up / Page Down: previous / next label change\n[ / ]: slower / faster\n"
               "Shift+drag on the timeline: select frames\nDelete: erase the labels of the "
               "selection or frame\n"
               "Wheel on the timeline: zoom; Shift+wheel: scroll; double-click: whole video\n"
               "Ctrl+Z / Ctrl+Shift+Z: undo / redo\n"
               "Ctrl+R: analyse this video\nN / Shift+N: next / previous uncertain bout\n"
               "Ctrl+Return: accept the prediction (selection, or the bout under the playhead)\n"
               "Drag a bout edge of your track: move it; Ctrl+M: merge the selected bouts\n"
               "Ctrl+Shift+F: optical flow over the video")
                    .arg(keys));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Ethoscribe"),
                       tr("<h3>Ethoscribe %1</h3><p>Per-frame behavior labels (ethograms) from "
                          "home-cage mouse "
                          "videos.</p><p>License: GPL-3.0-or-later</p><p>Built with:<br>%2</p>")
                               .arg(BuildInfo::version(),
                                    BuildInfo::libraryVersions().toHtmlEscaped().replace(
                                            QLatin1Char('\n'), QStringLiteral("<br>"))));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this && !isTextInput(widget)) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool used = event->type() == QEvent::KeyPress ? m_labeling->handleKeyPress(key)
                                                                : m_labeling->handleKeyRelease(key);
            if (used)
                return true;
        }
    } else if (event->type() == QEvent::WindowDeactivate && watched == this) {
        m_labeling->endStroke(); // a key released elsewhere must not leave a stroke open
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_interactive && m_analysis && !m_analysis->jobs().isEmpty()
        && QMessageBox::question(this,
                                 tr("Analyses are running"),
                                 tr("%n video(s) are still being analysed. Stop and quit? What is "
                                    "finished is kept, and analysing again later resumes where it "
                                    "stopped.",
                                    nullptr,
                                    int(m_analysis->jobs().size())),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
                   != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_analysis.reset(); // stops its jobs
    writeSettings();
    // Every edit is already saved; only an open stroke needs closing.
    m_labeling->endStroke();
    m_player->pause();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    openPaths(paths);
    event->acceptProposedAction();
}

} // namespace ethoscribe
