// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/VideoReader.h"

#include "video/FfmpegUtil.h"
#include "video/FrameIndex.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace ethoscribe {

namespace {

constexpr int MaxSide = 16384;
constexpr qint64 NoTs = FrameIndex::NoTimestamp;
static_assert(FrameIndex::NoTimestamp == AV_NOPTS_VALUE, "NoTimestamp must be AV_NOPTS_VALUE");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VideoReader)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Demuxers and codecs that "decode" text into pictures: never a lab video.
bool isTextFormat(const AVInputFormat *format, AVCodecID codec)
{
    const QByteArray name(format ? format->name : "");
    return name == "tty" || codec == AV_CODEC_ID_ANSI || codec == AV_CODEC_ID_BINTEXT
           || codec == AV_CODEC_ID_XBIN || codec == AV_CODEC_ID_IDF;
}

AVPixelFormat withoutJpegRange(AVPixelFormat f, bool *fullRange)
{
    switch (f) {
    case AV_PIX_FMT_YUVJ420P:
        *fullRange = true;
        return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
        *fullRange = true;
        return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
        *fullRange = true;
        return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
        *fullRange = true;
        return AV_PIX_FMT_YUV440P;
    case AV_PIX_FMT_YUVJ411P:
        *fullRange = true;
        return AV_PIX_FMT_YUV411P;
    default:
        return f;
    }
}

int swsColorspace(AVColorSpace space)
{
    switch (space) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    default:
        return SWS_CS_ITU601; // also FFmpeg's default for unspecified
    }
}

} // namespace

struct VideoReader::Private
{
    // Interrupted: the interrupt check asked to stop between two decoded frames; the decoder
    // keeps its place, so a later request ahead continues without seeking.
    enum class Outcome { Frame, Missing, Failed, Desync, Interrupted };

    // Settings.
    int threads = 0;
    int timeLimitMs = 30000;
    std::function<bool()> interruptCheck;
    std::function<bool(qint64, qint64)> progress;
    bool diskCache = true;

    // File.
    QString path;
    VideoInfo info;
    std::shared_ptr<const FrameIndex> index;
    bool indexCached = false;
    AVFormatContext *format = nullptr;
    AVCodecContext *decoder = nullptr;
    const AVCodec *codec = nullptr;
    int stream = -1;
    AVRational timeBase{0, 1};
    AVPacket *packet = nullptr;
    AVFrame *frame = nullptr;
    AVFrame *pending = nullptr; // a decoded frame past the one asked for
    qint64 pendingIndex = -1;
    QDeadlineTimer deadline;
    bool timedOut = false;
    // While frames are decoded, FFmpeg's I/O callback honours the interrupt check only after it
    // has been asking for this long: a request to stop normally lands between two frames (at the
    // top of the decode loop), where stopping keeps the decoder's place; stopping inside a packet
    // read would lose it. A read that stalls (a hung network share) is still abandoned quickly.
    static constexpr int IoInterruptGraceMs = 250;
    int ioGraceMs = 0; // 0 while opening: nothing to keep
    QElapsedTimer interruptSeen;

    // Conversion to RGB.
    SwsContext *sws = nullptr;
    int swsWidth = 0, swsHeight = 0, swsFormat = -1, swsRange = -1, swsSpace = -1;

    // Demuxer position: the packet number (decode order) the next packet read will have.
    qint32 nextSeq = -1;
    bool heldPacket = false; // `packet` holds packet nextSeq - 1, read but not sent yet
    bool demuxEof = false;
    // Decoder position.
    bool decoderPositioned = false;
    bool drainSent = false;
    bool decoderEof = false; // the decoder returned everything it had after the drain
    qint32 lastSentSeq = -1;
    qint64 lastOutput = -1;
    qint64 expectNext = 0;

    qint64 nextIndex = 0;
    bool atEnd = false;
    VideoFrame last;
    std::set<qint64> undecodable;
    std::set<qint64> damaged;
    Statistics stats;

    ~Private() { closeAll(); }

    QString fileName() const { return QDir::toNativeSeparators(path); }

    void touch()
    {
        deadline.setRemainingTime(timeLimitMs);
        timedOut = false;
    }

    bool interruptRequested() const { return interruptCheck && interruptCheck(); }

    bool shouldAbort()
    {
        if (interruptRequested())
            return true;
        if (deadline.hasExpired()) {
            timedOut = true;
            return true;
        }
        return false;
    }

    // FFmpeg's I/O interrupt callback: the time limit at once, the interrupt check after
    // ioGraceMs of asking (see IoInterruptGraceMs).
    bool ioShouldAbort()
    {
        if (deadline.hasExpired()) {
            timedOut = true;
            return true;
        }
        if (!interruptRequested()) {
            interruptSeen.invalidate();
            return false;
        }
        if (ioGraceMs <= 0)
            return true;
        if (!interruptSeen.isValid())
            interruptSeen.start();
        return interruptSeen.elapsed() >= ioGraceMs;
    }

    static int interruptCallback(void *opaque)
    {
        return static_cast<Private *>(opaque)->ioShouldAbort() ? 1 : 0;
    }

    QString abortMessage() const
    {
        if (timedOut)
            return Tr::tr("Reading \"%1\" was stopped because it made no progress for %2 seconds. "
                          "The file may be damaged, or on a disk or network share that stopped "
                          "responding.")
                    .arg(fileName())
                    .arg(timeLimitMs / 1000.0);
        return Tr::tr("Reading \"%1\" was cancelled.").arg(fileName());
    }

    void closeDemuxer()
    {
        if (format)
            avformat_close_input(&format);
        nextSeq = -1;
        heldPacket = false;
        demuxEof = false;
    }

