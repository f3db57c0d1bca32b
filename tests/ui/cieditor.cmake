# The visual CI editor (src/ui/cieditor): panes in sync, files, and the server against the sandbox.
labdesk_add_test(tst_cieditor LABELS ui LIBRARIES labdesk_ui)
labdesk_add_test(tst_cieditor_server LABELS "ui;integration" LIBRARIES labdesk_ui)
labdesk_add_test(tst_cieditor_push LABELS "ui;integration" LIBRARIES labdesk_ui)
