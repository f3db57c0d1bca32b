#include "detailspanel.h"

#include "avatardelegate.h"
#include "core/api/gitlabclient.h"
#include "core/models/accesslevels.h"
#include "core/models/accessrequestsmodel.h"
#include "core/models/membersmodel.h"
#include "core/models/projectlistmodel.h"
#include "loadstate.h"
#include "widgets/themedicon.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace LabDesk::Ui {

using Models::AccessLevels;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString visibilityName(const QString &visibility)
{
    if (visibility == QLatin1String("public"))
        return DetailsPanel::tr("Public");
    if (visibility == QLatin1String("internal"))
        return DetailsPanel::tr("Internal");
    return DetailsPanel::tr("Private");
}

} // namespace

DetailsPanel::DetailsPanel(Models::AvatarCache *avatars, QWidget *parent)
    : QWidget(parent)
    , m_avatars(avatars)
    , m_members(new Models::MembersModel(this))
    , m_requests(new Models::AccessRequestsModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a project or a group to see its details and members."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    outer->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_subtitle = new QLabel(m_body);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QLabel(m_body);
    m_description->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_description);

    auto *facts = new QFormLayout;
    m_visibility = new QLabel(m_body);
    m_branch = new QLabel(m_body);
    m_branch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("Visibility:"), m_visibility);
    m_branchLabel = new QLabel(tr("Default branch:"), m_body);
    facts->addRow(m_branchLabel, m_branch);
    layout->addLayout(facts);

    m_cloneBox = new QWidget(m_body);
    auto *cloneLayout = new QFormLayout(m_cloneBox);
    cloneLayout->setContentsMargins(0, 0, 0, 0);
    m_httpEdit = new QLineEdit(m_cloneBox);
    m_sshEdit = new QLineEdit(m_cloneBox);
    m_copyHttp = new QToolButton(m_cloneBox);
    m_copySsh = new QToolButton(m_cloneBox);
    cloneLayout->addRow(tr("HTTPS:"), urlRow(m_httpEdit, m_copyHttp));
    cloneLayout->addRow(tr("SSH:"), urlRow(m_sshEdit, m_copySsh));
    m_httpEdit->setToolTip(tr("Clone with HTTPS"));
    m_sshEdit->setToolTip(tr("Clone with SSH"));
    layout->addWidget(m_cloneBox);

    auto *buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("Open in Browser"), m_body);
    m_cloneButton = new QPushButton(themedIcon(QStringLiteral("clones")), tr("Clone…"), m_body);
    m_cloneButton->setObjectName(QStringLiteral("cloneButton"));
    m_forkButton = new QPushButton(tr("Fork…"), m_body);
    m_forkButton->setObjectName(QStringLiteral("forkButton"));
    m_requestButton = new QPushButton(tr("Request Access"), m_body);
    m_requestButton->setObjectName(QStringLiteral("requestAccessButton"));
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_cloneButton);
    buttons->addWidget(m_forkButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *join = new QHBoxLayout;
    join->addWidget(m_requestButton);
    join->addStretch(1);
    layout->addLayout(join);
    m_status = new QLabel(m_body);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->hide();
    layout->addWidget(m_status);

    // Members
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Members"), m_body));
    m_memberView = new QTreeView(m_body);
    m_memberView->setModel(m_members);
    m_memberView->setRootIsDecorated(false);
    m_memberView->setUniformRowHeights(true);
    m_memberView->setAlternatingRowColors(true);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberView->setItemDelegateForColumn(
        Models::MembersModel::NameColumn,
        new AvatarDelegate(avatars, Models::MembersModel::AvatarUrlRole, m_memberView));
    m_memberView->header()->setStretchLastSection(false);
    m_memberView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_memberView->header()->setSectionResizeMode(Models::MembersModel::NameColumn, QHeaderView::Stretch);
    m_memberView->setMinimumHeight(140);
    m_memberView->setColumnHidden(Models::MembersModel::UsernameColumn, true); // the name's tooltip has it
    m_memberState = new LoadState(m_memberView, m_body);
    layout->addWidget(m_memberState, 2);
    auto *memberActions = new QHBoxLayout;
    m_memberLevel = new QComboBox(m_body);
    for (const int level : AccessLevels::assignable())
        m_memberLevel->addItem(AccessLevels::name(level), level);
    m_memberExpiry = new QDateEdit(m_body);
    m_memberExpiry->setCalendarPopup(true);
    m_memberExpiry->setMinimumDate(QDate::currentDate());
    m_memberExpiry->setSpecialValueText(tr("No expiry"));
    m_memberExpiry->setToolTip(tr("When the membership ends; the first date means never."));
    m_saveMember = new QPushButton(tr("Save"), m_body);
    m_removeMember = new QPushButton(tr("Remove"), m_body);
    m_addMember = new QPushButton(tr("Add Member…"), m_body);
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    memberActions->addWidget(m_memberLevel);
    memberActions->addWidget(m_memberExpiry);
    memberActions->addWidget(m_saveMember);
    memberActions->addStretch(1);
    layout->addLayout(memberActions);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addMember);
    addRow->addStretch(1);
    addRow->addWidget(m_removeMember);
    layout->addLayout(addRow);

    // Access requests
    layout->addSpacing(8);
    m_requestsTitle = heading(tr("Access requests"), m_body);
    layout->addWidget(m_requestsTitle);
    m_requestView = new QTreeView(m_body);
    m_requestView->setModel(m_requests);
    m_requestView->setRootIsDecorated(false);
    m_requestView->setUniformRowHeights(true);
    m_requestView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requestView->setItemDelegateForColumn(
        Models::AccessRequestsModel::NameColumn,
        new AvatarDelegate(avatars, Models::AccessRequestsModel::AvatarUrlRole, m_requestView));
    m_requestView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestView->header()->setSectionResizeMode(Models::AccessRequestsModel::NameColumn, QHeaderView::Stretch);
    m_requestView->setMinimumHeight(80);
    m_requestState = new LoadState(m_requestView, m_body);
    layout->addWidget(m_requestState, 1);
    auto *requestActions = new QHBoxLayout;
    m_requestLevel = new QComboBox(m_body);
    for (const int level : AccessLevels::assignable())
        m_requestLevel->addItem(AccessLevels::name(level), level);
    m_requestLevel->setCurrentIndex(m_requestLevel->findData(int(AccessLevels::Developer)));
    m_approve = new QPushButton(tr("Approve"), m_body);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_deny = new QPushButton(tr("Deny"), m_body);
    requestActions->addWidget(m_requestLevel);
    requestActions->addWidget(m_approve);
    requestActions->addWidget(m_deny);
    requestActions->addStretch(1);
    layout->addLayout(requestActions);

    connect(m_openButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_webUrl)); });
    connect(m_copyHttp, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_httpUrl);
        setStatus(tr("Copied the HTTPS URL."));
    });
    connect(m_copySsh, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_sshUrl);
        setStatus(tr("Copied the SSH URL."));
    });
    connect(m_cloneButton, &QPushButton::clicked, this,
            [this] { Q_EMIT cloneRequested(m_projectId, m_httpUrl, m_sshUrl, m_path); });
    connect(m_forkButton, &QPushButton::clicked, this, [this] { Q_EMIT forkRequested(m_projectId, m_path); });
    connect(m_requestButton, &QPushButton::clicked, this, &DetailsPanel::requestAccess);
    connect(m_addMember, &QPushButton::clicked, this,
            [this] { Q_EMIT addMemberRequested(m_source, m_isAdmin ? int(AccessLevels::Owner) : myAccessLevel()); });
    connect(m_saveMember, &QPushButton::clicked, this, &DetailsPanel::saveMember);
    connect(m_removeMember, &QPushButton::clicked, this, &DetailsPanel::removeMember);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { approveSelectedRequest(m_requestLevel->currentData().toInt()); });
    connect(m_deny, &QPushButton::clicked, this, &DetailsPanel::denySelectedRequest);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = m_members->rowOfId(selectedMemberId());
        if (row >= 0) {
            const QModelIndex index = m_members->index(row, 0);
            m_memberLevel->setCurrentIndex(m_memberLevel->findData(index.data(Models::MembersModel::AccessLevelRole)));
            const QDate expires = index.data(Models::MembersModel::ExpiresAtRole).toDate();
            m_memberExpiry->setDate(expires.isValid() ? expires : m_memberExpiry->minimumDate());
        }
        updateActions();
    });
    connect(m_requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DetailsPanel::updateActions);

    connect(m_members, &Models::MembersModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_memberState->showLoading(tr("Loading members…"));
    });
    connect(m_members, &Models::MembersModel::loaded, this, [this] {
        if (m_members->rowCount() == 0)
            m_memberState->showEmpty(tr("No members yet."));
        else
            m_memberState->showContent();
        updateActions();
        // Only maintainers and owners may see access requests.
        if (myAccessLevel() >= AccessLevels::Maintainer)
            m_requests->setSource(m_source);
        else
            m_requests->setSource({});
        updateActions();
    });
    connect(m_members, &Models::MembersModel::errorOccurred, this, [this](const Api::ApiError &error) {
        m_memberState->showError(error.userMessage());
        updateActions();
    });
    connect(m_memberState, &LoadState::retryRequested, m_members, &Models::MembersModel::reload);
    connect(m_requests, &Models::AccessRequestsModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_requestState->showLoading(tr("Loading access requests…"));
    });
    connect(m_requests, &Models::AccessRequestsModel::loaded, this, [this] {
        if (!m_requests->source().isValid())
            m_requestState->showEmpty(tr("Only maintainers and owners see who asked to join."));
        else if (m_requests->rowCount() == 0)
            m_requestState->showEmpty(tr("Nobody is waiting to join."));
        else
            m_requestState->showContent();
        if (m_requests->rowCount() > 0 && !m_requestView->currentIndex().isValid())
            m_requestView->setCurrentIndex(m_requests->index(0, 0));
        updateActions();
    });
    connect(m_requests, &Models::AccessRequestsModel::errorOccurred, this, [this](const Api::ApiError &error) {
        m_requestState->showError(error.userMessage());
        updateActions();
    });
    connect(m_requestState, &LoadState::retryRequested, m_requests, &Models::AccessRequestsModel::reload);
    clear();
}

