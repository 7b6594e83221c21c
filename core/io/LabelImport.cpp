// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LabelImport.h"

#include "io/CsvFormat.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelImport)
};

// Sanity limit when the video length is unknown: a week of 30 fps video.
constexpr qint64 kMaxFrames = qint64(7) * 24 * 3600 * 30;

bool sameName(QStringView a, const char *b)
{
    return a.trimmed().compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

int findColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (sameName(header[i], name))
                return i;
        }
    }
    return -1;
}

QStringList currentFields(const CsvReader &reader)
{
    QStringList fields;
    for (int i = 0; i < reader.fieldCount(); ++i)
        fields.append(reader.field(i).trimmed().toString());
    return fields;
}

// Shared state of one import: the result, the error reporting and the name resolution.
class Importer
{
public:
    Importer(const QString &fileName,
             const BehaviorSet &behaviors,
             const LabelImportOptions &options)
        : m_behaviors(behaviors)
        , m_options(options)
    {
        m_result.fileName = fileName;
        for (auto it = options.nameMapping.cbegin(); it != options.nameMapping.cend(); ++it)
            m_mapping.insert(it.key().trimmed().toCaseFolded(), it.value());
    }

    // Always returns false so that parsers can `return fail(...)`.
    bool fail(int line, const QString &reason)
    {
        m_result.ok = false;
        m_result.errorLine = line;
        m_result.errorReason = reason;
        const QString name = QDir::toNativeSeparators(m_result.fileName);
        m_result.error = line > 0 ? Tr::tr("%1, line %2: %3").arg(name).arg(line).arg(reason)
                                  : Tr::tr("%1: %2").arg(name, reason);
        return false;
    }
    bool failReader(const CsvReader &reader)
    {
        return fail(reader.errorLine(), reader.errorReason());
    }

    // Resolves a behavior name: mapping first, then the set (case-insensitive). Returns false for
    // an unknown name (and counts it); *id is kUnlabeled for names mapped to "skip".
    // line: where the name occurs, for the report of the first line of each unknown name.
    bool resolve(QStringView rawName, BehaviorId *id, qint64 count, int line)
    {
        const QStringView name = rawName.trimmed();
        if (name == m_lastName && !m_lastName.isNull()) {
            *id = m_lastId;
            if (!m_lastKnown)
                countUnknown(count, line);
            return m_lastKnown;
        }
        m_lastName = name.toString();
        const QString folded = m_lastName.toCaseFolded();
        m_lastKnown = true;
        if (auto it = m_mapping.constFind(folded); it != m_mapping.constEnd()) {
            m_lastId = it.value();
        } else if (const Behavior *b = m_behaviors.byName(m_lastName, Qt::CaseInsensitive)) {
            m_lastId = b->id;
        } else {
            m_lastKnown = false;
            m_lastId = kUnlabeled;
            countUnknown(count, line);
        }
        *id = m_lastId;
        return m_lastKnown;
    }
    void countUnknown(qint64 count, int line)
    {
        m_result.unknownNames[m_lastName] += count;
        auto it = m_result.unknownNameLines.find(m_lastName);
        if (it == m_result.unknownNameLines.end())
            m_result.unknownNameLines.insert(m_lastName, line);
        else if (line < it.value())
            it.value() = line;
    }

    qint64 frameLimit() const
    {
        return m_options.frameCount >= 0 ? m_options.frameCount : kMaxFrames;
    }
    QString pastEnd(qint64 frame) const
    {
        if (m_options.frameCount == 0)
            return Tr::tr("frame %1 is past the end of the video, which has no frames").arg(frame);
        if (m_options.frameCount > 0)
            return Tr::tr("frame %1 is past the end of the video (%2 frames, numbered 0 to %3); is "
                          "this the right file for this video?")
                    .arg(frame)
                    .arg(m_options.frameCount)
                    .arg(m_options.frameCount - 1);
        return Tr::tr("frame %1 is implausibly large").arg(frame);
    }

    bool parseEthogram(const QByteArray &data);
    bool parseBouts(const QByteArray &data);
    bool parseBoris(const QByteArray &data);
    bool parseDeepEthogram(const QByteArray &data);

