// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Download.h"

#include "net/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace ethoscribe {

namespace {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// "bytes 100-199/200" -> first 100, total 200; "bytes */200" -> first -1, total 200.
// Fields that are absent or "*" stay -1.
void parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    *first = -1;
    *total = -1;
    static const QRegularExpression re(
            QStringLiteral(R"(^\s*bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return;
    if (m.capturedLength(1) > 0)
        *first = m.captured(1).toLongLong();
    if (m.captured(2) != QLatin1String("*"))
        *total = m.captured(2).toLongLong();
}

} // namespace

Download::Download(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_stalled = true;
        m_reply->abort();
    });
}

Download::~Download()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString Download::partPath(const QString &destination)
{
    return destination + QStringLiteral(".part");
}

void Download::start(const Request &request)
{
    Q_ASSERT(m_state != State::Running);
    m_request = request;
    m_state = State::Running;
    m_error.clear();
    m_sha256.clear();
    m_abortReason.clear();
    m_offset = m_received = m_resumedFrom = 0;
    m_total = -1;
    m_restarts = 0;
    m_stalled = m_cancelled = false;
    m_hash.reset();

    // Problems found before anything is sent are reported like any other, after start()
    // returned, so that callers connect and start in any order.
    auto failLater = [this](const QString &message) {
        m_state = State::Failed;
        m_error = message;
        QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(false); }, Qt::QueuedConnection);
    };
    if (!request.url.isValid() || request.url.scheme().isEmpty())
        return failLater(tr("'%1' is not a download address.").arg(request.url.toString()));
    if (!request.expectedSha256.isEmpty() && !Sha256::isValidExpectation(request.expectedSha256))
        return failLater(tr("'%1' is not a SHA-256 digest (64 hexadecimal digits, or at least "
                            "the first %2).")
                                 .arg(request.expectedSha256)
                                 .arg(Sha256::kMinimumPrefix));
    const QFileInfo destination(request.destination);
    if (!destination.dir().exists())
        return failLater(tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(destination.absolutePath())));

    m_part.setFileName(partPath(request.destination));
    const bool resuming = request.resume && m_part.exists() && m_part.size() > 0;
    if (!m_part.open(resuming ? QIODevice::ReadWrite
                              : (QIODevice::ReadWrite | QIODevice::Truncate)))
        return failLater(
                tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
    if (resuming) {
        // The digest covers the whole file, so the bytes kept from last time go in first.
        if (!m_hash.addData(&m_part)) {
            const QString why = m_part.errorString();
            m_part.close();
            return failLater(
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), why));
        }
        m_offset = m_received = m_part.size();
        m_part.seek(m_offset);
    }
    sendRequest();
}

void Download::sendRequest()
{
    QNetworkRequest request(m_request.url);
    // Compressed transfer encodings would make byte offsets (Range) meaningless.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Ethoscribe/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_offset > 0)
        request.setRawHeader("Range", QByteArray("bytes=") + QByteArray::number(m_offset) + '-');
    m_bodyStarted = false;
    m_acceptBody = false;
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Download::onFinished);
    m_stallTimer.start(m_request.stallTimeoutMs);
}

// Called on the first bytes of a response: decides whether its body belongs in the .part and
// where. Returns false when the request was replaced by another one.
bool Download::beginBody()
{
    m_bodyStarted = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 length
            = m_reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                      ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                      : -1;
    const bool http = m_reply->url().scheme().startsWith(QLatin1String("http"));
    if (status == 206) {
        qint64 first = -1, total = -1;
        parseContentRange(m_reply->rawHeader("Content-Range"), &first, &total);
        if (first != m_offset) // not the part we asked for: fetch the whole file instead
            return restartFromScratch();
        m_total = total;
        m_resumedFrom = m_offset;
        m_acceptBody = true;
    } else if (status == 200 || (!http && status == 0)) {
        // The server ignored the Range request (or there was none): the body is the whole file.
        if (m_offset > 0) {
            m_offset = m_received = 0;
            m_resumedFrom = 0;
            m_hash.reset();
            if (!m_part.resize(0) || !m_part.seek(0)) {
                m_abortReason = tr("Cannot write %1: %2")
                                        .arg(QDir::toNativeSeparators(m_part.fileName()),
                                             m_part.errorString());
                m_reply->abort();
                return false;
            }
        }
        m_total = length;
        m_acceptBody = true;
    }
    // Other answers (errors, 416) carry no file bytes; onFinished() explains them.
    if (m_acceptBody)
        Q_EMIT progress(m_received, m_total);
    return true;
}

