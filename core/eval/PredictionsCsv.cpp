// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/PredictionsCsv.h"

#include "eval/StreamKeys.h"
#include "io/CsvFormat.h"
#include "io/CsvReader.h"
#include "io/LabelExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <limits>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PredictionsCsv)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "i3d/rgb" -> "i3d_rgb_"
QString columnPrefix(const QString &key)
{
    QString prefix = key;
    prefix.replace(QLatin1Char('/'), QLatin1Char('_'));
    return prefix + QLatin1Char('_');
}

QString videoNameOf(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        name.chop(4);
    return name;
}

} // namespace

QByteArray PredictionsCsv::toCsv(const QStringList &classNames, const HeldOutPredictions &video)
{
    QStringList keys;
    for (const QString &key : eval::streamKeys()) {
        if (video.probabilities.count(key))
            keys << key;
    }
    const size_t classCount = size_t(classNames.size());
    QByteArray out;
    out.reserve(qsizetype(video.truth.size() * (16 + keys.size() * classCount * 9)));
    out.append("frame,fold,truth");
    for (const QString &key : keys) {
        const QString prefix = columnPrefix(key);
        for (const QString &name : classNames) {
            out.append(',');
            csv::appendField(out, prefix + name);
        }
    }
    out.append('\n');
    std::vector<const float *> values;
    for (const QString &key : keys)
        values.push_back(video.probabilities.at(key).data());
    QByteArray fold;
    csv::appendInteger(fold, video.fold);
    for (size_t f = 0; f < video.truth.size(); ++f) {
        csv::appendInteger(out, qint64(f));
        out.append(',').append(fold).append(',');
        if (video.truth[f] >= 0)
            csv::appendField(out, classNames[video.truth[f]]);
        for (const float *v : values) {
            for (size_t c = 0; c < classCount; ++c) {
                out.append(',');
                csv::appendProbability(out, v[f * classCount + c]);
            }
        }
        out.append('\n');
    }
    return out;
}

bool PredictionsCsv::write(const QString &path,
                           const QStringList &classNames,
                           const HeldOutPredictions &video,
                           QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    if (classNames.isEmpty())
        return setError(error, Tr::tr("Cannot write %1: there are no classes.").arg(name));
    QSet<QString> seen;
    for (const QString &c : classNames) {
        if (c.isEmpty() || seen.contains(c))
            return setError(error,
                            Tr::tr("Cannot write %1: the class names must be unique and not "
                                   "empty (%2).")
                                    .arg(name, classNames.join(QStringLiteral(", "))));
        seen.insert(c);
    }
    if (video.truth.empty())
        return setError(error, Tr::tr("Cannot write %1: the recording has no frames.").arg(name));
    if (video.fold < 0)
        return setError(error,
                        Tr::tr("Cannot write %1: invalid fold %2.").arg(name).arg(video.fold));
    if (video.probabilities.empty())
        return setError(error,
                        Tr::tr("Cannot write %1: the recording has no predictions.").arg(name));
    const QStringList keys = eval::streamKeys();
    for (const auto &[key, values] : video.probabilities) {
        if (!keys.contains(key))
            return setError(error,
                            Tr::tr("Cannot write %1: unknown stream \"%2\" (known: %3).")
                                    .arg(name, key, keys.join(QStringLiteral(", "))));
        if (values.size() != video.truth.size() * size_t(classNames.size()))
            return setError(error,
                            Tr::tr("Cannot write %1: the %2 probabilities have %3 values "
                                   "instead of %4 frames x %5 classes.")
                                    .arg(name, key)
                                    .arg(values.size())
                                    .arg(video.truth.size())
                                    .arg(classNames.size()));
    }
    for (size_t f = 0; f < video.truth.size(); ++f) {
        if (video.truth[f] < -1 || video.truth[f] >= classNames.size())
            return setError(error,
                            Tr::tr("Cannot write %1: frame %2 has the class index %3.")
                                    .arg(name)
                                    .arg(f)
                                    .arg(video.truth[f]));
    }
    return LabelExport::writeFile(path, toCsv(classNames, video), error);
}

