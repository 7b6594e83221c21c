// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

} // namespace

qsizetype CsvReader::firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return i; // NUL bytes never occur in a text file
            ++i;
            continue;
        }
        int extra;
        unsigned int minimum;
        unsigned int code;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

void CsvReader::fail(int line, const QString &reason)
{
    m_errorLine = line;
    m_errorReason = reason;
}

bool CsvReader::open(const QByteArray &data)
{
    m_text.clear();
    m_pos = 0;
    m_line = 1;
    m_recordLine = 0;
    m_errorLine = 0;
    m_errorReason.clear();
    m_fields.clear();

    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    if (n >= 2
        && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        const bool littleEndian = bytes[0] == 0xFF;
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        m_text = decoder(data.mid(2));
        if (decoder.hasError() || (n % 2) != 0) {
            fail(1, Tr::tr("the file is not valid UTF-16 text"));
            return false;
        }
        if (m_text.contains(QChar(0))) {
            fail(1, Tr::tr("the file contains binary data"));
            return false;
        }
    } else {
        // UTF-16 without a byte-order mark: many NUL bytes in the first line.
        const qsizetype probe = std::min<qsizetype>(n, 200);
        int zeros = 0;
        for (qsizetype i = 0; i < probe; ++i)
            zeros += bytes[i] == 0;
        if (probe >= 4 && zeros * 4 >= probe) {
            fail(1,
                 Tr::tr("the file looks like UTF-16 text without a byte-order mark; save it as "
                        "UTF-8 (\"CSV UTF-8\" in spreadsheet programs) and try again"));
            return false;
        }
        const qsizetype bad = firstInvalidUtf8(data);
        if (bad >= 0) {
            fail(lineOfOffset(data, bad),
                 bytes[bad] == 0
                         ? Tr::tr("the file contains binary data (a NUL byte); it is not a "
                                  "CSV text file")
                         : Tr::tr("invalid UTF-8 text (byte 0x%1 at offset %2); save the file "
                                  "as UTF-8 and try again")
                                   .arg(int(bytes[bad]), 2, 16, QLatin1Char('0'))
                                   .arg(bad));
            return false;
        }
        const qsizetype skip
                = (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0;
        m_text = QString::fromUtf8(data.constData() + skip, n - skip);
    }

    if (m_text.trimmed().isEmpty()) {
        fail(1, Tr::tr("the file is empty"));
        return false;
    }

    // Delimiter: the most frequent of , ; tab on the first non-blank line, outside quotes.
    qsizetype start = 0;
    while (start < m_text.size() && m_text.at(start).isSpace())
        ++start;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = start; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    m_delimiter = QLatin1Char(',');
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = QLatin1Char('\t');
    return true;
}

bool CsvReader::next()
{
    if (hasError())
        return false;
    const QChar *text = m_text.constData();
    const qsizetype n = m_text.size();
    const QChar delimiter = m_delimiter;
    for (;;) {
        m_fields.clear();
        m_unquoted.clear();
        if (m_pos >= n)
            return false;
        m_recordLine = m_line;
        bool blank = true;
        for (;;) {
            // One field.
            if (m_pos < n && text[m_pos] == QLatin1Char('"')) {
                blank = false;
                const int quoteLine = m_line;
                ++m_pos;
                const qsizetype fieldStart = m_pos;
                QString unescaped;
                bool escaped = false;
                qsizetype chunkStart = m_pos;
                for (;;) {
                    if (m_pos >= n) {
                        fail(quoteLine, Tr::tr("a quoted field is never closed (missing '\"')"));
                        return false;
                    }
                    const QChar c = text[m_pos];
                    if (c == QLatin1Char('"')) {
                        if (m_pos + 1 < n && text[m_pos + 1] == QLatin1Char('"')) {
                            unescaped.append(
                                    QStringView(text + chunkStart, m_pos + 1 - chunkStart));
                            escaped = true;
                            m_pos += 2;
                            chunkStart = m_pos;
                            continue;
                        }
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    ++m_pos;
                }
                if (escaped) {
                    unescaped.append(QStringView(text + chunkStart, m_pos - chunkStart));
                    m_unquoted.append(unescaped);
                    m_fields.append(QStringView(m_unquoted.last()));
                } else {
                    m_fields.append(QStringView(text + fieldStart, m_pos - fieldStart));
                }
                ++m_pos; // closing quote
                // Only spaces may follow a closing quote before the delimiter.
                while (m_pos < n && text[m_pos] == QLatin1Char(' '))
                    ++m_pos;
                if (m_pos < n && text[m_pos] != delimiter && text[m_pos] != QLatin1Char('\n')
                    && text[m_pos] != QLatin1Char('\r')) {
                    fail(m_line, Tr::tr("unexpected text after a closing quote"));
                    return false;
                }
            } else {
                const qsizetype fieldStart = m_pos;
                while (m_pos < n) {
                    const QChar c = text[m_pos];
                    if (c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                        break;
                    if (c == QLatin1Char('"')) {
                        fail(m_line, Tr::tr("a quote character inside an unquoted field"));
                        return false;
                    }
                    ++m_pos;
                }
                QStringView value(text + fieldStart, m_pos - fieldStart);
                if (blank && !value.trimmed().isEmpty())
                    blank = false;
                m_fields.append(value);
            }
            if (m_pos < n && text[m_pos] == delimiter) {
                blank = false;
                ++m_pos;
                continue;
            }
            // End of record.
            if (m_pos < n && text[m_pos] == QLatin1Char('\r'))
                ++m_pos;
            if (m_pos < n && text[m_pos] == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            break;
        }
        if (!blank)
            return true;
    }
}

} // namespace ethoscribe
