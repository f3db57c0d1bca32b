labdesk_add_test(tst_knownhosts LABELS unit)
labdesk_add_test(tst_sshkeyfiles LABELS unit)
labdesk_add_test(tst_sshconfig LABELS unit)
