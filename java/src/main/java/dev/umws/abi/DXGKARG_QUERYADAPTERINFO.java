package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_QUERYADAPTERINFO {
 *     DXGK_QUERYADAPTERINFOTYPE  Type;          // DXGKQAITYPE_*, a 4-byte enum
 *     VOID                      *pInputData;
 *     UINT                       InputDataSize; // bytes
 *     VOID                      *pOutputData;
 *     UINT                       OutputDataSize;// bytes
 *     DXGK_QUERYADAPTERINFOFLAGS Flags;
 *     HANDLE                     hKmdProcessHandle;
 * } DXGKARG_QUERYADAPTERINFO;                  // 48 bytes, align 8
 * }
 */
public final class DXGKARG_QUERYADAPTERINFO {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_QUERYADAPTERINFO",
                JAVA_INT.withName("Type"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pInputData"),
                JAVA_INT.withName("InputDataSize"),
                Layouts.pad("Padding1", 4),
                ADDRESS.withName("pOutputData"),
                JAVA_INT.withName("OutputDataSize"),
                DXGK_QUERYADAPTERINFOFLAGS.layout(g).withName("Flags"),
                ADDRESS.withName("hKmdProcessHandle"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_QUERYADAPTERINFO() {
    }

    /** The layout in the selected generation. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    /** Size in bytes. */
    public static long sizeof() {
        return $LAYOUT.byteSize();
    }

    /** A zeroed instance from {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate($LAYOUT);
    }

    /** Byte offset of {@code Type}. */
    public static final long Type$OFFSET = Layouts.offsetOf($LAYOUT, "Type");

    /** Getter for {@code DXGK_QUERYADAPTERINFOTYPE Type}. */
    public static int Type(MemorySegment struct) {
        return struct.get(JAVA_INT, Type$OFFSET);
    }

    /** Setter for {@code DXGK_QUERYADAPTERINFOTYPE Type}. */
    public static void Type(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Type$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pInputData}. */
    public static final long pInputData$OFFSET = Layouts.offsetOf($LAYOUT, "pInputData");

    /** Getter for {@code VOID * pInputData}. */
    public static MemorySegment pInputData(MemorySegment struct) {
        return struct.get(ADDRESS, pInputData$OFFSET);
    }

    /** Setter for {@code VOID * pInputData}. */
    public static void pInputData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pInputData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code InputDataSize}. */
    public static final long InputDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "InputDataSize");

    /** Getter for {@code UINT InputDataSize}. */
    public static int InputDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, InputDataSize$OFFSET);
    }

    /** Setter for {@code UINT InputDataSize}. */
    public static void InputDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, InputDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pOutputData}. */
    public static final long pOutputData$OFFSET = Layouts.offsetOf($LAYOUT, "pOutputData");

    /** Getter for {@code VOID * pOutputData}. */
    public static MemorySegment pOutputData(MemorySegment struct) {
        return struct.get(ADDRESS, pOutputData$OFFSET);
    }

    /** Setter for {@code VOID * pOutputData}. */
    public static void pOutputData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pOutputData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code OutputDataSize}. */
    public static final long OutputDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "OutputDataSize");

    /** Getter for {@code UINT OutputDataSize}. */
    public static int OutputDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, OutputDataSize$OFFSET);
    }

    /** Setter for {@code UINT OutputDataSize}. */
    public static void OutputDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, OutputDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_QUERYADAPTERINFOFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_QUERYADAPTERINFOFLAGS.sizeof());
    }

    /** Byte offset of {@code hKmdProcessHandle}. */
    public static final long hKmdProcessHandle$OFFSET = Layouts.offsetOf($LAYOUT, "hKmdProcessHandle");

    /** Getter for {@code HANDLE hKmdProcessHandle}. */
    public static MemorySegment hKmdProcessHandle(MemorySegment struct) {
        return struct.get(ADDRESS, hKmdProcessHandle$OFFSET);
    }

    /** Setter for {@code HANDLE hKmdProcessHandle}. */
    public static void hKmdProcessHandle(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hKmdProcessHandle$OFFSET, fieldValue);
    }
}
