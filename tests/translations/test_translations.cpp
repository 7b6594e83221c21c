// SPDX-License-Identifier: GPL-3.0-or-later
// The programs speak the user's language: ethoscribe-cli's own messages and the libraries' messages
// come out in German or Japanese by the system locale, the preference wins over the locale, and
// the CSV files a command writes are the same bytes whatever the language.
#include "ProcessTestUtil.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ethoscribe::testutil;

namespace {

// The translation of (context, source) in translations/ethoscribe_<language>.ts, read
// independently of the program's own .qm loading.
QString translationOf(const QString &language, const QString &context, const QString &source)
{
    QFile f(QStringLiteral("%1/../translations/ethoscribe_%2.ts")
                    .arg(qEnvironmentVariable("ETHOSCRIBE_TEST_SOURCE_DIR"), language));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QXmlStreamReader xml(&f);
    QString currentContext, currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && currentContext == context
                 && currentSource == source)
            return xml.readElementText();
    }
    return QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // The environment of a user whose system speaks `locale` and whose settings live in `config`.
    QProcessEnvironment environment(const QString &locale) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return env;
    }

    ProcessRun cli(const QStringList &args, const QString &locale) const
    {
        return runProcess(m_cli, args, 120000, {}, environment(locale));
    }

    void setPreference(const QString &language)
    {
        QDir(m_config.path()).mkpath(QStringLiteral("Ethoscribe"));
        QFile f(m_config.filePath(QStringLiteral("Ethoscribe/Ethoscribe.conf")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!language.isEmpty())
            f.write("[interface]\nlanguage=" + language.toUtf8() + "\n");
    }

    QString m_cli;
    QTemporaryDir m_config;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
        if (m_cli.isEmpty())
            QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
        QVERIFY(m_config.isValid() && m_work.isValid());
    }

    void init() { setPreference(QString()); }

    void systemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("ja");
    }

    // The CLI's own message (context CliCommand) and a library's message (VideoProbe, from core)
    // come out translated.
    void systemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        const QString notACommand = QStringLiteral(
                "'%1' is not a command. Run 'ethoscribe-cli --help' to see the commands.");
        const QString expected = translationOf(language, QStringLiteral("CliCommand"), notACommand);
        QVERIFY2(!expected.isEmpty() && expected != notACommand,
                 "the .ts file has no translation of the message");
        const ProcessRun run = cli({QStringLiteral("frobnicate")}, locale);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected.arg(QStringLiteral("frobnicate"))), qPrintable(run.err));

        const QString missing = m_work.filePath(QStringLiteral("no-such-video.mp4"));
        const ProcessRun info = cli({QStringLiteral("info"), missing}, locale);
        QCOMPARE(info.exitCode, 1);
        const ProcessRun english = cli({QStringLiteral("info"), missing}, QStringLiteral("C"));
        QCOMPARE(english.exitCode, 1);
        QVERIFY2(english.err.contains(QStringLiteral("does not exist")), qPrintable(english.err));
        QVERIFY2(!info.err.contains(QStringLiteral("does not exist")), qPrintable(info.err));
        QVERIFY2(info.err.contains(QDir::toNativeSeparators(missing)), qPrintable(info.err));
    }

    // Edit > Preferences > Language (the same setting for the window and the CLI) wins over the
    // system's language; "en" gives English on a German system.
    void preferenceWins()
    {
        const QString source = QStringLiteral("Commands:");
        setPreference(QStringLiteral("ja"));
        const ProcessRun ja = cli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(ja.exitCode, 0);
        const QString japanese
                = translationOf(QStringLiteral("ja"), QStringLiteral("CliCommand"), source);
        QVERIFY(!japanese.isEmpty());
        QVERIFY2(ja.out.contains(japanese), qPrintable(ja.out));

        setPreference(QStringLiteral("en"));
        const ProcessRun en = cli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(source), qPrintable(en.out));
    }

    // A German user's CSV files are the ones an English user gets: decimal points, not commas.
    void csvIsLocaleIndependent()
    {
        const QString videos = m_work.filePath(QStringLiteral("videos"));
        const ProcessRun synth = cli({QStringLiteral("synth"),
                                      QStringLiteral("--out"),
                                      videos,
                                      QStringLiteral("--videos"),
                                      QStringLiteral("1"),
                                      QStringLiteral("--seconds"),
                                      QStringLiteral("3"),
                                      QStringLiteral("--width"),
                                      QStringLiteral("64"),
                                      QStringLiteral("--height"),
                                      QStringLiteral("48")},
                                     QStringLiteral("C"));
        QVERIFY2(synth.exitCode == 0, qPrintable(synth.err));
        const QString project = m_work.filePath(QStringLiteral("p.ethoproj"));
        const QString video = QDir(videos).filePath(QStringLiteral("video01.mp4"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("project"), QStringLiteral("create"), project},
              QStringList{QStringLiteral("project"), QStringLiteral("add-video"), project, video},
              QStringList{QStringLiteral("project"),
                          QStringLiteral("import-labels"),
                          project,
                          QDir(videos).filePath(QStringLiteral("video01.csv")),
                          QStringLiteral("--video"),
                          QStringLiteral("video01.mp4")}}) {
            const ProcessRun r = cli(args, QStringLiteral("C"));
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + r.err));
        }
        QMap<QString, QByteArray> first;
        for (const QString &locale :
             {QStringLiteral("C"), QStringLiteral("de_DE.UTF-8"), QStringLiteral("ja_JP.UTF-8")}) {
            const QString out = m_work.filePath(QStringLiteral("export-") + locale);
            const ProcessRun exported = cli({QStringLiteral("project"),
                                             QStringLiteral("export"),
                                             project,
                                             QStringLiteral("--out"),
                                             out},
                                            locale);
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            const QString stats = QDir(out).filePath(QStringLiteral("stats.csv"));
            const ProcessRun statsRun = cli({QStringLiteral("project"),
                                             QStringLiteral("stats"),
                                             project,
                                             QStringLiteral("--bin"),
                                             QStringLiteral("1.5"),
                                             QStringLiteral("--csv"),
                                             stats},
                                            locale);
            QVERIFY2(statsRun.exitCode == 0, qPrintable(statsRun.err));
            const QStringList files = QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files);
            QVERIFY2(files.size() >= 3, qPrintable(files.join(QLatin1Char(','))));
            for (const QString &name : files) {
                QFile f(QDir(out).filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY(!bytes.isEmpty());
                if (locale == QLatin1String("C")) {
                    first.insert(name, bytes);
                    continue;
                }
                QVERIFY2(first.contains(name), qPrintable(name));
                QVERIFY2(bytes == first.value(name), qPrintable(locale + QLatin1Char(' ') + name));
            }
        }
        // The stats CSV has fractional numbers, so the comparison above did see decimal points.
        QVERIFY(first.value(QStringLiteral("stats.csv")).contains('.'));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
