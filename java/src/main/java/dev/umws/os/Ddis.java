package dev.umws.os;

import java.util.function.IntSupplier;

import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The OS's wrappers around the doorbell DDIs: they call the KMD and look at what it returned, as
 * the Windows kernel's wrappers do. Windows takes STATUS_SUCCESS, STATUS_NOT_IMPLEMENTED and (from
 * create and connect) STATUS_NO_MEMORY without complaint and logs anything else as an invalid
 * NTSTATUS, then passes it on anyway; here that log is rule 13. The documentation also says that
 * disconnect, destroy and notify must succeed (rule 4).
 */
final class Ddis {
    /** What the wrapper expects of a DDI. */
    enum Kind {
        /** Create, Connect: may fail with STATUS_NO_MEMORY. */
        MAY_FAIL,
        /** Disconnect, Destroy, NotifyWorkSubmission: must succeed (rule 4). */
        MUST_SUCCEED
    }

    /** Counts DDI entries and exits: equal readings mean no DDI began or ended in between. */
    private static final java.util.concurrent.atomic.AtomicLong EPOCH = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicInteger IN_FLIGHT = new java.util.concurrent.atomic.AtomicInteger();

    private Ddis() {
    }

    /**
     * The DDI epoch when no DDI is running, else -1. A DDI run from here that finds the epoch moved
     * by exactly its own entry and exit ran alone: what changed in the GPU meanwhile is its doing.
     */
    static long quietEpoch() {
        long e = EPOCH.get();
        return IN_FLIGHT.get() == 0 && EPOCH.get() == e ? e : -1;
    }

    static long epoch() {
        return EPOCH.get();
    }

    /**
     * Calls a DDI as the watchdog's operation {@code ddi} and looks at its status; {@code kind} null
     * for DDIs whose codes Windows does not vet (the hardware-queue ones).
     */
    static int call(Dxgkrnl os, String ddi, String object, Kind kind, IntSupplier call) {
        int s;
        Watchdog.Op op = Watchdog.enter(os, ddi);
        IN_FLIGHT.incrementAndGet();
        EPOCH.incrementAndGet();
        int traced = 0;
        if (dev.umws.trace.Trace.ON) {
            traced = dev.umws.trace.Names.id(ddi);
            dev.umws.trace.Trace.enter(traced, 0, 0);
        }
        s = 0xC0000001; // what a traced leave shows if the DDI threw (STATUS_UNSUCCESSFUL)
        try {
            s = call.getAsInt();
        } finally {
            if (traced != 0) {
                dev.umws.trace.Trace.leave(traced, 0, s);
            }
            EPOCH.incrementAndGet();
            IN_FLIGHT.decrementAndGet();
            Watchdog.exit(op);
        }
        if (kind == null) {
            return s;
        }
        boolean accepted = s == STATUS_SUCCESS || s == STATUS_NOT_IMPLEMENTED
                || (kind == Kind.MAY_FAIL && s == STATUS_NO_MEMORY);
        if (!accepted) {
            os.violations.report(Rule.R13_DDI_STATUS_CODES, object, ddi,
                    "returned " + dev.umws.abi.ntstatus_h.name(s) + ", which Windows logs as an invalid NTSTATUS");
        }
        if (kind == Kind.MUST_SUCCEED && s != STATUS_SUCCESS) {
            os.violations.report(Rule.R4_MUST_SUCCEED, object, ddi, "returned " + dev.umws.abi.ntstatus_h.name(s));
        }
        return s;
    }
}
