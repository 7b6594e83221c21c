// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/VideoWriter.h"

#include "video/FfmpegUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <algorithm>
#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VideoWriter)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Container (libavformat muxer name) from the file extension.
const char *muxerForSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("mp4") || s == QLatin1String("m4v"))
        return "mp4";
    if (s == QLatin1String("mpg") || s == QLatin1String("mpeg"))
        return "mpeg";
    if (s == QLatin1String("avi"))
        return "avi";
    if (s == QLatin1String("mkv"))
        return "matroska";
    if (s == QLatin1String("mov"))
        return "mov";
    if (s == QLatin1String("wmv") || s == QLatin1String("asf"))
        return "asf";
    return nullptr;
}

bool supportsPixelFormat(const AVCodec *codec, AVPixelFormat fmt)
{
    if (!codec->pix_fmts)
        return fmt == AV_PIX_FMT_YUV420P;
    for (const AVPixelFormat *p = codec->pix_fmts; *p != AV_PIX_FMT_NONE; ++p)
        if (*p == fmt)
            return true;
    return false;
}

// 4:2:0 when the encoder takes it and the size is even (what cameras and players expect);
// otherwise a format without chroma subsampling.
AVPixelFormat choosePixelFormat(const AVCodec *codec, int width, int height)
{
    const bool even = width % 2 == 0 && height % 2 == 0;
    // Motion JPEG is full-range ("J") YUV by definition; everything else limited range.
    const bool jpeg = codec->id == AV_CODEC_ID_MJPEG;
    const AVPixelFormat preferred[] = {jpeg ? AV_PIX_FMT_YUVJ420P : AV_PIX_FMT_YUV420P,
                                       jpeg ? AV_PIX_FMT_YUV420P : AV_PIX_FMT_YUVJ420P};
    const AVPixelFormat unsubsampled[] = {AV_PIX_FMT_YUV444P,
                                          AV_PIX_FMT_YUVJ444P,
                                          AV_PIX_FMT_BGR0,
                                          AV_PIX_FMT_RGB24,
                                          AV_PIX_FMT_BGR24};
    if (even)
        for (AVPixelFormat f : preferred)
            if (supportsPixelFormat(codec, f))
                return f;
    for (AVPixelFormat f : unsubsampled)
        if (supportsPixelFormat(codec, f))
            return f;
    if (!codec->pix_fmts)
        return AV_PIX_FMT_NONE;
    if (!even) {
        // Accept only formats that do not subsample chroma.
        for (const AVPixelFormat *p = codec->pix_fmts; *p != AV_PIX_FMT_NONE; ++p) {
            const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(*p);
            if (desc && desc->log2_chroma_w == 0 && desc->log2_chroma_h == 0)
                return *p;
        }
        return AV_PIX_FMT_NONE;
    }
    return codec->pix_fmts[0];
}

bool isFullRange(AVPixelFormat f)
{
    return f == AV_PIX_FMT_YUVJ420P || f == AV_PIX_FMT_YUVJ422P || f == AV_PIX_FMT_YUVJ444P;
}

} // namespace

struct VideoWriter::Private
{
    QString path;
    VideoWriterSettings settings;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    SwsContext *sws = nullptr;
    AVPixelFormat swsSource = AV_PIX_FMT_NONE;
    qint64 framesWritten = 0;
    bool headerWritten = false;
    bool open = false;

    QString fileError(const QString &what) const
    {
        return Tr::tr("Could not write the video file \"%1\": %2")
                .arg(QDir::toNativeSeparators(path), what);
    }

    void release()
    {
        sws_freeContext(sws);
        sws = nullptr;
        swsSource = AV_PIX_FMT_NONE;
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        if (format) {
            if (format->pb && !(format->oformat->flags & AVFMT_NOFILE))
                avio_closep(&format->pb);
            avformat_free_context(format);
            format = nullptr;
        }
        stream = nullptr;
        open = false;
        headerWritten = false;
    }

    // Sends one frame (or null to flush) and writes every packet the encoder returns.
    bool encode(AVFrame *f, QString *error)
    {
        int ret = avcodec_send_frame(codec, f);
        if (ret < 0)
            return setError(error,
                            fileError(Tr::tr("the encoder refused a frame (%1).")
                                              .arg(ffmpeg::errorText(ret))));
        for (;;) {
            ret = avcodec_receive_packet(codec, packet);
            if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
                return true;
            if (ret < 0)
                return setError(
                        error,
                        fileError(Tr::tr("encoding failed (%1).").arg(ffmpeg::errorText(ret))));
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            ret = av_interleaved_write_frame(format, packet);
            av_packet_unref(packet);
            if (ret < 0)
                return setError(error,
                                fileError(Tr::tr("writing to the file failed (%1). Check that the "
                                                 "disk is not full.")
                                                  .arg(ffmpeg::errorText(ret))));
        }
    }
};

