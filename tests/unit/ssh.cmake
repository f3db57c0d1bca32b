labdesk_add_test(tst_knownhosts LABELS unit)
