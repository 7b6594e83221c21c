// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvFormat.h"

#include <cmath>
#include <limits>

namespace ethoscribe::csv {

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    int pos = 24;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        buffer[--pos] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative)
        buffer[--pos] = '-';
    out.append(buffer + pos, 24 - pos);
}

void appendFraction(QByteArray &out, qint64 numerator, qint64 denominator, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = (numerator < 0) != (denominator < 0) && numerator != 0;
    const __int128 num = numerator < 0 ? -__int128(numerator) : __int128(numerator);
    const __int128 den = denominator < 0 ? -__int128(denominator) : __int128(denominator);
    qint64 scaled64;
    // Round half up; 64-bit arithmetic when it cannot overflow (every realistic frame time).
    constexpr __int128 kLimit = __int128(1) << 62;
    if (num < kLimit / (2 * scale) && den < kLimit / 2)
        scaled64 = (qint64(num) * scale * 2 + qint64(den)) / (qint64(den) * 2);
    else
        scaled64 = qint64((num * scale * 2 + den) / (den * 2));
    const qint64 scaled = scaled64;
    const qint64 whole = scaled / scale;
    const qint64 fraction = scaled % scale;
    if (negative && scaled != 0)
        out.append('-');
    appendInteger(out, whole);
    if (decimals <= 0)
        return;
    out.append('.');
    char digits[20];
    qint64 f = fraction;
    for (int i = decimals - 1; i >= 0; --i) {
        digits[i] = char('0' + f % 10);
        f /= 10;
    }
    out.append(digits, decimals);
}

void appendProbability(QByteArray &out, float p)
{
    if (!(p > 0.0f)) {
        out.append("0.000000", 8);
        return;
    }
    if (p >= 1.0f) {
        out.append("1.000000", 8);
        return;
    }
    const qint64 micro = std::llround(double(p) * 1e6);
    appendFraction(out, micro, 1000000, 6);
}

void appendField(QByteArray &out, const QString &text)
{
    bool needsQuotes = !text.isEmpty()
                       && (text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' '));
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char(';')
            || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            needsQuotes = true;
            break;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    if (!needsQuotes) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray field(const QString &text)
{
    QByteArray out;
    appendField(out, text);
    return out;
}

std::optional<qint64> parseInteger(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        negative = text[i] == QLatin1Char('-');
        ++i;
    }
    if (i >= text.size())
        return std::nullopt;
    quint64 value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (value > (quint64(std::numeric_limits<qint64>::max()) - (c - u'0')) / 10)
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return negative ? -qint64(value) : qint64(value);
}

std::optional<double> parseReal(QStringView text, bool allowCommaDecimal)
{
    text = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        negative = text[i] == QLatin1Char('-');
        ++i;
    }
    double whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'); ++i) {
        whole = whole * 10 + (text[i].unicode() - u'0');
        ++wholeDigits;
    }
    quint64 fractionValue = 0;
    double fractionScale = 1;
    int fractionDigits = 0;
    if (i < text.size()
        && (text[i] == QLatin1Char('.') || (allowCommaDecimal && text[i] == QLatin1Char(',')))) {
        ++i;
        for (; i < text.size() && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'); ++i) {
            if (fractionDigits < 18) {
                fractionValue = fractionValue * 10 + (text[i].unicode() - u'0');
                fractionScale *= 10;
            }
            ++fractionDigits;
        }
    }
    const double fraction = double(fractionValue) / fractionScale;
    if (i != text.size() || wholeDigits + fractionDigits == 0 || wholeDigits > 18)
        return std::nullopt;
    const double value = whole + fraction;
    return negative ? -value : value;
}

QByteArray frameTime(qint64 frame, qint64 fpsNumerator, qint64 fpsDenominator)
{
    QByteArray out;
    appendFraction(out, frame * fpsDenominator, fpsNumerator, 6);
    return out;
}

} // namespace ethoscribe::csv
