# Warnings and sanitizers for LabDesk's own targets.
#
# labdesk_warnings(<target>) turns on the warning set (and -Werror when LABDESK_WERROR is ON).
# Third-party headers come in as SYSTEM includes through their imported targets, so -Werror
# only ever fires on our code.

if(LABDESK_SANITIZE)
    string(REPLACE ";" "," _labdesk_sanitizers "${LABDESK_SANITIZE}")
    message(STATUS "LabDesk: building with -fsanitize=${_labdesk_sanitizers}")
    add_compile_options(-fsanitize=${_labdesk_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=${_labdesk_sanitizers})
endif()

function(labdesk_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(LABDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
