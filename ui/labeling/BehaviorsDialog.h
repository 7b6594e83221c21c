// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace ethoscribe {

class Document;

// Edit > Behaviors...: the project's behaviors, edited through the document (each change one undo
// step): add, rename, recolour, move up and down (the order gives the number keys), remove. Remove
// asks first, in a RemoveBehaviorDialog that says how many labeled frames the behavior has and
// what happens to them.
class BehaviorsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BehaviorsDialog(Document *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The buttons' actions without their input dialogs (tests); false when the document refused
    // (it said why through Document::editFailed).
    bool add(const QString &name);
    bool rename(BehaviorId id, const QString &name);
    bool moveUp(BehaviorId id);
    bool moveDown(BehaviorId id);

private:
    void refresh();
    BehaviorId current() const;
    void addInteractively();
    void renameInteractively();
    void recolorInteractively();
    void removeInteractively();

    Document *m_document;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_color = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
};

// Asks before a behavior is removed: "<name> labels N frames in M tracks of K videos", and whether
// those frames become unlabeled or another behavior.
class RemoveBehaviorDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveBehaviorDialog(const Document *document, BehaviorId behavior, QWidget *parent = nullptr);

    QString explanation() const;
    qint64 labeledFrames() const { return m_frames; }
    // kUnlabeled: the frames are erased.
    BehaviorId relabelTo() const;
    void setRelabelTo(BehaviorId behavior);

private:
    qint64 m_frames = 0;
    QLabel *m_text = nullptr;
    QRadioButton *m_erase = nullptr;
    QRadioButton *m_relabel = nullptr;
    QComboBox *m_target = nullptr;
};

} // namespace ethoscribe
