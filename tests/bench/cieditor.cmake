# The CI editor's responsiveness on big files: keystroke to graph (500 jobs), open to first paint
# (2,000 jobs) and graph layout (2,000 jobs). Reports figures and ratios against the bare YAML
# parse of the same text measured in the same run; asserts only that the panes agree.
# By hand: build/tests/bench/bench_cieditor   (or --generate 200 out.yml for a sample file)
labdesk_add_test(bench_cieditor LABELS bench slow LIBRARIES labdesk_ui)