bool Download::restartFromScratch()
{
    if (m_restarts++ > 0) {
        m_abortReason
                = tr("The server %1 does not answer range requests consistently; delete "
                     "%2 and try again.")
                          .arg(m_request.url.host(), QDir::toNativeSeparators(m_part.fileName()));
        m_reply->abort();
        return false;
    }
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_offset = m_received = m_resumedFrom = 0;
    m_hash.reset();
    if (!m_part.resize(0) || !m_part.seek(0)) {
        failWith(tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()),
                 false);
        return false;
    }
    sendRequest();
    return false;
}

void Download::onReadyRead()
{
    if (!m_reply)
        return;
    m_stallTimer.start(m_request.stallTimeoutMs);
    if (!m_bodyStarted && !beginBody())
        return;
    const QByteArray data = m_reply->readAll();
    if (!m_acceptBody || data.isEmpty())
        return;
    const qint64 written = m_part.write(data);
    if (written != data.size()) {
        // Keep what reached the disk so that a later attempt continues from there.
        m_abortReason
                = tr("Cannot write %1 (is the disk full?): %2")
                          .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString());
        m_reply->abort();
        return;
    }
    m_hash.addData(data);
    m_received += written;
    Q_EMIT progress(m_received, m_total);
}

void Download::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_stallTimer.stop();
    reply->deleteLater();
    m_reply = nullptr;
    // Bytes that arrived together with the end of the transfer.
    if (reply->error() == QNetworkReply::NoError && reply->bytesAvailable() > 0) {
        m_reply = reply;
        onReadyRead();
        if (m_reply != reply)
            return; // a new request replaced this one (the server sent another range)
        m_reply = nullptr;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString address = m_request.url.toDisplayString();

    if (m_cancelled) {
        m_state = State::Cancelled;
        m_error = tr("The download of %1 was cancelled.").arg(address) + keptPartSentence();
        m_part.close();
        if (QFileInfo(m_part.fileName()).size() == 0)
            m_part.remove();
        Q_EMIT finished(false);
        return;
    }
    if (!m_abortReason.isEmpty())
        return failWith(m_abortReason, true);
    if (m_stalled)
        return failWith(tr("No data arrived from %1 for %2 s; the download stopped after %3.")
                                .arg(m_request.url.host())
                                .arg(m_request.stallTimeoutMs / 1000.0)
                                .arg(size(m_received)),
                        true);
    if (status == 416 && m_offset > 0) {
        // What we have is at least as long as the file: either complete, or something else.
        qint64 first = -1, total = -1;
        parseContentRange(reply->rawHeader("Content-Range"), &first, &total);
        if (total == m_offset) {
            m_total = total;
            m_resumedFrom = m_offset;
            Q_EMIT progress(m_received, m_total);
            return verifyAndInstall();
        }
        if (m_restarts++ == 0) {
            m_offset = m_received = m_resumedFrom = 0;
            m_hash.reset();
            if (!m_part.resize(0) || !m_part.seek(0))
                return failWith(tr("Cannot write %1: %2")
                                        .arg(QDir::toNativeSeparators(m_part.fileName()),
                                             m_part.errorString()),
                                false);
            return sendRequest();
        }
    }
    if (status >= 300 && !m_acceptBody) {
        const QString reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return failWith(
                tr("The server answered HTTP %1%2 for %3.")
                        .arg(status)
                        .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason),
                             address),
                true);
    }
    if (reply->error() != QNetworkReply::NoError) {
        m_reply = reply; // for networkErrorMessage()
        const QString message = networkErrorMessage();
        m_reply = nullptr;
        return failWith(message, true);
    }
    if (!m_acceptBody && m_received == 0 && status == 0)
        m_acceptBody = true; // an empty body from a non-HTTP URL
    if (m_total >= 0 && m_received != m_total)
        return failWith(tr("The connection to %1 was lost after %2 of %3.")
                                .arg(m_request.url.host(), size(m_received), size(m_total)),
                        true);
    if (m_total < 0)
        m_total = m_received;
    verifyAndInstall();
}