    LabelImportResult m_result;
    const BehaviorSet &m_behaviors;
    const LabelImportOptions &m_options;

private:
    QHash<QString, BehaviorId> m_mapping;
    QString m_lastName;
    BehaviorId m_lastId = kUnlabeled;
    bool m_lastKnown = false;
};

constexpr BehaviorId kNotSeen = -2;

// frame,time_s,behavior[,p_...]
bool Importer::parseEthogram(const QByteArray &data)
{
    CsvReader reader;
    if (!reader.open(data) || !reader.next())
        return reader.hasError() ? failReader(reader) : fail(1, Tr::tr("the file is empty"));
    const QStringList header = currentFields(reader);
    const int frameColumn = findColumn(header, {"frame"});
    const int behaviorColumn = findColumn(header, {"behavior", "behaviour"});
    if (frameColumn < 0 || behaviorColumn < 0)
        return fail(
                reader.line(),
                Tr::tr("the header must have the columns \"frame\" and \"behavior\" (found: %1)")
                        .arg(header.join(QLatin1String(", "))));
    const int columns = header.size();
    const qint64 limit = frameLimit();
    QVector<BehaviorId> frames;
    if (m_options.frameCount >= 0)
        frames.fill(kNotSeen, m_options.frameCount);
    while (reader.next()) {
        if (reader.fieldCount() != columns)
            return fail(reader.line(),
                        Tr::tr("expected %1 fields like the header, found %2")
                                .arg(columns)
                                .arg(reader.fieldCount()));
        const std::optional<qint64> frame = csv::parseInteger(reader.field(frameColumn));
        if (!frame)
            return fail(reader.line(),
                        Tr::tr("\"%1\" is not a frame number")
                                .arg(reader.field(frameColumn).toString()));
        if (*frame < 0)
            return fail(reader.line(), Tr::tr("negative frame number %1").arg(*frame));
        if (*frame >= limit)
            return fail(reader.line(), pastEnd(*frame));
        if (*frame >= frames.size())
            frames.resize(*frame + 1, kNotSeen);
        if (frames[*frame] != kNotSeen)
            return fail(reader.line(), Tr::tr("frame %1 appears more than once").arg(*frame));
        BehaviorId id = kUnlabeled;
        if (!reader.field(behaviorColumn).trimmed().isEmpty())
            resolve(reader.field(behaviorColumn), &id, 1, reader.line());
        frames[*frame] = id;
    }
    if (reader.hasError())
        return failReader(reader);
    qint64 missing = 0;
    for (BehaviorId &b : frames) {
        if (b == kNotSeen) {
            b = kUnlabeled;
            ++missing;
        }
    }
    if (missing > 0)
        m_result.warnings.append(
                Tr::tr("%1 frames of the video are not in the file; they stay unlabeled.")
                        .arg(missing));
    m_result.track = LabelTrack::fromFrames(frames);
    return true;
}