    void closeAll()
    {
        closeDemuxer();
        avcodec_free_context(&decoder);
        av_packet_free(&packet);
        av_frame_free(&frame);
        av_frame_free(&pending);
        sws_freeContext(sws);
        sws = nullptr;
        swsFormat = -1;
        codec = nullptr;
        stream = -1;
        index.reset();
        decoderPositioned = false;
        last = VideoFrame();
    }

    // Opens the container and finds its streams. `first` is the initial open (choose the
    // stream); later calls reopen to read from the start and must find the same stream.
    bool openDemuxer(bool first, QString *error)
    {
        closeDemuxer();
        format = avformat_alloc_context();
        if (!format)
            return setError(error, Tr::tr("Not enough memory to open \"%1\".").arg(fileName()));
        format->interrupt_callback.callback = &Private::interruptCallback;
        format->interrupt_callback.opaque = this;
        touch();
        int ret = avformat_open_input(
                &format, QFile::encodeName(path).constData(), nullptr, nullptr);
        if (ret < 0) {
            format = nullptr; // freed by avformat_open_input on failure
            if (ret == AVERROR_EXIT)
                return setError(error, abortMessage());
            if (const AVInputFormat *guess = probeFormat()) {
                return setError(
                        error,
                        Tr::tr("\"%1\" looks like a video file (%2) but cannot be read: %3. "
                               "It is probably incomplete (a recording or copy that did not "
                               "finish) or damaged. If you have the original, copy it again.")
                                .arg(fileName(),
                                     QString::fromLatin1(guess->long_name ? guess->long_name
                                                                          : guess->name),
                                     ffmpeg::errorText(ret)));
            }
            if (ret == AVERROR_INVALIDDATA)
                return setError(error,
                                Tr::tr("\"%1\" is not a video file that Ethoscribe can read: its "
                                       "format was not recognised. Check that the file really is a "
                                       "video (it may be damaged, or a different kind of file with "
                                       "a video's name).")
                                        .arg(fileName()));
            return setError(error,
                            Tr::tr("Could not open the video \"%1\" (FFmpeg says: %2). The file is "
                                   "probably damaged or not a video.")
                                    .arg(fileName(), ffmpeg::errorText(ret)));
        }
        touch();
        ret = avformat_find_stream_info(format, nullptr);
        if (ret == AVERROR_EXIT)
            return setError(error, abortMessage());
        // Other failures of find_stream_info leave usable streams behind; go on.
        if (first) {
            stream = -1;
            for (unsigned i = 0; i < format->nb_streams; ++i) {
                const AVStream *st = format->streams[i];
                if (st->codecpar->codec_type != AVMEDIA_TYPE_VIDEO
                    || (st->disposition & AV_DISPOSITION_ATTACHED_PIC))
                    continue;
                const int best
                        = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
                stream = best >= 0
                                         && !(format->streams[best]->disposition
                                              & AV_DISPOSITION_ATTACHED_PIC)
                                 ? best
                                 : int(i);
                break;
            }
            if (stream < 0
                || isTextFormat(format->iformat, format->streams[stream]->codecpar->codec_id))
                return setError(error,
                                stream < 0
                                        ? Tr::tr("\"%1\" contains no video. It may be an audio "
                                                 "file, a still picture or a different kind of "
                                                 "file.")
                                                  .arg(fileName())
                                        : Tr::tr("\"%1\" is not a video file that Ethoscribe can "
                                                 "read: it looks like a text file.")
                                                  .arg(fileName()));
        } else if (stream >= int(format->nb_streams)
                   || format->streams[stream]->codecpar->codec_type != AVMEDIA_TYPE_VIDEO) {
            return setError(error,
                            Tr::tr("\"%1\" changed while it was being read. Open it again.")
                                    .arg(fileName()));
        }
        for (unsigned i = 0; i < format->nb_streams; ++i)
            format->streams[i]->discard = int(i) == stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
        timeBase = format->streams[stream]->time_base;
        nextSeq = 0;
        heldPacket = false;
        demuxEof = false;
        return true;
    }

