// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeling/ImportLabelsDialog.h"

#include "project/Document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ethoscribe {

const QString ImportLabelsDialog::kAddChoice = QStringLiteral("<add>");
const QString ImportLabelsDialog::kSkipChoice = QStringLiteral("<skip>");

namespace {

// Item data of an unknown name's combo box: a project behavior, or one of these.
constexpr int kAddData = -2;
constexpr int kSkipData = kUnlabeled;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : QColor(Qt::gray));
    return QIcon(pixmap);
}

} // namespace

ImportLabelsDialog::ImportLabelsDialog(Document *document,
                                       VideoId video,
                                       const QString &annotator,
                                       QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_video(video)
{
    setWindowTitle(tr("Import Labels"));
    const VideoRecord *record = m_document->video(m_video);
    const QString videoName = record ? m_document->videoDisplayName(m_video) : QString();

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    auto *browseButton = new QPushButton(tr("&Browse..."), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportLabelsDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);

    m_formatBox = new QComboBox(this);
    m_formatBox->addItem(tr("Recognise from the file"), int(LabelFileFormat::Auto));
    for (LabelFileFormat f : {LabelFileFormat::EthogramCsv,
                              LabelFileFormat::BoutsCsv,
                              LabelFileFormat::BorisTabular,
                              LabelFileFormat::DeepEthogram})
        m_formatBox->addItem(LabelImport::formatName(f), int(f));
    m_formatBox->setToolTip(
            tr("BORIS: a tabular events export (CSV or TSV). DeepEthogram: a _labels.csv file. "
               "Ethoscribe: a per-frame ethogram or a bout table (behavior,start_frame,end_frame; "
               "a spreadsheet of frame ranges saved as CSV works too)."));

    m_mediaBox = new QComboBox(this);
    m_mediaLabel = new QLabel(tr("&Video in the file:"), this);
    m_mediaLabel->setBuddy(m_mediaBox);
    m_subjectBox = new QComboBox(this);
    m_subjectLabel = new QLabel(tr("&Subject:"), this);
    m_subjectLabel->setBuddy(m_subjectBox);

    m_annotatorEdit = new QLineEdit(annotator, this);
    m_annotatorEdit->setToolTip(tr("The labels become this annotator's labels of the video; labels "
                                   "it had there are replaced (Undo brings them back)."));

    auto *form = new QFormLayout;
    form->addRow(tr("Label &file:"), fileRow);
    form->addRow(tr("For the video:"), new QLabel(videoName.toHtmlEscaped(), this));
    form->addRow(tr("F&ormat:"), m_formatBox);
    form->addRow(m_mediaLabel, m_mediaBox);
    form->addRow(m_subjectLabel, m_subjectBox);
    form->addRow(tr("&Annotator:"), m_annotatorEdit);

    m_unknownLabel = new QLabel(tr("The file names behaviors the project does not have. Choose "
                                   "what each one becomes:"),
                                this);
    m_unknownLabel->setWordWrap(true);
    m_unknownTable = new QTableWidget(0, 3, this);
    m_unknownTable->setHorizontalHeaderLabels(
            {tr("Name in the file"), tr("Used"), tr("Import as")});
    m_unknownTable->verticalHeader()->hide();
    m_unknownTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_unknownTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_unknownTable->horizontalHeader()->setStretchLastSection(true);
    m_unknownTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unknownTable->setSelectionMode(QAbstractItemView::NoSelection);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumWidth(460);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportLabelsDialog::importLabels);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_unknownLabel);
    layout->addWidget(m_unknownTable, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    const auto changed = [this] {
        if (!m_refreshing)
            refresh();
    };
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_mediaBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_subjectBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_annotatorEdit, &QLineEdit::textChanged, this, changed);
    refresh();
}

void ImportLabelsDialog::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    // A new file: its media files, subjects and names are offered afresh.
    m_refreshing = true;
    m_mediaBox->clear();
    m_subjectBox->clear();
    m_unknownTable->setRowCount(0);
    m_refreshing = false;
    refresh();
}

void ImportLabelsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
            this,
            tr("Import Labels"),
            m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath(),
            tr("Label files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportLabelsDialog::setFormat(LabelFileFormat format)
{
    m_formatBox->setCurrentIndex(m_formatBox->findData(int(format)));
}

void ImportLabelsDialog::setAnnotator(const QString &name)
{
    m_annotatorEdit->setText(name);
}

QStringList ImportLabelsDialog::unknownNames() const
{
    QStringList names;
    for (int row = 0; row < m_unknownTable->rowCount(); ++row)
        names << m_unknownTable->item(row, 0)->text();
    return names;
}

QString ImportLabelsDialog::choiceFor(const QString &name) const
{
    const int row = unknownNames().indexOf(name);
    if (row < 0)
        return QString();
    const auto *box = qobject_cast<QComboBox *>(m_unknownTable->cellWidget(row, 2));
    const int data = box->currentData().toInt();
    if (data == kAddData)
        return kAddChoice;
    if (data == kSkipData)
        return kSkipChoice;
    const Behavior *b = m_document->behaviors().byId(data);
    return b ? b->name : QString();
}

bool ImportLabelsDialog::setChoice(const QString &name, const QString &choice)
{
    const int row = unknownNames().indexOf(name);
    if (row < 0)
        return false;
    auto *box = qobject_cast<QComboBox *>(m_unknownTable->cellWidget(row, 2));
    int data = kAddData;
    if (choice == kSkipChoice) {
        data = kSkipData;
    } else if (choice != kAddChoice) {
        const Behavior *b = m_document->behaviors().byName(choice);
        if (!b)
            return false;
        data = b->id;
    }
    box->setCurrentIndex(box->findData(data));
    return true;
}

QStringList ImportLabelsDialog::mediaFiles() const
{
    QStringList names;
    for (int i = 0; i < m_mediaBox->count(); ++i)
        names << m_mediaBox->itemText(i);
    return names;
}

bool ImportLabelsDialog::setMediaFile(const QString &name)
{
    const int index = m_mediaBox->findText(name);
    if (index < 0)
        return false;
    m_mediaBox->setCurrentIndex(index);
    return true;
}

QString ImportLabelsDialog::summaryText() const
{
    return m_summary->text();
}

bool ImportLabelsDialog::canImport() const
{
    return m_resolved.result.ok && m_resolved.result.unknownNames.isEmpty()
           && !m_annotatorEdit->text().trimmed().isEmpty();
}

LabelImportOptions ImportLabelsDialog::options() const
{
    LabelImportOptions options;
    if (const VideoRecord *record = m_document->video(m_video)) {
        options.frameCount = record->frameCount;
        options.fpsNumerator = record->fpsNum;
        options.fpsDenominator = record->fpsDen;
    }
    options.mediaFile = m_mediaBox->count() > 1 ? m_mediaBox->currentText() : QString();
    options.subject = m_subjectBox->count() > 1 ? m_subjectBox->currentText() : QString();
    return options;
}

void ImportLabelsDialog::refresh()
{
    m_refreshing = true;
    m_resolved = ResolvedLabelImport();
    const auto format = LabelFileFormat(m_formatBox->currentData().toInt());
    const VideoRecord *record = m_document->video(m_video);
    QString problem;
    if (m_path.isEmpty()) {
        problem = tr("Choose the label file with Browse...");
    } else {
        LabelImportOptions plain = options();
        LabelImportResult base
                = LabelImport::importFile(m_path, format, m_document->behaviors(), plain);
        // A BORIS file with events of several videos: offer them, the one named like this video
        // first; the same for subjects. Then read again with the choice.
        const auto offer = [&](QComboBox *box,
                               const QStringList &values,
                               const QString &preferred) {
            if (values.size() < 2 || box->count() == values.size())
                return false;
            box->clear();
            box->addItems(values);
            for (int i = 0; i < values.size(); ++i)
                if (QFileInfo(values[i]).fileName().compare(preferred, Qt::CaseInsensitive) == 0
                    || QFileInfo(values[i]).completeBaseName().compare(
                               QFileInfo(preferred).completeBaseName(), Qt::CaseInsensitive)
                               == 0)
                    box->setCurrentIndex(i);
            return true;
        };
        const bool mediaOffered = offer(m_mediaBox,
                                        base.mediaFiles,
                                        record ? QFileInfo(record->path).fileName() : QString());
        const bool subjectsOffered = offer(m_subjectBox, base.subjects, QString());
        if (mediaOffered || subjectsOffered) {
            plain = options();
            base = LabelImport::importFile(m_path, format, m_document->behaviors(), plain);
        }
        if (!base.ok) {
            problem = base.error;
        } else {
            rebuildUnknownTable(base);
            LabelImportOptions chosen = plain;
            QStringList add;
            for (int row = 0; row < m_unknownTable->rowCount(); ++row) {
                const QString name = m_unknownTable->item(row, 0)->text();
                const int data = qobject_cast<QComboBox *>(m_unknownTable->cellWidget(row, 2))
                                         ->currentData()
                                         .toInt();
                if (data == kAddData)
                    add << name;
                else
                    chosen.nameMapping.insert(name, data);
            }
            m_resolved = LabelImport::importResolving(
                    m_path, format, m_document->behaviors(), chosen, add);
            if (!m_resolved.result.ok)
                problem = m_resolved.result.error;
        }
    }
    m_mediaLabel->setVisible(m_mediaBox->count() > 1);
    m_mediaBox->setVisible(m_mediaBox->count() > 1);
    m_subjectLabel->setVisible(m_subjectBox->count() > 1);
    m_subjectBox->setVisible(m_subjectBox->count() > 1);
    const bool anyUnknown = m_unknownTable->rowCount() > 0;
    m_unknownLabel->setVisible(anyUnknown);
    m_unknownTable->setVisible(anyUnknown);

    const QString annotator = m_annotatorEdit->text().trimmed();
    QString text;
    if (!problem.isEmpty()) {
        text = tr("<b>Cannot import:</b> %1").arg(problem.toHtmlEscaped());
    } else if (annotator.isEmpty()) {
        text = tr("Enter the name of the annotator whose labels these are.");
    } else {
        const LabelImportResult &r = m_resolved.result;
        const QLocale locale;
        QVector<Behavior> all = m_document->behaviors().behaviors();
        all += m_resolved.newBehaviors;
        const QHash<BehaviorId, qint64> counts = r.track.counts();
        QStringList parts;
        for (const Behavior &b : std::as_const(all))
            if (counts.value(b.id) > 0)
                parts << tr("%1 %2").arg(b.name, locale.toString(counts.value(b.id)));
        text = tr("%1 (%2): %n labeled frame(s) in %3 bouts",
                  "",
                  int(qMin<qint64>(r.track.labeledFrames(), INT_MAX)))
                       .arg(LabelImport::formatName(r.format).toHtmlEscaped(),
                            parts.join(QStringLiteral(", ")).toHtmlEscaped())
                       .arg(r.track.bouts().size());
        if (!m_resolved.newBehaviors.isEmpty()) {
            QStringList names;
            for (const Behavior &b : std::as_const(m_resolved.newBehaviors))
                names << b.name;
            text += QStringLiteral("<br>")
                    + tr("New behaviors: %1.")
                              .arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        const TrackRecord *existing = m_document->manualTrack(m_video, annotator);
        const LabelTrack *before = existing ? m_document->labels(existing->id) : nullptr;
        if (before && before->labeledFrames() > 0)
            text += QStringLiteral("<br>")
                    + tr("They replace the %1 labeled frames of %2 on this video; Undo brings "
                         "them back.")
                              .arg(locale.toString(before->labeledFrames()),
                                   annotator.toHtmlEscaped());
        else
            text += QStringLiteral("<br>")
                    + tr("They become the labels of %1 on this video.")
                              .arg(annotator.toHtmlEscaped());
        if (record && r.mediaFiles.size() == 1
            && QFileInfo(r.mediaFiles.first())
                               .completeBaseName()
                               .compare(QFileInfo(record->path).completeBaseName(),
                                        Qt::CaseInsensitive)
                       != 0)
            text += QStringLiteral("<br>")
                    + tr("Note: the file's events are for %1, not for %2. Import them only if "
                         "that is this video under another name.")
                              .arg(QFileInfo(r.mediaFiles.first()).fileName().toHtmlEscaped(),
                                   QFileInfo(record->path).fileName().toHtmlEscaped());
        for (const QString &w : std::as_const(r.warnings))
            text += QStringLiteral("<br>") + tr("Note: %1").arg(w.toHtmlEscaped());
    }
    m_summary->setText(text);
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(canImport());
    m_refreshing = false;
}

void ImportLabelsDialog::rebuildUnknownTable(const LabelImportResult &base)
{
    // Keep the choices made for names that are still there.
    QHash<QString, int> kept;
    for (int row = 0; row < m_unknownTable->rowCount(); ++row)
        kept.insert(m_unknownTable->item(row, 0)->text(),
                    qobject_cast<QComboBox *>(m_unknownTable->cellWidget(row, 2))
                            ->currentData()
                            .toInt());
    const QStringList names = LabelImport::unknownNamesInFileOrder(base);
    const QString unit = base.format == LabelFileFormat::BorisTabular ? tr("events")
                         : base.format == LabelFileFormat::BoutsCsv   ? tr("bouts")
                                                                      : tr("frames");
    const QLocale locale;
    m_unknownTable->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names[row];
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(
                tr("First on line %1 of the file.").arg(base.unknownNameLines.value(name)));
        m_unknownTable->setItem(row, 0, nameItem);
        m_unknownTable->setItem(row,
                                1,
                                new QTableWidgetItem(tr("%1 %2").arg(
                                        locale.toString(base.unknownNames.value(name)), unit)));
        auto *box = new QComboBox(m_unknownTable);
        box->addItem(tr("Add as a new behavior \"%1\"").arg(name), kAddData);
        box->addItem(tr("Leave its frames unlabeled"), kSkipData);
        for (const Behavior &b : m_document->behaviors().behaviors())
            box->addItem(swatch(b.color), tr("The project's \"%1\"").arg(b.name), b.id);
        const BehaviorId suggested = LabelImport::suggestBehavior(name, m_document->behaviors());
        const int choice = kept.value(name, suggested != kUnlabeled ? suggested : kAddData);
        box->setCurrentIndex(qMax(0, box->findData(choice)));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_refreshing)
                refresh();
        });
        m_unknownTable->setCellWidget(row, 2, box);
    }
}

bool ImportLabelsDialog::importLabels()
{
    if (!canImport()) {
        refresh();
        if (!canImport())
            return false;
    }
    const QString annotator = m_annotatorEdit->text().trimmed();
    if (!m_document->importLabels(
                m_video, annotator, m_resolved.result.track, m_resolved.newBehaviors)) {
        m_summary->setText(tr("<b>Nothing was imported:</b> %1")
                                   .arg(m_document->errorString().toHtmlEscaped()));
        return false;
    }
    Q_EMIT imported(annotator,
                    m_resolved.result.track.labeledFrames(),
                    int(m_resolved.result.track.bouts().size()),
                    int(m_resolved.newBehaviors.size()));
    accept();
    return true;
}

} // namespace ethoscribe
