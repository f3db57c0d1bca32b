labdesk_add_test(tst_clonesview LABELS ui LIBRARIES labdesk_ui)
target_compile_definitions(tst_clonesview PRIVATE LABDESK_SANDBOX_EXE="$<TARGET_FILE:labdesk-sandbox>")
add_dependencies(tst_clonesview labdesk-sandbox)
