package dev.umws.kmd;

import dev.umws.abi.DRIVER_INITIALIZATION_DATA;
import dev.umws.abi.DXGKARG_CREATEALLOCATION;
import dev.umws.abi.DXGKARG_CREATECONTEXT;
import dev.umws.abi.DXGKARG_CREATEDEVICE;
import dev.umws.abi.DXGKARG_CREATEPROCESS;
import dev.umws.abi.DXGKARG_DESTROYALLOCATION;
import dev.umws.abi.DXGKARG_GETNODEMETADATA;
import dev.umws.abi.DXGKARG_QUERYADAPTERINFO;
import dev.umws.abi.DXGKARG_RESETENGINE;
import dev.umws.abi.DXGKARG_RESUMECONTEXT;
import dev.umws.abi.DXGKARG_SUSPENDCONTEXT;
import dev.umws.abi.DXGKRNL_INTERFACE;
import dev.umws.abi.DXGK_ALLOCATIONINFO;
import dev.umws.abi.DXGK_NODEMETADATA;
import dev.umws.abi.DXGK_START_INFO;
import dev.umws.abi.Generation;
import dev.umws.abi.Layouts;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.nativelib.NativeCalls;
import dev.umws.nativelib.NativeFrames;
import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * A KMD written in C, loaded as on Windows: its shared library exports {@code DriverEntry}, which
 * calls the shim's {@code DxgkInitialize} with its DRIVER_INITIALIZATION_DATA; every DDI is then a
 * downcall through that table with the real DXGKARG_* structures, and the DXGKRNL_INTERFACE it
 * gets in DxgkDdiStartDevice carries upcalls into the emulated OS
 * ({@code include/umws/umws_kmd.h} says what it gets besides). The GPU's interrupt thread calls its
 * DxgkDdiInterruptRoutine directly.
 *
 * <p>A fault in the driver's code cannot be caught inside the process. Every call into the driver
 * runs in a Java frame named after the DDI ({@link NativeFrames}), so that the JVM's crash report
 * names the driver's library and function in its native frame and, above it, the DDI that was
 * running; with {@code -Dumws.native.calls=log} ({@link NativeCalls}) the last line on stderr
 * names it too. Close it after the OS that used it.
 */
