target_sources(labdesk_ui PRIVATE
    cieditor/cieditorview.cpp cieditor/cieditorview.h
    cieditor/cifile.cpp cieditor/cifile.h
    cieditor/cigraphview.cpp cieditor/cigraphview.h
    cieditor/cijobform.cpp cieditor/cijobform.h
    cieditor/ciserver.cpp cieditor/ciserver.h
    cieditor/citextedit.cpp cieditor/citextedit.h
)
