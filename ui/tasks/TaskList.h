// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// with its progress and a Cancel button, and below them what ended recently and how. The status
// bar shows the first running job (currentText/currentProgress).
class TaskList : public QWidget
{
    Q_OBJECT

public:
    explicit TaskList(QWidget *parent = nullptr);
    ~TaskList() override;

    // A running job; cancel is called when the user presses its Cancel button (the job then ends
    // with finishTask like any other). Returns its id.
    int addTask(const QString &title, std::function<void()> cancel);
    // done of total (total 0: busy without a known end), and what it does now.
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

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QString title;
        QString text;
        std::function<void()> cancel;
    };
    QVBoxLayout *m_running;
    QLabel *m_idle;
    QListWidget *m_recent;
    QHash<int, Row> m_rows;
    QList<int> m_order;
    int m_next = 1;
};

} // namespace ethoscribe
