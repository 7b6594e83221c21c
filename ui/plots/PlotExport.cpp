// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/PlotExport.h"

#include "io/LabelExport.h"
#include "plots/QCustomPlotHeader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>

#include <cstdio>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A name beside the final file that no reader looks for ("plot.png" -> ".plot.png.part").
QString temporaryPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".part"));
}

// Replaces path by the finished temporary file in one step (rename(2) is atomic on one
// file system).
bool commit(const QString &temporary, const QString &path, QString *error)
{
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(temporary);
        return setError(
                error,
                Tr::tr("Could not write \"%1\": renaming the finished file failed. Check that "
                       "you may write to the folder.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool writeFailed(const QString &path, QString *error)
{
    return setError(
            error,
            Tr::tr("Could not write \"%1\". Check that the folder exists, that you may write "
                   "to it and the free disk space.")
                    .arg(QDir::toNativeSeparators(path)));
}

} // namespace

bool PlotExport::savePng(
        QCustomPlot *plot, const QString &path, int width, int height, QString *error)
{
    const QString temporary = temporaryPath(path);
    if (!plot->savePng(temporary, width, height)) {
        QFile::remove(temporary);
        return writeFailed(path, error);
    }
    return commit(temporary, path, error);
}

bool PlotExport::savePdf(
        QCustomPlot *plot, const QString &path, int width, int height, QString *error)
{
    const QString temporary = temporaryPath(path);
    if (!plot->savePdf(temporary, width, height)) {
        QFile::remove(temporary);
        return writeFailed(path, error);
    }
    return commit(temporary, path, error);
}

bool PlotExport::saveSvg(
        QCustomPlot *plot, const QString &path, int width, int height, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(QFileInfo(path).completeBaseName());
    generator.setDescription(Tr::tr("Made with Ethoscribe"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return writeFailed(path, error);
    plot->toPainter(&painter, width, height);
    painter.end();
    // QSaveFile: a temporary file renamed over the final name on commit.
    return LabelExport::writeFile(path, buffer.data(), error);
}

bool PlotExport::saveAll(QCustomPlot *plot,
                         const QString &basePath,
                         int width,
                         int height,
                         QString *error,
                         QStringList *written)
{
    const QString png = basePath + QStringLiteral(".png");
    const QString pdf = basePath + QStringLiteral(".pdf");
    const QString svg = basePath + QStringLiteral(".svg");
    if (!savePng(plot, png, width, height, error) || !savePdf(plot, pdf, width, height, error)
        || !saveSvg(plot, svg, width, height, error))
        return false;
    if (written)
        *written << png << pdf << svg;
    return true;
}

} // namespace ethoscribe
