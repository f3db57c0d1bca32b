# CI document core (src/core/ci): fixtures in tests/data/ci.
labdesk_add_test(tst_cidocument LABELS unit)
labdesk_add_test(tst_cimodel LABELS unit)
labdesk_add_test(tst_ciedit LABELS unit)
labdesk_add_test(tst_civalidator LABELS unit)
