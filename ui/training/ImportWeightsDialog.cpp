// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ImportWeightsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ethoscribe {

namespace {

// A file name from free text: letters, digits, '-', '_' and '.'; the rest becomes '-'.
QString safeName(const QString &text)
{
    QString name;
    for (const QChar c : text)
        name += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                                || c == QLatin1Char('.')
                        ? c
                        : QLatin1Char('-');
    return name.isEmpty() ? QStringLiteral("model") : name;
}

} // namespace

ImportWeightsDialog::ImportWeightsDialog(const QString &cliPath,
                                         const QStringList &behaviors,
                                         const QString &modelsFolder,
                                         QWidget *parent)
    : QDialog(parent)
    , m_cli(cliPath)
    , m_behaviors(behaviors)
    , m_modelsFolder(modelsFolder)
{
    setWindowTitle(tr("Import Pretrained Weights"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("Networks pre-trained on other videos learn mouse behaviors from fewer labels. "
               "Import their weights here, then choose the model as starting weights in Models > "
               "Retrain. The classifier is made for this project's %n behavior(s).",
               nullptr,
               int(behaviors.size())),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_fromFile = new QRadioButton(tr("A weights &file"), this);
    m_fromPublished = new QRadioButton(tr("&Published weights (downloaded and checked)"), this);
    m_fromFile->setChecked(true);
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("PyTorch .pt/.pth, TorchScript or .safetensors file"));
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_browse);
    form->addRow(m_fromFile);
    form->addRow(tr("File:"), fileRow);
    m_network = new QComboBox(this);
    m_network->addItem(tr("I3D"), QStringLiteral("i3d"));
    m_network->addItem(tr("R(2+1)D"), QStringLiteral("r2plus1d"));
    form->addRow(tr("&Network:"), m_network);
    m_stream = new QComboBox(this);
    m_stream->addItem(tr("RGB frames"), QStringLiteral("rgb"));
    m_stream->addItem(tr("Optical flow"), QStringLiteral("flow"));
    form->addRow(tr("&Stream:"), m_stream);
    form->addRow(m_fromPublished);
    m_published = new QComboBox(this);
    m_published->addItem(tr("Reading the list..."));
    m_published->setEnabled(false);
    form->addRow(tr("Weights:"), m_published);
    m_publishedInfo = new QLabel(this);
    m_publishedInfo->setWordWrap(true);
    m_publishedInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_publishedInfo);
    m_output = new QLineEdit(this);
    auto *saveAs = new QPushButton(tr("Ch&oose..."), this);
    saveAs->setAutoDefault(false);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output);
    outputRow->addWidget(saveAs);
    form->addRow(tr("Save &as:"), outputRow);
    m_behaviorsLabel = new QLabel(behaviors.join(QStringLiteral(", ")), this);
    m_behaviorsLabel->setWordWrap(true);
    form->addRow(tr("Behaviors:"), m_behaviorsLabel);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMinimumHeight(120);
    layout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    m_cancel = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_cancel->setAutoDefault(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);
    resize(620, 520);

    connect(m_start, &QPushButton::clicked, this, &ImportWeightsDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWeightsDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportWeightsDialog::reject);
    connect(m_fromFile, &QRadioButton::toggled, this, &ImportWeightsDialog::onSourceChanged);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this,
                tr("Pretrained Weights"),
                QString(),
                tr("Network weights (*.pt *.pth *.safetensors *.bin);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        suggestOutput();
        updateButtons();
    });
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] { suggestOutput(); });
    connect(m_stream, &QComboBox::currentIndexChanged, this, [this] { suggestOutput(); });
    connect(m_published, &QComboBox::currentIndexChanged, this, [this] { onSourceChanged(); });
    connect(m_output, &QLineEdit::textEdited, this, [this] {
        m_outputEdited = true;
        updateButtons();
    });
    connect(saveAs, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this,
                                                          tr("Save the Model as"),
                                                          outputPath(),
                                                          tr("Ethoscribe models (*.safetensors)"));
        if (!file.isEmpty())
            setOutputPath(file);
    });

    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        appendLog(QString::fromUtf8(m_process.readAllStandardOutput()));
    });
    connect(&m_process,
            &QProcess::readyReadStandardError,
            this,
            &ImportWeightsDialog::readStandardError);
    connect(&m_process, &QProcess::finished, this, &ImportWeightsDialog::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_lastError = tr("%1 could not be started: %2")
                                  .arg(QDir::toNativeSeparators(m_cli), m_process.errorString());
            appendLog(m_lastError);
            updateButtons();
            Q_EMIT failed(m_lastError);
        }
    });

    onSourceChanged();
    loadCatalog();
}

