target_sources(labdesk_ui PRIVATE
    admin/adminview.cpp admin/adminview.h
)
