target_sources(labdesk_ui PRIVATE
    projects/addmemberdialog.cpp projects/addmemberdialog.h
    projects/avatardelegate.cpp projects/avatardelegate.h
    projects/detailspanel.cpp projects/detailspanel.h
    projects/forkdialog.cpp projects/forkdialog.h
    projects/formerrors.cpp projects/formerrors.h
    projects/loadstate.cpp projects/loadstate.h
    projects/namespacepicker.cpp projects/namespacepicker.h
    projects/newgroupdialog.cpp projects/newgroupdialog.h
    projects/newprojectdialog.cpp projects/newprojectdialog.h
    projects/projectsview.cpp projects/projectsview.h
)
