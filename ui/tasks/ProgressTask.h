// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace ethoscribe {

// What a background job sees: where to report progress, and whether the user cancelled.
// Thread-safe; the job calls it from its worker thread.
class TaskProgress
{
public:
    void setProgress(qint64 done, qint64 total)
    {
        m_done.store(done);
        m_total.store(total);
    }
    void setText(const QString &text)
    {
        QMutexLocker lock(&m_mutex);
        m_text = text;
    }
    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_text;
    }
    bool isCanceled() const { return m_cancel.load(); }
    void cancel() { m_cancel.store(true); }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    std::atomic_bool *cancelFlag() { return &m_cancel; }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

private:
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    mutable QMutex m_mutex;
    QString m_text;
};

// Runs `work` on Qt's thread pool while a window-modal progress dialog with a Cancel button shows
// its progress; then calls `finished(result, canceled)` on the GUI thread, if `owner` still exists
// then (a window closed meanwhile gets no call on its remains). Never blocks the GUI thread.
// Returns at once. With a null parent no dialog is shown (tests, scripted use).
template<typename T>
void runWithProgress(QObject *owner,
                     QWidget *parent,
                     const QString &title,
                     const QString &label,
                     std::function<T(TaskProgress &)> work,
                     std::function<void(T, bool)> finished)
{
    auto progress = std::make_shared<TaskProgress>();
    progress->setText(label);
    auto *watcher = new QFutureWatcher<T>();
    QPointer<QProgressDialog> dialog;
    QTimer *poll = nullptr;
    if (parent) {
        dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
        dialog->setWindowTitle(title);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setValue(0);
        QObject::connect(dialog, &QProgressDialog::canceled, dialog, [progress, dialog] {
            progress->cancel();
            if (dialog) {
                dialog->setLabelText(QProgressDialog::tr("Cancelling..."));
                dialog->show(); // stays until the job has really stopped
            }
        });
        poll = new QTimer(dialog);
        QObject::connect(poll, &QTimer::timeout, dialog, [progress, dialog] {
            if (!dialog || progress->isCanceled())
                return;
            const qint64 total = progress->total();
            dialog->setValue(
                    total > 0 ? int(std::min<qint64>(1000, progress->done() * 1000 / total)) : 0);
            const QString text = progress->text();
            if (!text.isEmpty() && text != dialog->labelText())
                dialog->setLabelText(text);
        });
        poll->start(100);
    }
    const QPointer<QObject> alive = owner;
    QObject::connect(watcher,
                     &QFutureWatcher<T>::finished,
                     watcher,
                     [watcher, dialog, progress, finished, alive] {
                         if (dialog)
                             dialog->deleteLater();
                         T result = watcher->result();
                         watcher->deleteLater();
                         if (alive)
                             finished(std::move(result), progress->isCanceled());
                     });
    watcher->setFuture(QtConcurrent::run([work, progress]() { return work(*progress); }));
}

} // namespace ethoscribe
