package dev.umws.nativelib;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The Java frames native driver code runs in: one method per DDI of a native KMD, named after it,
 * and one for a native UMD's entry points. A fault inside a driver cannot be caught in the JVM;
 * its crash report (hs_err) lists the Java frames above the native one, and this frame then names
 * the DDI that was running, as a stack trace of the Java KMD does.
 *
 * <p>The JIT must not inline these methods into their callers: an inlined frame is not in the
 * report (HotSpot prints one line per compiled frame, named after its outermost method, so a
 * compiled path shows {@code NativeKmd.call}, which names no DDI). The testbed's launchers
 * ({@code ./umws}, the Maven tests) run the JVM with {@value #DONT_INLINE} (and
 * {@code -XX:CompileCommand=quiet}, which keeps HotSpot from echoing it on stdout); a JUnit run of
 * another build passes the same. Without it a DDI shows only until its caller is compiled (C1
 * inlines these small methods as C2 does, after a few hundred calls); the call log
 * ({@link NativeCalls}) names it either way.
 *
 * <p>Each method takes the downcall handle of the driver's function and its arguments, writes the
 * call log's lines (when that is on), and returns what the driver returned.
 */
public final class NativeFrames {
    /** The JVM option that keeps these frames in a crash report once the JIT has compiled their callers. */
    public static final String DONT_INLINE = "-XX:CompileCommand=dontinline,dev.umws.nativelib.NativeFrames::*";

    private NativeFrames() {
    }

    // (handle, pointer) and (pointer, pointer): DriverEntry and most adapter, process and object DDIs

    public static int DriverEntry(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DriverEntry");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DriverEntry");
        return r;
    }

    public static int DxgkDdiAddDevice(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiAddDevice");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiAddDevice");
        return r;
    }

    public static int DxgkDdiQueryAdapterInfo(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiQueryAdapterInfo");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiQueryAdapterInfo");
        return r;
    }

    public static int DxgkDdiCreateProcess(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiCreateProcess");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiCreateProcess");
        return r;
    }

    public static int DxgkDdiDestroyProcess(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiDestroyProcess");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiDestroyProcess");
        return r;
    }

    public static int DxgkDdiCreateDevice(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiCreateDevice");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiCreateDevice");
        return r;
    }

    public static int DxgkDdiCreateAllocation(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiCreateAllocation");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiCreateAllocation");
        return r;
    }

    public static int DxgkDdiDestroyAllocation(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiDestroyAllocation");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiDestroyAllocation");
        return r;
    }

    public static int DxgkDdiCreateContext(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiCreateContext");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiCreateContext");
        return r;
    }

    public static int DxgkDdiCreateHwQueue(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiCreateHwQueue");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiCreateHwQueue");
        return r;
    }

    public static int DxgkDdiSuspendContext(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiSuspendContext");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiSuspendContext");
        return r;
    }

    public static int DxgkDdiResumeContext(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiResumeContext");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiResumeContext");
        return r;
    }

    public static int DxgkDdiResetEngine(MethodHandle ddi, MemorySegment a, MemorySegment b) throws Throwable {
        NativeCalls.enter("DxgkDdiResetEngine");
        int r = (int) ddi.invokeExact(a, b);
        NativeCalls.leave("DxgkDdiResetEngine");
        return r;
    }

    // (pointer) or (handle): the device and UMS DDIs

    public static int DxgkDdiStopDevice(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiStopDevice");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiStopDevice");
        return r;
    }

    public static int DxgkDdiRemoveDevice(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiRemoveDevice");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiRemoveDevice");
        return r;
    }

    public static int DxgkDdiDestroyDevice(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiDestroyDevice");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiDestroyDevice");
        return r;
    }

    public static int DxgkDdiDestroyContext(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiDestroyContext");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiDestroyContext");
        return r;
    }

    public static int DxgkDdiDestroyHwQueue(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiDestroyHwQueue");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiDestroyHwQueue");
        return r;
    }

    public static int DxgkDdiCreateDoorbell(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiCreateDoorbell");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiCreateDoorbell");
        return r;
    }

    public static int DxgkDdiConnectDoorbell(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiConnectDoorbell");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiConnectDoorbell");
        return r;
    }

    public static int DxgkDdiDisconnectDoorbell(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiDisconnectDoorbell");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiDisconnectDoorbell");
        return r;
    }

    public static int DxgkDdiDestroyDoorbell(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiDestroyDoorbell");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiDestroyDoorbell");
        return r;
    }

    public static int DxgkDdiNotifyWorkSubmission(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiNotifyWorkSubmission");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiNotifyWorkSubmission");
        return r;
    }

    public static int DxgkDdiFlushHwQueue(MethodHandle ddi, MemorySegment a) throws Throwable {
        NativeCalls.enter("DxgkDdiFlushHwQueue");
        int r = (int) ddi.invokeExact(a);
        NativeCalls.leave("DxgkDdiFlushHwQueue");
        return r;
    }

    // the shapes of their own

    public static int DxgkDdiStartDevice(MethodHandle ddi, MemorySegment context, MemorySegment startInfo,
            MemorySegment dxgkrnl, MemorySegment sources, MemorySegment children) throws Throwable {
        NativeCalls.enter("DxgkDdiStartDevice");
        int r = (int) ddi.invokeExact(context, startInfo, dxgkrnl, sources, children);
        NativeCalls.leave("DxgkDdiStartDevice");
        return r;
    }

    public static int DxgkDdiGetNodeMetadata(MethodHandle ddi, MemorySegment context, int node, MemorySegment metadata)
            throws Throwable {
        NativeCalls.enter("DxgkDdiGetNodeMetadata");
        int r = (int) ddi.invokeExact(context, node, metadata);
        NativeCalls.leave("DxgkDdiGetNodeMetadata");
        return r;
    }

    public static byte DxgkDdiInterruptRoutine(MethodHandle ddi, MemorySegment context, int messageNumber)
            throws Throwable {
        NativeCalls.enter("DxgkDdiInterruptRoutine");
        byte r = (byte) ddi.invokeExact(context, messageNumber);
        NativeCalls.leave("DxgkDdiInterruptRoutine");
        return r;
    }

    public static void DxgkDdiDpcRoutine(MethodHandle ddi, MemorySegment context) throws Throwable {
        NativeCalls.enter("DxgkDdiDpcRoutine");
        ddi.invokeExact(context);
        NativeCalls.leave("DxgkDdiDpcRoutine");
    }

    /**
     * A native UMD's entry point ({@code NTSTATUS name(const ARGS *, RESULT *)}); its own name is
     * the symbol's, which the log prints and the thread running it carries.
     */
    public static int UmdEntryPoint(MethodHandle entry, String name, MemorySegment args, MemorySegment result)
            throws Throwable {
        NativeCalls.enter(name);
        int r = (int) entry.invokeExact(args, result);
        NativeCalls.leave(name);
        return r;
    }
}
