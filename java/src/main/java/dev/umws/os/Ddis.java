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

    private Ddis() {
    }

    static int call(Dxgkrnl os, String ddi, String object, Kind kind, IntSupplier call) {
        int s = call.getAsInt();
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
