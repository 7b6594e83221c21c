// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ethoscribe {

// Downloads one URL to a file, for the command line (exec() runs its own event loop) and the GUI
// (start() and the signals). Bytes go to "<destination>.part"; a .part left by an interrupted
// attempt is continued with an HTTP Range request (a server that answers 200 instead of 206
// restarts the file, one that answers 416 gets the .part checked as it is). The SHA-256 of the
// bytes is computed as they arrive and compared with the expected digest (full or a hex prefix);
// only a file that passed appears under its final name, by renaming the .part. A file that does
// not match is deleted, .part included. Interrupted transfers (cut connection, no data for the
// stall timeout, cancel) keep the .part so that the next attempt resumes.
// Owns its QNetworkAccessManager and the .part file while running.
class Download : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        QString destination;        // final file; its folder must exist
        QString expectedSha256;     // full hex digest or a prefix (>= 8 digits); empty: not checked
        int stallTimeoutMs = 30000; // give up when no byte arrived for this long
        bool resume = true;         // continue a .part left by an earlier attempt
    };
    enum class State { Idle, Running, Succeeded, Failed, Cancelled };

    explicit Download(QObject *parent = nullptr);
    ~Download() override;

    // "<destination>.part"
    static QString partPath(const QString &destination);

    // Starts the transfer and returns at once; finished() follows, also for problems found
    // before anything was sent (then queued). Must not be called while running.
    void start(const Request &request);
    // Stops a running transfer; the .part stays for a later resume. finished(false) follows.
    void cancel();
    // start() and wait in a local event loop until finished; true when the file is in place.
    bool exec(const Request &request);

    State state() const { return m_state; }
    // Plain words for Failed and Cancelled: what happened, to which address or file, what to do.
    QString errorString() const { return m_error; }
    // Lower-case hex SHA-256 of the complete file (set once all bytes arrived, also when it did
    // not match the expected digest).
    QString sha256() const { return m_sha256; }
    // Bytes of the file received so far, resumed ones included.
    qint64 bytesReceived() const { return m_received; }
    // Size of the whole file, -1 when the server did not say.
    qint64 bytesTotal() const { return m_total; }
    // Bytes taken over from an earlier .part (0 when the file was fetched from its start).
    qint64 resumedFrom() const { return m_resumedFrom; }

Q_SIGNALS:
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(bool ok);

private:
    void sendRequest();
    void onReadyRead();
    void onFinished();
    bool beginBody();
    bool restartFromScratch();
    void verifyAndInstall();
    void succeed();
    void failWith(const QString &message, bool keepPart);
    QString networkErrorMessage() const;
    QString keptPartSentence() const;

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QFile m_part;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    Request m_request;
    State m_state = State::Idle;
    QString m_error;
    QString m_sha256;
    qint64 m_offset = 0; // bytes already in the .part when the current request was sent
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    int m_restarts = 0;
    bool m_bodyStarted = false;
    bool m_acceptBody = false;
    bool m_stalled = false;
    bool m_cancelled = false;
    QString m_abortReason; // why the transfer was aborted by us (write error, bad range)
};

} // namespace ethoscribe