DetailsPanel::~DetailsPanel() = default;

QWidget *DetailsPanel::urlRow(QLineEdit *edit, QToolButton *copy)
{
    auto *row = new QWidget(m_cloneBox);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setReadOnly(true);
    edit->setParent(row);
    copy->setParent(row);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy to the clipboard"));
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    return row;
}

void DetailsPanel::setClient(Api::GitLabClient *client, int userId, bool isAdmin)
{
    m_client = client;
    m_userId = userId;
    m_isAdmin = isAdmin;
    m_members->setClient(client);
    m_requests->setClient(client);
    clear();
}

void DetailsPanel::clear()
{
    m_source = {};
    m_members->setSource({});
    m_requests->setSource({});
    m_placeholder->show();
    m_body->parentWidget()->parentWidget()->hide(); // the scroll area
}

void DetailsPanel::setSource(const Models::Source &source)
{
    m_placeholder->hide();
    m_body->parentWidget()->parentWidget()->show();
    const bool changed = source != m_source;
    m_source = source;
    if (changed) {
        m_requested = false;
        setStatus({});
    }
    m_members->setSource(source);
    m_requests->setSource({});
    m_requestState->showEmpty(tr("Only maintainers and owners see who asked to join."));
    updateActions();
}

void DetailsPanel::showProject(const Models::ProjectRow &project)
{
    m_projectId = project.id;
    m_webUrl = project.webUrl;
    m_httpUrl = project.httpUrl;
    m_sshUrl = project.sshUrl;
    m_path = project.pathWithNamespace;
    m_title->setText(project.name);
    m_subtitle->setText(project.pathWithNamespace);
    m_description->setText(project.description);
    m_description->setVisible(!project.description.isEmpty());
    m_visibility->setText(visibilityName(Models::ProjectRow::visibilityName(project.visibility)));
    m_branch->setText(project.defaultBranch);
    m_branch->show();
    m_branchLabel->show();
    m_httpEdit->setText(project.httpUrl);
    m_httpEdit->setCursorPosition(0);
    m_sshEdit->setText(project.sshUrl);
    m_sshEdit->setCursorPosition(0);
    m_cloneBox->show();
    m_cloneButton->show();
    m_forkButton->show();
    setSource({Models::Source::Kind::Project, project.id});
}

