#include "core/models/accessrequestsmodel.h"
#include "core/models/membersmodel.h"
#include "core/models/pendingusersmodel.h"
#include "core/models/remotelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using LabDesk::Models::RemoteListModel;

namespace {

// The smallest subclass: two columns, one extra role, items set by hand.
class TwoColumns : public RemoteListModel
{
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    TwoColumns()
        : RemoteListModel(2, {{IdRole, "itemId"}}, nullptr)
    { }

    using RemoteListModel::setItems;

protected:
    LabDesk::Api::Request request() const override { return {}; }

    QVariant itemData(const QJsonObject &item, int column, int role) const override
    {
        if (role == IdRole)
            return item.value(QLatin1String("id")).toInt();
        if (role != Qt::DisplayRole)
            return {};
        return column == 0 ? QVariant(item.value(QLatin1String("name")).toString()) : QVariant(atUsername(item));
    }

    QString columnTitle(int section) const override
    {
        return section == 0 ? QStringLiteral("First") : section == 1 ? QStringLiteral("Second") : QString();
    }
};

QJsonObject user(int id, const QString &name, const QString &username)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("username"), username}};
}

} // namespace

class tst_RemoteListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpers();
    void tableFromSubclass();
    void userModelsShape();
};

void tst_RemoteListModel::helpers()
{
    QCOMPARE(RemoteListModel::atUsername(user(1, QStringLiteral("Ada"), QStringLiteral("ada"))),
             QStringLiteral("@ada"));

    const QJsonObject item {{QStringLiteral("created_at"), QStringLiteral("2026-12-03T07:45:38.123Z")},
                            {QStringLiteral("bad"), QStringLiteral("yesterday")}};
    const QDateTime created = RemoteListModel::timestamp(item, QLatin1String("created_at"));
    QVERIFY(created.isValid());
    QCOMPARE(created.toUTC().toString(Qt::ISODateWithMs), QStringLiteral("2026-12-03T07:45:38.123Z"));
    QCOMPARE(RemoteListModel::shortText(created), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!RemoteListModel::shortText(created).isEmpty());

    QVERIFY(!RemoteListModel::timestamp(item, QLatin1String("bad")).isValid());
    QVERIFY(!RemoteListModel::timestamp(item, QLatin1String("missing")).isValid());
    QCOMPARE(RemoteListModel::shortText(QDateTime()), QString());
}

void tst_RemoteListModel::tableFromSubclass()
{
    TwoColumns model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);

    model.setItems(
        {user(7, QStringLiteral("Ada"), QStringLiteral("ada")), user(9, QStringLiteral("Bob"), QStringLiteral("bob"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Bob"));
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("@bob"));
    QCOMPARE(model.data(model.index(0, 0), TwoColumns::IdRole).toInt(), 7);
    QVERIFY(!model.data(model.index(5, 0)).isValid());
    QCOMPARE(model.rowOfId(9), 1);

    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("First"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Second"));
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // QAbstractItemModel's default

    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(TwoColumns::IdRole), QByteArray("itemId"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
}

void tst_RemoteListModel::userModelsShape()
{
    LabDesk::Models::MembersModel members;
    QCOMPARE(members.columnCount(), int(LabDesk::Models::MembersModel::ColumnCount));
    QCOMPARE(members.headerData(LabDesk::Models::MembersModel::MembershipColumn, Qt::Horizontal).toString(),
             QStringLiteral("Membership"));
    QCOMPARE(members.roleNames().value(LabDesk::Models::MembersModel::WebUrlRole), QByteArray("webUrl"));

    LabDesk::Models::AccessRequestsModel requests;
    QCOMPARE(requests.columnCount(), int(LabDesk::Models::AccessRequestsModel::ColumnCount));
    QCOMPARE(requests.headerData(LabDesk::Models::AccessRequestsModel::RequestedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Requested"));
    QCOMPARE(requests.roleNames().value(LabDesk::Models::AccessRequestsModel::RequestedAtRole),
             QByteArray("requestedAt"));

    LabDesk::Models::PendingUsersModel pending;
    QCOMPARE(pending.columnCount(), int(LabDesk::Models::PendingUsersModel::ColumnCount));
    QCOMPARE(pending.headerData(LabDesk::Models::PendingUsersModel::CreatedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Signed up"));
    QCOMPARE(pending.roleNames().value(LabDesk::Models::PendingUsersModel::AvatarUrlRole), QByteArray("avatarUrl"));
}

QTEST_GUILESS_MAIN(tst_RemoteListModel)
#include "tst_remotelistmodel.moc"
