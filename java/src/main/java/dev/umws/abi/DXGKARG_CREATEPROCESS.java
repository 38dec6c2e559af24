package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEPROCESS {
 *     HANDLE                  hDxgkProcess;     // in
 *     HANDLE                  hKmdProcess;      // out
 *     DXGK_CREATEPROCESSFLAGS Flags;
 *     UINT                    NumPasid;
 *     ULONG                  *pPasid;
 *     HANDLE                  hKmdVmWorkerProcess;
 *     UINT                    ProcessNameLength;  // WCHARs, terminator excluded
 *     WCHAR                  *pProcessName;
 * } DXGKARG_CREATEPROCESS;                     // 56 bytes, align 8
 * }
 */
public final class DXGKARG_CREATEPROCESS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_CREATEPROCESS",
                ADDRESS.withName("hDxgkProcess"),
                ADDRESS.withName("hKmdProcess"),
                DXGK_CREATEPROCESSFLAGS.layout(g).withName("Flags"),
                JAVA_INT.withName("NumPasid"),
                ADDRESS.withName("pPasid"),
                ADDRESS.withName("hKmdVmWorkerProcess"),
                JAVA_INT.withName("ProcessNameLength"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pProcessName"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATEPROCESS() {
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

    /** Byte offset of {@code hDxgkProcess}. */
    public static final long hDxgkProcess$OFFSET = Layouts.offsetOf($LAYOUT, "hDxgkProcess");

    /** Getter for {@code HANDLE hDxgkProcess}. */
    public static MemorySegment hDxgkProcess(MemorySegment struct) {
        return struct.get(ADDRESS, hDxgkProcess$OFFSET);
    }

    /** Setter for {@code HANDLE hDxgkProcess}. */
    public static void hDxgkProcess(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hDxgkProcess$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hKmdProcess}. */
    public static final long hKmdProcess$OFFSET = Layouts.offsetOf($LAYOUT, "hKmdProcess");

    /** Getter for {@code HANDLE hKmdProcess}. */
    public static MemorySegment hKmdProcess(MemorySegment struct) {
        return struct.get(ADDRESS, hKmdProcess$OFFSET);
    }

    /** Setter for {@code HANDLE hKmdProcess}. */
    public static void hKmdProcess(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hKmdProcess$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_CREATEPROCESSFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_CREATEPROCESSFLAGS.sizeof());
    }

    /** Byte offset of {@code NumPasid}. */
    public static final long NumPasid$OFFSET = Layouts.offsetOf($LAYOUT, "NumPasid");

    /** Getter for {@code UINT NumPasid}. */
    public static int NumPasid(MemorySegment struct) {
        return struct.get(JAVA_INT, NumPasid$OFFSET);
    }

    /** Setter for {@code UINT NumPasid}. */
    public static void NumPasid(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, NumPasid$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPasid}. */
    public static final long pPasid$OFFSET = Layouts.offsetOf($LAYOUT, "pPasid");

    /** Getter for {@code ULONG * pPasid}. */
    public static MemorySegment pPasid(MemorySegment struct) {
        return struct.get(ADDRESS, pPasid$OFFSET);
    }

    /** Setter for {@code ULONG * pPasid}. */
    public static void pPasid(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPasid$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hKmdVmWorkerProcess}. */
    public static final long hKmdVmWorkerProcess$OFFSET = Layouts.offsetOf($LAYOUT, "hKmdVmWorkerProcess");

    /** Getter for {@code HANDLE hKmdVmWorkerProcess}. */
    public static MemorySegment hKmdVmWorkerProcess(MemorySegment struct) {
        return struct.get(ADDRESS, hKmdVmWorkerProcess$OFFSET);
    }

    /** Setter for {@code HANDLE hKmdVmWorkerProcess}. */
    public static void hKmdVmWorkerProcess(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hKmdVmWorkerProcess$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ProcessNameLength}. */
    public static final long ProcessNameLength$OFFSET = Layouts.offsetOf($LAYOUT, "ProcessNameLength");

    /** Getter for {@code UINT ProcessNameLength}. */
    public static int ProcessNameLength(MemorySegment struct) {
        return struct.get(JAVA_INT, ProcessNameLength$OFFSET);
    }

    /** Setter for {@code UINT ProcessNameLength}. */
    public static void ProcessNameLength(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, ProcessNameLength$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pProcessName}. */
    public static final long pProcessName$OFFSET = Layouts.offsetOf($LAYOUT, "pProcessName");

    /** Getter for {@code WCHAR * pProcessName}. */
    public static MemorySegment pProcessName(MemorySegment struct) {
        return struct.get(ADDRESS, pProcessName$OFFSET);
    }

    /** Setter for {@code WCHAR * pProcessName}. */
    public static void pProcessName(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pProcessName$OFFSET, fieldValue);
    }
}
