// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace ethoscribe {

// Shows one video frame scaled to fit (aspect ratio kept, black borders) and, optionally, a
// caption in the top-left corner (the behavior at the current frame). Paints only; the player
// decides what to show.
class FrameView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    // Text shown over the frame with a coloured marker (invalid colour: no marker).
    void setCaption(const QString &text, const QColor &color);
    // Drawn over the frame, scaled to it (e.g. the optical flow); a null image shows none.
    void setOverlay(const QImage &overlay);
    const QImage &overlay() const { return m_overlay; }
    // Shown centred when there is no image (e.g. "Open a video").
    void setMessage(const QString &text);

    QSize sizeHint() const override { return QSize(640, 480); }
    QSize minimumSizeHint() const override { return QSize(160, 120); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QImage m_overlay;
    QString m_caption;
    QColor m_captionColor;
    QString m_message;
};

} // namespace ethoscribe
