// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/LabelImport.h"
#include "project/ProjectRecords.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ethoscribe {

class Document;

// File > Import Labels...: labels made elsewhere (BORIS tabular events, DeepEthogram label files,
// an Ethoscribe per-frame or bout CSV, a spreadsheet of frame ranges saved as CSV) onto the video
// shown, in one step. The dialog reads the file at once and shows what the import will do; a
// behavior name the project does not have ("grooming" where the project says "groom") is asked
// about, not refused: map it to a project behavior (the likely one is preselected), add it as a
// new behavior, or leave its frames unlabeled. A BORIS file with events of several videos or
// subjects offers them (the one named like the video is preselected). Import replaces the
// annotator's labels of this video as one undo step; a file that cannot be read is reported with
// its line and the reason, and nothing changes.
class ImportLabelsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportLabelsDialog(Document *document,
                       VideoId video,
                       const QString &annotator,
                       QWidget *parent = nullptr);

    // Reads the file and shows the preview (also after Browse...).
    void setFile(const QString &path);
    QString file() const { return m_path; }

    // The form, for tests.
    void setFormat(LabelFileFormat format);
    void setAnnotator(const QString &name);
    // The names of the file the project does not have, in the order of the table.
    QStringList unknownNames() const;
    // How an unknown name is imported: a project behavior's name, kAddChoice or kSkipChoice.
    QString choiceFor(const QString &name) const;
    bool setChoice(const QString &name, const QString &choice);
    QStringList mediaFiles() const;
    bool setMediaFile(const QString &name);
    // The preview as shown (what will be imported, or why it cannot be).
    QString summaryText() const;
    bool canImport() const;

    static const QString kAddChoice;
    static const QString kSkipChoice;

public Q_SLOTS:
    // Imports into the document (one undo step); false with the reason in the summary. The dialog
    // closes (accepted) on success.
    bool importLabels();

Q_SIGNALS:
    // Labels were imported into the track of annotator on the video: labeledFrames frames in
    // bouts bouts, addedBehaviors new behaviors.
    void imported(const QString &annotator, qint64 labeledFrames, int bouts, int addedBehaviors);

private:
    void browse();
    void refresh();
    void rebuildUnknownTable(const LabelImportResult &base);
    LabelImportOptions options() const;

    Document *m_document;
    VideoId m_video;
    QString m_path;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLabel *m_mediaLabel = nullptr;
    QComboBox *m_mediaBox = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QComboBox *m_subjectBox = nullptr;
    QLineEdit *m_annotatorEdit = nullptr;
    QLabel *m_unknownLabel = nullptr;
    QTableWidget *m_unknownTable = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ResolvedLabelImport m_resolved;
    bool m_refreshing = false;
};

} // namespace ethoscribe
