package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_CREATECONTEXTVIRTUAL {
 *     D3DKMT_HANDLE hDevice;                      // in
 *     UINT NodeOrdinal;                           // in: node (engine type)
 *     UINT EngineAffinity;                        // in: engine within the node
 *     D3DDDI_CREATECONTEXTFLAGS Flags;            // in
 *     D3DKMT_PTR(VOID*, pPrivateDriverData);      // in
 *     UINT PrivateDriverDataSize;                 // in, bytes
 *     D3DKMT_CLIENTHINT ClientHint;               // in
 *     D3DKMT_HANDLE hContext;                     // out
 * } D3DKMT_CREATECONTEXTVIRTUAL;          // 40 bytes, align 8, the same in every generation
 * }
 */
public final class D3DKMT_CREATECONTEXTVIRTUAL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_CREATECONTEXTVIRTUAL",
                JAVA_INT.withName("hDevice"),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineAffinity"),
                D3DDDI_CREATECONTEXTFLAGS.layout().withName("Flags"),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                JAVA_INT.withName("ClientHint"),
                JAVA_INT.withName("hContext"),
                Layouts.pad("Padding0", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATECONTEXTVIRTUAL() {
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

    /** Byte offset of {@code hDevice}. */
    public static final long hDevice$OFFSET = Layouts.offsetOf($LAYOUT, "hDevice");

    /** Getter for {@code D3DKMT_HANDLE hDevice}. */
    public static int hDevice(MemorySegment struct) {
        return struct.get(JAVA_INT, hDevice$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hDevice}. */
    public static void hDevice(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hDevice$OFFSET, fieldValue);
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

    /** Slice of {@code D3DDDI_CREATECONTEXTFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DDDI_CREATECONTEXTFLAGS.sizeof());
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

    /** Byte offset of {@code ClientHint}. */
    public static final long ClientHint$OFFSET = Layouts.offsetOf($LAYOUT, "ClientHint");

    /** Getter for {@code D3DKMT_CLIENTHINT ClientHint}. */
    public static int ClientHint(MemorySegment struct) {
        return struct.get(JAVA_INT, ClientHint$OFFSET);
    }

    /** Setter for {@code D3DKMT_CLIENTHINT ClientHint}. */
    public static void ClientHint(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, ClientHint$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hContext}. */
    public static final long hContext$OFFSET = Layouts.offsetOf($LAYOUT, "hContext");

    /** Getter for {@code D3DKMT_HANDLE hContext}. */
    public static int hContext(MemorySegment struct) {
        return struct.get(JAVA_INT, hContext$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hContext}. */
    public static void hContext(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hContext$OFFSET, fieldValue);
    }
}