void Download::verifyAndInstall()
{
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    if (!m_part.flush())
        return failWith(
                tr("Cannot write %1 (is the disk full?): %2")
                        .arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()),
                true);
    m_part.close();
    if (!m_request.expectedSha256.isEmpty()
        && !Sha256::matches(m_sha256, m_request.expectedSha256)) {
        m_part.remove();
        return failWith(tr("The file downloaded from %1 is not the expected one: expected %2, "
                           "but the %3 that arrived have SHA-256 %4. It was deleted. The "
                           "address may now serve another file, or the transfer was altered; "
                           "try again later, or check the address.")
                                .arg(m_request.url.toDisplayString(),
                                     Sha256::describeExpectation(m_request.expectedSha256),
                                     size(m_received),
                                     m_sha256),
                        false);
    }
    if (QFile::exists(m_request.destination) && !QFile::remove(m_request.destination))
        return failWith(
                tr("Cannot replace %1.").arg(QDir::toNativeSeparators(m_request.destination)),
                true);
    if (!m_part.rename(m_request.destination))
        return failWith(tr("Cannot rename %1 to %2: %3")
                                .arg(QDir::toNativeSeparators(partPath(m_request.destination)),
                                     QDir::toNativeSeparators(m_request.destination),
                                     m_part.errorString()),
                        true);
    succeed();
}

void Download::succeed()
{
    m_state = State::Succeeded;
    Q_EMIT finished(true);
}

void Download::failWith(const QString &message, bool keepPart)
{
    m_stallTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_part.close();
    const bool empty = QFileInfo(m_part.fileName()).size() == 0;
    if (!keepPart || empty)
        m_part.remove();
    m_state = State::Failed;
    m_error = message + (keepPart && !empty ? keptPartSentence() : QString());
    Q_EMIT finished(false);
}

QString Download::keptPartSentence() const
{
    if (m_received <= 0)
        return QString();
    return tr(" The %1 received are kept in %2; running the same download again resumes from "
              "there.")
            .arg(size(m_received), QDir::toNativeSeparators(m_part.fileName()));
}

QString Download::networkErrorMessage() const
{
    const QString host = m_request.url.host();
    switch (m_reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return tr("The host '%1' was not found. Check the address and the internet connection "
                  "(or the proxy settings).")
                .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server %1 refused the connection.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        if (m_total > 0)
            return tr("The connection to %1 was lost after %2 of %3.")
                    .arg(host, size(m_received), size(m_total));
        return tr("The connection to %1 was lost after %2.").arg(host, size(m_received));
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be made: %2")
                .arg(host, m_reply->errorString());
    case QNetworkReply::ProtocolUnknownError:
        return tr("Ethoscribe cannot download from '%1' addresses.").arg(m_request.url.scheme());
    default:
        return tr("Downloading %1 failed: %2")
                .arg(m_request.url.toDisplayString(), m_reply->errorString());
    }
}

void Download::cancel()
{
    if (m_state != State::Running || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

bool Download::exec(const Request &request)
{
    QEventLoop loop;
    connect(this, &Download::finished, &loop, &QEventLoop::quit);
    start(request);
    if (m_state == State::Running)
        loop.exec();
    else
        QCoreApplication::sendPostedEvents(this); // deliver the queued finished()
    return m_state == State::Succeeded;
}

} // namespace ethoscribe