VideoWriter::VideoWriter()
    : d(std::make_unique<Private>())
{
    ffmpeg::initLogging();
}

VideoWriter::~VideoWriter()
{
    close(nullptr);
}

bool VideoWriter::isOpen() const
{
    return d->open;
}

qint64 VideoWriter::framesWritten() const
{
    return d->framesWritten;
}

QString VideoWriter::path() const
{
    return d->path;
}

bool VideoWriter::open(const QString &path, const VideoWriterSettings &settings, QString *error)
{
    if (d->open)
        close(nullptr);
    d->release();
    d->path = path;
    d->settings = settings;
    d->framesWritten = 0;
    const VideoWriterSettings &s = settings;

    const char *muxer = muxerForSuffix(QFileInfo(path).suffix());
    if (!muxer)
        return setError(
                error,
                d->fileError(Tr::tr("the extension \"%1\" is not a video container this "
                                    "program writes. Use .mp4, .mpg, .avi, .mkv, .mov or .wmv.")
                                     .arg(QFileInfo(path).suffix())));
    if (s.width <= 0 || s.height <= 0 || s.width > 16384 || s.height > 16384)
        return setError(
                error,
                d->fileError(Tr::tr("the frame size %1x%2 is not possible (each side must be "
                                    "between 1 and 16384 pixels).")
                                     .arg(s.width)
                                     .arg(s.height)));
    if (s.fpsNum <= 0 || s.fpsDen <= 0)
        return setError(error,
                        d->fileError(Tr::tr("the frame rate %1/%2 is not possible; it must be "
                                            "positive.")
                                             .arg(s.fpsNum)
                                             .arg(s.fpsDen)));

    QString codecName = s.codec.trimmed().toLower();
    if (codecName == QLatin1String("h264") || codecName == QLatin1String("x264"))
        codecName = QStringLiteral("libx264");
    const AVCodec *codec = avcodec_find_encoder_by_name(codecName.toUtf8().constData());
    if (!codec) {
        // A codec name rather than an encoder name ("hevc"): take FFmpeg's default encoder.
        const AVCodecDescriptor *desc
                = avcodec_descriptor_get_by_name(codecName.toUtf8().constData());
        if (desc)
            codec = avcodec_find_encoder(desc->id);
    }
    if (!codec || codec->type != AVMEDIA_TYPE_VIDEO)
        return setError(
                error,
                d->fileError(Tr::tr("this installation of FFmpeg has no video encoder named "
                                    "\"%1\".")
                                     .arg(s.codec)));

    const AVPixelFormat pixFmt = choosePixelFormat(codec, s.width, s.height);
    if (pixFmt == AV_PIX_FMT_NONE)
        return setError(error,
                        d->fileError(Tr::tr("the encoder \"%1\" cannot encode a %2x%3 picture (it "
                                            "needs an even width and height).")
                                             .arg(s.codec)
                                             .arg(s.width)
                                             .arg(s.height)));

    int ret = avformat_alloc_output_context2(&d->format, nullptr, muxer, nullptr);
    if (ret < 0 || !d->format)
        return setError(error,
                        d->fileError(Tr::tr("the container could not be set up (%1).")
                                             .arg(ffmpeg::errorText(ret))));
    if (avformat_query_codec(d->format->oformat, codec->id, FF_COMPLIANCE_NORMAL) == 0) {
        d->release();
        return setError(
                error,
                d->fileError(Tr::tr("the \"%1\" codec cannot be stored in a .%2 file. Choose "
                                    "another codec or file type.")
                                     .arg(s.codec, QFileInfo(path).suffix())));
    }

    d->codec = avcodec_alloc_context3(codec);
    d->frame = av_frame_alloc();
    d->packet = av_packet_alloc();
    if (!d->codec || !d->frame || !d->packet) {
        d->release();
        return setError(error, d->fileError(Tr::tr("out of memory.")));
    }
    AVCodecContext *c = d->codec;
    c->width = s.width;
    c->height = s.height;
    c->pix_fmt = pixFmt;
    c->time_base = AVRational{s.fpsDen, s.fpsNum};
    c->framerate = AVRational{s.fpsNum, s.fpsDen};
    c->sample_aspect_ratio = AVRational{1, 1};
    c->gop_size = std::max(1, s.gopSize);
    if (s.maxBFrames >= 0)
        c->max_b_frames = s.maxBFrames;
    c->thread_count = std::max(1, s.threads);
    c->color_range = isFullRange(pixFmt) ? AVCOL_RANGE_JPEG : AVCOL_RANGE_MPEG;
    c->colorspace = AVCOL_SPC_SMPTE170M;
    c->color_primaries = AVCOL_PRI_SMPTE170M;
    c->color_trc = AVCOL_TRC_SMPTE170M;
    if (s.threads <= 1)
        c->flags |= AV_CODEC_FLAG_BITEXACT;
    if (d->format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (pixFmt == AV_PIX_FMT_YUVJ420P || pixFmt == AV_PIX_FMT_YUVJ444P)
        c->strict_std_compliance = FF_COMPLIANCE_UNOFFICIAL;

    if (codec->supported_framerates) {
        // MPEG-1/2 allow only a few frame rates; others need the "unofficial" flag.
        bool listed = false;
        for (const AVRational *r = codec->supported_framerates; r->num; ++r)
            listed = listed || av_cmp_q(*r, c->framerate) == 0;
        if (!listed)
            c->strict_std_compliance = FF_COMPLIANCE_UNOFFICIAL;
    }

    if (codec->id == AV_CODEC_ID_H264 && QByteArray(codec->name).startsWith("libx264")) {
        av_opt_set_double(c->priv_data, "crf", std::clamp(s.quality, 0, 51), 0);
        av_opt_set(c->priv_data, "preset", s.preset.toLatin1().constData(), 0);
    } else if (codec->id != AV_CODEC_ID_FFV1) {
        const double q = std::clamp(std::pow(2.0, (s.quality - 11) / 6.0), 2.0, 31.0);
        c->flags |= AV_CODEC_FLAG_QSCALE;
        c->global_quality = int(std::lround(q * FF_QP2LAMBDA));
        c->qmin = 2;
        c->qmax = 31;
    }

    ret = avcodec_open2(c, codec, nullptr);
    if (ret < 0) {
        d->release();
        return setError(error,
                        d->fileError(Tr::tr("the \"%1\" encoder refused these settings (%2x%3 at "
                                            "%4/%5 frames per second): %6.")
                                             .arg(s.codec)
                                             .arg(s.width)
                                             .arg(s.height)
                                             .arg(s.fpsNum)
                                             .arg(s.fpsDen)
                                             .arg(ffmpeg::errorText(ret))));
    }

    d->stream = avformat_new_stream(d->format, nullptr);
    if (!d->stream) {
        d->release();
        return setError(error, d->fileError(Tr::tr("out of memory.")));
    }
    d->stream->time_base = c->time_base;
    d->stream->avg_frame_rate = c->framerate;
    d->stream->r_frame_rate = c->framerate;
    d->stream->sample_aspect_ratio = c->sample_aspect_ratio;
    ret = avcodec_parameters_from_context(d->stream->codecpar, c);
    if (ret < 0) {
        d->release();
        return setError(error, d->fileError(ffmpeg::errorText(ret)));
    }
    if (s.threads <= 1)
        d->format->flags |= AVFMT_FLAG_BITEXACT;

    if (!(d->format->oformat->flags & AVFMT_NOFILE)) {
        ret = avio_open(&d->format->pb, QFile::encodeName(path).constData(), AVIO_FLAG_WRITE);
        if (ret < 0) {
            d->release();
            return setError(
                    error,
                    d->fileError(Tr::tr("the file could not be created (%1). Check that the "
                                        "folder exists and that you may write to it.")
                                         .arg(ffmpeg::errorText(ret))));
        }
    }
    ret = avformat_write_header(d->format, nullptr);
    if (ret < 0) {
        d->release();
        return setError(error,
                        d->fileError(Tr::tr("the container header could not be written (%1).")
                                             .arg(ffmpeg::errorText(ret))));
    }
    d->headerWritten = true;

    d->frame->format = c->pix_fmt;
    d->frame->width = c->width;
    d->frame->height = c->height;
    d->frame->color_range = c->color_range;
    d->frame->colorspace = c->colorspace;
    ret = av_frame_get_buffer(d->frame, 0);
    if (ret < 0) {
        d->release();
        return setError(error, d->fileError(Tr::tr("out of memory.")));
    }
    d->open = true;
    return true;
}

bool VideoWriter::write(const QImage &image, QString *error)
{
    if (!d->open)
        return setError(error,
                        Tr::tr("Could not write a frame: no video file is open (\"%1\").")
                                .arg(QDir::toNativeSeparators(d->path)));
    const VideoWriterSettings &s = d->settings;
    if (image.width() != s.width || image.height() != s.height)
        return setError(error,
                        d->fileError(Tr::tr("frame %1 is %2x%3 pixels but the video is %4x%5.")
                                             .arg(d->framesWritten)
                                             .arg(image.width())
                                             .arg(image.height())
                                             .arg(s.width)
                                             .arg(s.height)));

    // Feed 32-bit and RGB888 images to swscale as they are; convert anything else once.
    QImage converted;
    const QImage *src = &image;
    AVPixelFormat srcFmt = AV_PIX_FMT_NONE;
    switch (image.format()) {
    case QImage::Format_RGB888:
        srcFmt = AV_PIX_FMT_RGB24;
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB in native byte order.
        srcFmt = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? AV_PIX_FMT_BGR0 : AV_PIX_FMT_0RGB;
        break;
    default:
        converted = image.convertToFormat(QImage::Format_RGB888);
        src = &converted;
        srcFmt = AV_PIX_FMT_RGB24;
        break;
    }
    if (!d->sws || d->swsSource != srcFmt) {
        sws_freeContext(d->sws);
        // Same size: no scaling, so the flags only decide rounding; keep them exact.
        d->sws = sws_getContext(s.width,
                                s.height,
                                srcFmt,
                                s.width,
                                s.height,
                                d->codec->pix_fmt,
                                SWS_BICUBIC | SWS_ACCURATE_RND | SWS_BITEXACT | SWS_FULL_CHR_H_INP,
                                nullptr,
                                nullptr,
                                nullptr);
        if (!d->sws)
            return setError(error,
                            d->fileError(Tr::tr("the colour conversion could not be set up.")));
        const int *coeffs = sws_getCoefficients(SWS_CS_ITU601);
        int dummy[4];
        int srcRange = 0, dstRange = 0, brightness = 0, contrast = 0, saturation = 0;
        int *inv = dummy, *tbl = dummy;
        sws_getColorspaceDetails(
                d->sws, &inv, &srcRange, &tbl, &dstRange, &brightness, &contrast, &saturation);
        sws_setColorspaceDetails(d->sws,
                                 coeffs,
                                 1,
                                 coeffs,
                                 d->codec->color_range == AVCOL_RANGE_JPEG ? 1 : 0,
                                 brightness,
                                 contrast,
                                 saturation);
        d->swsSource = srcFmt;
    }
    int ret = av_frame_make_writable(d->frame);
    if (ret < 0)
        return setError(error, d->fileError(Tr::tr("out of memory.")));
    const uint8_t *srcData[4] = {src->constBits(), nullptr, nullptr, nullptr};
    const int srcStride[4] = {int(src->bytesPerLine()), 0, 0, 0};
    sws_scale(d->sws, srcData, srcStride, 0, s.height, d->frame->data, d->frame->linesize);
    d->frame->pts = d->framesWritten;
    d->frame->pict_type = AV_PICTURE_TYPE_NONE;
    // MPEG-style encoders take a fixed quantizer from each frame (as ffmpeg's -q:v does).
    if (d->codec->flags & AV_CODEC_FLAG_QSCALE)
        d->frame->quality = d->codec->global_quality;
    if (!d->encode(d->frame, error))
        return false;
    ++d->framesWritten;
    return true;
}

bool VideoWriter::close(QString *error)
{
    if (!d->open) {
        d->release();
        return true;
    }
    QString flushError;
    bool ok = d->encode(nullptr, &flushError);
    if (d->headerWritten) {
        const int ret = av_write_trailer(d->format);
        if (ret < 0 && ok) {
            ok = false;
            flushError = d->fileError(Tr::tr("the end of the file could not be written (%1). Check "
                                             "that the disk is not full.")
                                              .arg(ffmpeg::errorText(ret)));
        }
    }
    d->release();
    if (!ok)
        return setError(error, flushError);
    return true;
}

} // namespace ethoscribe
