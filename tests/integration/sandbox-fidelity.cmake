# Fidelity proof (issue 3): real GitLab clients, unmodified, against a running labdesk-sandbox.
# Debian's python3-gitlab runs under /usr/bin/python3 (not a pyenv python without the package);
# @gitbeaker/cli comes from npm through scripts/deps.sh. Exit code 77 means skipped, with the
# reason in the output.
foreach(_fidelity IN ITEMS pygitlab gitbeaker)
    add_test(NAME fidelity_${_fidelity}
             COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/fidelity/${_fidelity}_fidelity.py ${PROJECT_BINARY_DIR})
    set_tests_properties(fidelity_${_fidelity} PROPERTIES
        LABELS integration TIMEOUT 300 SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=labdesk.*.debug=false")
endforeach()