// behavior,start_frame,end_frame,... with end_frame inclusive.
bool Importer::parseBouts(const QByteArray &data)
{
    CsvReader reader;
    if (!reader.open(data) || !reader.next())
        return reader.hasError() ? failReader(reader) : fail(1, Tr::tr("the file is empty"));
    const QStringList header = currentFields(reader);
    const int behaviorColumn = findColumn(header, {"behavior", "behaviour"});
    const int startColumn = findColumn(header, {"start_frame"});
    const int endColumn = findColumn(header, {"end_frame"});
    if (behaviorColumn < 0 || startColumn < 0 || endColumn < 0)
        return fail(reader.line(),
                    Tr::tr("the header must have the columns \"behavior\", \"start_frame\" and "
                           "\"end_frame\" (found: %1)")
                            .arg(header.join(QLatin1String(", "))));
    const int columns = header.size();
    const qint64 limit = frameLimit();
    struct Row
    {
        qint64 start;
        qint64 end; // exclusive
        QString name;
        int line;
    };
    QVector<Row> rows;
    while (reader.next()) {
        if (reader.fieldCount() != columns)
            return fail(reader.line(),
                        Tr::tr("expected %1 fields like the header, found %2")
                                .arg(columns)
                                .arg(reader.fieldCount()));
        const auto start = csv::parseInteger(reader.field(startColumn));
        const auto end = csv::parseInteger(reader.field(endColumn));
        if (!start || !end)
            return fail(reader.line(),
                        Tr::tr("\"%1\" is not a frame number")
                                .arg((!start ? reader.field(startColumn) : reader.field(endColumn))
                                             .toString()));
        if (*start < 0 || *end < *start)
            return fail(reader.line(),
                        Tr::tr("invalid bout from frame %1 to frame %2").arg(*start).arg(*end));
        if (*end >= limit)
            return fail(reader.line(), pastEnd(*end));
        if (reader.field(behaviorColumn).trimmed().isEmpty())
            return fail(reader.line(), Tr::tr("the behavior is empty"));
        rows.append(Row{*start,
                        *end + 1,
                        reader.field(behaviorColumn).trimmed().toString(),
                        reader.line()});
    }
    if (reader.hasError())
        return failReader(reader);
    std::stable_sort(
            rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.start < b.start; });
    qint64 maxEnd = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (i > 0 && rows[i].start < rows[i - 1].end)
            return fail(rows[i].line,
                        Tr::tr("this bout overlaps the bout on line %1").arg(rows[i - 1].line));
        maxEnd = std::max(maxEnd, rows[i].end);
    }
    LabelTrack track(m_options.frameCount >= 0 ? m_options.frameCount : maxEnd);
    for (const Row &row : std::as_const(rows)) {
        BehaviorId id = kUnlabeled;
        if (resolve(row.name, &id, 1, row.line))
            track.assign(row.start, row.end, id);
    }
    m_result.track = track;
    return true;
}