bool PredictionsCsv::read(const QString &path,
                          QStringList *classNames,
                          HeldOutPredictions *video,
                          QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(error,
                        Tr::tr("Could not read %1: %2.")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray data = file.readAll();
    if (!parse(data, QDir::toNativeSeparators(path), classNames, video, error))
        return false;
    video->video = videoNameOf(path);
    return true;
}

bool PredictionsCsv::parse(const QByteArray &data,
                           const QString &displayName,
                           QStringList *classNames,
                           HeldOutPredictions *video,
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

    // Header: frame, fold, truth, then the columns of each stream in contiguous groups.
    const int headerLine = reader.line();
    const int fieldCount = reader.fieldCount();
    if (fieldCount < 4 || reader.field(0).trimmed() != QLatin1String("frame")
        || reader.field(1).trimmed() != QLatin1String("fold")
        || reader.field(2).trimmed() != QLatin1String("truth"))
        return fail(
                headerLine,
                Tr::tr("the header must be \"frame,fold,truth\" followed by probability columns "
                       "such as i3d_rgb_<class>; this is not a predictions file"));
    const QStringList keys = eval::streamKeys();
    QStringList groupKeys; // streams in column order
    QVector<QStringList> groupClasses;
    for (int i = 3; i < fieldCount; ++i) {
        const QString column = reader.field(i).toString();
        QString key;
        for (const QString &k : keys) {
            if (column.startsWith(columnPrefix(k)) && column.size() > columnPrefix(k).size()) {
                key = k;
                break;
            }
        }
        if (key.isEmpty())
            return fail(headerLine,
                        Tr::tr("column \"%1\" is not <model>_<stream>_<class> with model i3d or "
                               "r2plus1d and stream rgb or flow")
                                .arg(column));
        if (groupKeys.isEmpty() || groupKeys.last() != key) {
            if (groupKeys.contains(key))
                return fail(
                        headerLine,
                        Tr::tr("the %1 columns are not next to each other").arg(columnPrefix(key)));
            groupKeys << key;
            groupClasses.append(QStringList());
        }
        const QString className = column.mid(columnPrefix(key).size());
        if (groupClasses.last().contains(className))
            return fail(headerLine, Tr::tr("column \"%1\" appears twice").arg(column));
        groupClasses.last() << className;
    }
    for (int g = 1; g < groupKeys.size(); ++g) {
        if (groupClasses[g] != groupClasses[0])
            return fail(headerLine,
                        Tr::tr("the %1 columns list the classes %2, but the %3 columns list %4")
                                .arg(columnPrefix(groupKeys[g]),
                                     groupClasses[g].join(QStringLiteral(", ")),
                                     columnPrefix(groupKeys[0]),
                                     groupClasses[0].join(QStringLiteral(", "))));
    }
    const QStringList classes = groupClasses[0];
    const int classCount = int(classes.size());
    QHash<QString, int> classIndex;
    for (int c = 0; c < classCount; ++c)
        classIndex.insert(classes[c], c);

    HeldOutPredictions result;
    std::vector<std::vector<float> *> columns;
    for (const QString &key : groupKeys)
        columns.push_back(&result.probabilities[key]);
    const bool commaDecimal = reader.delimiter() != QLatin1Char(',');
    bool haveFold = false;
    int foldLine = 0;
    while (reader.next()) {
        const int line = reader.line();
        if (reader.fieldCount() != fieldCount)
            return fail(line,
                        Tr::tr("expected %1 fields like the header, found %2")
                                .arg(fieldCount)
                                .arg(reader.fieldCount()));
        const qint64 expectedFrame = qint64(result.truth.size());
        const auto frame = csv::parseInteger(reader.field(0));
        if (!frame || *frame != expectedFrame)
            return fail(
                    line,
                    Tr::tr("expected frame %1, found \"%2\" (frames are numbered from 0, one row "
                           "each, in order)")
                            .arg(expectedFrame)
                            .arg(reader.field(0).toString()));
        const auto fold = csv::parseInteger(reader.field(1));
        if (!fold || *fold < 0 || *fold > std::numeric_limits<int>::max())
            return fail(line,
                        Tr::tr("\"%1\" is not a fold number").arg(reader.field(1).toString()));
        if (!haveFold) {
            result.fold = int(*fold);
            haveFold = true;
            foldLine = line;
        } else if (*fold != result.fold) {
            return fail(
                    line,
                    Tr::tr("fold %1 differs from fold %2 on line %3; a recording is held out by "
                           "one fold")
                            .arg(*fold)
                            .arg(result.fold)
                            .arg(foldLine));
        }
        const QStringView truth = reader.field(2);
        if (truth.trimmed().isEmpty()) {
            result.truth.push_back(-1);
        } else {
            // The exact name first (names may hold spaces), then without surrounding spaces.
            auto it = classIndex.constFind(truth.toString());
            if (it == classIndex.constEnd())
                it = classIndex.constFind(truth.trimmed().toString());
            if (it == classIndex.constEnd())
                return fail(line,
                            Tr::tr("unknown class \"%1\" (the columns list %2)")
                                    .arg(truth.toString(), classes.join(QStringLiteral(", "))));
            result.truth.push_back(it.value());
        }
        for (int g = 0; g < int(columns.size()); ++g) {
            for (int c = 0; c < classCount; ++c) {
                const int i = 3 + g * classCount + c;
                const auto p = csv::parseReal(reader.field(i), commaDecimal);
                if (!p || *p < 0.0 || *p > 1.0)
                    return fail(line,
                                Tr::tr("\"%1\" in column %2 is not a probability between 0 and 1")
                                        .arg(reader.field(i).toString())
                                        .arg(i + 1));
                columns[g]->push_back(float(*p));
            }
        }
    }
    if (reader.hasError())
        return fail(reader.errorLine(), reader.errorReason());
    if (result.truth.empty())
        return fail(0, Tr::tr("the file has a header but no frames"));
    result.video = video->video;
    *classNames = classes;
    *video = std::move(result);
    return true;
}

bool PredictionsCsv::readFolder(const QString &dir,
                                QStringList *classNames,
                                std::vector<HeldOutPredictions> *videos,
                                QString *error)
{
    const QDir folder(dir);
    const QString name = QDir::toNativeSeparators(dir);
    if (!folder.exists())
        return setError(error,
                        Tr::tr("The predictions folder %1 does not exist; cross-validation writes "
                               "one <video>.csv per held-out recording there.")
                                .arg(name));
    const QStringList files
            = folder.entryList({QStringLiteral("*.csv")}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty())
        return setError(error,
                        Tr::tr("The predictions folder %1 holds no predictions files (<video>.csv, "
                               "one per held-out recording).")
                                .arg(name));
    std::vector<HeldOutPredictions> result;
    QStringList firstClasses;
    for (const QString &file : files) {
        QStringList classes;
        HeldOutPredictions video;
        if (!read(folder.filePath(file), &classes, &video, error))
            return false;
        if (result.empty()) {
            firstClasses = classes;
        } else if (classes != firstClasses) {
            return setError(
                    error,
                    Tr::tr("%1 lists the classes %2, but %3 lists %4; all predictions files "
                           "of a run must have the same classes in the same order.")
                            .arg(QDir::toNativeSeparators(folder.filePath(file)),
                                 classes.join(QStringLiteral(", ")),
                                 QDir::toNativeSeparators(folder.filePath(files.first())),
                                 firstClasses.join(QStringLiteral(", "))));
        }
        result.push_back(std::move(video));
    }
    *classNames = firstClasses;
    *videos = std::move(result);
    return true;
}

} // namespace ethoscribe