    // The container the start of the file looks like (a confident guess only), or null.
    const AVInputFormat *probeFormat() const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return nullptr;
        QByteArray head = f.read(1 << 16);
        const int size = int(head.size());
        head.append(QByteArray(AVPROBE_PADDING_SIZE, '\0'));
        const QByteArray name = QFile::encodeName(path);
        AVProbeData pd{};
        pd.filename = name.constData();
        pd.buf = reinterpret_cast<unsigned char *>(head.data());
        pd.buf_size = size;
        int score = AVPROBE_SCORE_RETRY;
        const AVInputFormat *guess = av_probe_input_format2(&pd, 1, &score);
        if (!guess || isTextFormat(guess, AV_CODEC_ID_NONE))
            return nullptr;
        return guess;
    }

    bool openDecoder(QString *error)
    {
        const AVCodecParameters *par = format->streams[stream]->codecpar;
        const QString codecName = QString::fromLatin1(avcodec_get_name(par->codec_id));
        codec = avcodec_find_decoder(par->codec_id);
        if (!codec) {
            QString name = codecName;
            if (par->codec_id == AV_CODEC_ID_NONE || name == QLatin1String("none")) {
                char tag[AV_FOURCC_MAX_STRING_SIZE] = {0};
                av_fourcc_make_string(tag, par->codec_tag);
                name = QString::fromLatin1(tag).trimmed();
            }
            return setError(error,
                            Tr::tr("\"%1\" uses the video codec \"%2\", which Ethoscribe cannot "
                                   "decode. Convert the video to MP4 (H.264), for example with: "
                                   "ffmpeg -i \"%1\" -c:v libx264 -crf 18 converted.mp4")
                                    .arg(fileName(), name));
        }
        if (par->width <= 0 || par->height <= 0)
            return setError(error,
                            Tr::tr("\"%1\" gives its frame size as %2x%3 pixels, which is not a "
                                   "valid video size. The file is probably damaged.")
                                    .arg(fileName())
                                    .arg(par->width)
                                    .arg(par->height));
        if (par->width > MaxSide || par->height > MaxSide)
            return setError(error,
                            Tr::tr("\"%1\" has frames of %2x%3 pixels; Ethoscribe reads videos of "
                                   "at most %4 pixels on each side. The file may be damaged, or "
                                   "needs to be scaled down first.")
                                    .arg(fileName())
                                    .arg(par->width)
                                    .arg(par->height)
                                    .arg(MaxSide));
        decoder = avcodec_alloc_context3(codec);
        packet = av_packet_alloc();
        frame = av_frame_alloc();
        pending = av_frame_alloc();
        if (!decoder || !packet || !frame || !pending)
            return setError(error, Tr::tr("Not enough memory to open \"%1\".").arg(fileName()));
        int ret = avcodec_parameters_to_context(decoder, par);
        if (ret < 0)
            return setError(error,
                            Tr::tr("Could not read the video settings of \"%1\": %2.")
                                    .arg(fileName(), ffmpeg::errorText(ret)));
        decoder->thread_count = threads > 0 ? threads : VideoReader::defaultDecoderThreads();
        decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        decoder->max_pixels = qint64(MaxSide) * MaxSide;
        ret = avcodec_open2(decoder, codec, nullptr);
        if (ret < 0)
            return setError(
                    error,
                    Tr::tr("The decoder for the codec \"%2\" could not read \"%1\": %3. The "
                           "file may be damaged.")
                            .arg(fileName(), codecName, ffmpeg::errorText(ret)));
        return true;
    }

    // Reads the next packet of the video stream into `packet`. Returns 1, 0 at the end, or
    // AVERROR_EXIT when interrupted.
    int readPacket()
    {
        int errors = 0;
        for (;;) {
            touch();
            const int ret = av_read_frame(format, packet);
            if (ret == AVERROR_EXIT)
                return AVERROR_EXIT;
            if (ret == AVERROR_EOF || (ret < 0 && (!format->pb || avio_feof(format->pb))))
                return 0;
            if (ret < 0) {
                // Damaged data: most demuxers resynchronise on the next call.
                if (++errors > 1000)
                    return 0;
                continue;
            }
            if (packet->stream_index == stream && packet->size > 0)
                return 1;
            av_packet_unref(packet);
        }
    }

    // Whether a packet read now is the indexed packet `e`: every field known on both sides must
    // agree. With `requireEvidence`, at least one field must have been compared (when searching
    // after a seek); without, a packet with no position or timestamps at all is accepted (when
    // reading on in order).
    static bool samePacket(const AVPacket *p, const FrameIndex::Packet &e, bool requireEvidence)
    {
        int compared = 0;
        if (p->pos >= 0 && e.pos >= 0) {
            if (p->pos != e.pos)
                return false;
            ++compared;
        }
        if (p->pts != NoTs && e.pts != NoTs) {
            if (p->pts != e.pts)
                return false;
            ++compared;
        }
        if (p->dts != NoTs && e.dts != NoTs) {
            if (p->dts != e.dts)
                return false;
            ++compared;
        }
        if (bool(p->flags & AV_PKT_FLAG_KEY) != bool(e.flags & FrameIndex::Keyframe))
            return false;
        return compared > 0 || !requireEvidence;
    }

    static bool pastPacket(const AVPacket *p, const FrameIndex::Packet &e)
    {
        if (p->pos >= 0 && e.pos >= 0)
            return p->pos > e.pos;
        if (p->dts != NoTs && e.dts != NoTs)
            return p->dts > e.dts;
        return false;
    }

    // Builds the frame index: every packet of the stream, then the presentation order.
    bool buildIndex(QString *error)
    {
        auto idx = std::make_shared<FrameIndex>();
        const AVStream *st = format->streams[stream];
        idx->streamIndex = stream;
        idx->codecId = int(st->codecpar->codec_id);
        idx->width = st->codecpar->width;
        idx->height = st->codecpar->height;
        idx->timeBaseNum = timeBase.num;
        idx->timeBaseDen = timeBase.den;
        idx->declaredFrames = st->nb_frames;
        const qint64 total = format->pb ? avio_size(format->pb) : -1;
        for (;;) {
            const int ret = readPacket();
            if (ret == AVERROR_EXIT)
                return setError(error, abortMessage());
            if (ret == 0)
                break;
            FrameIndex::Packet p;
            p.pts = packet->pts;
            p.dts = packet->dts;
            p.pos = packet->pos;
            if (packet->flags & AV_PKT_FLAG_KEY)
                p.flags |= FrameIndex::Keyframe;
            if (packet->flags & AV_PKT_FLAG_DISCARD)
                p.flags |= FrameIndex::Discard;
            av_packet_unref(packet);
            idx->packets.push_back(p);
            if (progress && idx->packets.size() % 256 == 0
                && !progress(qMax<qint64>(0, p.pos), total))
                return setError(error, Tr::tr("Reading \"%1\" was cancelled.").arg(fileName()));
        }
        nextSeq = -1; // at the end
        demuxEof = true;

        std::vector<qint32> countable;
        for (size_t i = 0; i < idx->packets.size(); ++i)
            if (!(idx->packets[i].flags & FrameIndex::Discard))
                countable.push_back(qint32(i));
        bool allPts = true;
        for (qint32 i : countable)
            allPts = allPts && idx->packets[size_t(i)].pts != NoTs;
        bool unique = allPts;
        if (allPts) {
            std::stable_sort(countable.begin(), countable.end(), [&idx](qint32 a, qint32 b) {
                return idx->packets[size_t(a)].pts < idx->packets[size_t(b)].pts;
            });
            for (size_t i = 1; i < countable.size() && unique; ++i)
                unique = idx->packets[size_t(countable[i])].pts
                         != idx->packets[size_t(countable[i - 1])].pts;
        }
        const AVCodecDescriptor *desc = avcodec_descriptor_get(st->codecpar->codec_id);
        const bool reorders
                = st->codecpar->video_delay > 0 || (desc && (desc->props & AV_CODEC_PROP_REORDER));
        if (allPts && unique) {
            for (size_t i = 0; i < countable.size(); ++i)
                idx->packets[size_t(countable[i])].frame = qint32(i);
            idx->timestampsFromPackets = true;
        } else if (!reorders) {
            std::sort(countable.begin(), countable.end());
            for (size_t i = 0; i < countable.size(); ++i) {
                idx->packets[size_t(countable[i])].frame = qint32(i);
                if (!unique)
                    idx->packets[size_t(countable[i])].pts = NoTs;
            }
            idx->timestampsFromPackets = false;
        } else {
            // No usable timestamps and the codec reorders frames: let the decoder say the order.
            if (!orderByDecoding(idx.get(), total, error))
                return false;
            idx->timestampsFromPackets = false;
        }
        idx->finish();
        index = idx;
        return true;
    }

    bool orderByDecoding(FrameIndex *idx, qint64 total, QString *error)
    {
        touch();
        if (!openDemuxer(false, error))
            return false;
        std::vector<qint32> order;
        std::vector<char> seen(idx->packets.size(), 0);
        auto collect = [&]() {
            while (avcodec_receive_frame(decoder, frame) == 0) {
                const qint64 seq = frame->pts;
                if (seq >= 0 && seq < qint64(seen.size()) && !seen[size_t(seq)]
                    && !(idx->packets[size_t(seq)].flags & FrameIndex::Discard)) {
                    seen[size_t(seq)] = 1;
                    order.push_back(qint32(seq));
                }
                av_frame_unref(frame);
            }
        };
        for (qint32 seq = 0; seq < qint32(idx->packets.size()); ++seq) {
            if (shouldAbort())
                return setError(error, abortMessage());
            const int ret = readPacket();
            if (ret == AVERROR_EXIT)
                return setError(error, abortMessage());
            if (ret == 0)
                break;
            packet->pts = seq;
            packet->dts = AV_NOPTS_VALUE;
            avcodec_send_packet(decoder, packet);
            av_packet_unref(packet);
            collect();
            if (progress && seq % 64 == 0
                && !progress(qMax<qint64>(0, idx->packets[size_t(seq)].pos), total))
                return setError(error, Tr::tr("Reading \"%1\" was cancelled.").arg(fileName()));
        }
        avcodec_send_packet(decoder, nullptr);
        collect();
        avcodec_flush_buffers(decoder);
        nextSeq = -1;
        // Packets that gave no picture keep their place after the packet decoded before them.
        std::vector<qint32> full;
        full.reserve(idx->packets.size());
        std::vector<std::vector<qint32>> after(order.size() + 1);
        std::vector<qint32> slot(idx->packets.size(), -1);
        for (size_t i = 0; i < order.size(); ++i)
            slot[size_t(order[i])] = qint32(i);
        qint32 previousSlot = -1;
        for (size_t s = 0; s < idx->packets.size(); ++s) {
            if (idx->packets[s].flags & FrameIndex::Discard)
                continue;
            if (slot[s] >= 0)
                previousSlot = slot[s];
            else
                after[size_t(previousSlot + 1)].push_back(qint32(s));
        }
        for (qint32 s : after[0])
            full.push_back(s);
        for (size_t i = 0; i < order.size(); ++i) {
            full.push_back(order[i]);
            for (qint32 s : after[i + 1])
                full.push_back(s);
        }
        for (size_t i = 0; i < full.size(); ++i) {
            idx->packets[size_t(full[i])].frame = qint32(i);
            if (slot[size_t(full[i])] < 0)
                undecodable.insert(qint64(i));
        }
        return true;
    }

    void resetDecoder()
    {
        if (decoder)
            avcodec_flush_buffers(decoder);
        av_frame_unref(pending);
        pendingIndex = -1;
        drainSent = false;
        decoderEof = false;
        lastSentSeq = -1;
        lastOutput = -1;
        decoderPositioned = false;
    }

    // Reopens the file and reads forward to packet `target` (always works, costs a re-read).
    bool reopenAt(qint32 target, QString *error)
    {
        ++stats.reopenFallbacks;
        if (!openDemuxer(false, error))
            return false;
        for (qint32 seq = 0; seq <= target; ++seq) {
            const int ret = readPacket();
            if (ret == AVERROR_EXIT)
                return setError(error, abortMessage());
            if (ret == 0) {
                demuxEof = true;
                return setError(error,
                                Tr::tr("\"%1\" could not be read again from the start: it may have "
                                       "changed on disk. Open it again.")
                                        .arg(fileName()));
            }
            if (seq < target)
                av_packet_unref(packet);
        }
        heldPacket = true;
        nextSeq = target + 1;
        return true;
    }

    // Positions the demuxer so that the next packet sent to the decoder is keyframe `k`.
    bool positionAt(qint32 k, QString *error)
    {
        ++stats.seeks;
        resetDecoder();
        if (heldPacket) {
            av_packet_unref(packet);
            heldPacket = false;
        }
        const FrameIndex::Packet &key = index->packets[size_t(k)];
        expectNext = key.frame >= 0 ? key.frame : 0;
        decoderPositioned = true;
        if (nextSeq == k && !demuxEof)
            return true; // already there (e.g. right after open)
        int ret = -1;
        qint64 ts = NoTs;
        if (key.pts != NoTs && key.dts != NoTs)
            ts = std::min(key.pts, key.dts);
        else
            ts = key.pts != NoTs ? key.pts : key.dts;
        touch();
        if (ts != NoTs)
            ret = av_seek_frame(format, stream, ts, AVSEEK_FLAG_BACKWARD);
        else if (key.pos >= 0 && !(format->iformat->flags & AVFMT_NO_BYTE_SEEK))
            ret = av_seek_frame(format, stream, key.pos, AVSEEK_FLAG_BYTE);
        demuxEof = false;
        if (ret >= 0) {
            for (int n = 0; n < 20000; ++n) {
                const int r = readPacket();
                if (r != 1)
                    break;
                if (samePacket(packet, key, true)) {
                    heldPacket = true;
                    nextSeq = k + 1;
                    return true;
                }
                const bool past = pastPacket(packet, key);
                av_packet_unref(packet);
                if (past)
                    break;
            }
        }
        if (shouldAbort())
            return setError(error, abortMessage());
        return reopenAt(k, error);
    }

    QImage toImage(const AVFrame *f)
    {
        const int w = f->width, h = f->height;
        if (w <= 0 || h <= 0 || w > MaxSide || h > MaxSide)
            return QImage();
        bool fullRange = f->color_range == AVCOL_RANGE_JPEG;
        const AVPixelFormat src = withoutJpegRange(AVPixelFormat(f->format), &fullRange);
        const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(src);
        if (!desc)
            return QImage();
        const bool alpha = desc->flags & AV_PIX_FMT_FLAG_ALPHA;
        const AVPixelFormat dst = alpha ? AV_PIX_FMT_RGBA : AV_PIX_FMT_RGB24;
        const int space = swsColorspace(f->colorspace);
        if (!sws || swsWidth != w || swsHeight != h || swsFormat != int(src)
            || swsRange != int(fullRange) || swsSpace != space) {
            sws_freeContext(sws);
            // Same size in and out, so no scaling: for 4:2:0 and 4:2:2 this takes swscale's
            // unscaled YUV->RGB path, the same pixels ffmpeg's CLI and OpenCV's VideoCapture give
            // (models trained on frames from such pipelines see identical input). Measured: the
            // result is identical with and without SWS_BITEXACT, about 0.05 ms for 320x240; the
            // "accurate" flags (SWS_ACCURATE_RND, SWS_FULL_CHR_H_INT) cost 0.35-1.6 ms a frame,
            // more than decoding. SWS_BITEXACT keeps the arithmetic independent of the CPU.
            sws = sws_getContext(
                    w, h, src, w, h, dst, SWS_BICUBIC | SWS_BITEXACT, nullptr, nullptr, nullptr);
            if (!sws)
                return QImage();
            if (!(desc->flags & AV_PIX_FMT_FLAG_RGB)) {
                const int *coeffs = sws_getCoefficients(space);
                sws_setColorspaceDetails(
                        sws, coeffs, fullRange ? 1 : 0, coeffs, 1, 0, 1 << 16, 1 << 16);
            }
            swsWidth = w;
            swsHeight = h;
            swsFormat = int(src);
            swsRange = int(fullRange);
            swsSpace = space;
        }
        QImage image(w, h, QImage::Format_RGB888);
        if (image.isNull())
            return image;
        if (!alpha) {
            uint8_t *dstData[4] = {image.bits(), nullptr, nullptr, nullptr};
            const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
            sws_scale(sws, f->data, f->linesize, 0, h, dstData, dstStride);
            return image;
        }
        // Pictures with transparency (GIF): composited onto white, as a viewer shows them.
        std::vector<uint8_t> rgba(size_t(w) * size_t(h) * 4);
        uint8_t *dstData[4] = {rgba.data(), nullptr, nullptr, nullptr};
        const int dstStride[4] = {w * 4, 0, 0, 0};
        sws_scale(sws, f->data, f->linesize, 0, h, dstData, dstStride);
        for (int y = 0; y < h; ++y) {
            const uint8_t *s = rgba.data() + size_t(y) * size_t(w) * 4;
            uchar *o = image.scanLine(y);
            for (int x = 0; x < w; ++x, s += 4, o += 3) {
                const int a = s[3];
                for (int c = 0; c < 3; ++c)
                    o[c] = uchar((s[c] * a + 255 * (255 - a) + 127) / 255);
            }
        }
        return image;
    }

    double frameTime(qint64 i) const
    {
        if (!index || i < 0)
            return 0;
        if (index->timestampsFromPackets && i < index->frameCount()) {
            const qint64 t0 = index->frameTimestamps.front();
            const qint64 t = index->frameTimestamps[size_t(i)];
            return double(t - t0) * timeBase.num / timeBase.den;
        }
        return info.fpsNum > 0 ? double(i) * info.fpsDen / info.fpsNum : 0.0;
    }

    bool deliver(AVFrame *f, qint64 i, VideoFrame *out)
    {
        VideoFrame vf;
        vf.index = i;
        vf.timeSeconds = frameTime(i);
        vf.image = toImage(f);
        vf.damaged = damaged.count(i) > 0;
        av_frame_unref(f);
        if (vf.image.isNull())
            return false;
        last = vf;
        if (out)
            *out = vf;
        return true;
    }

    qint64 frameOf(const AVFrame *f) const
    {
        const qint64 seq = f->pts;
        if (seq >= 0 && seq < qint64(index->packets.size()))
            return index->packets[size_t(seq)].frame;
        if (seq == AV_NOPTS_VALUE && lastOutput >= 0)
            return lastOutput + 1; // a decoder that dropped the timestamp: count
        return -1;
    }

    void markMissingUpTo(qint64 end)
    {
        for (qint64 i = expectNext; i < end; ++i)
            undecodable.insert(i);
    }

    Outcome decodeTo(qint64 target, bool forceSeek, VideoFrame *out, QString *error)
    {
        touch(); // the time limit counts from the start of this request, not the previous one
        if (pendingIndex == target && decoderPositioned) {
            pendingIndex = -1;
            lastOutput = std::max(lastOutput, target);
            if (deliver(pending, target, out))
                return Outcome::Frame;
            return Outcome::Missing;
        }
        const qint32 key = index->keyframeBefore(target);
        const bool behind = target <= lastOutput || (pendingIndex >= 0 && target < pendingIndex);
        // Seeking to a keyframe ahead saves decoding the frames up to it; for a few frames a
        // seek (flush, demuxer search, refilling the decoder's delay) costs more than it saves.
        constexpr qint64 SeekPenaltyFrames = 8;
        const qint64 keyFrame = index->packets[size_t(key)].frame;
        const bool aheadWorthSeeking
                = key > lastSentSeq
                  && keyFrame - std::max(lastOutput, qint64(0)) > SeekPenaltyFrames;
        const bool need = forceSeek || !decoderPositioned || behind || aheadWorthSeeking;
        if (need) {
            if (!positionAt(key, error))
                return Outcome::Failed;
        } else if (decoderEof && pendingIndex < 0 && target > lastOutput) {
            return Outcome::Missing; // decoding ran to the end without this frame
        }
        if (pendingIndex >= 0 && pendingIndex < target) {
            av_frame_unref(pending);
            pendingIndex = -1;
        }
        for (;;) {
            if (interruptRequested()) {
                setError(error, abortMessage());
                return Outcome::Interrupted;
            }
            if (shouldAbort())
                return setError(error, abortMessage()), Outcome::Failed;
            int ret = avcodec_receive_frame(decoder, frame);
            if (ret == 0) {
                ++stats.framesDecoded;
                touch();
                const qint64 i = frameOf(frame);
                if (i < 0 || i < expectNext) {
                    av_frame_unref(frame);
                    continue;
                }
                markMissingUpTo(i);
                expectNext = i + 1;
                lastOutput = i;
                if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT))
                    damaged.insert(i);
                if (i == target)
                    return deliver(frame, i, out) ? Outcome::Frame : Outcome::Missing;
                if (i > target) {
                    av_frame_move_ref(pending, frame);
                    pendingIndex = i;
                    return Outcome::Missing;
                }
                av_frame_unref(frame);
                continue;
            }
            if (ret == AVERROR_EOF || (drainSent && ret == AVERROR(EAGAIN))) {
                decoderEof = true;
                markMissingUpTo(index->frameCount());
                expectNext = index->frameCount();
                return Outcome::Missing;
            }
            if (drainSent)
                continue; // a damaged frame while draining: the rest may still come
            // EAGAIN (wants input) or a decoding error for the last packet: feed the next one.
            if (!heldPacket) {
                const int r = demuxEof ? 0 : readPacket();
                if (r == AVERROR_EXIT)
                    return setError(error, abortMessage()), Outcome::Failed;
                if (r == 0) {
                    demuxEof = true;
                    drainSent = true;
                    avcodec_send_packet(decoder, nullptr);
                    continue;
                }
                if (nextSeq < 0 || nextSeq >= qint32(index->packets.size())
                    || !samePacket(packet, index->packets[size_t(nextSeq)], false)) {
                    av_packet_unref(packet);
                    return Outcome::Desync;
                }
                ++nextSeq;
                heldPacket = true;
            }
            const qint32 seq = nextSeq - 1;
            packet->pts = seq;
            packet->dts = AV_NOPTS_VALUE;
            ret = avcodec_send_packet(decoder, packet);
            if (ret == AVERROR(EAGAIN))
                continue; // output pending; receive first, keep the packet
            heldPacket = false;
            av_packet_unref(packet);
            lastSentSeq = seq;
            ++stats.packetsDecoded;
            // A rejected packet (damaged data) gives no picture; it shows up as a gap.
        }
    }

    qint64 frameAtTime(double seconds) const
    {
        if (!index || index->frameCount() == 0)
            return -1;
        const qint64 n = index->frameCount();
        if (index->timestampsFromPackets) {
            const qint64 t0 = index->frameTimestamps.front();
            // Half a time-base tick of tolerance against rounding.
            const double ticks = seconds * timeBase.den / timeBase.num + 0.5;
            const qint64 t = t0 + qint64(std::floor(ticks));
            auto it = std::upper_bound(
                    index->frameTimestamps.begin(), index->frameTimestamps.end(), t);
            const qint64 i = qint64(it - index->frameTimestamps.begin()) - 1;
            return std::clamp<qint64>(i, 0, n - 1);
        }
        if (info.fpsDen <= 0)
            return 0;
        const qint64 i = qint64(std::floor(seconds * info.fpsNum / info.fpsDen + 1e-6));
        return std::clamp<qint64>(i, 0, n - 1);
    }
};

