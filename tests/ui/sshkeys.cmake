labdesk_add_test(tst_sshkeysview LABELS ui LIBRARIES labdesk_ui)
labdesk_add_test(tst_keysetupwizard LABELS ui LIBRARIES labdesk_ui)
target_compile_definitions(tst_keysetupwizard PRIVATE LABDESK_SANDBOX_EXE="$<TARGET_FILE:labdesk-sandbox>")
add_dependencies(tst_keysetupwizard labdesk-sandbox)