// BORIS tabular events. Frames: the "Image index" column when present (0-based frame index of
// the media file), else round(Time * fps). A STATE behavior is a START/STOP pair and labels
// [START frame, STOP frame) (at least one frame); a POINT event labels its one frame.
bool Importer::parseBoris(const QByteArray &data)
{
    CsvReader reader;
    if (!reader.open(data))
        return failReader(reader);
    // Old versions put metadata lines before the header; find the header row.
    QStringList header;
    int headerLine = 0;
    while (reader.next()) {
        const QStringList fields = currentFields(reader);
        if (findColumn(fields, {"Behavior"}) >= 0 && findColumn(fields, {"Time"}) >= 0
            && findColumn(fields, {"Status", "Behavior type"}) >= 0) {
            header = fields;
            headerLine = reader.line();
            break;
        }
    }
    if (reader.hasError())
        return failReader(reader);
    if (header.isEmpty())
        return fail(1,
                    Tr::tr("this is not a BORIS tabular events export: no header row with the "
                           "columns Time, Behavior and Status"));
    const int timeColumn = findColumn(header, {"Time"});
    const int behaviorColumn = findColumn(header, {"Behavior"});
    const int statusColumn = findColumn(header, {"Status", "Behavior type"});
    const int imageColumn = findColumn(header, {"Image index"});
    const int mediaColumn
            = findColumn(header, {"Media file name", "Media file path", "Media file"});
    const int subjectColumn = findColumn(header, {"Subject"});
    const int fpsColumn = findColumn(header, {"FPS"});
    const bool commaDecimal = reader.delimiter() == QLatin1Char(';');

    enum Status { Start, Stop, Point };
    struct Event
    {
        qint64 frame;
        Status status;
        QString behavior;
        QString media;
        QString subject;
        int line;
    };
    QVector<Event> events;
    QStringList fileRates;
    const double fps = double(m_options.fpsNumerator) / double(m_options.fpsDenominator);
    while (reader.next()) {
        const int line = reader.line();
        if (reader.fieldCount() < header.size())
            return fail(line,
                        Tr::tr("expected %1 fields like the header on line %2, found %3")
                                .arg(header.size())
                                .arg(headerLine)
                                .arg(reader.fieldCount()));
        Event event;
        event.line = line;
        const QStringView status = reader.field(statusColumn).trimmed();
        if (status.compare(QLatin1String("START"), Qt::CaseInsensitive) == 0)
            event.status = Start;
        else if (status.compare(QLatin1String("STOP"), Qt::CaseInsensitive) == 0)
            event.status = Stop;
        else if (status.compare(QLatin1String("POINT"), Qt::CaseInsensitive) == 0)
            event.status = Point;
        else
            return fail(line,
                        Tr::tr("unknown status \"%1\" (expected START, STOP or POINT)")
                                .arg(status.toString()));
        event.behavior = reader.field(behaviorColumn).trimmed().toString();
        if (event.behavior.isEmpty())
            return fail(line, Tr::tr("the behavior is empty"));
        const QStringView image
                = imageColumn >= 0 ? reader.field(imageColumn).trimmed() : QStringView();
        if (!image.isEmpty() && image.compare(QLatin1String("NA"), Qt::CaseInsensitive) != 0) {
            // Recent BORIS writes the index as a float column ("123" or "123.0").
            const auto index = csv::parseReal(image, commaDecimal);
            if (!index || *index != std::floor(*index))
                return fail(line, Tr::tr("\"%1\" is not a frame index").arg(image.toString()));
            event.frame = qint64(*index);
        } else {
            const auto time = csv::parseReal(reader.field(timeColumn), commaDecimal);
            if (!time)
                return fail(line,
                            Tr::tr("\"%1\" is not a time in seconds")
                                    .arg(reader.field(timeColumn).toString()));
            event.frame = qint64(std::llround(*time * fps));
        }
        if (event.frame < 0)
            return fail(line, Tr::tr("negative time or frame index"));
        if (mediaColumn >= 0)
            event.media = QFileInfo(reader.field(mediaColumn).trimmed().toString()).fileName();
        if (subjectColumn >= 0)
            event.subject = reader.field(subjectColumn).trimmed().toString();
        if (fpsColumn >= 0) {
            const QString rate = reader.field(fpsColumn).trimmed().toString();
            if (!rate.isEmpty() && !fileRates.contains(rate))
                fileRates.append(rate);
        }
        events.append(event);
    }
    if (reader.hasError())
        return failReader(reader);

    // Select one media file and one subject.
    const auto selectBy = [&](QString Event::*field,
                              const QString &wanted,
                              const QString &what,
                              const QString &option) -> bool {
        QStringList distinct;
        for (const Event &e : std::as_const(events)) {
            const QString &v = e.*field;
            if (!v.isEmpty() && !distinct.contains(v))
                distinct.append(v);
        }
        if (wanted.isEmpty()) {
            if (distinct.size() > 1)
                return fail(0,
                            Tr::tr("the file holds events of several %1 (%2); choose one with %3")
                                    .arg(what, distinct.join(QLatin1String(", ")), option));
            return true;
        }
        QVector<Event> kept;
        for (const Event &e : std::as_const(events)) {
            if ((e.*field).compare(wanted, Qt::CaseInsensitive) == 0
                || QFileInfo(e.*field).fileName().compare(QFileInfo(wanted).fileName(),
                                                          Qt::CaseInsensitive)
                           == 0)
                kept.append(e);
        }
        if (kept.isEmpty() && !events.isEmpty())
            return fail(0,
                        Tr::tr("the file has no events for \"%1\" (it has: %2)")
                                .arg(wanted, distinct.join(QLatin1String(", "))));
        events = kept;
        return true;
    };
    for (const Event &e : std::as_const(events)) {
        if (!e.media.isEmpty() && !m_result.mediaFiles.contains(e.media))
            m_result.mediaFiles.append(e.media);
        if (!e.subject.isEmpty() && !m_result.subjects.contains(e.subject))
            m_result.subjects.append(e.subject);
    }
    if (!selectBy(&Event::media,
                  m_options.mediaFile,
                  Tr::tr("media files"),
                  Tr::tr("the media file option")))
        return false;
    if (!selectBy(&Event::subject,
                  m_options.subject,
                  Tr::tr("subjects"),
                  Tr::tr("the subject option")))
        return false;

    if (imageColumn < 0 && fileRates.size() == 1) {
        const auto fileFps = csv::parseReal(fileRates.first(), commaDecimal);
        if (fileFps && std::abs(*fileFps - fps) > 0.01)
            m_result.warnings.append(
                    Tr::tr("The file says %1 frames per second but the video has %2; times were "
                           "converted with the video's frame rate.")
                            .arg(fileRates.first())
                            .arg(fps, 0, 'f', 3));
    }

    // Events at the same frame: a STOP closes before the next START opens.
    const auto rank = [](Status status) {
        return status == Stop ? 0 : status == Start ? 1 : 2;
    };
    std::stable_sort(events.begin(), events.end(), [&rank](const Event &a, const Event &b) {
        if (a.frame != b.frame)
            return a.frame < b.frame;
        return rank(a.status) < rank(b.status);
    });

    const qint64 limit = frameLimit();
    struct Span
    {
        qint64 start;
        qint64 end;
        QString behavior;
        int line; // of the START event
    };
    QVector<Span> states;
    QVector<Event> points;
    const Event *open = nullptr;
    for (const Event &e : std::as_const(events)) {
        switch (e.status) {
        case Start:
            if (open) {
                if (open->behavior == e.behavior)
                    return fail(e.line,
                                Tr::tr("\"%1\" starts again but was not stopped since line %2")
                                        .arg(e.behavior)
                                        .arg(open->line));
                return fail(
                        e.line,
                        Tr::tr("overlapping states: \"%1\" starts while \"%2\" (started on line "
                               "%3) is still going on; Ethoscribe needs exactly one behavior per "
                               "frame")
                                .arg(e.behavior, open->behavior)
                                .arg(open->line));
            }
            if (e.frame >= limit)
                return fail(e.line, pastEnd(e.frame));
            open = &e;
            break;
        case Stop:
            if (!open || open->behavior != e.behavior)
                return fail(e.line,
                            Tr::tr("STOP of \"%1\" without a matching START").arg(e.behavior));
            if (e.frame > limit)
                return fail(e.line, pastEnd(e.frame));
            states.append(Span{open->frame,
                               std::min(limit, std::max(e.frame, open->frame + 1)),
                               e.behavior,
                               open->line});
            open = nullptr;
            break;
        case Point:
            if (e.frame >= limit)
                return fail(e.line, pastEnd(e.frame));
            points.append(e);
            break;
        }
    }
    if (open)
        return fail(open->line, Tr::tr("\"%1\" starts here but never stops").arg(open->behavior));

    qint64 size = m_options.frameCount;
    if (size < 0) {
        size = 0;
        for (const Span &s : std::as_const(states))
            size = std::max(size, s.end);
        for (const Event &p : std::as_const(points))
            size = std::max(size, p.frame + 1);
    }
    LabelTrack track(size);
    for (const Span &s : std::as_const(states)) {
        BehaviorId id = kUnlabeled;
        if (resolve(s.behavior, &id, 1, s.line))
            track.assign(s.start, s.end, id);
    }
    int overridden = 0;
    for (const Event &p : std::as_const(points)) {
        BehaviorId id = kUnlabeled;
        if (resolve(p.behavior, &id, 1, p.line) && id != kUnlabeled) {
            if (track.at(p.frame) != kUnlabeled && track.at(p.frame) != id)
                ++overridden;
            track.assign(p.frame, p.frame + 1, id);
        }
    }
    if (overridden > 0)
        m_result.warnings.append(Tr::tr("%1 point events fall inside a state of another behavior; "
                                        "the point event's behavior labels that one frame.")
                                         .arg(overridden));
    m_result.track = track;
    return true;
}

