package dev.umws.kmd;

import dev.umws.Pins;
import dev.umws.abi.DRIVER_INITIALIZATION_DATA;
import dev.umws.abi.Generation;
import dev.umws.nativelib.NativeLibrary;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static dev.umws.abi.d3dukmdt_h.DXGKDDI_INTERFACE_VERSION;
import static dev.umws.abi.d3dukmdt_h.DXGKDDI_INTERFACE_VERSION_WDDM3_0;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shim's DxgkInitialize, called as a driver's DriverEntry calls it: what it refuses, and that
 * it keeps a copy of the table (a driver may build it on its stack, as the documentation's example
 * does).
 */
class DxgkInitializeTest {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle NEW = handle("umws_kmd_driver_object_new", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle FREE = handle("umws_kmd_driver_object_free", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle TABLE = handle("umws_kmd_driver_table", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle INITIALIZE = handle("DxgkInitialize",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(NativeLibrary.lookup().find(name).orElseThrow(), d);
    }

    private static int initialize(MemorySegment driver, MemorySegment path, MemorySegment table) throws Throwable {
        return (int) INITIALIZE.invokeExact(driver, path, table);
    }

    private static long registered(MemorySegment driver) throws Throwable {
        return ((MemorySegment) TABLE.invokeExact(driver)).address();
    }

    @Test
    @Pins("NK-1")
    void itRefusesMissingArgumentsAndVersionsItDoesNotServeAndCopiesTheTable() throws Throwable {
        int version = DXGKDDI_INTERFACE_VERSION(Generation.SELECTED);
        MemorySegment driver = (MemorySegment) NEW.invokeExact();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocate(16, 8); // a UNICODE_STRING's size on x64: only its address matters here
            MemorySegment table = DRIVER_INITIALIZATION_DATA.allocate(arena);
            MemorySegment stranger = arena.allocate(256, 8); // not a driver object the OS made
            table.set(JAVA_INT, 0, version);
            assertEquals(STATUS_INVALID_PARAMETER, initialize(MemorySegment.NULL, path, table));
            assertEquals(STATUS_INVALID_PARAMETER, initialize(stranger, path, table));
            assertEquals(STATUS_INVALID_PARAMETER, initialize(driver, MemorySegment.NULL, table));
            assertEquals(STATUS_INVALID_PARAMETER, initialize(driver, path, MemorySegment.NULL));
            for (int refused : new int[] {DXGKDDI_INTERFACE_VERSION_WDDM3_0 - 1, version + 1, 0}) {
                table.set(JAVA_INT, 0, refused);
                assertEquals(STATUS_NOT_SUPPORTED, initialize(driver, path, table), Integer.toHexString(refused));
            }
            assertEquals(0, registered(driver), "nothing was registered");
            table.set(JAVA_INT, 0, version);
            long slot = DRIVER_INITIALIZATION_DATA.layout().byteSize() - 8; // the table's last pointer
            table.set(JAVA_LONG, slot, 0x1234_5678L);
            assertEquals(STATUS_SUCCESS, initialize(driver, path, table));
            table.set(JAVA_LONG, slot, 0);
            MemorySegment copy = ((MemorySegment) TABLE.invokeExact(driver)).reinterpret(table.byteSize());
            assertEquals(version, copy.get(JAVA_INT, 0));
            assertEquals(0x1234_5678L, copy.get(JAVA_LONG, slot), "the OS keeps its own copy");
        } finally {
            FREE.invokeExact(driver);
        }
    }
}