VideoReader::VideoReader()
    : d(std::make_unique<Private>())
{
    ffmpeg::initLogging();
}

VideoReader::~VideoReader() = default;

void VideoReader::setDecoderThreads(int threads)
{
    d->threads = std::max(0, threads);
}

int VideoReader::defaultDecoderThreads()
{
    // Frame threads add a frame of latency each; more than 4 does not pay at these sizes.
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

void VideoReader::setTimeLimit(int milliseconds)
{
    d->timeLimitMs = std::max(100, milliseconds);
}

void VideoReader::setInterruptCheck(std::function<bool()> check)
{
    d->interruptCheck = std::move(check);
}

void VideoReader::setIndexProgress(std::function<bool(qint64, qint64)> progress)
{
    d->progress = std::move(progress);
}

void VideoReader::setIndexCacheEnabled(bool enabled)
{
    d->diskCache = enabled;
}

bool VideoReader::open(const QString &path, QString *error)
{
    close();
    const QFileInfo fi(path);
    d->path = fi.absoluteFilePath();
    const QString name = d->fileName();
    if (!fi.exists())
        return setError(error,
                        Tr::tr("The video file \"%1\" does not exist. Check the path; the file may "
                               "have been moved, renamed or deleted.")
                                .arg(name));
    if (fi.isDir())
        return setError(error, Tr::tr("\"%1\" is a folder, not a video file.").arg(name));
    if (!fi.isFile())
        return setError(
                error,
                Tr::tr("\"%1\" is not a regular file (it is a device, pipe or socket), so it "
                       "cannot be read as a video.")
                        .arg(name));
    if (!fi.isReadable())
        return setError(error,
                        Tr::tr("The video file \"%1\" cannot be read: permission denied. Ask the "
                               "owner of the file for read access.")
                                .arg(name));
    if (fi.size() == 0)
        return setError(error,
                        Tr::tr("The video file \"%1\" is empty (0 bytes). It is probably an "
                               "incomplete copy or download; copy it again from the original.")
                                .arg(name));
    QString why;
    if (!d->openDemuxer(true, &why) || !d->openDecoder(&why)) {
        d->closeAll();
        return setError(error, why);
    }
    const AVStream *st = d->format->streams[d->stream];
    const QString key = FrameIndex::cacheKey(d->path);
    std::shared_ptr<const FrameIndex> idx = FrameIndex::fromMemory(key);
    d->indexCached = bool(idx);
    if (!idx && d->diskCache) {
        idx = FrameIndex::fromDisk(d->path);
        d->indexCached = bool(idx);
    }
    if (idx
        && (idx->streamIndex != d->stream || idx->codecId != int(st->codecpar->codec_id)
            || idx->width != st->codecpar->width || idx->height != st->codecpar->height
            || idx->timeBaseNum != d->timeBase.num || idx->timeBaseDen != d->timeBase.den)) {
        idx.reset();
        d->indexCached = false;
    }
    if (idx) {
        d->index = idx;
    } else {
        if (!d->buildIndex(&why)) {
            d->closeAll();
            return setError(error, why);
        }
        if (d->diskCache)
            FrameIndex::toDisk(d->path, *d->index);
    }
    FrameIndex::toMemory(key, d->index);
    st = d->format->streams[d->stream]; // building the index may have reopened the file

    const FrameIndex &index = *d->index;
    if (index.frameCount() == 0) {
        d->closeAll();
        return setError(error,
                        Tr::tr("\"%1\" contains no video frames that can be read. The file is "
                               "probably incomplete or damaged.")
                                .arg(name));
    }
    VideoInfo &info = d->info;
    info = VideoInfo();
    info.path = d->path;
    info.container = QString::fromLatin1(d->format->iformat->name);
    info.containerLongName
            = QString::fromLatin1(d->format->iformat->long_name ? d->format->iformat->long_name
                                                                : d->format->iformat->name);
    info.codec = QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id));
    info.codecLongName
            = QString::fromLatin1(d->codec->long_name ? d->codec->long_name : d->codec->name);
    const char *pix = av_get_pix_fmt_name(AVPixelFormat(st->codecpar->format));
    info.pixelFormat = pix ? QString::fromLatin1(pix) : QString();
    info.width = st->codecpar->width;
    info.height = st->codecpar->height;
    info.frameCount = index.frameCount();
    AVRational rate = st->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = st->r_frame_rate;
    if ((rate.num <= 0 || rate.den <= 0) && index.timestampsFromPackets && info.frameCount > 1) {
        const qint64 span = index.frameTimestamps.back() - index.frameTimestamps.front();
        if (span > 0)
            av_reduce(&rate.num,
                      &rate.den,
                      (info.frameCount - 1) * qint64(d->timeBase.den),
                      span * d->timeBase.num,
                      1000000);
    }
    if (rate.num <= 0 || rate.den <= 0)
        rate = AVRational{30, 1}; // nothing in the file says; the lab default
    av_reduce(&info.fpsNum, &info.fpsDen, rate.num, rate.den, INT_MAX);
    info.durationSeconds = d->frameTime(info.frameCount - 1) + double(info.fpsDen) / info.fpsNum;
    info.keyframeCount = qint64(index.keyframes.size());
    info.bitRate = d->format->bit_rate;
    info.fileSize = fi.size();
    info.missingFrameCount = std::max<qint64>(0, index.declaredFrames - info.frameCount);
    info.timestampsFromContainer = index.timestampsFromPackets;
    d->nextIndex = 0;
    d->atEnd = false;
    return true;
}

