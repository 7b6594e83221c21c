// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QProcess>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace ethoscribe {

// Models > Import Pretrained Weights...: turns published network weights into an Ethoscribe model
// that Retrain starts from. Either a weights file the researcher has (a PyTorch .pt/.pth, a
// TorchScript file or a .safetensors file: `ethoscribe-cli model import`) or published weights
// by name, downloaded and checked against their SHA-256 (`ethoscribe-cli model fetch`; the list
// comes from `model fetch --list --json`). The work runs in the command-line tool as a child
// process, like Retrain: the window never loads a network, the log shows what it says, a
// download shows its progress, and Cancel stops it (a cancelled download resumes next time).
// The model's classifier gets the project's behaviors, in their order.
class ImportWeightsDialog : public QDialog
{
    Q_OBJECT

public:
    // cliPath: ethoscribe-cli; behaviors: the project's behavior names in order; modelsFolder:
    // where models are written by default (made when needed).
    ImportWeightsDialog(const QString &cliPath,
                        const QStringList &behaviors,
                        const QString &modelsFolder,
                        QWidget *parent = nullptr);
    ~ImportWeightsDialog() override;

    // The form, for tests and for callers that know the file already.
    void setSourceFile(const QString &path, const QString &architecture, const QString &stream);
    // Chooses published weights by name (once the list has come: catalogLoaded()); false when
    // there is no such entry.
    bool setPublished(const QString &name);
    void setOutputPath(const QString &path);
    // More `model import` options (tests: --width and --depth of a tiny network).
    void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }
    QString outputPath() const;
    QStringList publishedNames() const;

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString logText() const;
    // The `ethoscribe-cli` arguments the form stands for (empty with *error when incomplete).
    QStringList arguments(QString *error) const;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    // The published list has been read (count entries; 0 with a message in the log on failure).
    void catalogLoaded(int count);
    // A model was written: its file, network ("i3d", "r2plus1d") and stream ("rgb", "flow").
    void imported(const QString &modelPath, const QString &architecture, const QString &stream);
    // The command ended without a model (failed or cancelled); the log says why.
    void failed(const QString &message);

protected:
    void reject() override;

private:
    struct Published
    {
        QString name;
        QString description;
        QString architecture;
        QString stream;
        QString size;
    };

    void loadCatalog();
    void onSourceChanged();
    void suggestOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void readStandardError();
    void appendLog(const QString &text);
    void updateButtons();
    QString architecture() const;
    QString stream() const;

    QString m_cli;
    QStringList m_behaviors;
    QString m_modelsFolder;
    QStringList m_extra;

    QRadioButton *m_fromFile = nullptr;
    QRadioButton *m_fromPublished = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_published = nullptr;
    QLabel *m_publishedInfo = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_stream = nullptr;
    QLineEdit *m_output = nullptr;
    QLabel *m_behaviorsLabel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;

    QList<Published> m_catalog;
    QProcess m_catalogProcess;
    QProcess m_process;
    QByteArray m_stderrBuffer;
    bool m_outputEdited = false;
    bool m_cancelled = false;
    QString m_runningModel; // the model file the running command writes (import), else empty
    QString m_runningArchitecture;
    QString m_runningStream;
    QString m_fetchedModel; // from fetch's "done" event
    QString m_lastError;
};

} // namespace ethoscribe
