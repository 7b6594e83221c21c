// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LabelExport.h"

#include "io/CsvFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace ethoscribe::LabelExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelExport)
};

QString behaviorName(const BehaviorSet &behaviors, BehaviorId id)
{
    const Behavior *b = behaviors.byId(id);
    return b ? b->name : QStringLiteral("#%1").arg(id);
}

bool validRate(const CsvExportOptions &options)
{
    return options.fpsNumerator > 0 && options.fpsDenominator > 0;
}

} // namespace

QStringList unmatchedClasses(const BehaviorSet &behaviors, const PredictionTrack &predictions)
{
    QStringList unmatched;
    for (const QString &name : predictions.classNames())
        if (!behaviors.byName(name))
            unmatched.append(name);
    return unmatched;
}

QByteArray ethogramCsv(const LabelTrack &track,
                       const BehaviorSet &behaviors,
                       const CsvExportOptions &options)
{
    Q_ASSERT(validRate(options));
    const qint64 num = std::max<qint64>(1, options.fpsNumerator);
    const qint64 den = std::max<qint64>(1, options.fpsDenominator);
    const PredictionTrack *p = options.probabilities;

    QByteArray out;
    out.append("frame,time_s,behavior");
    // Probability columns in behavior order, mapped to the prediction's class indexes.
    // Classes that no behavior is named after follow, under their own names, so that no
    // probability is dropped (see unmatchedClasses()).
    QVector<int> classOfColumn;
    if (p) {
        for (const Behavior &b : behaviors.behaviors()) {
            out.append(',');
            csv::appendField(out, QStringLiteral("p_") + b.name);
            classOfColumn.append(p->classIndex(b.name));
        }
        for (const QString &name : unmatchedClasses(behaviors, *p)) {
            out.append(',');
            csv::appendField(out, QStringLiteral("p_") + name);
            classOfColumn.append(p->classIndex(name));
        }
    }
    out.append('\n');

    // Pre-encode the behavior field of every id once.
    QHash<BehaviorId, QByteArray> encoded;
    const qint64 rowEstimate = 24 + (p ? 9 * classOfColumn.size() : 0);
    out.reserve(qsizetype(std::min<qint64>(track.frameCount() * rowEstimate + 64, 1LL << 30)));
    for (const Bout &run : track.runs()) {
        QByteArray name;
        if (run.behavior != kUnlabeled) {
            auto it = encoded.find(run.behavior);
            if (it == encoded.end())
                it = encoded.insert(run.behavior,
                                    csv::field(behaviorName(behaviors, run.behavior)));
            name = it.value();
        }
        for (qint64 f = run.start; f < run.end; ++f) {
            csv::appendInteger(out, f);
            out.append(',');
            csv::appendFraction(out, f * den, num, 6);
            out.append(',');
            out.append(name);
            if (p) {
                const bool predicted = f < p->frameCount() && p->isPredicted(f);
                const float *row = f < p->frameCount() ? p->row(f) : nullptr;
                for (int c : std::as_const(classOfColumn)) {
                    out.append(',');
                    if (predicted && c >= 0)
                        csv::appendProbability(out, row[c]);
                }
            }
            out.append('\n');
        }
    }
    return out;
}