ImportWeightsDialog::~ImportWeightsDialog()
{
    for (QProcess *p : {&m_process, &m_catalogProcess}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->disconnect(this);
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(3000);
        }
    }
}

void ImportWeightsDialog::loadCatalog()
{
    connect(&m_catalogProcess,
            &QProcess::finished,
            this,
            [this](int exitCode, QProcess::ExitStatus status) {
                m_published->clear();
                m_catalog.clear();
                const QByteArray out = m_catalogProcess.readAllStandardOutput();
                const QJsonArray models = QJsonDocument::fromJson(out)
                                                  .object()
                                                  .value(QStringLiteral("models"))
                                                  .toArray();
                for (const QJsonValue &v : models) {
                    const QJsonObject o = v.toObject();
                    Published p;
                    p.name = o.value(QStringLiteral("name")).toString();
                    p.description = o.value(QStringLiteral("description")).toString();
                    p.architecture = o.value(QStringLiteral("architecture")).toString();
                    p.stream = o.value(QStringLiteral("stream")).toString();
                    const qint64 bytes = o.value(QStringLiteral("approximateSize")).toInteger(-1);
                    if (bytes > 0)
                        p.size = QLocale().formattedDataSize(bytes);
                    if (!p.name.isEmpty())
                        m_catalog << p;
                }
                for (const Published &p : std::as_const(m_catalog))
                    m_published->addItem(p.name);
                if (m_catalog.isEmpty()) {
                    m_published->addItem(tr("(no list)"));
                    const QString why
                            = status == QProcess::NormalExit && exitCode == 0
                                      ? tr("the list is empty")
                                      : QString::fromUtf8(m_catalogProcess.readAllStandardError())
                                                .trimmed();
                    appendLog(tr("The list of published weights could not be read: %1")
                                      .arg(why.isEmpty() ? m_catalogProcess.errorString() : why));
                }
                m_published->setEnabled(!m_catalog.isEmpty() && !isRunning());
                onSourceChanged();
                Q_EMIT catalogLoaded(int(m_catalog.size()));
            });
    connect(&m_catalogProcess, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_published->clear();
        m_published->addItem(tr("(no list)"));
        appendLog(tr("%1 could not be started: %2")
                          .arg(QDir::toNativeSeparators(m_cli), m_catalogProcess.errorString()));
        Q_EMIT catalogLoaded(0);
    });
    m_catalogProcess.start(m_cli,
                           {QStringLiteral("model"),
                            QStringLiteral("fetch"),
                            QStringLiteral("--list"),
                            QStringLiteral("--json")});
}

void ImportWeightsDialog::onSourceChanged()
{
    const bool file = m_fromFile->isChecked();
    m_file->setEnabled(file && !isRunning());
    m_browse->setEnabled(file && !isRunning());
    m_published->setEnabled(!file && !m_catalog.isEmpty() && !isRunning());
    // Published weights say their network and stream; the model is named after them.
    m_network->setEnabled(file && !isRunning());
    m_stream->setEnabled(file && !isRunning());
    m_output->setReadOnly(!file);
    m_publishedInfo->clear();
    const int i = m_published->currentIndex();
    if (!file && i >= 0 && i < m_catalog.size()) {
        const Published &p = m_catalog.at(i);
        m_network->setCurrentIndex(m_network->findData(p.architecture));
        m_stream->setCurrentIndex(m_stream->findData(p.stream));
        m_publishedInfo->setText(
                p.size.isEmpty() ? p.description
                                 : tr("%1 (about %2 to download)").arg(p.description, p.size));
    }
    suggestOutput();
    updateButtons();
}

