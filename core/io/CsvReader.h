// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

namespace ethoscribe {

// Reads the records of a CSV file held in memory, for the label importers. Accepts UTF-8 (with or
// without BOM) and UTF-16 with a BOM; rejects invalid UTF-8, UTF-16 without a BOM and binary data
// with the line number of the first bad byte. The delimiter (',', ';' or tab) is taken from the
// first non-empty line; fields follow RFC 4180 (double quotes, "" inside quotes, line breaks
// inside quotes). Blank lines are skipped. Fields are views into the reader and stay valid until
// the next call to next().
class CsvReader
{
public:
    // Decodes data; false (with errorLine()/errorReason()) when the encoding is wrong or the file
    // has no content.
    bool open(const QByteArray &data);

    // Advances to the next non-blank record; false at the end or on a syntax error (hasError()).
    bool next();

    // 1-based line on which the current record starts.
    int line() const { return m_recordLine; }
    int fieldCount() const { return int(m_fields.size()); }
    QStringView field(int index) const
    {
        return index < m_fields.size() ? m_fields[index] : QStringView();
    }
    QChar delimiter() const { return m_delimiter; }

    bool hasError() const { return !m_errorReason.isEmpty(); }
    int errorLine() const { return m_errorLine; }
    QString errorReason() const { return m_errorReason; }

    // Offset of the first invalid UTF-8 sequence, or -1 when data is valid UTF-8.
    static qsizetype firstInvalidUtf8(const QByteArray &data);

private:
    void fail(int line, const QString &reason);

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QChar m_delimiter = QLatin1Char(',');
    QVector<QStringView> m_fields;
    QVector<QString> m_unquoted; // storage for quoted fields that needed unescaping
    int m_errorLine = 0;
    QString m_errorReason;
};

} // namespace ethoscribe
