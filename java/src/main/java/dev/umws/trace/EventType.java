package dev.umws.trace;

/**
 * The event types of {@code include/umws/umws_trace.h} (UMWS_TRACE_*), with what Aux, Queue, Fence
 * and Arg mean for each there. The numbers are the header's; {@link #name} is how the exporter
 * draws them.
 */
public final class EventType {
    public static final int FW_NOTICE = 1;
    public static final int FW_PACKET_BEGIN = 2;
    public static final int FW_PACKET_END = 3;
    public static final int FW_FENCE_WRITTEN = 4;
    public static final int FW_FAULT = 5;
    public static final int IRQ_RAISED = 6;
    public static final int ISR_ENTER = 7;
    public static final int ISR_LEAVE = 8;
    public static final int IRQ_TAKEN = 9;
    public static final int GPU_QUEUE = 10;
    public static final int COUNTER = 11;
    public static final int UMD_RING = 12;
    public static final int UMD_DOORBELL = 13;
    public static final int UMD_STATUS = 14;
    public static final int CALL_ENTER = 15;
    public static final int CALL_LEAVE = 16;
    public static final int DPC_QUEUED = 17;
    public static final int DPC_BEGIN = 18;
    public static final int DPC_END = 19;
    public static final int WAITER_WOKEN = 20;
    public static final int OS_STATUS = 21;
    public static final int OS_VA_ROTATED = 22;
    public static final int OS_VICTIM = 23;
    public static final int OS_F_STATE = 24;
    public static final int OS_D_STATE = 25;
    public static final int OS_TDR = 26;

    /** UMWS_TRACE_COUNTER kinds. */
    public static final int COUNTER_BOUND_QUEUES = 1;
    public static final int COUNTER_FREE_DOORBELLS = 2;
    public static final int COUNTER_RING_FILL = 3;

    /** OS_VA_ROTATED's Arg when the VA goes to the dummy page. */
    public static final long DUMMY_PAGE = 0xFFFF_FFFFL;

    private static final String[] NAMES = {null, "doorbell noticed", "packet", "packet end", "fence written",
        "fault", "interrupt raised", "ISR", "ISR end", "irq taken", "gpu queue", "counter", "ring", "doorbell",
        "status read", "call", "call end", "DPC queued", "DPC", "DPC end", "waiter woken", "status written",
        "VA rotated", "victimization", "F-state", "D-state", "TDR"};

    private EventType() {
    }

    /** The name an instant or slice of this type gets in the exported trace. */
    public static String name(int type) {
        return type > 0 && type < NAMES.length ? NAMES[type] : "event " + type;
    }
}
