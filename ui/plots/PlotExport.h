// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCustomPlot;

namespace ethoscribe {

// Saves a QCustomPlot as PNG, PDF and SVG without showing it (works on the offscreen platform;
// needs a QApplication). Each file is written under a temporary name in the same folder and then
// renamed over the final name, so a reader never sees half a figure.
class PlotExport
{
public:
    // Writes basePath.png, basePath.pdf and basePath.svg at width x height (pixels for the PNG,
    // points for PDF and SVG). The written paths are appended to *written.
    static bool saveAll(QCustomPlot *plot,
                        const QString &basePath,
                        int width,
                        int height,
                        QString *error = nullptr,
                        QStringList *written = nullptr);
    static bool savePng(QCustomPlot *plot,
                        const QString &path,
                        int width,
                        int height,
                        QString *error = nullptr);
    static bool savePdf(QCustomPlot *plot,
                        const QString &path,
                        int width,
                        int height,
                        QString *error = nullptr);
    static bool saveSvg(QCustomPlot *plot,
                        const QString &path,
                        int width,
                        int height,
                        QString *error = nullptr);
};

} // namespace ethoscribe
