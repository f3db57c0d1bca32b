# CI document core: model build vs raw libyaml parse, edit + re-model, peak memory.
add_executable(bench_ci bench_ci.cpp)
target_link_libraries(bench_ci PRIVATE labdesk_core)
target_compile_definitions(bench_ci PRIVATE LABDESK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
labdesk_warnings(bench_ci)
add_test(NAME bench_ci COMMAND bench_ci --jobs 2000 --rounds 15)
set_tests_properties(bench_ci PROPERTIES LABELS "bench;slow" TIMEOUT 900)
