# libgit2 clone (Git::TransferJob) against `git clone` over the sandbox's smart HTTP, alternating,
# on a generated repository of 20,000 commits and 5,000 files; also whether the GUI thread stalls.
labdesk_add_test(bench_clone LABELS bench slow)
