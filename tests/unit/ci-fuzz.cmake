# libFuzzer target over the CI core (parse + model + validation + random edits), built with clang
# (-fsanitize=fuzzer,address,undefined) straight from the sources, since the rest of the tree is
# built with the default compiler. Only when clang++ is there. Seeds: tests/data/ci.
find_program(LABDESK_CLANGXX NAMES clang++ clang++-14)
if(LABDESK_CLANGXX)
    set(_ci_fuzz_sources
        ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_ci.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/diagnostic.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/document.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/editor.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/model.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/patch.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/simulation.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/validator.cpp
        ${PROJECT_SOURCE_DIR}/src/core/ci/value.cpp)
    file(GLOB _ci_fuzz_headers ${PROJECT_SOURCE_DIR}/src/core/ci/*.h)
    set(_ci_fuzz_bin ${CMAKE_CURRENT_BINARY_DIR}/fuzz/fuzz_ci)
    file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
    add_custom_command(
        OUTPUT ${_ci_fuzz_bin}
        COMMAND ${LABDESK_CLANGXX} -std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
                -I${PROJECT_SOURCE_DIR}/src
                "-I$<JOIN:$<TARGET_PROPERTY:Qt6::Core,INTERFACE_INCLUDE_DIRECTORIES>,;-I>"
                ${_ci_fuzz_sources} -o ${_ci_fuzz_bin}
                $<TARGET_LINKER_FILE:Qt6::Core> -lyaml
        DEPENDS ${_ci_fuzz_sources} ${_ci_fuzz_headers}
        COMMAND_EXPAND_LISTS
        COMMENT "Building the CI fuzzer with clang")
    # Not in ALL: the sanitized build is slow, so the fuzz test builds it when it runs
    # (sh -c: $0 is cmake, $1 the build dir, the rest the fuzzer command line).
    add_custom_target(fuzz_ci DEPENDS ${_ci_fuzz_bin})
    set(_ci_fuzz_corpus ${CMAKE_CURRENT_BINARY_DIR}/fuzz_ci_corpus)
    add_test(NAME fuzz_ci
             COMMAND sh -c "\"$0\" --build \"$1\" --target fuzz_ci >/dev/null && shift 1 && exec \"$@\""
                     ${CMAKE_COMMAND} ${PROJECT_BINARY_DIR}
                     ${_ci_fuzz_bin} -max_total_time=60 -timeout=10 -rss_limit_mb=2048
                     ${_ci_fuzz_corpus} ${PROJECT_SOURCE_DIR}/tests/data/ci/roundtrip
                     ${PROJECT_SOURCE_DIR}/tests/data/ci/lint)
    set_tests_properties(fuzz_ci PROPERTIES LABELS "fuzz;slow" TIMEOUT 1800)
    file(MAKE_DIRECTORY ${_ci_fuzz_corpus})
endif()
