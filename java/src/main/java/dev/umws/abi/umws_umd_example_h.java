package dev.umws.abi;

/**
 * The constants of {@code include/umws/umws_umd_example.h}: the example UMD's flags and limits, and
 * which call a failure it reports came from ({@code UMWS_UMD_EXAMPLE_RESULT.FailedCall}).
 */
public final class umws_umd_example_h {
    public static final int UMWS_UMD_EXAMPLE_FLAG_GLOBAL_DOORBELL = 0x1;
    public static final int UMWS_UMD_EXAMPLE_MAX_QUEUES = 1024;
    /** Fences per ring. */
    public static final int UMWS_UMD_EXAMPLE_MAX_BATCH = 1024;
    /** {@code FailedQueue} of a failure that concerns no queue (0xFFFFFFFF as an unsigned 32-bit value). */
    public static final long UMWS_UMD_EXAMPLE_NO_QUEUE = 0xFFFF_FFFFL;

    public static final int UMWS_UMD_EXAMPLE_CALL_NONE = 0;
    public static final int UMWS_UMD_EXAMPLE_CALL_SETUP = 1;
    public static final int UMWS_UMD_EXAMPLE_CALL_OPEN_ADAPTER = 2;
    public static final int UMWS_UMD_EXAMPLE_CALL_CREATE_DEVICE = 3;
    public static final int UMWS_UMD_EXAMPLE_CALL_CREATE_CONTEXT = 4;
    public static final int UMWS_UMD_EXAMPLE_CALL_CREATE_ALLOCATION = 5;
    public static final int UMWS_UMD_EXAMPLE_CALL_MAKE_RESIDENT = 6;
    public static final int UMWS_UMD_EXAMPLE_CALL_CREATE_HWQUEUE = 7;
    public static final int UMWS_UMD_EXAMPLE_CALL_CREATE_DOORBELL = 8;
    public static final int UMWS_UMD_EXAMPLE_CALL_CREATE_HWQUEUE_FOR_UMS = 9;
    public static final int UMWS_UMD_EXAMPLE_CALL_CONNECT_DOORBELL = 10;
    public static final int UMWS_UMD_EXAMPLE_CALL_NOTIFY_WORK_SUBMISSION = 11;
    public static final int UMWS_UMD_EXAMPLE_CALL_DOORBELL_STATUS = 12;
    public static final int UMWS_UMD_EXAMPLE_CALL_WAIT = 13;
    public static final int UMWS_UMD_EXAMPLE_CALL_DESTROY_DOORBELL = 14;
    public static final int UMWS_UMD_EXAMPLE_CALL_DESTROY_HWQUEUE = 15;
    public static final int UMWS_UMD_EXAMPLE_CALL_DESTROY_ALLOCATION = 16;
    public static final int UMWS_UMD_EXAMPLE_CALL_DESTROY_CONTEXT = 17;
    public static final int UMWS_UMD_EXAMPLE_CALL_DESTROY_DEVICE = 18;
    public static final int UMWS_UMD_EXAMPLE_CALL_CLOSE_ADAPTER = 19;

    private umws_umd_example_h() {
    }

    /** The C name of a {@code FailedCall} value, for messages. */
    public static String callName(int call) {
        for (var e : Constants.of(umws_umd_example_h.class).entrySet()) {
            if (e.getKey().startsWith("UMWS_UMD_EXAMPLE_CALL_") && e.getValue() == call) {
                return e.getKey();
            }
        }
        return "call " + call;
    }
}
