#include "widgets/themedicon.h"

#include <QApplication>
#include <QPainter>
#include <QTest>

using LabDesk::Ui::themedIcon;

class tst_ThemedIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySidebarIconExists_data();
    void everySidebarIconExists();
    void drawnInThePaletteTextColour();
    void crispAtHighDevicePixelRatio();
};

namespace {

// The darkest/lightest opaque pixel's grey level, to see which colour the strokes were drawn in.
int strokeGrey(const QImage &image, bool darkest)
{
    int best = darkest ? 256 : -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) < 250)
                continue;
            best = darkest ? qMin(best, qGray(p)) : qMax(best, qGray(p));
        }
    }
    return best;
}

} // namespace

void tst_ThemedIcon::everySidebarIconExists_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"projects", "pipelines", "ci-editor", "clones", "ssh-keys", "runners", "admin",
                             "account", "sign-in", "about", "cancel", "demo"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_ThemedIcon::everySidebarIconExists()
{
    QFETCH(QString, name);
    const QIcon icon = themedIcon(name);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    QCOMPARE(image.size(), QSize(32, 32));
    QVERIFY2(strokeGrey(image, true) < 256, "icon drew nothing");
    QVERIFY(themedIcon(QStringLiteral("no-such-icon")).isNull());
}

void tst_ThemedIcon::drawnInThePaletteTextColour()
{
    const QPalette original = QApplication::palette();
    QPalette light = original;
    light.setColor(QPalette::WindowText, Qt::black);
    QApplication::setPalette(light);
    const QImage onLight = themedIcon(QStringLiteral("projects")).pixmap(QSize(48, 48)).toImage();

    QPalette dark = original;
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    const QImage onDark = themedIcon(QStringLiteral("projects")).pixmap(QSize(48, 48)).toImage();
    QApplication::setPalette(original);

    QVERIFY(strokeGrey(onLight, true) < 40);
    QVERIFY(strokeGrey(onDark, false) > 215);
    QVERIFY(strokeGrey(onDark, true) > 215); // no black strokes left in dark mode
}

void tst_ThemedIcon::crispAtHighDevicePixelRatio()
{
    const QPixmap pm = themedIcon(QStringLiteral("runners")).pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pm.devicePixelRatio(), 2.0);
    QCOMPARE(pm.size(), QSize(48, 48)); // rendered at device pixels, not upscaled
}

QTEST_MAIN(tst_ThemedIcon)
#include "tst_themedicon.moc"