public final class NativeKmd implements Kmd, AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();
    /** The registry path DriverEntry is given, as Windows gives a display driver its service key. */
    private static final String REGISTRY_PATH = "\\Registry\\Machine\\System\\CurrentControlSet\\Services\\umws";

    /** The driver object's registry path, for the life of this object. */
    private final Arena driverArena = Arena.ofShared();
    /**
     * What one start of the adapter hands the driver: the DXGKRNL_INTERFACE and the upcalls in it
     * (they run on the interrupt, DPC and thunk threads). Closed at DxgkDdiStopDevice, once the
     * driver has removed the device and holds none of them any more.
     */
    private Arena arena;
    private final Path library;
    private final SymbolLookup lookup;
    private final MemorySegment driverObject;
    private final MemorySegment table;
    private final Map<String, MethodHandle> ddis = new HashMap<>();
    private final Map<Long, Deque<MemorySegment>> dxgkProcesses = new HashMap<>(); // by hKmdProcess
    /** The OS's adapter handle (DXGKRNL_INTERFACE.DeviceHandle): what the driver's callbacks name. */
    private volatile MemorySegment adapter = MemorySegment.NULL;
    /** What DxgkDdiAddDevice returned: the hAdapter of every adapter-wide DDI, as on Windows. */
    private volatile MemorySegment miniportContext = MemorySegment.NULL;
    private volatile DxgkrnlInterface os;
    private boolean nativeIsr;

    private NativeKmd(Path library, SymbolLookup lookup) {
        this.library = library;
        this.lookup = lookup;
        MemorySegment entry = lookup.find("DriverEntry").orElseThrow(
                () -> new IllegalArgumentException(library + " exports no DriverEntry"));
        this.driverObject = Host.call(Host.DRIVER_OBJECT_NEW);
        MemorySegment path = unicodeString(REGISTRY_PATH);
        int s;
        try {
            s = (int) framed("DriverEntry", LINKER.downcallHandle(entry, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)))
                    .invokeExact(driverObject, path);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (s != STATUS_SUCCESS) {
            Host.free(Host.DRIVER_OBJECT_FREE, driverObject);
            driverArena.close();
            throw new IllegalStateException(library + ": DriverEntry returned " + dev.umws.abi.ntstatus_h.name(s));
        }
        MemorySegment t = Host.call(Host.DRIVER_TABLE, driverObject);
        if (t.address() == 0) {
            Host.free(Host.DRIVER_OBJECT_FREE, driverObject);
            driverArena.close();
            throw new IllegalStateException(library + ": DriverEntry returned success without calling DxgkInitialize");
        }
        this.table = t.reinterpret(DRIVER_INITIALIZATION_DATA.sizeof());
        bind();
    }

    /**
     * Loads the KMD library at {@code library} and runs its DriverEntry. The shim is loaded first,
     * so that the library's dependency on it is the loaded shim (a library built against
     * {@code include/umws} and linked with the shim, as {@code native/kmd} is). Each call runs
     * DriverEntry again, with a driver object of its own; the library itself stays loaded.
     *
     * @throws IllegalArgumentException when the library cannot be loaded or exports no DriverEntry
     * @throws IllegalStateException when DriverEntry fails or registers no table
     */
    public static NativeKmd load(Path library) {
        NativeLibrary.lookup();
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot load the KMD library " + library + ": " + e.getMessage(), e);
        }
        return new NativeKmd(library, lookup);
    }

    /** The reference KMD's library name ({@code native/kmd}), installed next to the shim. */
    public static final String REFERENCE_LIBRARY = "umws_kmd_reference";

    /**
     * The reference KMD in C ({@code native/kmd}, library {@value #REFERENCE_LIBRARY}), found next
     * to the shim the way {@link NativeLibrary#companion} finds it, loaded and its DriverEntry run.
     *
     * @throws IllegalStateException when the library was not built for this platform and header
     *         generation
     */
    public static NativeKmd reference() {
        return load(companion(REFERENCE_LIBRARY));
    }

    /** A KMD library built with the shim ({@code native/kmd}'s), or a clear error when it was not built. */
    public static Path companion(String name) {
        return NativeLibrary.companion(name).orElseThrow(() -> new IllegalStateException("the native KMD library '"
                + name + "' is not next to the shim " + NativeLibrary.path() + " (nor on the class path): build it with "
                + "'mvn -B package' (CMake target " + name + "), or load another driver with NativeKmd.load(path)"));
    }

    /** The library this driver came from. */
    public Path library() {
        return library;
    }

    /** An export of the driver's library besides DriverEntry (a testbed-only knob), or empty. */
    public java.util.Optional<MemorySegment> find(String symbol) {
        return lookup.find(symbol);
    }

    private MemorySegment unicodeString(String s) {
        byte[] utf16 = s.getBytes(StandardCharsets.UTF_16LE);
        MemorySegment buffer = driverArena.allocate(utf16.length + 2L, 2);
        MemorySegment.copy(MemorySegment.ofArray(utf16), 0, buffer, 0, utf16.length);
        MemorySegment u = driverArena.allocate(16, 8); // UNICODE_STRING: Length, MaximumLength, Buffer (bytes)
        u.set(java.lang.foreign.ValueLayout.JAVA_SHORT, 0, (short) utf16.length);
        u.set(java.lang.foreign.ValueLayout.JAVA_SHORT, 2, (short) (utf16.length + 2));
        u.set(ADDRESS, 8, buffer);
        return u;
    }

    // ---- The table ------------------------------------------------------------------------

    /** The DDI's entry, or NULL when the driver left it out or the generation's table has no such member. */
    private MemorySegment entry(String ddi) {
        long offset = Layouts.offsetOf(DRIVER_INITIALIZATION_DATA.layout(), ddi);
        return offset < 0 ? MemorySegment.NULL : table.get(ADDRESS, offset);
    }

    private void bind() {
        FunctionDescriptor args1 = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        FunctionDescriptor args2 = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
        handle("DxgkDdiAddDevice", args2);
        handle("DxgkDdiStartDevice", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        handle("DxgkDdiStopDevice", args1);
        handle("DxgkDdiRemoveDevice", args1);
        handle("DxgkDdiInterruptRoutine", FunctionDescriptor.of(JAVA_BYTE, ADDRESS, JAVA_INT));
        handle("DxgkDdiDpcRoutine", FunctionDescriptor.ofVoid(ADDRESS));
        handle("DxgkDdiQueryAdapterInfo", args2);
        handle("DxgkDdiGetNodeMetadata", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        handle("DxgkDdiCreateProcess", args2);
        handle("DxgkDdiDestroyProcess", args2);
        handle("DxgkDdiCreateDevice", args2);
        handle("DxgkDdiDestroyDevice", args1);
        handle("DxgkDdiCreateAllocation", args2);
        handle("DxgkDdiDestroyAllocation", args2);
        handle("DxgkDdiCreateContext", args2);
        handle("DxgkDdiDestroyContext", args1);
        handle("DxgkDdiCreateHwQueue", args2);
        handle("DxgkDdiDestroyHwQueue", args1);
        handle("DxgkDdiSuspendContext", args2);
        handle("DxgkDdiResumeContext", args2);
        handle("DxgkDdiResetEngine", args2);
        for (String ddi : UMS_DDIS) {
            handle(ddi, args1);
        }
    }

    private void handle(String ddi, FunctionDescriptor descriptor) {
        MemorySegment e = entry(ddi);
        if (e.address() != 0) {
            ddis.put(ddi, framed(ddi, LINKER.downcallHandle(e, descriptor)));
        }
    }

    /** The downcall inside the Java frame named after its DDI ({@link NativeFrames}); the same type. */
    private static MethodHandle framed(String ddi, MethodHandle downcall) {
        MethodType frame = downcall.type().insertParameterTypes(0, MethodHandle.class);
        try {
            return MethodHandles.insertArguments(MethodHandles.publicLookup().findStatic(NativeFrames.class, ddi, frame),
                    0, downcall);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NativeFrames has no frame " + ddi + frame, e);
        }
    }

    /**
     * Whether the driver's table has an entry for {@code ddi}. A DDI the selected generation's
     * table has no member for (DxgkDdiFlushHwQueue in G2 and G3, whose slot is Reserved4) counts as
     * provided: no driver of that generation can fill it, so the OS cannot ask it of one; calling
     * it answers STATUS_SUCCESS with nothing done.
     */
    @Override
    public boolean provides(String ddi) {
        return ddis.containsKey(ddi) || (!inTable(ddi, Generation.SELECTED) && java.util.Arrays.stream(Generation.values())
                .anyMatch(g -> inTable(ddi, g)));
    }

    private static boolean inTable(String ddi, Generation g) {
        return Layouts.offsetOf(DRIVER_INITIALIZATION_DATA.layout(g), ddi) >= 0;
    }

    /** Calls a DDI of (pointer) or (handle, pointer) shape; STATUS_NOT_IMPLEMENTED when the table has none. */
    private int call(String ddi, MemorySegment a) {
        MethodHandle h = ddis.get(ddi);
        if (h == null) {
            return STATUS_NOT_IMPLEMENTED;
        }
        try {
            return (int) h.invokeExact(a);
        } catch (Throwable t) {
            throw new IllegalStateException(ddi, t);
        }
    }

    private int call(String ddi, MemorySegment a, MemorySegment b) {
        MethodHandle h = ddis.get(ddi);
        if (h == null) {
            return STATUS_NOT_IMPLEMENTED;
        }
        try {
            return (int) h.invokeExact(a, b);
        } catch (Throwable t) {
            throw new IllegalStateException(ddi, t);
        }
    }

    private static MemorySegment ptr(long handle) {
        return MemorySegment.ofAddress(handle);
    }

    // ---- Adapter ---------------------------------------------------------------------------

    /**
     * DxgkDdiAddDevice, then DxgkDdiStartDevice with a DXGKRNL_INTERFACE of upcalls into the OS.
     * A failure of either leaves nothing behind: the adapter handle and the upcalls go again.
     */
    @Override
    public int DxgkDdiStartDevice(DxgkrnlInterface dxgkrnl) {
        if (arena != null) {
            throw new IllegalStateException("the adapter is started already: stop it first");
        }
        this.os = dxgkrnl;
        MemorySegment a = Host.call(Host.ADAPTER_NEW, ptr(dxgkrnl.gpu().nativeAddress()));
        if (a.address() == 0) {
            return dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
        }
        adapter = a;
        arena = Arena.ofShared();
        int s = addAndStart();
        if (s != STATUS_SUCCESS) {
            if (miniportContext.address() != 0) {
                call("DxgkDdiRemoveDevice", miniportContext);
            }
            release();
        }
        return s;
    }

    private int addAndStart() {
        MemorySegment notify = upcall("notifyInterrupt", MethodType.methodType(void.class, MemorySegment.class, MemorySegment.class),
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        MemorySegment queueDpc = upcall("queueDpc", MethodType.methodType(byte.class, MemorySegment.class),
                FunctionDescriptor.of(JAVA_BYTE, ADDRESS));
        Host.run(Host.ADAPTER_CALLBACKS, adapter, notify, queueDpc);
        MemorySegment iface = DXGKRNL_INTERFACE.allocate(arena);
        DXGKRNL_INTERFACE.Size(iface, (int) DXGKRNL_INTERFACE.sizeof());
        DXGKRNL_INTERFACE.Version(iface, d3dukmdt_h.DXGKDDI_INTERFACE_VERSION(Generation.SELECTED));
        DXGKRNL_INTERFACE.DeviceHandle(iface, adapter);
        // the ISR's two go through the shim, which counts the calls an ISR makes
        DXGKRNL_INTERFACE.DxgkCbNotifyInterrupt(iface, Host.symbol("umws_kmd_cb_notify_interrupt"));
        DXGKRNL_INTERFACE.DxgkCbQueueDpc(iface, Host.symbol("umws_kmd_cb_queue_dpc"));
        DXGKRNL_INTERFACE.DxgkCbNotifyDpc(iface, upcall("notifyDpc",
                MethodType.methodType(void.class, MemorySegment.class), FunctionDescriptor.ofVoid(ADDRESS)));
        DXGKRNL_INTERFACE.DxgkCbDisconnectDoorbell(iface, upcall("disconnectDoorbell",
                MethodType.methodType(int.class, MemorySegment.class), FunctionDescriptor.of(JAVA_INT, ADDRESS)));
        MemorySegment context = arena.allocate(ADDRESS);
        if (provides("DxgkDdiAddDevice")) {
            MemorySegment pdo = arena.allocate(64, 8); // a physical device object the driver only keeps
            int s = call("DxgkDdiAddDevice", pdo, context);
            if (s != STATUS_SUCCESS) {
                return s;
            }
        }
        miniportContext = context.get(ADDRESS, 0);
        MemorySegment start = DXGK_START_INFO.allocate(arena);
        MemorySegment sources = arena.allocate(JAVA_INT);
        MemorySegment children = arena.allocate(JAVA_INT);
        MethodHandle h = ddis.get("DxgkDdiStartDevice");
        if (h == null) {
            return STATUS_NOT_IMPLEMENTED;
        }
        try {
            return (int) h.invokeExact(miniportContext, start, iface, sources, children);
        } catch (Throwable t) {
            throw new IllegalStateException("DxgkDdiStartDevice", t);
        }
    }

    /** The end of one start: the OS's handles for the driver, and the upcalls it was handed. */
    private void release() {
        synchronized (dxgkProcesses) {
            dxgkProcesses.values().forEach(q -> q.forEach(p -> Host.free(Host.PROCESS_FREE, p)));
            dxgkProcesses.clear();
        }
        Host.free(Host.ADAPTER_FREE, adapter);
        adapter = MemorySegment.NULL;
        miniportContext = MemorySegment.NULL;
        arena.close(); // no native code holds an upcall of this start any more
        arena = null;
    }

    private MemorySegment upcall(String method, MethodType type, FunctionDescriptor descriptor) {
        try {
            MethodHandle target = MethodHandles.lookup().findVirtual(NativeKmd.class, method, type).bindTo(this);
            return LINKER.upcallStub(target, descriptor, arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // Upcalls: an exception escaping one ends the JVM, so none may. The OS's callbacks answer
    // errors rather than throw; should one throw all the same (a testbed bug), it is printed and
    // the driver gets an error, which it must be able to take from Windows too.

    private void notifyInterrupt(MemorySegment hAdapter, MemorySegment pData) {
        try {
            os.DxgkCbNotifyInterrupt(pData);
        } catch (RuntimeException e) {
            upcallFailed("DxgkCbNotifyInterrupt", e);
        }
    }

    private byte queueDpc(MemorySegment hAdapter) {
        try {
            return (byte) (os.DxgkCbQueueDpc() ? 1 : 0);
        } catch (RuntimeException e) {
            upcallFailed("DxgkCbQueueDpc", e);
            return 0;
        }
    }

    private void notifyDpc(MemorySegment hAdapter) {
        try {
            os.DxgkCbNotifyDpc();
        } catch (RuntimeException e) {
            upcallFailed("DxgkCbNotifyDpc", e);
        }
    }

    private int disconnectDoorbell(MemorySegment pArgs) {
        try {
            return os.DxgkCbDisconnectDoorbell(pArgs);
        } catch (RuntimeException e) {
            upcallFailed("DxgkCbDisconnectDoorbell", e);
            return dev.umws.abi.ntstatus_h.STATUS_UNSUCCESSFUL;
        }
    }

    private void afterIsr(IntConsumer afterIsr, int callbacks) {
        try {
            afterIsr.accept(callbacks);
        } catch (RuntimeException e) {
            upcallFailed("the OS's check after the ISR", e);
        }
    }

    private static void upcallFailed(String callback, RuntimeException e) {
        System.err.println("umws: " + callback + " threw inside an upcall from the native KMD: " + e);
        e.printStackTrace();
    }

    @Override
    public boolean connectNativeInterrupt(int messageNumber, IntConsumer afterIsr) {
        MemorySegment isr = entry("DxgkDdiInterruptRoutine");
        if (isr.address() == 0) {
            return false;
        }
        MethodHandle after;
        try {
            after = MethodHandles.lookup().findVirtual(NativeKmd.class, "afterIsr",
                    MethodType.methodType(void.class, IntConsumer.class, int.class)).bindTo(this).bindTo(afterIsr);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        MemorySegment stub = LINKER.upcallStub(after, FunctionDescriptor.ofVoid(JAVA_INT), arena);
        if (NativeCalls.LOG) {
            Host.run(Host.LOG_CALLS_ON); // the interrupt thread calls this ISR without Java: the shim logs it
        }
        int rc = Host.connectInterrupt(adapter, isr, miniportContext, messageNumber, stub);
        nativeIsr = rc == 0;
        return nativeIsr;
    }

    @Override
    public boolean DxgkDdiInterruptRoutine(int messageNumber) {
        MethodHandle h = ddis.get("DxgkDdiInterruptRoutine");
        if (h == null) {
            return false;
        }
        try {
            return (byte) h.invokeExact(miniportContext, messageNumber) != 0;
        } catch (Throwable t) {
            throw new IllegalStateException("DxgkDdiInterruptRoutine", t);
        }
    }

    @Override
    public void DxgkDdiDpcRoutine() {
        MethodHandle h = ddis.get("DxgkDdiDpcRoutine");
        if (h != null) {
            try {
                h.invokeExact(miniportContext);
            } catch (Throwable t) {
                throw new IllegalStateException("DxgkDdiDpcRoutine", t);
            }
        }
    }

    /**
     * DxgkDdiStopDevice, then DxgkDdiRemoveDevice; then the OS's handles for the driver and the
     * upcalls of this start go. The OS calls it when no ISR, DPC or DDI runs any more.
     */
    @Override
    public void DxgkDdiStopDevice() {
        if (arena == null) {
            return; // never started, or stopped already
        }
        if (nativeIsr) {
            Host.connectInterrupt(adapter, MemorySegment.NULL, MemorySegment.NULL, 0, MemorySegment.NULL);
            nativeIsr = false;
        }
        call("DxgkDdiStopDevice", miniportContext);
        call("DxgkDdiRemoveDevice", miniportContext);
        release();
    }

    /**
     * The OS's buffer may be any segment (a heap one from a UMD's query): the driver fills a native
     * copy, which goes back on success.
     */
    @Override
    public int DxgkDdiQueryAdapterInfo(int type, MemorySegment output) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment out = scratch.allocate(Math.max(1, output.byteSize()), 8);
            MemorySegment q = DXGKARG_QUERYADAPTERINFO.allocate(scratch);
            DXGKARG_QUERYADAPTERINFO.Type(q, type);
            DXGKARG_QUERYADAPTERINFO.pOutputData(q, out);
            DXGKARG_QUERYADAPTERINFO.OutputDataSize(q, (int) Math.min(Integer.MAX_VALUE, output.byteSize()));
            int s = call("DxgkDdiQueryAdapterInfo", miniportContext, q);
            if (s == STATUS_SUCCESS) {
                MemorySegment.copy(out, 0, output, 0, output.byteSize());
            }
            return s;
        }
    }

    @Override
    public int DxgkDdiGetNodeMetadata(int node, MemorySegment flags) {
        MethodHandle h = ddis.get("DxgkDdiGetNodeMetadata");
        if (h == null) {
            return STATUS_NOT_IMPLEMENTED;
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment md = DXGKARG_GETNODEMETADATA.allocate(scratch);
            int s = (int) h.invokeExact(miniportContext, node, md);
            MemorySegment.copy(md, DXGK_NODEMETADATA.Flags$OFFSET, flags, 0, Integer.BYTES);
            return s;
        } catch (Throwable t) {
            throw new IllegalStateException("DxgkDdiGetNodeMetadata", t);
        }
    }

    // ---- Processes, devices, allocations, contexts ---------------------------------------------

    @Override
    public int DxgkDdiCreateProcess(ProcessInfo info, long[] hKmdProcess) {
        hKmdProcess[0] = 0;
        if (!provides("DxgkDdiCreateProcess")) {
            return STATUS_SUCCESS;
        }
        MemorySegment dxgkProcess = Host.call(Host.PROCESS_NEW, ptr(info.space().nativeAddress()));
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment a = DXGKARG_CREATEPROCESS.allocate(scratch);
            DXGKARG_CREATEPROCESS.hDxgkProcess(a, dxgkProcess);
            int s = call("DxgkDdiCreateProcess", miniportContext, a);
            if (s != STATUS_SUCCESS) {
                Host.free(Host.PROCESS_FREE, dxgkProcess);
                return s;
            }
            hKmdProcess[0] = DXGKARG_CREATEPROCESS.hKmdProcess(a).address();
            synchronized (dxgkProcesses) {
                dxgkProcesses.computeIfAbsent(hKmdProcess[0], k -> new ArrayDeque<>()).add(dxgkProcess);
            }
            return STATUS_SUCCESS;
        }
    }

    @Override
    public void DxgkDdiDestroyProcess(long hKmdProcess) {
        call("DxgkDdiDestroyProcess", miniportContext, ptr(hKmdProcess));
        synchronized (dxgkProcesses) {
            Deque<MemorySegment> q = dxgkProcesses.get(hKmdProcess);
            if (q != null && !q.isEmpty()) {
                Host.free(Host.PROCESS_FREE, q.poll());
            }
        }
    }

    @Override
    public int DxgkDdiCreateDevice(DeviceInfo info, long[] hDevice) {
        hDevice[0] = 0;
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment a = DXGKARG_CREATEDEVICE.allocate(scratch);
            DXGKARG_CREATEDEVICE.hDevice(a, ptr(info.osHandle()));
            DXGKARG_CREATEDEVICE.hKmdProcess(a, ptr(info.hKmdProcess()));
            int s = provides("DxgkDdiCreateDevice") ? call("DxgkDdiCreateDevice", miniportContext, a) : STATUS_SUCCESS;
            hDevice[0] = DXGKARG_CREATEDEVICE.hDevice(a).address();
            return s;
        }
    }

    @Override
    public void DxgkDdiDestroyDevice(long hDevice) {
        call("DxgkDdiDestroyDevice", ptr(hDevice));
    }

    /**
     * The OS's allocation as the driver's DDI sees it: one DXGK_ALLOCATIONINFO with Size filled in
     * (on Windows the driver computes it from the UMD's private data, which the testbed's
     * allocations do not carry); the driver's handle is then recorded with the GPU VA, for
     * umws_kmd_allocation.
     */
    @Override
    public int DxgkDdiCreateAllocation(AllocationInfo info, long[] hAllocation) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ai = DXGK_ALLOCATIONINFO.allocate(scratch);
            DXGK_ALLOCATIONINFO.Size(ai, info.sizeInBytes());
            MemorySegment a = DXGKARG_CREATEALLOCATION.allocate(scratch);
            DXGKARG_CREATEALLOCATION.NumAllocations(a, 1);
            DXGKARG_CREATEALLOCATION.pAllocationInfo(a, ai);
            int s = call("DxgkDdiCreateAllocation", miniportContext, a);
            if (s != STATUS_SUCCESS) {
                return s;
            }
            hAllocation[0] = DXGK_ALLOCATIONINFO.hAllocation(ai).address();
            return Host.noteAllocation(adapter, hAllocation[0], info.gpuVa(), info.sizeInBytes());
        }
    }

    @Override
    public void DxgkDdiDestroyAllocation(long hAllocation) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment list = scratch.allocate(ADDRESS);
            list.set(ADDRESS, 0, ptr(hAllocation));
            MemorySegment a = DXGKARG_DESTROYALLOCATION.allocate(scratch);
            DXGKARG_DESTROYALLOCATION.NumAllocations(a, 1);
            DXGKARG_DESTROYALLOCATION.pAllocationList(a, list);
            call("DxgkDdiDestroyAllocation", miniportContext, a);
        }
        Host.noteAllocation(adapter, hAllocation, 0, 0);
    }

    @Override
    public int DxgkDdiCreateContext(ContextInfo info, long[] hContext) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment a = DXGKARG_CREATECONTEXT.allocate(scratch);
            DXGKARG_CREATECONTEXT.hContext(a, ptr(info.osHandle()));
            DXGKARG_CREATECONTEXT.NodeOrdinal(a, info.engine());
            DXGKARG_CREATECONTEXT.EngineAffinity(a, 1);
            MemorySegment pdd = info.privateData() == null ? MemorySegment.NULL : info.privateData();
            DXGKARG_CREATECONTEXT.pPrivateDriverData(a, pdd);
            DXGKARG_CREATECONTEXT.PrivateDriverDataSize(a, (int) pdd.byteSize());
            int s = call("DxgkDdiCreateContext", ptr(info.hDevice()), a);
            hContext[0] = DXGKARG_CREATECONTEXT.hContext(a).address();
            return s;
        }
    }

    @Override
    public void DxgkDdiDestroyContext(long hContext) {
        call("DxgkDdiDestroyContext", ptr(hContext));
    }

    @Override
    public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment pCreateHwQueue) {
        return call("DxgkDdiCreateHwQueue", ptr(hHwContext), pCreateHwQueue);
    }

    @Override
    public int DxgkDdiDestroyHwQueue(long hHwQueue) {
        return call("DxgkDdiDestroyHwQueue", ptr(hHwQueue));
    }

    @Override
    public int DxgkDdiCreateDoorbell(MemorySegment pArgs) {
        return call("DxgkDdiCreateDoorbell", pArgs);
    }

    @Override
    public int DxgkDdiConnectDoorbell(MemorySegment pArgs) {
        return call("DxgkDdiConnectDoorbell", pArgs);
    }

    @Override
    public int DxgkDdiDisconnectDoorbell(MemorySegment pArgs) {
        return call("DxgkDdiDisconnectDoorbell", pArgs);
    }

    @Override
    public int DxgkDdiDestroyDoorbell(MemorySegment pArgs) {
        return call("DxgkDdiDestroyDoorbell", pArgs);
    }

    @Override
    public int DxgkDdiNotifyWorkSubmission(MemorySegment pArgs) {
        return call("DxgkDdiNotifyWorkSubmission", pArgs);
    }

    /** G2 and G3 have no table member for it ({@link #provides}): there it answers STATUS_SUCCESS, doing nothing. */
    @Override
    public int DxgkDdiFlushHwQueue(MemorySegment pArgs) {
        return inTable("DxgkDdiFlushHwQueue", Generation.SELECTED) ? call("DxgkDdiFlushHwQueue", pArgs) : STATUS_SUCCESS;
    }

    @Override
    public int DxgkDdiSuspendContext(long hContext) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment a = DXGKARG_SUSPENDCONTEXT.allocate(scratch);
            DXGKARG_SUSPENDCONTEXT.hContext(a, ptr(hContext));
            return call("DxgkDdiSuspendContext", miniportContext, a);
        }
    }

    @Override
    public int DxgkDdiResumeContext(long hContext) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment a = DXGKARG_RESUMECONTEXT.allocate(scratch);
            DXGKARG_RESUMECONTEXT.hContext(a, ptr(hContext));
            return call("DxgkDdiResumeContext", miniportContext, a);
        }
    }

    @Override
    public int DxgkDdiResetEngine(int node) {
        if (node < 0) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment a = DXGKARG_RESETENGINE.allocate(scratch);
            DXGKARG_RESETENGINE.NodeOrdinal(a, node);
            return call("DxgkDdiResetEngine", miniportContext, a);
        }
    }

    /**
     * Frees the driver object. The OS that used this driver must be closed first (its close stops
     * the adapter, which frees what one start of the driver was handed, its upcalls included).
     */
    @Override
    public void close() {
        if (arena != null) {
            throw new IllegalStateException("the adapter still runs: close the OS that uses this driver first");
        }
        Host.free(Host.DRIVER_OBJECT_FREE, driverObject);
        driverArena.close();
    }

    /** The shim's side of hosting a native KMD ({@code include/umws/umws_kmd.h}). */
    private static final class Host {
        static final MethodHandle DRIVER_OBJECT_NEW = handle("umws_kmd_driver_object_new", FunctionDescriptor.of(ADDRESS));
        static final MethodHandle DRIVER_OBJECT_FREE = handle("umws_kmd_driver_object_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle DRIVER_TABLE = handle("umws_kmd_driver_table", FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle ADAPTER_NEW = handle("umws_kmd_adapter_new", FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle ADAPTER_FREE = handle("umws_kmd_adapter_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle ADAPTER_CALLBACKS = handle("umws_kmd_adapter_callbacks",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle ADAPTER_ALLOCATION = handle("umws_kmd_adapter_allocation",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, java.lang.foreign.ValueLayout.JAVA_LONG,
                        java.lang.foreign.ValueLayout.JAVA_LONG));
        static final MethodHandle PROCESS_NEW = handle("umws_kmd_process_new", FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle PROCESS_FREE = handle("umws_kmd_process_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle CONNECT_INTERRUPT = handle("umws_kmd_connect_interrupt",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        static final MethodHandle LOG_CALLS_ON = MethodHandles.insertArguments(
                handle("umws_kmd_log_calls", FunctionDescriptor.ofVoid(JAVA_INT)), 0, 1);

        static MethodHandle handle(String name, FunctionDescriptor d) {
            return LINKER.downcallHandle(symbol(name), d);
        }

        static MemorySegment symbol(String name) {
            return NativeLibrary.lookup().find(name)
                    .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
        }

        static MemorySegment call(MethodHandle h, MemorySegment... args) {
            try {
                return (MemorySegment) h.invokeWithArguments((Object[]) args);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        static void run(MethodHandle h, MemorySegment... args) {
            try {
                h.invokeWithArguments((Object[]) args);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        static void free(MethodHandle h, MemorySegment handle) {
            if (handle.address() != 0) {
                run(h, handle);
            }
        }

        static int noteAllocation(MemorySegment adapter, long hAllocation, long gpuVa, long size) {
            try {
                return (int) ADAPTER_ALLOCATION.invokeExact(adapter, ptr(hAllocation), gpuVa, size);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        static int connectInterrupt(MemorySegment adapter, MemorySegment isr, MemorySegment context, int message,
                MemorySegment after) {
            try {
                return (int) CONNECT_INTERRUPT.invokeExact(adapter, isr, context, message, after);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
