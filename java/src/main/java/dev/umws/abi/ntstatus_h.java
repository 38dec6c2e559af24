package dev.umws.abi;

/**
 * The NTSTATUS values the testbed's thunks and DDIs return ({@code include/umws/ntstatus.h};
 * values from Wine's ntstatus.h, which match the SDK). NTSTATUS is a signed 32-bit LONG.
 */
public final class ntstatus_h {
    public static final int STATUS_SUCCESS = 0x00000000;
    public static final int STATUS_TIMEOUT = 0x00000102;
    public static final int STATUS_PENDING = 0x00000103;
    public static final int STATUS_UNSUCCESSFUL = 0xC0000001;
    public static final int STATUS_NOT_IMPLEMENTED = 0xC0000002;
    public static final int STATUS_ACCESS_VIOLATION = 0xC0000005;
    public static final int STATUS_INVALID_HANDLE = 0xC0000008;
    public static final int STATUS_INVALID_PARAMETER = 0xC000000D;
    public static final int STATUS_NO_MEMORY = 0xC0000017;
    public static final int STATUS_ACCESS_DENIED = 0xC0000022;
    public static final int STATUS_BUFFER_TOO_SMALL = 0xC0000023;
    public static final int STATUS_INSUFFICIENT_RESOURCES = 0xC000009A;
    public static final int STATUS_DEVICE_NOT_READY = 0xC00000A3;
    public static final int STATUS_NOT_SUPPORTED = 0xC00000BB;
    public static final int STATUS_INVALID_DEVICE_STATE = 0xC0000184;
    public static final int STATUS_POSSIBLE_DEADLOCK = 0xC0000194;
    public static final int STATUS_DEVICE_REMOVED = 0xC00002B6;

    private ntstatus_h() {
    }

    /** {@code NT_SUCCESS(Status)}: success and informational values are non-negative. */
    public static boolean NT_SUCCESS(int status) {
        return status >= 0;
    }

    /** The C name of {@code status}, or its value in hex. */
    public static String name(int status) {
        return Constants.nameOf(ntstatus_h.class, status);
    }
}
