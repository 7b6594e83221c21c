// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace ethoscribe::csv {

// Locale-independent number formatting and parsing for the CSV exchange formats: '.' is always
// the decimal separator, whatever QLocale::setDefault() or setlocale() say, and all conversions
// are exact integer arithmetic (no printf, no QString::number with a locale).

// Appends value in decimal.
void appendInteger(QByteArray &out, qint64 value);
// Appends numerator / denominator (denominator > 0) rounded half up to `decimals` decimals,
// always with exactly that many digits after the '.'.
void appendFraction(QByteArray &out, qint64 numerator, qint64 denominator, int decimals = 6);
// Appends a probability in [0, 1] with 6 decimals (values outside are clamped, NaN gives 0).
void appendProbability(QByteArray &out, float p);
// Appends text as one CSV field (UTF-8), quoted when it holds ',', '"', ';', a tab or a line break
// or starts/ends with a space.
void appendField(QByteArray &out, const QString &text);
QByteArray field(const QString &text);

// Strict parsing of trimmed fields: optional sign, digits, and for reals an optional '.' part;
// also accepts a ',' decimal separator (spreadsheets in many locales write one) when the file is
// ';'-separated. Returns nothing on anything else (empty, spaces inside, "1e3", "NaN", overflow).
std::optional<qint64> parseInteger(QStringView text);
std::optional<double> parseReal(QStringView text, bool allowCommaDecimal = false);

// Time of a frame in seconds as text with 6 decimals: frame * fpsDenominator / fpsNumerator.
QByteArray frameTime(qint64 frame, qint64 fpsNumerator, qint64 fpsDenominator);

} // namespace ethoscribe::csv
