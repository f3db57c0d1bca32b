# The project list with 10,000 projects: first page to rows on screen, local filter per keystroke
# (against QSortFilterProxyModel on the same rows, measured in the same run), model memory.
labdesk_add_test(bench_projectlist LABELS bench slow LIBRARIES labdesk_ui)
