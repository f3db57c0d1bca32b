// The translation catalogues must hold every user-visible string in the sources, and the Chinese
// one must translate each of them, keeping the placeholders. Regenerate with
// `cmake --build build --target lupdate` and translate what is new.
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
    bool numerus = false;

    QString key() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString committedTs(const QString &language)
{
    return QStringLiteral(LABDESK_SOURCE_DIR "/translations/labdesk_%1.ts").arg(language);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void chineseIsComplete();
};

void tst_Translations::catalogueMatchesSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_Translations::catalogueMatchesSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_%1.ts").arg(language));

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LABDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(LABDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-recursive"), QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"),
                   fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> expected = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(expected.size() > 50, "lupdate found suspiciously few strings");
    const QList<Message> committed = readTs(committedTs(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> committedKeys;
    for (const Message &m : committed) {
        if (m.translationType != QLatin1String("vanished") && m.translationType != QLatin1String("obsolete"))
            committedKeys.insert(m.key());
    }
    QSet<QString> expectedKeys;
    QStringList missing;
    for (const Message &m : expected) {
        expectedKeys.insert(m.key());
        if (!committedKeys.contains(m.key()))
            missing << m.key();
    }
    QStringList stale;
    for (const QString &key : std::as_const(committedKeys)) {
        if (!expectedKeys.contains(key))
            stale << key;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("strings missing from labdesk_%1.ts (run the lupdate target):\n  ")
                                               .arg(language) + missing.join(QStringLiteral("\n  "))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("strings in labdesk_%1.ts that the sources no longer have:\n  ")
                                             .arg(language) + stale.join(QStringLiteral("\n  "))));
}

void tst_Translations::chineseIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(committedTs(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.translationType.isEmpty()) {
            problems << QStringLiteral("%1 (%2)").arg(m.key(), m.translationType);
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << QStringLiteral("%1 (empty)").arg(m.key());
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source) && !(m.numerus && placeholders(t) + QSet<QString>{QStringLiteral("%n")} == placeholders(m.source)))
                problems << QStringLiteral("%1 (placeholders differ: %2)").arg(m.key(), t);
        }
        // Anything with letters in it should read as Chinese, not as a copy of the English.
        static const QRegularExpression words(QStringLiteral("[a-z]{4,} [a-z]{2,}"));
        if (words.match(m.source).hasMatch() && !han.match(m.translations.constFirst()).hasMatch())
            problems << QStringLiteral("%1 (copied, not translated)").arg(m.key());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("labdesk_zh_CN.ts:\n  ") + problems.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
