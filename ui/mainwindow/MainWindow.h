// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;
class QTreeWidget;

namespace ethoscribe {

class BehaviorBar;
class Document;
class LabelingController;
class TimelineWidget;
class VideoPlayer;

// The application window: the project's videos on the left, the player with the timeline under it
// on the right, and the menus. Owns the open Document (one project at a time). Long work (adding
// videos, building the demo) runs in the background with a progress dialog that can be cancelled;
// every error is shown in plain words with what to do next.
//
// Keys: 1-8 label (see LabelingController), Space plays, Left/Right step one frame, Shift+drag on
// the timeline selects, Ctrl+Z / Ctrl+Shift+Z undo and redo.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tests and scripted runs: errors are only emitted (errorShown) and logged, never shown in a
    // modal box, and background jobs run without a progress dialog.
    void setInteractive(bool interactive);

    Document *document() const { return m_document.get(); }
    VideoPlayer *player() const { return m_player; }
    TimelineWidget *timeline() const { return m_timeline; }
    LabelingController *labeling() const { return m_labeling; }
    QTreeWidget *videoList() const { return m_videoList; }

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
    void updateTitle();
    void updateUndoActions();
    void showError(const QString &title, const QString &message);
    void chooseNewProject();
    void chooseOpenProject();
    void chooseVideos();
    void chooseDemo();
    void exportCsv();
    void editAnnotator();
    void showShortcuts();
    void showAbout();
    void seekBy(double seconds);
    void continueDemo(const QString &folder);
    bool ensureProjectForVideos();

    std::unique_ptr<Document> m_document;
    QTreeWidget *m_videoList = nullptr;
    VideoPlayer *m_player = nullptr;
    TimelineWidget *m_timeline = nullptr;
    LabelingController *m_labeling = nullptr;
    BehaviorBar *m_behaviorBar = nullptr;
    QLabel *m_annotatorLabel = nullptr;
    bool m_interactive = true;
    bool m_busy = false;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_addVideosAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    QAction *m_annotatorAction = nullptr;
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
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace ethoscribe
