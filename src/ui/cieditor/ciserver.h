#pragma once

#include "core/api/gitlabclient.h"
#include "core/ci/validator.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>


namespace LabDesk::Ui::CiEditor {

// A CI file on the server: which project, branch and path, and the commit the editor's copy is
// based on (sent as last_commit_id so a concurrent change is a conflict, not a silent overwrite).
struct RemoteFile
{
    QString project;     // id or full path
    QString projectPath; // for display
    QString branch;
    QString filePath = QStringLiteral(".gitlab-ci.yml");
    QString lastCommitId;
    QByteArray content;  // raw bytes as stored
    bool isValid() const { return !project.isEmpty() && !branch.isEmpty(); }
};

struct ProjectEntry
{
    QString id;
    QString path;
    QString defaultBranch;
};

struct LintResult
{
    bool valid = false;
    QStringList errors;
    QStringList warnings;
    QString mergedYaml;
    QStringList jobs; // "stage: name (when)"
};

// The editor's conversations with GitLab: open and commit a file through the repository files
// API, lint on the server, and fetch the context (branches, runner tags) the validator uses.
// Each call answers with exactly one signal.
class CiServerSession : public QObject
{
    Q_OBJECT
public:
    explicit CiServerSession(QObject *parent = nullptr);
    void setClient(Api::GitLabClient *client);
    Api::GitLabClient *client() const { return m_client; }

    void listProjects();
    void listBranches(const QString &project);
    void open(const QString &project, const QString &branch, const QString &filePath);
    void commit(const RemoteFile &file, const QByteArray &content, const QString &message);
    void lint(const QString &project, const QByteArray &content, const QString &ref);
    void loadContext(const QString &project);

Q_SIGNALS:
    void projectsListed(const QVector<LabDesk::Ui::CiEditor::ProjectEntry> &projects);
    void branchesListed(const QStringList &branches, const QString &defaultBranch);
    void opened(const LabDesk::Ui::CiEditor::RemoteFile &file);
    void committed(const LabDesk::Ui::CiEditor::RemoteFile &file);
    // The file changed on the server since it was opened: theirs is the server's version.
    void conflict(const LabDesk::Ui::CiEditor::RemoteFile &theirs);
    void linted(const LabDesk::Ui::CiEditor::LintResult &result);
    void contextLoaded(const LabDesk::Ci::ValidationContext &context, const QStringList &runnerTags);
    void failed(const QString &message);

private:
    void fetchFile(const RemoteFile &base, const std::function<void(const RemoteFile &)> &done);
    QPointer<Api::GitLabClient> m_client;
};

} // namespace LabDesk::Ui::CiEditor
