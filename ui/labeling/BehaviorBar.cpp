// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeling/BehaviorBar.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace ethoscribe {

BehaviorBar::BehaviorBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
}

void BehaviorBar::setBehaviors(const BehaviorSet &behaviors)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Behavior &b : behaviors.behaviors()) {
        auto *button = new QToolButton(this);
        QPixmap swatch(14, 14);
        swatch.fill(Qt::transparent);
        {
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(b.color.darker(130), 1));
            p.setBrush(b.color);
            p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
        }
        button->setIcon(QIcon(swatch));
        const QString key
                = b.key ? QKeySequence(b.key).toString(QKeySequence::NativeText) : QString();
        button->setText(key.isEmpty() ? b.name : QStringLiteral("%1 %2").arg(key, b.name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(
                key.isEmpty()
                        ? tr("Label the current frame or the selection as %1").arg(b.name)
                        : tr("Label the current frame or the selection as %1 (key %2; hold the "
                             "key while playing to paint)")
                                  .arg(b.name, key));
        const BehaviorId id = b.id;
        connect(button, &QToolButton::clicked, this, [this, id] { Q_EMIT behaviorClicked(id); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

} // namespace ethoscribe