// DeepEthogram: header ",background,beh1,..."; rows "<frame>,0,1,..." with 1 = present,
// 0 = absent, -1 = unlabeled/ignored. Frame numbers are 0-based and consecutive.
bool Importer::parseDeepEthogram(const QByteArray &data)
{
    CsvReader reader;
    if (!reader.open(data) || !reader.next())
        return reader.hasError() ? failReader(reader) : fail(1, Tr::tr("the file is empty"));
    const QStringList header = currentFields(reader);
    if (header.size() < 2)
        return fail(
                reader.line(),
                Tr::tr("a DeepEthogram label file needs a frame column and at least one behavior "
                       "column"));
    const int columns = header.size();
    // Column -> behavior; background means "no behavior" unless the user mapped it.
    QVector<BehaviorId> ids(columns, kUnlabeled);
    QVector<bool> known(columns, true);
    QVector<qint64> unknownFrames(columns, 0);
    for (int c = 1; c < columns; ++c) {
        if (header[c].isEmpty())
            return fail(reader.line(),
                        Tr::tr("column %1 of the header has no behavior name").arg(c + 1));
        BehaviorId id = kUnlabeled;
        if (sameName(header[c], "background")) {
            bool inMapping = false;
            for (auto it = m_options.nameMapping.cbegin(); it != m_options.nameMapping.cend(); ++it)
                inMapping = inMapping || sameName(it.key(), "background");
            if (!inMapping && !m_behaviors.byName(header[c]))
                continue; // "no behavior": unlabeled
        }
        known[c] = resolve(header[c], &id, 0, reader.line());
        ids[c] = id;
    }
    // resolve() counted 0 so far; unknown names are counted in frames below, with the first row
    // that marks them.
    m_result.unknownNames.clear();
    m_result.unknownNameLines.clear();

    const qint64 limit = frameLimit();
    QVector<BehaviorId> frames;
    qint64 expected = 0;
    qint64 backgroundFrames = 0;
    while (reader.next()) {
        if (reader.fieldCount() != columns)
            return fail(reader.line(),
                        Tr::tr("expected %1 fields like the header, found %2")
                                .arg(columns)
                                .arg(reader.fieldCount()));
        const auto frame = csv::parseInteger(reader.field(0));
        if (!frame)
            return fail(reader.line(),
                        Tr::tr("\"%1\" is not a frame number").arg(reader.field(0).toString()));
        if (*frame != expected)
            return fail(reader.line(),
                        Tr::tr("frame numbers must run 0, 1, 2, ... without gaps; expected %1, "
                               "found %2")
                                .arg(expected)
                                .arg(*frame));
        if (*frame >= limit)
            return fail(reader.line(), pastEnd(*frame));
        int present = -1;
        for (int c = 1; c < columns; ++c) {
            const QStringView v = reader.field(c).trimmed();
            int value;
            if (v == QLatin1String("1") || v == QLatin1String("1.0"))
                value = 1;
            else if (v == QLatin1String("0") || v == QLatin1String("0.0"))
                value = 0;
            else if (v == QLatin1String("-1") || v == QLatin1String("-1.0"))
                value = -1;
            else
                return fail(reader.line(),
                            Tr::tr("\"%1\" in column \"%2\" is not 0, 1 or -1")
                                    .arg(v.toString(), header[c]));
            if (value == 1) {
                if (present >= 0)
                    return fail(
                            reader.line(),
                            Tr::tr("more than one behavior is 1 (\"%1\" and \"%2\"); Ethoscribe "
                                   "needs exactly one behavior per frame")
                                    .arg(header[present], header[c]));
                present = c;
            }
        }
        BehaviorId id = kUnlabeled;
        if (present >= 0) {
            if (!known[present]) {
                if (unknownFrames[present]++ == 0)
                    m_result.unknownNameLines.insert(header[present], reader.line());
            } else
                id = ids[present];
            if (sameName(header[present], "background") && id == kUnlabeled)
                ++backgroundFrames;
        }
        frames.append(id);
        ++expected;
    }
    if (reader.hasError())
        return failReader(reader);
    for (int c = 1; c < columns; ++c) {
        if (!known[c] && unknownFrames[c] > 0)
            m_result.unknownNames[header[c]] += unknownFrames[c];
    }
    if (backgroundFrames > 0)
        m_result.warnings.append(
                Tr::tr("%1 frames marked \"background\" (no behavior) were imported "
                       "as unlabeled.")
                        .arg(backgroundFrames));
    if (m_options.frameCount >= 0 && frames.size() < m_options.frameCount) {
        m_result.warnings.append(
                Tr::tr("The file has %1 frames but the video has %2; the remaining "
                       "frames stay unlabeled.")
                        .arg(frames.size())
                        .arg(m_options.frameCount));
        frames.resize(m_options.frameCount, kUnlabeled);
    }
    m_result.track = LabelTrack::fromFrames(frames);
    return true;
}

} // namespace

