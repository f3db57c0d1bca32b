labdesk_add_test(tst_projectsview LABELS ui LIBRARIES labdesk_ui)
labdesk_add_test(tst_adminview LABELS ui LIBRARIES labdesk_ui)
