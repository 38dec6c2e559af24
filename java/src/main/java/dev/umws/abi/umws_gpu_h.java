package dev.umws.abi;

/**
 * The constants of {@code include/umws/umws_gpu.h} and {@code umws_gpu_packets.h}: return codes,
 * placements, detection modes, queue states, opcodes and fault codes of the emulated GPU.
 */
public final class umws_gpu_h {
    public static final int UMWS_GPU_OK = 0;
    public static final int UMWS_GPU_EINVAL = -1;
    public static final int UMWS_GPU_ENOMEM = -2;
    public static final int UMWS_GPU_EBUSY = -3;
    public static final int UMWS_GPU_ENOENT = -4;
    public static final int UMWS_GPU_ESTATE = -5;
    public static final int UMWS_GPU_EPLATFORM = -6;

    public static final int UMWS_GPU_PLACEMENT_DEDICATED_PAGE = 0;
    public static final int UMWS_GPU_PLACEMENT_SHARED_PAGE = 1;
    public static final int UMWS_GPU_PLACEMENT_GLOBAL = 2;

    public static final int UMWS_GPU_DETECT_SPIN = 0;
    public static final int UMWS_GPU_DETECT_BACKOFF = 1;
    public static final int UMWS_GPU_DETECT_NOTIFY = 2;

    public static final int UMWS_GPU_QUEUE_IDLE = 0;
    public static final int UMWS_GPU_QUEUE_BOUND = 1;
    public static final int UMWS_GPU_QUEUE_FAULTED = 2;
    public static final int UMWS_GPU_QUEUE_RESET = 3;

    public static final int UMWS_GPU_MAP_WRITABLE = 0x1;
    /** Bytes: doorbell pages and doorbell VA reservations. */
    public static final int UMWS_GPU_PAGE_SIZE = 4096;
    public static final int UMWS_GPU_MAX_ENGINES = 8;
    /** Bytes. */
    public static final int UMWS_GPU_RING_CONTROL_ALIGN = 64;
    /** Bytes. */
    public static final int UMWS_GPU_RING_MIN_BYTES = 64;
    /** Bytes. */
    public static final int UMWS_GPU_RING_MAX_BYTES = 1 << 30;

    public static final int UMWS_GPU_OP_NOP = 0;
    public static final int UMWS_GPU_OP_WRITE_FENCE = 1;
    public static final int UMWS_GPU_OP_TIMESTAMP = 2;
    public static final int UMWS_GPU_OP_COPY = 3;
    public static final int UMWS_GPU_OP_FILL = 4;
    public static final int UMWS_GPU_OP_DELAY = 5;
    public static final int UMWS_GPU_OP_INTERRUPT = 6;
    public static final int UMWS_GPU_FENCE_FLAG_INTERRUPT = 0x1;

    public static final int UMWS_GPU_FAULT_NONE = 0;
    public static final int UMWS_GPU_FAULT_BAD_OPCODE = 1;
    public static final int UMWS_GPU_FAULT_BAD_LENGTH = 2;
    public static final int UMWS_GPU_FAULT_BAD_WRITE_POINTER = 3;
    public static final int UMWS_GPU_FAULT_PAGE = 4;
    public static final int UMWS_GPU_FAULT_MISALIGNED = 5;
    public static final int UMWS_GPU_FAULT_BAD_ARGUMENT = 6;

    private umws_gpu_h() {
    }

    /** The C name of a return code, for messages. */
    public static String errorName(int code) {
        return switch (code) {
            case UMWS_GPU_OK -> "UMWS_GPU_OK";
            case UMWS_GPU_EINVAL -> "UMWS_GPU_EINVAL";
            case UMWS_GPU_ENOMEM -> "UMWS_GPU_ENOMEM";
            case UMWS_GPU_EBUSY -> "UMWS_GPU_EBUSY";
            case UMWS_GPU_ENOENT -> "UMWS_GPU_ENOENT";
            case UMWS_GPU_ESTATE -> "UMWS_GPU_ESTATE";
            case UMWS_GPU_EPLATFORM -> "UMWS_GPU_EPLATFORM";
            default -> "umws_gpu error " + code;
        };
    }
}