namespace LabelImport {

LabelFileFormat detectFormat(const QByteArray &data)
{
    CsvReader reader;
    if (!reader.open(data))
        return LabelFileFormat::Auto;
    for (int record = 0; record < 40 && reader.next(); ++record) {
        const QStringList fields = currentFields(reader);
        if (record == 0) {
            if (findColumn(fields, {"start_frame"}) >= 0 && findColumn(fields, {"end_frame"}) >= 0
                && findColumn(fields, {"behavior", "behaviour"}) >= 0)
                return LabelFileFormat::BoutsCsv;
            if (findColumn(fields, {"frame"}) >= 0
                && findColumn(fields, {"behavior", "behaviour"}) >= 0)
                return LabelFileFormat::EthogramCsv;
            if (fields.size() >= 2
                && (fields.first().isEmpty() || sameName(fields.first(), "Unnamed: 0")
                    || findColumn(fields, {"background"}) >= 0)
                && findColumn(fields, {"Behavior"}) < 0)
                return LabelFileFormat::DeepEthogram;
        }
        if (findColumn(fields, {"Behavior"}) >= 0 && findColumn(fields, {"Time"}) >= 0
            && findColumn(fields, {"Status", "Behavior type"}) >= 0)
            return LabelFileFormat::BorisTabular;
    }
    return LabelFileFormat::Auto;
}

QString formatName(LabelFileFormat format)
{
    switch (format) {
    case LabelFileFormat::Auto:
        return Tr::tr("unknown format");
    case LabelFileFormat::EthogramCsv:
        return Tr::tr("Ethoscribe per-frame CSV");
    case LabelFileFormat::BoutsCsv:
        return Tr::tr("Ethoscribe bouts CSV");
    case LabelFileFormat::BorisTabular:
        return Tr::tr("BORIS tabular events");
    case LabelFileFormat::DeepEthogram:
        return Tr::tr("DeepEthogram labels");
    }
    return QString();
}

LabelImportResult importData(const QByteArray &data,
                             const QString &fileName,
                             LabelFileFormat format,
                             const BehaviorSet &behaviors,
                             const LabelImportOptions &options)
{
    Importer importer(fileName, behaviors, options);
    if (options.fpsNumerator <= 0 || options.fpsDenominator <= 0) {
        importer.fail(0, Tr::tr("the video has no valid frame rate"));
        return importer.m_result;
    }
    if (format == LabelFileFormat::Auto) {
        format = detectFormat(data);
        if (format == LabelFileFormat::Auto) {
            // Report encoding problems first: they are the most likely reason.
            CsvReader reader;
            if (!reader.open(data))
                importer.failReader(reader);
            else
                importer.fail(1,
                              Tr::tr("the format was not recognised; expected an Ethoscribe CSV "
                                     "(frame,time_s,behavior), a BORIS tabular events export or a "
                                     "DeepEthogram label file"));
            return importer.m_result;
        }
    }
    importer.m_result.format = format;
    bool ok = false;
    switch (format) {
    case LabelFileFormat::EthogramCsv:
        ok = importer.parseEthogram(data);
        break;
    case LabelFileFormat::BoutsCsv:
        ok = importer.parseBouts(data);
        break;
    case LabelFileFormat::BorisTabular:
        ok = importer.parseBoris(data);
        break;
    case LabelFileFormat::DeepEthogram:
        ok = importer.parseDeepEthogram(data);
        break;
    case LabelFileFormat::Auto:
        break;
    }
    LabelImportResult result = importer.m_result;
    result.ok = ok;
    if (!ok) {
        // All-or-nothing: nothing of a failed import is returned.
        result.track = LabelTrack();
        result.unknownNames.clear();
        result.unknownNameLines.clear();
        result.warnings.clear();
    }
    return result;
}

LabelImportResult importFile(const QString &path,
                             LabelFileFormat format,
                             const BehaviorSet &behaviors,
                             const LabelImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LabelImportResult result;
        result.fileName = path;
        result.errorReason = Tr::tr("could not open the file: %1").arg(file.errorString());
        result.error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(path), result.errorReason);
        return result;
    }
    return importData(file.readAll(), path, format, behaviors, options);
}