void VideoReader::close()
{
    d->closeAll();
    d->info = VideoInfo();
    d->undecodable.clear();
    d->damaged.clear();
    d->stats = Statistics();
    d->nextIndex = 0;
    d->atEnd = false;
    d->indexCached = false;
}

bool VideoReader::isOpen() const
{
    return bool(d->index) && d->format;
}

const VideoInfo &VideoReader::info() const
{
    return d->info;
}

QString VideoReader::path() const
{
    return d->path;
}

bool VideoReader::indexWasCached() const
{
    return d->indexCached;
}

bool VideoReader::readFrame(qint64 index, VideoFrame *frame, QString *error)
{
    if (!isOpen())
        return setError(error, Tr::tr("No video is open."));
    const qint64 count = d->index->frameCount();
    if (index < 0 || index >= count)
        return setError(
                error,
                Tr::tr("Frame %1 does not exist in \"%2\": the video has %3 frames, numbered "
                       "0 to %4.")
                        .arg(index)
                        .arg(d->fileName())
                        .arg(count)
                        .arg(count - 1));
    d->atEnd = false;
    if (d->last.index == index && d->last.isValid()) {
        if (frame)
            *frame = d->last;
        d->nextIndex = index + 1;
        return true;
    }
    // Decoding: a stop request is honoured between frames (see IoInterruptGraceMs).
    struct IoGrace
    {
        Private *d;
        explicit IoGrace(Private *p)
            : d(p)
        {
            d->ioGraceMs = Private::IoInterruptGraceMs;
            d->interruptSeen.invalidate();
        }
        ~IoGrace() { d->ioGraceMs = 0; }
    } grace(d.get());
    Private::Outcome outcome = Private::Outcome::Failed;
    for (int attempt = 0; attempt < 3; ++attempt) {
        outcome = d->decodeTo(index, attempt > 0, frame, error);
        if (outcome != Private::Outcome::Desync)
            break;
        if (attempt == 1) {
            // Seeking keeps landing elsewhere: read from the start.
            d->resetDecoder();
            const qint32 key = d->index->keyframeBefore(index);
            if (!d->reopenAt(key, error))
                return false;
            d->decoderPositioned = true;
            d->expectNext = std::max(0, d->index->packets[size_t(key)].frame);
        }
    }
    switch (outcome) {
    case Private::Outcome::Frame:
        d->nextIndex = index + 1;
        return true;
    case Private::Outcome::Missing:
        d->undecodable.insert(index);
        d->nextIndex = index + 1;
        return setError(
                error,
                Tr::tr("Frame %1 of \"%2\" could not be decoded: the file is damaged at this "
                       "point.")
                        .arg(index)
                        .arg(d->fileName()));
    case Private::Outcome::Desync:
        return setError(error,
                        Tr::tr("\"%1\" could not be read consistently (it gives different data on "
                               "each reading). It may have changed on disk or be damaged.")
                                .arg(d->fileName()));
    case Private::Outcome::Interrupted:
        break; // stopped between two frames: the decoder keeps its place
    case Private::Outcome::Failed:
        d->decoderPositioned = false; // stopped mid-way: start from a keyframe next time
        break;
    }
    return false;
}

