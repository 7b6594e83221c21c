// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ethoscribe {

// The user interface's language, for the window and the command-line tool alike. The preference
// (QSettings key "interface/language": "de", "ja", "en", or empty for the system's language) wins;
// otherwise the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) decides. Translations are
// compiled into the programs (lrelease through CMake); a language without one stays English.
// Numbers and dates in CSV and JSON files never follow the language: writers use QLocale::c().
namespace Translations {

// The languages Ethoscribe has translations for, as ISO 639-1 codes, English first.
QStringList available();
// The language's own name ("Deutsch", "日本語", "English").
QString nativeName(const QString &code);
// The saved preference; empty means "the system's language".
QString preference();
void setPreference(const QString &code);
// Installs Ethoscribe's and Qt's own translations for the preferred or the system language, and
// returns the language code in use ("en" when none was installed). Call once, after the
// Q(Core)Application exists and has its organization and application names.
QString install();

} // namespace Translations

} // namespace ethoscribe
