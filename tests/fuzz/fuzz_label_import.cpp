// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the label importers (our ethogram and bout CSV, BORIS tabular events, DeepEthogram).
// The first byte chooses the format (or detection) and whether the video length is known; the rest
// is the file. Promises: no crash; a refused file gives an empty track and a message naming the
// file; an accepted one has the video's length when that was given.
#include "FuzzUtil.h"

#include "behaviors/BehaviorSet.h"
#include "io/LabelImport.h"

using namespace ethoscribe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const BehaviorSet behaviors = BehaviorSet::jhuangDefault();
    const LabelFileFormat formats[] = {LabelFileFormat::Auto,
                                       LabelFileFormat::EthogramCsv,
                                       LabelFileFormat::BoutsCsv,
                                       LabelFileFormat::BorisTabular,
                                       LabelFileFormat::DeepEthogram};
    const LabelFileFormat format = formats[data[0] % 5];
    LabelImportOptions options;
    options.frameCount = (data[0] & 0x80) ? 1000 : -1;
    options.fpsNumerator = 30000;
    options.fpsDenominator = 1001;
    if (data[0] & 0x40)
        options.nameMapping.insert(QStringLiteral("grooming"), 3);
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const LabelImportResult r = LabelImport::importData(
            file, QStringLiteral("fuzzed_labels.csv"), format, behaviors, options);
    if (!r.ok) {
        if (r.track.frameCount() != 0)
            fuzz::broken("a refused import returns an empty track");
        if (!r.error.contains(QStringLiteral("fuzzed_labels.csv")))
            fuzz::broken("a refusal names the file", r.error);
    } else if (options.frameCount >= 0 && r.track.frameCount() != options.frameCount) {
        fuzz::broken("an accepted import has the video's length");
    }
    (void)LabelImport::detectFormat(file);
    return 0;
}
