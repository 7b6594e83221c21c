// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A minimal HTTP/1.1 file server on 127.0.0.1 for the download tests. It runs in its own thread
// so that a test may block (QProcess::waitForFinished) while it serves. GET only, one request
// per connection ("Connection: close"), "Range: bytes=N-" answered with 206 or 416, and per path
// faults: cut the connection after N body bytes, stop sending after N bytes (stall), ignore
// Range (answer 200), or answer a fixed status.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

class HttpTestServer
{
public:
    struct Request
    {
        QByteArray path;
        QByteArray range; // value of the Range header, empty when none
    };
    struct Faults
    {
        qint64 cutAfter = -1;   // body bytes sent before the connection is closed
        int cutTimes = 0;       // how many of the next responses are cut
        qint64 stallAfter = -1; // body bytes sent before the server stops sending (keeps open)
        int stallTimes = 0;
        bool ignoreRange = false;
        int status = 0; // answer this status (with a short text body) instead of the file
    };

    HttpTestServer()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~HttpTestServer()
    {
        QMetaObject::invokeMethod(
                &m_context,
                [this] {
                    delete m_server; // its sockets are its children
                    m_server = nullptr;
                },
                Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    // Starts listening on 127.0.0.1 (any free port); false when that failed.
    bool listen()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
                &m_context,
                [this, &ok] {
                    m_server = new QTcpServer;
                    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                        while (QTcpSocket *s = m_server->nextPendingConnection())
                            serve(s);
                    });
                    ok = m_server->listen(QHostAddress::LocalHost, 0);
                    m_port = m_server->serverPort();
                },
                Qt::BlockingQueuedConnection);
        return ok;
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    void addFile(const QByteArray &path, const QByteArray &content)
    {
        QMutexLocker lock(&m_mutex);
        m_files.insert(path, content);
    }
    void setFaults(const QByteArray &path, const Faults &faults)
    {
        QMutexLocker lock(&m_mutex);
        m_faults.insert(path, faults);
    }
    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    void clearRequests()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

private:
    // Runs in the server thread.
    void serve(QTcpSocket *socket)
    {
        struct Pending
        {
            QByteArray head;
            bool answered = false;
        };
        auto *pending = new Pending;
        QObject::connect(socket, &QObject::destroyed, socket, [pending] { delete pending; });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
            const QByteArray data = socket->readAll();
            if (pending->answered)
                return;
            pending->head += data;
            const int end = pending->head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            pending->answered = true;
            respond(socket, pending->head.left(end).split('\n'));
        });
    }

    void respond(QTcpSocket *socket, const QList<QByteArray> &lines)
    {
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.path = requestLine.value(1);
        for (const QByteArray &l : lines.mid(1)) {
            const int colon = l.indexOf(':');
            if (colon > 0 && l.left(colon).trimmed().toLower() == "range")
                request.range = l.mid(colon + 1).trimmed();
        }
        QByteArray content;
        bool exists = false;
        Faults faults;
        {
            QMutexLocker lock(&m_mutex);
            m_requests << request;
            exists = m_files.contains(request.path);
            content = m_files.value(request.path);
            Faults &f = m_faults[request.path];
            faults = f;
            if (f.cutTimes > 0)
                --f.cutTimes;
            if (f.stallTimes > 0)
                --f.stallTimes;
        }
        int status = 200;
        QByteArray body = content;
        QByteArray extraHeaders;
        if (faults.status != 0 || !exists) {
            status = faults.status != 0 ? faults.status : 404;
            body = "no such file\n";
        } else if (!request.range.isEmpty() && !faults.ignoreRange
                   && request.range.startsWith("bytes=") && request.range.endsWith('-')) {
            const qint64 first = request.range.mid(6, request.range.size() - 7).toLongLong();
            if (first >= content.size()) {
                status = 416;
                body.clear();
                extraHeaders
                        = "Content-Range: bytes */" + QByteArray::number(content.size()) + "\r\n";
            } else {
                status = 206;
                body = content.mid(first);
                extraHeaders = "Content-Range: bytes " + QByteArray::number(first) + '-'
                               + QByteArray::number(content.size() - 1) + '/'
                               + QByteArray::number(content.size()) + "\r\n";
            }
        }
        const QByteArray reason = status == 200   ? "OK"
                                  : status == 206 ? "Partial Content"
                                  : status == 404 ? "Not Found"
                                  : status == 416 ? "Range Not Satisfiable"
                                                  : "Error";
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                          + "Content-Type: application/octet-stream\r\n"
                          + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                          + extraHeaders + "Connection: close\r\n\r\n";
        socket->write(head);
        const bool ok = status == 200 || status == 206;
        if (ok && faults.stallTimes > 0 && faults.stallAfter >= 0) {
            socket->write(body.left(faults.stallAfter));
            socket->flush();
            return; // never more: the client's stall timeout has to end it
        }
        if (ok && faults.cutTimes > 0 && faults.cutAfter >= 0)
            body = body.left(faults.cutAfter);
        socket->write(body);
        socket->disconnectFromHost(); // after the pending bytes are written
    }

    QThread m_thread;
    QObject m_context; // lives in m_thread; the server's work is queued to it
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_files;
    QHash<QByteArray, Faults> m_faults;
    QList<Request> m_requests;
};