void DetailsPanel::showGroup(int groupId, const QString &name, const QString &fullPath, const QString &description,
                             const QString &visibility, const QString &webUrl)
{
    m_projectId = 0;
    m_webUrl = webUrl;
    m_httpUrl.clear();
    m_sshUrl.clear();
    m_path = fullPath;
    m_title->setText(name);
    m_subtitle->setText(fullPath);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    m_visibility->setText(visibilityName(visibility));
    m_branch->hide();
    m_branchLabel->hide();
    m_cloneBox->hide();
    m_cloneButton->hide();
    m_forkButton->hide();
    setSource({Models::Source::Kind::Group, groupId});
}

Models::Source DetailsPanel::source() const
{
    return m_source;
}

Models::MembersModel *DetailsPanel::members() const
{
    return m_members;
}

Models::AccessRequestsModel *DetailsPanel::accessRequests() const
{
    return m_requests;
}

int DetailsPanel::myAccessLevel() const
{
    if (m_isAdmin)
        return AccessLevels::Owner;
    return m_members->accessLevelOf(m_userId);
}

int DetailsPanel::selectedMemberId() const
{
    const QModelIndex current = m_memberView->currentIndex();
    return current.isValid() ? current.data(Models::MembersModel::UserIdRole).toInt() : 0;
}

