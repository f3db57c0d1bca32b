# Sign-in dialog against the in-process sandbox (issue 4).
labdesk_add_test(tst_signindialog LABELS ui LIBRARIES labdesk_ui)