ResolvedLabelImport importResolving(const QString &path,
                                    LabelFileFormat format,
                                    const BehaviorSet &behaviors,
                                    const LabelImportOptions &options,
                                    const QStringList &addNames,
                                    bool addAllUnknown)
{
    ResolvedLabelImport resolved;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        resolved.result = importFile(path, format, behaviors, options); // says why
        return resolved;
    }
    const QByteArray data = file.readAll();
    resolved.result = importData(data, path, format, behaviors, options);
    if (!resolved.result.ok || resolved.result.unknownNames.isEmpty())
        return resolved;

    BehaviorSet extended = behaviors;
    LabelImportOptions extendedOptions = options;
    QStringList added;
    for (const QString &name : unknownNamesInFileOrder(resolved.result)) {
        if (!addAllUnknown && !addNames.contains(name, Qt::CaseInsensitive))
            continue;
        QString why;
        const BehaviorId id = extended.add(name, QColor(), 0, &why);
        if (id == kUnlabeled) {
            LabelImportResult failed;
            failed.fileName = path;
            failed.format = resolved.result.format;
            failed.errorReason = Tr::tr("the behavior '%1' cannot be added: %2").arg(name, why);
            failed.error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(path), failed.errorReason);
            resolved.result = failed;
            return resolved;
        }
        resolved.newBehaviors.append(*extended.byId(id));
        extendedOptions.nameMapping.insert(name, id);
        added << name;
    }
    if (added.isEmpty())
        return resolved;
    resolved.result = importData(data, path, format, extended, extendedOptions);
    if (!resolved.result.ok)
        resolved.newBehaviors.clear();
    return resolved;
}

