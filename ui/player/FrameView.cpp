// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/FrameView.h"

#include <QPainter>

namespace ethoscribe {

FrameView::FrameView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FrameView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void FrameView::setCaption(const QString &text, const QColor &color)
{
    if (text == m_caption && color == m_captionColor)
        return;
    m_caption = text;
    m_captionColor = color;
    update();
}

void FrameView::setMessage(const QString &text)
{
    m_message = text;
    update();
}

void FrameView::setOverlay(const QImage &overlay)
{
    if (overlay.isNull() && m_overlay.isNull())
        return;
    m_overlay = overlay;
    update();
}

void FrameView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(
                rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    QSize size = m_image.size().scaled(this->size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, m_image);
    if (!m_overlay.isNull())
        painter.drawImage(target, m_overlay);

    if (!m_caption.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        painter.setFont(font);
        const QFontMetrics fm(font);
        const int marker = m_captionColor.isValid() ? fm.height() : 0;
        const QRect box(target.left() + 8,
                        target.top() + 8,
                        fm.horizontalAdvance(m_caption) + marker + 18,
                        fm.height() + 8);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 150));
        painter.drawRoundedRect(box, 4, 4);
        if (marker > 0) {
            painter.setBrush(m_captionColor);
            painter.drawRoundedRect(QRect(box.left() + 6, box.top() + 4, marker - 4, marker), 2, 2);
        }
        painter.setPen(Qt::white);
        painter.drawText(
                box.adjusted(marker + 8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, m_caption);
    }
}

} // namespace ethoscribe