QByteArray boutsCsv(const LabelTrack &track,
                    const BehaviorSet &behaviors,
                    const CsvExportOptions &options)
{
    Q_ASSERT(validRate(options));
    const qint64 num = std::max<qint64>(1, options.fpsNumerator);
    const qint64 den = std::max<qint64>(1, options.fpsDenominator);
    QByteArray out;
    out.append("behavior,start_frame,end_frame,start_s,end_s,duration_s\n");
    for (const Bout &bout : track.bouts()) {
        csv::appendField(out, behaviorName(behaviors, bout.behavior));
        out.append(',');
        csv::appendInteger(out, bout.start);
        out.append(',');
        csv::appendInteger(out, bout.end - 1);
        out.append(',');
        csv::appendFraction(out, bout.start * den, num, 6);
        out.append(',');
        csv::appendFraction(out, bout.end * den, num, 6);
        out.append(',');
        csv::appendFraction(out, bout.length() * den, num, 6);
        out.append('\n');
    }
    return out;
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"'))
        || t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return t.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Could not write \"%1\": %2. Check that the folder exists and that you "
                            "may write to it.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(contents) != contents.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Could not write \"%1\": %2. Check the free disk space.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString safeBaseName(const QString &videoName)
{
    // Strip a media extension only: "mouse.01" (already a base name) must stay "mouse.01".
    static const QStringList extensions = {QStringLiteral("mp4"),
                                           QStringLiteral("avi"),
                                           QStringLiteral("mkv"),
                                           QStringLiteral("mov"),
                                           QStringLiteral("mpg"),
                                           QStringLiteral("mpeg"),
                                           QStringLiteral("m4v"),
                                           QStringLiteral("wmv"),
                                           QStringLiteral("webm"),
                                           QStringLiteral("mj2"),
                                           QStringLiteral("flv"),
                                           QStringLiteral("ogv"),
                                           QStringLiteral("h264"),
                                           QStringLiteral("ts"),
                                           QStringLiteral("seq"),
                                           QStringLiteral("csv"),
                                           QStringLiteral("tsv")};
    const QFileInfo info(videoName);
    QString base = info.fileName();
    if (extensions.contains(info.suffix(), Qt::CaseInsensitive)
        && !info.completeBaseName().isEmpty())
        base = info.completeBaseName();
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    for (QChar &c : base) {
        if (c.unicode() < 32 || forbidden.contains(c))
            c = QLatin1Char('_');
    }
    base = base.trimmed();
    if (base.isEmpty() || base == QLatin1String(".") || base == QLatin1String(".."))
        base = QStringLiteral("video");
    return base;
}

QString BaseNames::claim(const QString &wanted)
{
    QString base = wanted;
    for (int n = 2; m_used.contains(base.toCaseFolded()); ++n)
        base = QStringLiteral("%1_%2").arg(wanted).arg(n);
    m_used.insert(base.toCaseFolded());
    return base;
}

FolderExportResult exportToFolder(const QVector<VideoLabels> &videos,
                                  const BehaviorSet &behaviors,
                                  const QString &folder,
                                  int kinds,
                                  const std::function<bool(int, int)> &progress)
{
    FolderExportResult result;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        result.error = Tr::tr("Could not create the folder \"%1\". Choose another folder.")
                               .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    BaseNames names;
    for (int i = 0; i < videos.size(); ++i) {
        const VideoLabels &video = videos.at(i);
        if (video.fpsNumerator <= 0 || video.fpsDenominator <= 0) {
            result.error = Tr::tr("The video \"%1\" has no valid frame rate; nothing was written "
                                  "for it.")
                                   .arg(video.videoName);
            return result;
        }
        const QString base = video.fileBase.isEmpty() ? names.forVideo(video.videoName)
                                                      : names.claim(video.fileBase);

        CsvExportOptions options;
        options.fpsNumerator = video.fpsNumerator;
        options.fpsDenominator = video.fpsDenominator;
        options.probabilities = video.probabilities;
        if (kinds & EthogramFiles) {
            const QString path = dir.absoluteFilePath(base + QStringLiteral("_ethogram.csv"));
            if (!writeFile(path, ethogramCsv(video.track, behaviors, options), &result.error))
                return result;
            result.writtenFiles.append(path);
        }
        if (kinds & BoutFiles) {
            const QString path = dir.absoluteFilePath(base + QStringLiteral("_bouts.csv"));
            if (!writeFile(path, boutsCsv(video.track, behaviors, options), &result.error))
                return result;
            result.writtenFiles.append(path);
        }
        if (progress && !progress(i + 1, int(videos.size()))) {
            result.cancelled = true;
            return result;
        }
    }
    result.ok = true;
    return result;
}

} // namespace ethoscribe::LabelExport