namespace {

// Lower-case letters and digits only: "Micro-movement" and "micro movement" compare equal.
QString letters(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace

BehaviorId suggestBehavior(const QString &name, const BehaviorSet &behaviors)
{
    const QString wanted = letters(name);
    if (wanted.isEmpty())
        return kUnlabeled;
    BehaviorId best = kUnlabeled;
    int bestScore = 0;
    bool tie = false;
    for (const Behavior &b : behaviors.behaviors()) {
        const QString candidate = letters(b.name);
        int score = 0;
        if (candidate == wanted) {
            score = 1000;
        } else {
            const QString &shorter = candidate.size() < wanted.size() ? candidate : wanted;
            const QString &longer = candidate.size() < wanted.size() ? wanted : candidate;
            if (shorter.size() >= 3 && longer.startsWith(shorter))
                score = int(shorter.size());
        }
        if (score == 0)
            continue;
        if (score > bestScore) {
            best = b.id;
            bestScore = score;
            tie = false;
        } else if (score == bestScore) {
            tie = true;
        }
    }
    return tie ? kUnlabeled : best;
}

QStringList unknownNamesInFileOrder(const LabelImportResult &result)
{
    QStringList names = result.unknownNames.keys(); // ordered by name
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return result.unknownNameLines.value(a) < result.unknownNameLines.value(b);
    });
    return names;
}

QString describeUnknownNames(const LabelImportResult &result)
{
    QStringList names;
    for (auto it = result.unknownNames.cbegin(); it != result.unknownNames.cend(); ++it)
        names << Tr::tr("'%1' (first on line %2)")
                         .arg(it.key())
                         .arg(result.unknownNameLines.value(it.key()));
    return names.join(QStringLiteral(", "));
}

} // namespace LabelImport
} // namespace ethoscribe