bool VideoReader::readNext(VideoFrame *frame, QString *error)
{
    if (error)
        error->clear();
    if (!isOpen())
        return setError(error, Tr::tr("No video is open."));
    const qint64 count = d->index->frameCount();
    while (d->nextIndex < count) {
        const qint64 i = d->nextIndex;
        QString why;
        if (readFrame(i, frame, &why))
            return true;
        if (!d->undecodable.count(i))
            return setError(error, why); // a real failure, not a damaged frame
        d->nextIndex = i + 1;
    }
    d->atEnd = true;
    return false;
}

bool VideoReader::seek(qint64 index, QString *error)
{
    if (!isOpen())
        return setError(error, Tr::tr("No video is open."));
    const qint64 count = d->index->frameCount();
    if (index < 0 || index >= count)
        return setError(
                error,
                Tr::tr("Frame %1 does not exist in \"%2\": the video has %3 frames, numbered "
                       "0 to %4.")
                        .arg(index)
                        .arg(d->fileName())
                        .arg(count)
                        .arg(count - 1));
    d->nextIndex = index;
    d->atEnd = false;
    return true;
}

bool VideoReader::atEnd() const
{
    return d->atEnd || (d->index && d->nextIndex >= d->index->frameCount());
}

qint64 VideoReader::nextIndex() const
{
    return d->nextIndex;
}

double VideoReader::frameTime(qint64 index) const
{
    return d->frameTime(index);
}

qint64 VideoReader::frameAtTime(double seconds) const
{
    return d->frameAtTime(seconds);
}

bool VideoReader::isKeyframe(qint64 index) const
{
    if (!d->index || index < 0 || index >= d->index->frameCount())
        return false;
    return d->index->packets[size_t(d->index->packetOfFrame[size_t(index)])].flags
           & FrameIndex::Keyframe;
}

QList<qint64> VideoReader::undecodableFrames() const
{
    return QList<qint64>(d->undecodable.begin(), d->undecodable.end());
}

QList<qint64> VideoReader::damagedFrames() const
{
    return QList<qint64>(d->damaged.begin(), d->damaged.end());
}

VideoReader::Statistics VideoReader::statistics() const
{
    return d->stats;
}

QString VideoReader::indexCacheFile(const QString &videoPath)
{
    return FrameIndex::cacheFile(QFileInfo(videoPath).absoluteFilePath());
}

void VideoReader::clearMemoryIndexCache()
{
    FrameIndex::clearMemory();
}

} // namespace ethoscribe
