#pragma once

namespace LabDesk {
class BackgroundTasks;
namespace Accounts {
class AccountManager;
}
} // namespace LabDesk

namespace LabDesk::Ui {

// What every page may use; owned by the application (main.cpp), which outlives the window.
struct Context
{
    BackgroundTasks *tasks = nullptr;
    Accounts::AccountManager *accounts = nullptr;
};

} // namespace LabDesk::Ui
