// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/LossCurves.h"

#include "eval/StreamKeys.h"
#include "io/CsvFormat.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LossCurves)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reals as csv::parseReal reads them, or in the C locale's scientific notation ("5e-05", "nan"),
// which trainers commonly write for learning rates and diverged losses.
std::optional<double> parseNumber(QStringView text, bool commaDecimal)
{
    if (const auto value = csv::parseReal(text, commaDecimal))
        return value;
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

bool LossCurves::read(const QString &path, std::vector<LossCurve> *curves, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(error,
                        Tr::tr("Could not read %1: %2.")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(file.readAll(), QDir::toNativeSeparators(path), curves, error);
}

bool LossCurves::parse(const QByteArray &data,
                       const QString &displayName,
                       std::vector<LossCurve> *curves,
                       QString *error)
{
    const auto fail = [&](int line, const QString &reason) {
        return setError(error,
                        line > 0 ? Tr::tr("%1, line %2: %3").arg(displayName).arg(line).arg(reason)
                                 : Tr::tr("%1: %2").arg(displayName, reason));
    };
    CsvReader reader;
    if (!reader.open(data))
        return fail(reader.errorLine(), reader.errorReason());
    if (!reader.next())
        return reader.hasError() ? fail(reader.errorLine(), reader.errorReason())
                                 : fail(0, Tr::tr("the file is empty"));
    const QStringList wanted = {QStringLiteral("fold"),
                                QStringLiteral("model"),
                                QStringLiteral("stream"),
                                QStringLiteral("iter"),
                                QStringLiteral("loss"),
                                QStringLiteral("lr")};
    std::vector<int> column(wanted.size(), -1);
    for (int i = 0; i < reader.fieldCount(); ++i) {
        const int w = int(wanted.indexOf(reader.field(i).trimmed().toString()));
        if (w >= 0)
            column[w] = i;
    }
    if (std::find(column.begin(), column.end(), -1) != column.end())
        return fail(
                reader.line(),
                Tr::tr("the header must have the columns %1").arg(wanted.join(QLatin1Char(','))));
    const int fieldCount = reader.fieldCount();
    const bool commaDecimal = reader.delimiter() != QLatin1Char(',');
    const QStringList models = eval::networkNames();
    const QStringList streams = eval::streamNames();

    // (model index, stream index, fold) -> curve
    std::map<std::tuple<int, int, int>, LossCurve> byKey;
    while (reader.next()) {
        const int line = reader.line();
        if (reader.fieldCount() != fieldCount)
            return fail(line,
                        Tr::tr("expected %1 fields like the header, found %2")
                                .arg(fieldCount)
                                .arg(reader.fieldCount()));
        const auto fold = csv::parseInteger(reader.field(column[0]));
        if (!fold || *fold < 0 || *fold > std::numeric_limits<int>::max())
            return fail(
                    line,
                    Tr::tr("\"%1\" is not a fold number").arg(reader.field(column[0]).toString()));
        const QString model = reader.field(column[1]).trimmed().toString();
        const int m = int(models.indexOf(model));
        if (m < 0)
            return fail(line,
                        Tr::tr("unknown model \"%1\" (expected %2)")
                                .arg(model, models.join(QStringLiteral(" or "))));
        const QString stream = reader.field(column[2]).trimmed().toString();
        const int s = int(streams.indexOf(stream));
        if (s < 0)
            return fail(line,
                        Tr::tr("unknown stream \"%1\" (expected %2)")
                                .arg(stream, streams.join(QStringLiteral(" or "))));
        const auto iter = csv::parseInteger(reader.field(column[3]));
        if (!iter)
            return fail(line,
                        Tr::tr("\"%1\" is not an iteration number")
                                .arg(reader.field(column[3]).toString()));
        const auto loss = parseNumber(reader.field(column[4]), commaDecimal);
        if (!loss)
            return fail(line,
                        Tr::tr("\"%1\" is not a loss").arg(reader.field(column[4]).toString()));
        const auto lr = parseNumber(reader.field(column[5]), commaDecimal);
        if (!lr)
            return fail(line,
                        Tr::tr("\"%1\" is not a learning rate")
                                .arg(reader.field(column[5]).toString()));
        LossCurve &curve = byKey[std::make_tuple(m, s, int(*fold))];
        curve.fold = int(*fold);
        curve.model = model;
        curve.stream = stream;
        curve.iterations.push_back(*iter);
        curve.losses.push_back(*loss);
        curve.learningRates.push_back(*lr);
    }
    if (reader.hasError())
        return fail(reader.errorLine(), reader.errorReason());

    std::vector<LossCurve> result;
    for (auto &[key, curve] : byKey) {
        // The trainer logs in order; sort anyway so a resumed run's lines still plot as a line.
        std::vector<size_t> order(curve.iterations.size());
        std::iota(order.begin(), order.end(), size_t(0));
        const auto &iterations = curve.iterations; // a structured binding cannot be captured
        std::stable_sort(order.begin(), order.end(), [&iterations](size_t a, size_t b) {
            return iterations[a] < iterations[b];
        });
        LossCurve sorted;
        sorted.fold = curve.fold;
        sorted.model = curve.model;
        sorted.stream = curve.stream;
        for (size_t i : order) {
            sorted.iterations.push_back(curve.iterations[i]);
            sorted.losses.push_back(curve.losses[i]);
            sorted.learningRates.push_back(curve.learningRates[i]);
        }
        result.push_back(std::move(sorted));
    }
    *curves = std::move(result);
    return true;
}

} // namespace ethoscribe
