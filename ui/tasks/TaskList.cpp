// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/TaskList.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ethoscribe {

namespace {
constexpr int kRecentKept = 50;
}

TaskList::TaskList(QWidget *parent)
    : QWidget(parent)
    , m_running(new QVBoxLayout)
    , m_idle(new QLabel(tr("Nothing is running."), this))
    , m_recent(new QListWidget(this))
{
    m_recent->setWordWrap(true);
    m_recent->setToolTip(tr("Jobs that ended, newest first."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_idle);
    layout->addLayout(m_running);
    layout->addWidget(new QLabel(tr("Recent:"), this));
    layout->addWidget(m_recent, 1);
    m_clock.start();
}

TaskList::~TaskList() = default;

int TaskList::addTask(const QString &title, std::function<void()> cancel)
{
    const int id = m_next++;
    Row row;
    row.title = title;
    row.cancel = std::move(cancel);
    row.widget = new QWidget(this);
    auto *layout = new QVBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 4);
    row.label = new QLabel(title, row.widget);
    row.label->setWordWrap(true);
    auto *line = new QHBoxLayout;
    row.bar = new QProgressBar(row.widget);
    row.bar->setRange(0, 0);
    auto *cancelButton = new QToolButton(row.widget);
    cancelButton->setText(tr("Cancel"));
    cancelButton->setToolTip(tr("Stop this job; what it finished is kept."));
    connect(cancelButton, &QToolButton::clicked, this, [this, id, cancelButton] {
        cancelButton->setEnabled(false);
        const auto it = m_rows.constFind(id);
        if (it != m_rows.constEnd() && it->cancel)
            it->cancel();
    });
    line->addWidget(row.bar, 1);
    line->addWidget(cancelButton);
    layout->addWidget(row.label);
    layout->addLayout(line);
    m_running->addWidget(row.widget);
    m_rows.insert(id, row);
    m_order.append(id);
    m_idle->hide();
    Q_EMIT changed();
    return id;
}

void TaskList::setProgress(int task, qint64 done, qint64 total, const QString &text)
{
    auto it = m_rows.find(task);
    if (it == m_rows.end())
        return;
    if (text != it->text)
        it->estimate.start(); // another stage goes at another speed
    it->text = text;
    QString left;
    if (total > 0) {
        it->bar->setRange(0, 1000);
        it->bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        it->estimate.update(double(done) / double(total), now());
        if (done < total)
            left = it->estimate.text();
    } else {
        it->bar->setRange(0, 0);
    }
    it->shown = left.isEmpty() ? text : text.isEmpty() ? left : tr("%1, %2").arg(text, left);
    it->label->setText(it->shown.isEmpty() ? it->title : tr("%1: %2").arg(it->title, it->shown));
    Q_EMIT changed();
}

void TaskList::finishTask(int task, const QString &message, bool failed)
{
    auto it = m_rows.find(task);
    if (it == m_rows.end())
        return;
    it->widget->deleteLater();
    m_rows.erase(it);
    m_order.removeAll(task);
    if (!message.isEmpty()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(
                QTime::currentTime().toString(QStringLiteral("HH:mm")), message));
        if (failed)
            item->setForeground(QColor(170, 0, 0));
        m_recent->insertItem(0, item);
        while (m_recent->count() > kRecentKept)
            delete m_recent->takeItem(m_recent->count() - 1);
    }
    m_idle->setVisible(m_rows.isEmpty());
    Q_EMIT changed();
}

QString TaskList::currentText() const
{
    if (m_order.isEmpty())
        return QString();
    const Row &row = m_rows[m_order.first()];
    QString text = row.shown.isEmpty() ? row.title : tr("%1: %2").arg(row.title, row.shown);
    if (m_order.size() > 1)
        text += tr(" (+%n more)", nullptr, int(m_order.size() - 1));
    return text;
}

int TaskList::currentPercent() const
{
    if (m_order.isEmpty())
        return -1;
    const QProgressBar *bar = m_rows[m_order.first()].bar;
    return bar->maximum() > 0 ? bar->value() / 10 : -1;
}

QStringList TaskList::recentMessages() const
{
    QStringList messages;
    for (int i = 0; i < m_recent->count(); ++i)
        messages << m_recent->item(i)->text();
    return messages;
}

} // namespace ethoscribe
