// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeling/BehaviorsDialog.h"

#include "project/Document.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace ethoscribe {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(color.isValid() ? color : QColor(Qt::gray));
    return QIcon(pixmap);
}

} // namespace

BehaviorsDialog::BehaviorsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Behaviors"));
    m_list = new QListWidget(this);
    auto *addButton = new QPushButton(tr("&Add..."), this);
    m_rename = new QPushButton(tr("Re&name..."), this);
    m_color = new QPushButton(tr("&Colour..."), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_remove = new QPushButton(tr("&Remove..."), this);
    m_up->setToolTip(tr("The order in which the behaviors are listed (behavior bar, exports)."));
    connect(addButton, &QPushButton::clicked, this, &BehaviorsDialog::addInteractively);
    connect(m_rename, &QPushButton::clicked, this, &BehaviorsDialog::renameInteractively);
    connect(m_color, &QPushButton::clicked, this, &BehaviorsDialog::recolorInteractively);
    connect(m_up, &QPushButton::clicked, this, [this] { moveUp(current()); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveDown(current()); });
    connect(m_remove, &QPushButton::clicked, this, &BehaviorsDialog::removeInteractively);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &BehaviorsDialog::renameInteractively);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {addButton, m_rename, m_color, m_up, m_down, m_remove})
        side->addWidget(b);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every change is saved at once and can be undone (Edit > "
                                    "Undo)."),
                                 this));
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_document, &Document::behaviorsChanged, this, &BehaviorsDialog::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool any = current() != kUnlabeled;
        const int row = m_list->currentRow();
        m_rename->setEnabled(any);
        m_color->setEnabled(any);
        m_remove->setEnabled(any);
        m_up->setEnabled(any && row > 0);
        m_down->setEnabled(any && row + 1 < m_list->count());
    });
    refresh();
}

void BehaviorsDialog::refresh()
{
    const BehaviorId keep = current();
    m_list->clear();
    const BehaviorSet &set = m_document->behaviors();
    for (int i = 0; i < set.size(); ++i) {
        const Behavior &b = set.at(i);
        auto *item = new QListWidgetItem(
                swatch(b.color),
                b.key > 0 ? tr("%1  (key %2)")
                                    .arg(b.name,
                                         QKeySequence(b.key).toString(QKeySequence::NativeText))
                          : b.name,
                m_list);
        item->setData(Qt::UserRole, b.id);
        if (b.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    Q_EMIT m_list->currentRowChanged(m_list->currentRow());
}

BehaviorId BehaviorsDialog::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : kUnlabeled;
}

bool BehaviorsDialog::add(const QString &name)
{
    return m_document->addBehavior(name.trimmed()).has_value();
}

bool BehaviorsDialog::rename(BehaviorId id, const QString &name)
{
    return m_document->renameBehavior(id, name.trimmed());
}

bool BehaviorsDialog::moveUp(BehaviorId id)
{
    const int from = m_document->behaviors().positionOf(id);
    return from > 0 && m_document->moveBehavior(from, from - 1);
}

bool BehaviorsDialog::moveDown(BehaviorId id)
{
    const int from = m_document->behaviors().positionOf(id);
    return from >= 0 && from + 1 < m_document->behaviors().size()
           && m_document->moveBehavior(from, from + 1);
}

void BehaviorsDialog::addInteractively()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Add Behavior"),
                                               tr("Name of the new behavior:"),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok);
    if (ok && !name.trimmed().isEmpty())
        add(name);
}

void BehaviorsDialog::renameInteractively()
{
    const Behavior *b = m_document->behaviors().byId(current());
    if (!b)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Rename Behavior"),
                                               tr("New name of \"%1\":").arg(b->name),
                                               QLineEdit::Normal,
                                               b->name,
                                               &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != b->name)
        rename(b->id, name);
}

void BehaviorsDialog::recolorInteractively()
{
    const Behavior *b = m_document->behaviors().byId(current());
    if (!b)
        return;
    const BehaviorId id = b->id;
    const QColor color
            = QColorDialog::getColor(b->color, this, tr("Colour of \"%1\"").arg(b->name));
    if (color.isValid())
        m_document->recolorBehavior(id, color);
}

void BehaviorsDialog::removeInteractively()
{
    const BehaviorId id = current();
    if (id == kUnlabeled)
        return;
    RemoveBehaviorDialog ask(m_document, id, this);
    if (ask.exec() == QDialog::Accepted)
        m_document->removeBehavior(id, ask.relabelTo());
}

RemoveBehaviorDialog::RemoveBehaviorDialog(const Document *document,
                                           BehaviorId behavior,
                                           QWidget *parent)
    : QDialog(parent)
{
    const Behavior *b = document->behaviors().byId(behavior);
    const QString name = b ? b->name : QString::number(behavior);
    setWindowTitle(tr("Remove Behavior"));
    // Its frames in every track of every video (manual labels and predictions alike).
    int tracks = 0;
    QSet<VideoId> videos;
    for (const VideoRecord &v : document->videos()) {
        for (const TrackRecord &t : document->tracks(v.id)) {
            const LabelTrack *labels = document->labels(t.id);
            const qint64 n = labels ? labels->counts().value(behavior, 0) : 0;
            if (n > 0) {
                m_frames += n;
                ++tracks;
                videos.insert(v.id);
            }
        }
    }
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setText(
            m_frames == 0
                    ? tr("No frame is labeled \"%1\". Removing it changes no label.").arg(name)
                    : tr("\"%1\" labels %2 frames in %3 tracks of %4 videos. What should these "
                         "frames become?")
                              .arg(name)
                              .arg(m_frames)
                              .arg(tracks)
                              .arg(videos.size()));
    m_erase = new QRadioButton(tr("Unlabeled (the labels are erased)"), this);
    m_relabel = new QRadioButton(tr("Another behavior:"), this);
    m_target = new QComboBox(this);
    for (const Behavior &other : document->behaviors().behaviors())
        if (other.id != behavior)
            m_target->addItem(swatch(other.color), other.name, other.id);
    m_erase->setChecked(true);
    m_relabel->setEnabled(m_target->count() > 0);
    m_target->setEnabled(false);
    connect(m_relabel, &QRadioButton::toggled, m_target, &QWidget::setEnabled);
    auto *relabelRow = new QHBoxLayout;
    relabelRow->addWidget(m_relabel);
    relabelRow->addWidget(m_target, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Remove \"%1\"").arg(name), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_erase);
    layout->addLayout(relabelRow);
    layout->addWidget(new QLabel(tr("Edit > Undo brings the behavior and its labels back."), this));
    layout->addWidget(buttons);
    m_erase->setVisible(m_frames > 0);
    m_relabel->setVisible(m_frames > 0);
    m_target->setVisible(m_frames > 0);
}

QString RemoveBehaviorDialog::explanation() const
{
    return m_text->text();
}

BehaviorId RemoveBehaviorDialog::relabelTo() const
{
    return m_relabel->isChecked() ? m_target->currentData().toInt() : kUnlabeled;
}

void RemoveBehaviorDialog::setRelabelTo(BehaviorId behavior)
{
    const int index = m_target->findData(behavior);
    if (behavior == kUnlabeled || index < 0) {
        m_erase->setChecked(true);
        return;
    }
    m_relabel->setChecked(true);
    m_target->setCurrentIndex(index);
}

} // namespace ethoscribe