int DetailsPanel::selectedRequestId() const
{
    const QModelIndex current = m_requestView->currentIndex();
    return current.isValid() ? current.data(Models::AccessRequestsModel::UserIdRole).toInt() : 0;
}

void DetailsPanel::selectMember(int userId)
{
    const int row = m_members->rowOfId(userId);
    if (row >= 0)
        m_memberView->setCurrentIndex(m_members->index(row, 0));
}

void DetailsPanel::selectAccessRequest(int userId)
{
    const int row = m_requests->rowOfId(userId);
    if (row >= 0)
        m_requestView->setCurrentIndex(m_requests->index(row, 0));
}

static void setAllowed(QWidget *widget, bool allowed, const QString &why, const QString &normalTip = {})
{
    widget->setEnabled(allowed);
    widget->setToolTip(allowed ? normalTip : why);
}

void DetailsPanel::updateActions()
{
    const bool loaded = m_members->hasLoaded() && !m_members->lastError().isError();
    const int mine = myAccessLevel();
    const int memberLevel = m_members->accessLevelOf(m_userId);
    const bool canManage = loaded && mine >= AccessLevels::Maintainer;
    const QString notManager = tr("Only maintainers and owners can manage members.");
    const QString waiting = tr("Waiting for the member list.");

    // Request access: for someone who is not a member yet.
    if (!loaded)
        setAllowed(m_requestButton, false, waiting);
    else if (memberLevel > 0)
        setAllowed(m_requestButton, false, tr("You are already a member (%1).").arg(AccessLevels::name(memberLevel)));
    else if (m_requested)
        setAllowed(m_requestButton, false, tr("Your request is waiting for a maintainer or owner."));
    else
        setAllowed(m_requestButton, true, {}, tr("Ask the maintainers and owners to let you in."));

    setAllowed(m_addMember, canManage, loaded ? notManager : waiting);

    const int member = selectedMemberId();
    const int row = m_members->rowOfId(member);
    const int level = m_members->accessLevelOf(member);
    QString why;
    if (!canManage)
        why = loaded ? notManager : waiting;
    else if (row < 0)
        why = tr("Select a member first.");
    else if (!m_members->isDirectMember(member))
        why = tr("This member comes from a group above; change them in that group.");
    else if (level >= AccessLevels::Owner && mine < AccessLevels::Owner)
        why = tr("Only owners can change an owner.");
    const bool canEdit = why.isEmpty();
    setAllowed(m_memberLevel, canEdit, why);
    setAllowed(m_memberExpiry, canEdit, why, tr("When the membership ends; the first date means never."));
    setAllowed(m_saveMember, canEdit, why, tr("Save the role and expiry date"));
    setAllowed(m_removeMember, canEdit, why, tr("Remove this member"));
    // Maintainers cannot hand out Owner.
    for (int i = 0; i < m_memberLevel->count(); ++i) {
        const bool allowed = m_memberLevel->itemData(i).toInt() <= mine;
        if (auto *model = qobject_cast<QStandardItemModel *>(m_memberLevel->model())) {
            if (QStandardItem *item = model->item(i))
                item->setEnabled(allowed);
        }
    }

    const bool hasRequest = selectedRequestId() > 0;
    const QString requestWhy = !canManage
        ? (loaded ? tr("Only maintainers and owners can answer access requests.") : waiting)
        : !hasRequest ? tr("Select a request first.")
                      : QString();
    setAllowed(m_approve, requestWhy.isEmpty(), requestWhy, tr("Let them in with the chosen role"));
    setAllowed(m_deny, requestWhy.isEmpty(), requestWhy, tr("Turn the request down"));
    setAllowed(m_requestLevel, canManage, requestWhy, tr("The role to give when approving"));
    m_requestsTitle->setVisible(true);
}

void DetailsPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x1c, 0x28) : QApplication::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

QString DetailsPanel::statusText() const
{
    return m_status->text();
}

void DetailsPanel::send(const Api::Request &request, const QString &doneText)
{
    if (!m_client)
        return;
    setStatus(tr("Working…"));
    const Models::Source source = m_source;
    Api::Call *call = m_client->send(request);
    connect(call, &Api::Call::finished, this, [this, doneText, source](const Api::Response &response) {
        if (source != m_source)
            return;
        if (response.error.isError()) {
            setStatus(response.error.userMessage(), true);
            Q_EMIT actionFinished(false);
            return;
        }
        setStatus(doneText);
        m_members->reload();
        Q_EMIT membershipChanged();
        Q_EMIT actionFinished(true);
    });
}

void DetailsPanel::requestAccess()
{
    if (!m_source.isValid() || !m_client)
        return;
    setStatus(tr("Working…"));
    const Models::Source source = m_source;
    Api::Call *call = m_client->send(Models::Requests::requestAccess(source));
    connect(call, &Api::Call::finished, this, [this, source](const Api::Response &response) {
        if (source != m_source)
            return;
        if (response.error.isError()) {
            const bool already = response.error.fieldErrors.contains(QStringLiteral("user_id"));
            m_requested = already;
            setStatus(already ? tr("You have already asked; a maintainer or owner will answer.")
                              : response.error.userMessage(),
                      !already);
            updateActions();
            Q_EMIT actionFinished(false);
            return;
        }
        m_requested = true;
        setStatus(tr("Access requested. A maintainer or owner will let you in."));
        updateActions();
        Q_EMIT actionFinished(true);
    });
}

void DetailsPanel::approveSelectedRequest(int accessLevel)
{
    const int userId = selectedRequestId();
    if (userId <= 0)
        return;
    const QString who = m_requests->index(m_requests->rowOfId(userId), 0).data().toString();
    send(Models::Requests::approveAccess(m_source, userId, accessLevel),
         tr("%1 is now a member (%2).").arg(who, AccessLevels::name(accessLevel)));
}

void DetailsPanel::denySelectedRequest()
{
    const int userId = selectedRequestId();
    if (userId <= 0)
        return;
    const QString who = m_requests->index(m_requests->rowOfId(userId), 0).data().toString();
    send(Models::Requests::denyAccess(m_source, userId), tr("Turned down the request of %1.").arg(who));
}

void DetailsPanel::saveMember()
{
    const int userId = selectedMemberId();
    if (userId <= 0)
        return;
    const QDate expiry = m_memberExpiry->date() == m_memberExpiry->minimumDate() ? QDate() : m_memberExpiry->date();
    send(Models::Requests::updateMember(m_source, userId, m_memberLevel->currentData().toInt(), expiry), tr("Saved."));
}

void DetailsPanel::removeMember()
{
    const int userId = selectedMemberId();
    if (userId <= 0)
        return;
    const QString who = m_members->index(m_members->rowOfId(userId), 0).data().toString();
    send(Models::Requests::removeMember(m_source, userId), tr("Removed %1.").arg(who));
}

QPushButton *DetailsPanel::requestAccessButton() const
{
    return m_requestButton;
}

QPushButton *DetailsPanel::addMemberButton() const
{
    return m_addMember;
}

QPushButton *DetailsPanel::approveButton() const
{
    return m_approve;
}

QPushButton *DetailsPanel::removeMemberButton() const
{
    return m_removeMember;
}

} // namespace LabDesk::Ui
