// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: opening a project file (SQLite database with our schema). Promise: no crash; a file
// that is not a sound project is refused with a message, read-only or not.
#include "FuzzUtil.h"

#include "project/Document.h"

#include <QFile>

using namespace ethoscribe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::scratchFile(data, size, QStringLiteral(".ethoproj"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    for (auto mode : {ProjectDatabase::OpenMode::ReadOnly, ProjectDatabase::OpenMode::ReadWrite}) {
        Document doc;
        if (doc.open(path, mode)) {
            for (const VideoRecord &v : doc.videos())
                for (const TrackRecord &t : doc.tracks(v.id))
                    if (const LabelTrack *labels = doc.labels(t.id))
                        (void)labels->bouts();
            doc.close();
        } else if (doc.errorString().isEmpty()) {
            fuzz::broken("a refused project has a message");
        }
    }
    return 0;
}