void ImportWeightsDialog::suggestOutput()
{
    if (m_fromPublished->isChecked()) {
        // `model fetch` names the model after the weights.
        const int i = m_published->currentIndex();
        m_output->setText(
                i >= 0 && i < m_catalog.size()
                        ? QDir(m_modelsFolder)
                                  .filePath(m_catalog.at(i).name + QStringLiteral(".safetensors"))
                        : QString());
        return;
    }
    if (m_outputEdited)
        return;
    const QString base = QFileInfo(m_file->text().trimmed()).completeBaseName();
    m_output->setText(
            base.isEmpty()
                    ? QString()
                    : QDir(m_modelsFolder)
                              .filePath(QStringLiteral("%1-%2-%3.safetensors")
                                                .arg(safeName(base), architecture(), stream())));
}

void ImportWeightsDialog::setSourceFile(const QString &path,
                                        const QString &architecture,
                                        const QString &stream)
{
    m_fromFile->setChecked(true);
    m_network->setCurrentIndex(std::max(0, m_network->findData(architecture.toLower())));
    m_stream->setCurrentIndex(std::max(0, m_stream->findData(stream.toLower())));
    m_file->setText(path);
}

bool ImportWeightsDialog::setPublished(const QString &name)
{
    for (int i = 0; i < m_catalog.size(); ++i) {
        if (m_catalog.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_fromPublished->setChecked(true);
            m_published->setCurrentIndex(i);
            onSourceChanged();
            return true;
        }
    }
    return false;
}

void ImportWeightsDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
    m_outputEdited = true;
    updateButtons();
}

QString ImportWeightsDialog::outputPath() const
{
    return m_output->text().trimmed();
}

QStringList ImportWeightsDialog::publishedNames() const
{
    QStringList names;
    for (const Published &p : m_catalog)
        names << p.name;
    return names;
}

QString ImportWeightsDialog::logText() const
{
    return m_log->toPlainText();
}

QString ImportWeightsDialog::architecture() const
{
    return m_network->currentData().toString();
}

QString ImportWeightsDialog::stream() const
{
    return m_stream->currentData().toString();
}

QStringList ImportWeightsDialog::arguments(QString *error) const
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QStringList();
    };
    if (m_behaviors.isEmpty())
        return refuse(tr("The project has no behaviors yet: add them in Edit > Behaviors first."));
    const QString behaviors = m_behaviors.join(QLatin1Char(','));
    if (m_fromPublished->isChecked()) {
        const int i = m_published->currentIndex();
        if (i < 0 || i >= m_catalog.size())
            return refuse(tr("Choose the published weights to download."));
        return {QStringLiteral("model"),
                QStringLiteral("fetch"),
                m_catalog.at(i).name,
                QStringLiteral("--out"),
                QFileInfo(outputPath()).absolutePath(),
                QStringLiteral("--behaviors"),
                behaviors,
                QStringLiteral("--json")};
    }
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return refuse(tr("Choose the weights file to import."));
    if (!QFileInfo(file).isFile())
        return refuse(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(file)));
    if (outputPath().isEmpty())
        return refuse(tr("Choose where to save the model."));
    return QStringList{QStringLiteral("model"),
                       QStringLiteral("import"),
                       file,
                       QStringLiteral("--arch"),
                       architecture(),
                       QStringLiteral("--stream"),
                       stream(),
                       QStringLiteral("--behaviors"),
                       behaviors,
                       QStringLiteral("--out"),
                       outputPath()}
           + m_extra;
}

void ImportWeightsDialog::start()
{
    if (isRunning())
        return;
    QString error;
    const QStringList args = arguments(&error);
    if (args.isEmpty()) {
        appendLog(error);
        Q_EMIT failed(error);
        return;
    }
    const QString folder = QFileInfo(outputPath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        error = tr("The folder %1 cannot be created. Choose another place to save the model.")
                        .arg(QDir::toNativeSeparators(folder));
        appendLog(error);
        Q_EMIT failed(error);
        return;
    }
    m_log->clear();
    m_stderrBuffer.clear();
    m_lastError.clear();
    m_fetchedModel.clear();
    m_cancelled = false;
    m_runningArchitecture = architecture();
    m_runningStream = stream();
    m_runningModel = m_fromFile->isChecked() ? outputPath() : QString();
    m_progress->setVisible(true);
    m_progress->setRange(0, 0); // busy until a download says its size
    appendLog(tr("ethoscribe-cli %1").arg(args.join(QLatin1Char(' '))));
    m_process.start(m_cli, args);
    updateButtons();
    onSourceChanged();
}

