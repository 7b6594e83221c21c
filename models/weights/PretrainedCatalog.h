// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/Architecture.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ethoscribe {

// The published checkpoints `ethoscribe-cli model fetch` knows by name: where each file is, how
// to check it (SHA-256, full or the prefix its publisher puts in the file name; none when no
// authoritative digest is known), what it holds and how to import it into our networks.
//
// The built-in list can be replaced by a JSON file named in the environment variable
// ETHOSCRIBE_MODEL_CATALOG (tests, mirrors, local copies), with the fields of toJson():
//   {"models": [{"name": "r2plus1d-kinetics400", "url": "https://...", "sha256": "91a641e6",
//                "sha256Note": "...", "fileName": "...", "approximateSize": 126122996,
//                "architecture": "r2plus1d", "stream": "rgb", "classes": 400, "depth": 18,
//                "widthMultiplier": 1, "description": "...", "source": "..."}]}
// Only name, url, architecture, stream and classes are required.
class PretrainedCatalog
{
public:
    static constexpr const char *kEnvironmentVariable = "ETHOSCRIBE_MODEL_CATALOG";

    struct Entry
    {
        QString name;        // what the user types: "r2plus1d-kinetics400"
        QString description; // one line: network and training data
        QUrl url;
        QString fileName;   // name of the downloaded file (default: the URL's last segment)
        QString sha256;     // full hex digest or hex prefix; empty: no authoritative digest
        QString sha256Note; // where the digest comes from, or why there is none
        qint64 approximateSize = -1; // bytes, estimated from the parameter count; -1 unknown
        nets::Architecture architecture = nets::Architecture::I3D;
        nets::Stream stream = nets::Stream::Rgb;
        int classes = 0;              // outputs of the file's classifier
        int depth = 18;               // R(2+1)D only
        double widthMultiplier = 1.0; // 1 for every published file; smaller in test catalogs
        QString source;               // publisher, licence and training data, for --list

        // The file's name on disk: fileName, or the URL's last path segment.
        QString downloadName() const;
    };

    // The published checkpoints this version of Ethoscribe knows.
    static PretrainedCatalog builtIn();
    // The catalog of ETHOSCRIBE_MODEL_CATALOG when set, else the built-in one. *origin says which
    // ("built-in" or the file's path). Returns false with a plain-words *error when the file named
    // there cannot be read or is not a catalog.
    static bool load(PretrainedCatalog *catalog, QString *origin, QString *error);
    // Parses the JSON format above; `sourceName` names the text in errors.
    static bool fromJson(const QByteArray &json,
                         const QString &sourceName,
                         PretrainedCatalog *catalog,
                         QString *error);
    QByteArray toJson() const;

    const QList<Entry> &entries() const { return m_entries; }
    // nullptr when no entry has that name (names compare case-insensitively).
    const Entry *find(const QString &name) const;
    QStringList names() const;

private:
    QList<Entry> m_entries;
};

} // namespace ethoscribe
