/* Options jemalloc reads when the process starts ($MALLOC_CONF still
 * overrides them). Linked only into executables (stancekb, bench_compare).
 *
 * thp:always asks the kernel for transparent huge pages on all of
 * jemalloc's memory (madvise, so it also works where the system policy is
 * "madvise"); metadata_thp:always does so for its own bookkeeping. On the
 * VMs we measured a page fault costs ~14 us, and with 4 KiB pages a bulk
 * import of 10^6 assertions took ~110,000 faults: 1.3x slower and the
 * cold `said` ~20% slower (bench/README.md). */
const char* malloc_conf = "thp:always,metadata_thp:always";