void ImportWeightsDialog::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    appendLog(tr("Stopping..."));
    m_process.terminate();
    // A command that does not stop on its own is ended.
    QTimer::singleShot(5000, this, [this] {
        if (isRunning())
            m_process.kill();
    });
}

void ImportWeightsDialog::reject()
{
    if (isRunning()) {
        // Closing while it runs stops it; the dialog closes when it has stopped.
        connect(&m_process, &QProcess::finished, this, &QDialog::reject, Qt::QueuedConnection);
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportWeightsDialog::readStandardError()
{
    m_stderrBuffer += m_process.readAllStandardError();
    for (int nl = m_stderrBuffer.indexOf('\n'); nl >= 0; nl = m_stderrBuffer.indexOf('\n')) {
        const QByteArray line = m_stderrBuffer.left(nl).trimmed();
        m_stderrBuffer.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        const QJsonObject event
                = line.startsWith('{') ? QJsonDocument::fromJson(line).object() : QJsonObject();
        const QString kind = event.value(QStringLiteral("event")).toString();
        if (kind == QLatin1String("progress")) {
            const qint64 bytes = event.value(QStringLiteral("bytes")).toInteger();
            const qint64 total = event.value(QStringLiteral("total")).toInteger();
            if (total > 0) {
                // Per mille: a QProgressBar counts in int.
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(std::min<qint64>(1000, bytes * 1000 / total)));
                m_progress->setFormat(tr("%1 of %2")
                                              .arg(QLocale().formattedDataSize(bytes),
                                                   QLocale().formattedDataSize(total)));
            }
        } else if (kind == QLatin1String("done")) {
            m_fetchedModel = event.value(QStringLiteral("model")).toString();
        } else if (!kind.isEmpty()) {
            continue; // other events: the human-readable lines on stdout say it
        } else {
            const QString text = QString::fromUtf8(line);
            m_lastError = text;
            appendLog(text);
        }
    }
}

void ImportWeightsDialog::onFinished(int exitCode, QProcess::ExitStatus status)
{
    appendLog(QString::fromUtf8(m_process.readAllStandardOutput()));
    m_stderrBuffer += '\n';
    readStandardError();
    m_progress->setVisible(false);
    const QString model = m_runningModel.isEmpty() ? m_fetchedModel : m_runningModel;
    const bool ok = !m_cancelled && status == QProcess::NormalExit && exitCode == 0
                    && !model.isEmpty() && QFileInfo(model).isFile();
    updateButtons();
    onSourceChanged();
    if (ok) {
        appendLog(tr("Done: %1. Choose it as starting weights in Models > Retrain.")
                          .arg(QDir::toNativeSeparators(model)));
        Q_EMIT imported(
                QFileInfo(model).absoluteFilePath(), m_runningArchitecture, m_runningStream);
        return;
    }
    QString why;
    if (m_cancelled)
        why = m_fromPublished->isChecked()
                      ? tr("Stopped. What was downloaded is kept: importing the same weights again "
                           "continues the download.")
                      : tr("Stopped; no model was written.");
    else if (status != QProcess::NormalExit)
        why = tr("ethoscribe-cli stopped unexpectedly; no model was written.");
    else
        why = m_lastError.isEmpty() ? tr("The import failed; no model was written.") : m_lastError;
    appendLog(why);
    Q_EMIT failed(why);
}

void ImportWeightsDialog::appendLog(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        m_log->appendPlainText(trimmed);
}

void ImportWeightsDialog::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_fromFile->setEnabled(!running);
    m_fromPublished->setEnabled(!running);
    m_output->setEnabled(!running);
}

} // namespace ethoscribe
