labdesk_add_test(tst_clonesmodel LABELS unit)
