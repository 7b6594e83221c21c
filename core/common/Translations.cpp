// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ethoscribe::Translations {

namespace {
const QString kLanguageKey = QStringLiteral("interface/language");
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString preference()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return available().contains(code) ? code : QString();
}

void setPreference(const QString &code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(kLanguageKey, code);
    else
        settings.remove(kLanguageKey);
}

QString install()
{
    const QString preferred = preference();
    const QLocale locale = preferred.isEmpty() ? QLocale() : QLocale(preferred);
    // Owned by the application for its whole life: the translators must outlive every tr() call.
    auto *ours = new QTranslator(QCoreApplication::instance());
    const QString folder = QStringLiteral(":/ethoscribe/i18n");
    if (preferred == QLatin1String("en")
        || !ours->load(locale, QStringLiteral("ethoscribe"), QStringLiteral("_"), folder)) {
        // English: the source texts, with only their plural forms from ethoscribe_en.
        if (ours->load(QStringLiteral("ethoscribe_en"), folder))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs) where Qt ships them for the language.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language().left(2);
}

} // namespace ethoscribe::Translations
