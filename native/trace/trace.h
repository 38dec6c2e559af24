/*
 * trace.h - the shim's own view of the recorder (umws_trace.h): the switch and the macro its hot
 * paths use. Internal to the shim: the switch is not exported, so a load of it is one mov from a
 * PC-relative address (no GOT), and the compiler keeps the emit call off the straight line.
 */
#ifndef UMWS_TRACE_INTERNAL_H
#define UMWS_TRACE_INTERNAL_H

#include "platform/platform.h"
#include "umws/umws_trace.h"

/* 1 while a session records. Read relaxed by every traced site (any recent value will do: a site
   that sees it late loses that event, never memory); written seq_cst by start and stop. */
extern uint32_t umws_trace_on;

/* Off: one relaxed load and one branch laid out of line; no call, no store. */
#define UMWS_TRACE(type, aux, queue, fence, arg)                                                        \
    do {                                                                                                \
        if (UMWS_UNLIKELY(umws_load_relaxed_u32(&umws_trace_on) != 0)) {                               \
            umws_trace_emit((uint16_t)(type), (uint16_t)(aux), (uint32_t)(queue), (uint64_t)(fence),   \
                            (uint64_t)(arg));                                                           \
        }                                                                                               \
    } while (0)

/* Whether tracing is on, for a site that must compute an argument first (the same one load). */
#define UMWS_TRACING() UMWS_UNLIKELY(umws_load_relaxed_u32(&umws_trace_on) != 0)

#endif /* UMWS_TRACE_INTERNAL_H */
