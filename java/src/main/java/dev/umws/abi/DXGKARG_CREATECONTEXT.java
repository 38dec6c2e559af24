package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATECONTEXT {
 *     HANDLE                  hContext;         // in: OS handle, out: KMD handle
 *     UINT                    NodeOrdinal;
 *     UINT                    EngineAffinity;
 *     DXGK_CREATECONTEXTFLAGS Flags;
 *     VOID                   *pPrivateDriverData;
 *     UINT                    PrivateDriverDataSize;  // bytes
 *     DXGK_CONTEXTINFO        ContextInfo;      // out, at 36
 * } DXGKARG_CREATECONTEXT;                     // 72 bytes, align 8
 * }
 */
public final class DXGKARG_CREATECONTEXT {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_CREATECONTEXT",
                ADDRESS.withName("hContext"),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineAffinity"),
                DXGK_CREATECONTEXTFLAGS.layout(g).withName("Flags"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                DXGK_CONTEXTINFO.layout(g).withName("ContextInfo"),
                Layouts.pad("Padding1", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATECONTEXT() {
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

    /** Byte offset of {@code hContext}. */
    public static final long hContext$OFFSET = Layouts.offsetOf($LAYOUT, "hContext");

    /** Getter for {@code HANDLE hContext}. */
    public static MemorySegment hContext(MemorySegment struct) {
        return struct.get(ADDRESS, hContext$OFFSET);
    }

    /** Setter for {@code HANDLE hContext}. */
    public static void hContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code NodeOrdinal}. */
    public static final long NodeOrdinal$OFFSET = Layouts.offsetOf($LAYOUT, "NodeOrdinal");

    /** Getter for {@code UINT NodeOrdinal}. */
    public static int NodeOrdinal(MemorySegment struct) {
        return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
    }

    /** Setter for {@code UINT NodeOrdinal}. */
    public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
    }

    /** Byte offset of {@code EngineAffinity}. */
    public static final long EngineAffinity$OFFSET = Layouts.offsetOf($LAYOUT, "EngineAffinity");

    /** Getter for {@code UINT EngineAffinity}. */
    public static int EngineAffinity(MemorySegment struct) {
        return struct.get(JAVA_INT, EngineAffinity$OFFSET);
    }

    /** Setter for {@code UINT EngineAffinity}. */
    public static void EngineAffinity(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, EngineAffinity$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_CREATECONTEXTFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_CREATECONTEXTFLAGS.sizeof());
    }

    /** Byte offset of {@code pPrivateDriverData}. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Getter for {@code VOID * pPrivateDriverData}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
    }

    /** Setter for {@code VOID * pPrivateDriverData}. */
    public static void pPrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPrivateDriverData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PrivateDriverDataSize}. */
    public static final long PrivateDriverDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverDataSize");

    /** Getter for {@code UINT PrivateDriverDataSize}. */
    public static int PrivateDriverDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PrivateDriverDataSize$OFFSET);
    }

    /** Setter for {@code UINT PrivateDriverDataSize}. */
    public static void PrivateDriverDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PrivateDriverDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ContextInfo}. */
    public static final long ContextInfo$OFFSET = Layouts.offsetOf($LAYOUT, "ContextInfo");

    /** Slice of {@code DXGK_CONTEXTINFO ContextInfo}. */
    public static MemorySegment ContextInfo(MemorySegment struct) {
        return struct.asSlice(ContextInfo$OFFSET, DXGK_CONTEXTINFO.sizeof());
    }
}
