#include "namespacepicker.h"

#include "core/api/gitlabclient.h"
#include "core/models/projectrequests.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace LabDesk::Ui {

void NamespacePicker::fill(QComboBox *combo, Api::GitLabClient *client, int wantedId,
                           std::function<void(const Api::ApiError &)> done)
{
    combo->clear();
    combo->addItem(tr("Loading…"), 0);
    combo->setEnabled(false);
    auto entries = std::make_shared<QList<QJsonObject>>();
    Api::PagedCall *call = client->fetchAll(Models::Requests::namespaces());
    QObject::connect(call, &Api::PagedCall::pageReceived, combo, [entries](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            entries->append(item.toObject());
    });
    QObject::connect(call, &Api::PagedCall::finished, combo,
                     [combo, entries, wantedId, done = std::move(done)](const Api::ApiError &error) {
                         combo->clear();
                         combo->setEnabled(true);
                         if (error.isError())
                             combo->addItem(tr("Your personal namespace"), 0);
                         for (const QJsonObject &ns : std::as_const(*entries)) {
                             const bool personal = ns.value(QLatin1String("kind")).toString() == QLatin1String("user");
                             const QString path = ns.value(QLatin1String("full_path")).toString();
                             combo->addItem(personal ? tr("%1 (personal)").arg(path) : path,
                                            ns.value(QLatin1String("id")).toInt());
                             combo->setItemData(combo->count() - 1, path, Qt::UserRole + 1);
                         }
                         const int wanted = combo->findData(wantedId);
                         if (wanted >= 0)
                             combo->setCurrentIndex(wanted);
                         if (done)
                             done(error);
                     });
}

} // namespace LabDesk::Ui
