// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TimeLeft.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace ethoscribe {

// Every background job of the window (analyses, flow...), for a dock: one row per running job
// with its progress, the time its current stage still needs once that can be estimated, and a
// Cancel button; below them what ended recently and how. The status bar shows the first running
// job (currentText/currentProgress).
class TaskList : public QWidget
{
    Q_OBJECT

public:
    explicit TaskList(QWidget *parent = nullptr);
    ~TaskList() override;

    // A running job; cancel is called when the user presses its Cancel button (the job then ends
    // with finishTask like any other). Returns its id.
    int addTask(const QString &title, std::function<void()> cancel);
    // done of total (total 0: busy without a known end), and what it does now. The time left is
    // estimated per stage (text): a new text starts a new estimate.
    void setProgress(int task, qint64 done, qint64 total, const QString &text);
    // The job ended: its row goes, and message joins the recent ones (marked when failed); an
    // empty message adds nothing there (a job that simply became moot).
    void finishTask(int task, const QString &message, bool failed);

    int runningCount() const { return int(m_rows.size()); }
    // The oldest running job, for the status bar: "title: text", and its progress in percent
    // (-1 when unknown or nothing runs).
    QString currentText() const;
    int currentPercent() const;
    QStringList recentMessages() const;
    // For tests: the clock (ms) the time-left estimates read.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QString title;
        QString text;  // the stage, as given
        QString shown; // the stage and its time left
        TimeLeftEstimate estimate{TimeLeftEstimate::Anchor::LastBeforeMoving};
        std::function<void()> cancel;
    };
    qint64 now() const { return m_now ? m_now() : m_clock.elapsed(); }
    QVBoxLayout *m_running;
    QLabel *m_idle;
    QListWidget *m_recent;
    QHash<int, Row> m_rows;
    QList<int> m_order;
    int m_next = 1;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
};

} // namespace ethoscribe
