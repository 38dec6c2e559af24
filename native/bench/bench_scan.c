/* bench_scan.c - see include/umws/umws_bench.h. */
#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"
