package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_DESTROYHWQUEUE;
import dev.umws.abi.D3DKMT_DESTROY_DOORBELL;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS;
import dev.umws.abi.D3DKMT_SUBMITCOMMANDTOHWQUEUE;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARGCB_NOTIFY_INTERRUPT_DATA;
import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.gpu.GpuConfig;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives every thunk and callback with random and boundary arguments: handles (0, random, stale,
 * another process's, another type's, good ones), sizes, flags, generation-specific fields, and
 * pointers (NULL, wild, freed, unreadable, read-only, misaligned, another process's memory, a short
 * Java segment, a closed one, a heap copy, a raw address of a good structure). After every call: an
 * NTSTATUS came back, the JVM lives, and a failed call changed nothing (handles, objects, status
 * slots, doorbell bindings). At the end: the OS itself raised no violation; only the rules a
 * misbehaving caller of the callbacks breaks appear. {@code -Dumws.fuzz.seed=<seed>} replays a run,
 * {@code -Dumws.fuzz.calls=<n>} sets its length (100,000 by default).
 */
class ThunkFuzzTest {
    private static final long CALLS = Long.getLong("umws.fuzz.calls", 100_000L);
    /** The rules a fuzzed caller of the callbacks breaks on purpose; any other is the OS's fault. */
    private static final Set<Rule> CALLERS_RULES = EnumSet.of(Rule.R5_DISCONNECT_CALLBACK, Rule.R16_CALLBACK_ARGUMENTS,
            Rule.R9A_ISR_CALLBACKS_ONLY, Rule.R9B_NOT_REENTERED, Rule.R9C_DMA_BEFORE_CRTC, Rule.R9D_DPC_BEFORE_ISR_RETURNS,
            Rule.R10_MONOTONIC_FENCE_IDS);
    private static final int UMS = D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask();

    /** What a failed call must leave as it was. */
    private record Snapshot(int handlesA, int handlesB, int queues, List<String> doorbells, int bound, int keys) {
        static Snapshot of(Fixture f) {
            List<String> bells = new ArrayList<>();
            int queues = 0;
            for (Process p : List.of(f.a, f.b)) {
                p.lock.lock();
                try {
                    for (OsObjects.Queue q : p.queues) {
                        queues++;
                        OsObjects.Doorbell d = q.doorbell;
                        if (d != null) {
                            bells.add(d.state + "/" + d.statusValue + "/" + d.status.readAcquire() + "/" + d.physical);
                        }
                    }
                } finally {
                    p.lock.unlock();
                }
            }
            return new Snapshot(f.a.handles.live(), f.b.handles.live(), queues, bells, f.os.gpu().doorbellsBound(),
                    f.os.queuesByKey.size());
        }
    }

    /**
     * An address no mapping can ever cover: the first non-canonical one or the last page a 47-bit
     * user space ends with. A freed page would not do here: the next mapping in the process may
     * reuse it, and the OS would then rightly write a thunk's outputs into the JVM's own memory.
     */
    private static MemorySegment unmapped(SplittableRandom random) {
        return MemorySegment.ofAddress(random.nextBoolean() ? 0x8000_0000_0000L : 0xFFFF_8000_0000_0000L);
    }

    /** The fuzzer's world: pools of handles and pointers, and a random source. */
    private static final class World {
        final Fixture f;
        final TestPages.Bad pages;
        final SplittableRandom random;
        final RecordingKmd kmd;
        final List<Integer> contexts = new ArrayList<>();
        final List<Integer> allocations = new ArrayList<>();
        final List<Integer> bare = new ArrayList<>();      // UMS queues without a doorbell
        final List<Integer> belled = new ArrayList<>();    // queues with a doorbell (what G1/G3 name)
        final List<Integer> doorbells = new ArrayList<>(); // G2 doorbell handles
        final List<Integer> stale = new ArrayList<>();
        final List<Integer> foreign = new ArrayList<>();
        final List<Long> queueKeys = new ArrayList<>();
        final List<Long> doorbellKeys = new ArrayList<>();
        final java.util.Map<Integer, Integer> doorbellOfQueue = new java.util.HashMap<>();
        final MemorySegment theirMemory;
        final MemorySegment closed;
        /** The caller's own good memory for private data, reused by every call (bytes; at least any size()). */
        final MemorySegment data;

        World(Fixture f, TestPages.Bad pages, SplittableRandom random, RecordingKmd kmd) {
            this.f = f;
            this.pages = pages;
            this.random = random;
            this.kmd = kmd;
            contexts.add(f.context);
            for (int i = 0; i < 6; i++) {
                allocations.add(f.allocation(true));
            }
            allocations.add(f.allocation(false));
            int[] h = new int[1];
            assertEquals(STATUS_SUCCESS, f.b.createDevice(h));
            foreign.add(h[0]);
            int theirDevice = h[0];
            assertEquals(STATUS_SUCCESS, f.b.createContext(theirDevice, 0, h));
            foreign.add(h[0]);
            assertEquals(STATUS_SUCCESS, f.b.createAllocation(theirDevice, 4096, h));
            foreign.add(h[0]);
            theirMemory = MemorySegment.ofAddress(f.b.allocationMemory(h[0]).address());
            try (Arena gone = Arena.ofConfined()) {
                closed = gone.allocate(512);
            }
            data = f.arena.allocate(4096 + 3);
        }

        /** The OS keys the KMD knows a queue and its doorbell by: what the fuzzed callback names. */
        void learnKeys(int queue) {
            OsObjects.Queue q = f.a.lookup(queue, HandleType.HW_QUEUE, OsObjects.Queue.class);
            queueKeys.add(q.kmdQueueKey);
            doorbellKeys.add(q.doorbell.key);
        }

        <T> T pick(List<T> list, T otherwise) {
            return list.isEmpty() ? otherwise : list.get(random.nextInt(list.size()));
        }

        /** A handle: usually one of {@code good}, else 0, random, stale, foreign, or of another type. */
        int handle(List<Integer> good) {
            return switch (random.nextInt(10)) {
                case 0 -> 0;
                case 1 -> random.nextInt();
                case 2 -> pick(stale, 0);
                case 3 -> pick(foreign, 0);
                case 4 -> pick(random.nextBoolean() ? allocations : contexts, 0);
                default -> pick(good, random.nextInt());
            };
        }

        int flags(int good) {
            return switch (random.nextInt(6)) {
                case 0 -> random.nextInt();
                case 1 -> good | (1 << random.nextInt(32));
                case 2 -> 0;
                default -> good;
            };
        }

        int size() {
            return switch (random.nextInt(8)) {
                case 0 -> 0;
                case 1 -> 16;
                case 2 -> 17;
                case 3 -> -1;
                case 4 -> random.nextInt(4096);
                default -> 8;
            };
        }

        /** A pointer for private data: good memory or one of the bad kinds. */
        MemorySegment dataPointer() {
            return switch (random.nextInt(9)) {
                case 0 -> MemorySegment.NULL;
                case 1 -> MemorySegment.ofAddress(0x10);
                case 2 -> unmapped(random);
                case 3 -> pages.noAccess();
                case 4 -> pages.readOnly();
                case 5 -> theirMemory;
                // a raw pointer carries no size: the memory behind it must hold any size() above, or the
                // OS would copy a neighbour of the JVM's heap in and back (as Windows would the caller's)
                case 6 -> MemorySegment.ofAddress(data.address() + 3); // misaligned, fine
                default -> MemorySegment.ofAddress(data.address());
            };
        }

        /** How the thunk is handed its good structure {@code args}: as it is, or in one of the bad ways. */
        MemorySegment argument(MemorySegment args) {
            return switch (random.nextInt(14)) {
                case 0 -> MemorySegment.NULL;
                case 1 -> MemorySegment.ofAddress(0x10 + random.nextInt(0x1000));
                case 2 -> unmapped(random);
                case 3 -> pages.noAccess();
                case 4 -> pages.readOnly();
                case 5 -> args.asSlice(0, random.nextInt((int) args.byteSize())); // a short user buffer
                case 6 -> closed;
                case 7 -> {
                    MemorySegment.copy(args, 0, theirMemory.reinterpret(4096), 0, args.byteSize());
                    yield theirMemory;
                }
                case 8 -> {
                    MemorySegment heap = MemorySegment.ofArray(new byte[(int) args.byteSize()]);
                    heap.copyFrom(args);
                    yield heap;
                }
                case 9 -> MemorySegment.ofAddress(args.address()); // a raw pointer to it
                default -> args;
            };
        }
    }

    @Test
    @Pins({"HD-1", "CP-1"})
    void everyThunkAndCallbackSurvivesRandomArgumentsAndAFailureChangesNothing() {
        long seed = Long.getLong("umws.fuzz.seed", System.nanoTime());
        System.out.println("ThunkFuzzTest seed " + seed + " (rerun with -Dumws.fuzz.seed=" + seed + ")");
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment args) {
                int s = super.DxgkDdiCreateHwQueue(hHwContext, args);
                synchronized (this) {
                    calls.clear(); // keeps the log small over 100,000 calls
                }
                return s;
            }
        };
        long start = System.nanoTime();
        long failures = 0;
        try (Fixture f = new Fixture(Fixture.CONFIG.withDoorbells(4, GpuConfig.Placement.DEDICATED_PAGE), kmd);
                TestPages.Bad pages = new TestPages.Bad()) {
            World w = new World(f, pages, new SplittableRandom(seed), kmd);
            for (long i = 0; i < CALLS; i++) {
                Snapshot before = Snapshot.of(f);
                String[] what = new String[1];
                int status = call(w, what);
                if (status != STATUS_SUCCESS) {
                    failures++;
                    Snapshot after = Snapshot.of(f);
                    assertEquals(before, after, "call " + i + " (" + what[0] + ") failed with 0x"
                            + Integer.toHexString(status) + " and changed something; seed " + seed);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("ThunkFuzzTest: %d calls (%d failed) in %.2f s, %.0f calls/s%n", CALLS, failures, seconds,
                    CALLS / seconds);
            for (var v : f.verifier.violations()) {
                assertTrue(CALLERS_RULES.contains(v.rule()), "the OS broke a rule: " + v + "; seed " + seed);
            }
            assertTrue(failures > CALLS / 4 && failures < CALLS, "both failures and successes: " + failures);
        }
    }

    /** One random call; its name goes to {@code what[0]}. */
    private static int call(World w, String[] what) {
        Fixture f = w.f;
        SplittableRandom r = w.random;
        int op = r.nextInt(w.bare.size() + w.belled.size() > 24 ? 13 : 12);
        try (Arena a = Arena.ofConfined()) {
            switch (op) {
                case 0, 1 -> {
                    what[0] = "D3DKMTCreateHwQueue";
                    MemorySegment q = D3DKMT_CREATEHWQUEUE.allocate(a);
                    D3DKMT_CREATEHWQUEUE.hHwContext(q, w.handle(w.contexts));
                    D3DDDI_CREATEHWQUEUEFLAGS.Value(D3DKMT_CREATEHWQUEUE.Flags(q), w.flags(UMS));
                    D3DKMT_CREATEHWQUEUE.pPrivateDriverData(q, w.dataPointer());
                    D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(q, w.size());
                    return created(w, q, w.argument(q), f.a::D3DKMTCreateHwQueue,
                            s -> w.bare.add(D3DKMT_CREATEHWQUEUE.hHwQueue(s)));
                }
                case 2 -> {
                    what[0] = Fixture.G3 ? "D3DKMTCreateHwQueueForUserModeSubmission" : "D3DKMTCreateDoorbell";
                    if (Fixture.G3) {
                        MemorySegment c = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.allocate(a);
                        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwContext(c, w.handle(w.contexts));
                        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(c, w.handle(w.allocations));
                        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBufferControl(c, w.handle(w.allocations));
                        D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(
                                D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(c), w.flags(0));
                        return created(w, c, w.argument(c), f.a::D3DKMTCreateHwQueueForUserModeSubmission, s -> {
                            int queue = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(s);
                            w.belled.add(queue);
                            w.learnKeys(queue);
                        });
                    }
                    MemorySegment d = D3DKMT_CREATE_DOORBELL.allocate(a);
                    int queue = w.handle(w.bare);
                    D3DKMT_CREATE_DOORBELL.hHwQueue(d, queue);
                    D3DKMT_CREATE_DOORBELL.hRingBuffer(d, w.handle(w.allocations));
                    D3DKMT_CREATE_DOORBELL.hRingBufferControl(d, w.handle(w.allocations));
                    D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(d), w.flags(0));
                    D3DKMT_CREATE_DOORBELL.PrivateDriverData(d, w.dataPointer());
                    D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(d, w.size());
                    return created(w, d, w.argument(d), f.a::D3DKMTCreateDoorbell, s -> {
                        w.bare.remove((Integer) queue);
                        w.belled.add(queue);
                        w.learnKeys(queue);
                        if (Fixture.G2) {
                            w.doorbells.add(D3DKMT_CREATE_DOORBELL.hDoorbell(s));
                            w.doorbellOfQueue.put(queue, D3DKMT_CREATE_DOORBELL.hDoorbell(s));
                        }
                    });
                }
                case 3, 4 -> {
                    what[0] = "D3DKMTConnectDoorbell";
                    MemorySegment c = D3DKMT_CONNECT_DOORBELL.allocate(a);
                    int handle = w.handle(Fixture.G2 ? w.doorbells : w.belled);
                    if (Fixture.G2) {
                        D3DKMT_CONNECT_DOORBELL.hDoorbell(c, handle);
                    } else {
                        D3DKMT_CONNECT_DOORBELL.hHwQueue(c, handle);
                    }
                    D3DKMT_CONNECT_DOORBELL_FLAGS.Value(D3DKMT_CONNECT_DOORBELL.Flags(c), w.flags(0));
                    return f.a.D3DKMTConnectDoorbell(w.argument(c));
                }
                case 5 -> {
                    what[0] = "D3DKMTNotifyWorkSubmission";
                    MemorySegment n = D3DKMT_NOTIFY_WORK_SUBMISSION.allocate(a);
                    int handle = w.handle(Fixture.G2 ? w.doorbells : w.belled);
                    if (Fixture.G2) {
                        D3DKMT_NOTIFY_WORK_SUBMISSION.hDoorbell(n, handle);
                    } else {
                        D3DKMT_NOTIFY_WORK_SUBMISSION.hHwQueue(n, handle);
                    }
                    D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS.Value(D3DKMT_NOTIFY_WORK_SUBMISSION.Flags(n), w.flags(0));
                    return f.a.D3DKMTNotifyWorkSubmission(w.argument(n));
                }
                case 6 -> {
                    what[0] = "D3DKMTSubmitCommandToHwQueue";
                    MemorySegment s = D3DKMT_SUBMITCOMMANDTOHWQUEUE.allocate(a);
                    D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(s, w.handle(w.belled));
                    D3DKMT_SUBMITCOMMANDTOHWQUEUE.NumPrimaries(s, r.nextInt(40));
                    return f.a.D3DKMTSubmitCommandToHwQueue(w.argument(s));
                }
                case 7 -> {
                    what[0] = "DxgkCbDisconnectDoorbell";
                    MemorySegment cb = DXGKARGCB_DISCONNECTDOORBELL.allocate(a);
                    DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(
                            r.nextInt(4) == 0 ? r.nextLong() : w.pick(w.queueKeys, 0L)));
                    if (Fixture.G2) {
                        DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(cb, MemorySegment.ofAddress(w.pick(w.doorbellKeys, 0L)));
                    }
                    DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(cb, r.nextInt(6) - 1);
                    return w.kmd.callbacks().DxgkCbDisconnectDoorbell(w.argument(cb));
                }
                case 8 -> {
                    what[0] = "DxgkCbNotifyInterrupt";
                    MemorySegment data = DXGKARGCB_NOTIFY_INTERRUPT_DATA.allocate(a);
                    int type = r.nextInt(22);
                    DXGKARGCB_NOTIFY_INTERRUPT_DATA.InterruptType(data, type);
                    if (type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT
                            || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE) {
                        // a node that does not exist: the lifecycle tests cover real TDRs and F1s
                        DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange.NodeOrdinal(
                                DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange(data), 99);
                    }
                    w.kmd.callbacks().DxgkCbNotifyInterrupt(w.argument(data));
                    return -1; // returns nothing: treated as a failure, so nothing may change
                }
                case 9 -> {
                    what[0] = "makeResident/createAllocation/createContext";
                    int[] h = new int[1];
                    int kind = r.nextInt(3);
                    if (kind == 0) {
                        return f.a.makeResident(w.handle(w.allocations));
                    }
                    int s = kind == 1 ? f.a.createAllocation(w.handle(List.of(f.device)), 1 + r.nextInt(8192), h)
                            : f.a.createContext(w.handle(List.of(f.device)), r.nextInt(3) - 1, h);
                    if (s == STATUS_SUCCESS && w.allocations.size() + w.contexts.size() < 64) {
                        (kind == 1 ? w.allocations : w.contexts).add(h[0]);
                    }
                    return s;
                }
                case 10 -> {
                    what[0] = "D3DKMTDestroyDoorbell";
                    MemorySegment d = D3DKMT_DESTROY_DOORBELL.allocate(a);
                    int handle = w.handle(Fixture.G2 ? w.doorbells : w.belled);
                    if (Fixture.G2) {
                        D3DKMT_DESTROY_DOORBELL.hDoorbell(d, handle);
                    } else if (Fixture.G1) {
                        D3DKMT_DESTROY_DOORBELL.hHwQueue(d, handle);
                    }
                    int s = f.a.D3DKMTDestroyDoorbell(w.argument(d));
                    if (s == STATUS_SUCCESS) {
                        forgetDoorbell(w, handle);
                    }
                    return s;
                }
                default -> {
                    what[0] = "D3DKMTDestroyHwQueue";
                    MemorySegment d = D3DKMT_DESTROYHWQUEUE.allocate(a);
                    int queue = w.handle(r.nextBoolean() ? w.bare : w.belled);
                    D3DKMT_DESTROYHWQUEUE.hHwQueue(d, queue);
                    int s = f.a.D3DKMTDestroyHwQueue(w.argument(d));
                    if (s == STATUS_SUCCESS) {
                        w.bare.remove((Integer) queue);
                        w.belled.remove((Integer) queue);
                        Integer doorbell = w.doorbellOfQueue.remove(queue);
                        if (doorbell != null) { // G2: its doorbell handle went with it
                            w.doorbells.remove(doorbell);
                            w.stale.add(doorbell);
                        }
                        w.stale.add(queue);
                    }
                    return s;
                }
            }
        }
    }

    /** Runs a creating thunk; on success reads its outputs from where the OS wrote them back. */
    private static int created(World w, MemorySegment args, MemorySegment handed, ToIntFunction<MemorySegment> thunk,
            java.util.function.Consumer<MemorySegment> onSuccess) {
        int s = thunk.applyAsInt(handed);
        if (s == STATUS_SUCCESS) {
            if (!handed.isNative()) { // a byte[] is not aligned for the layout's accessors: read a copy
                onSuccess.accept(args.copyFrom(handed.asSlice(0, args.byteSize())));
            } else {
                onSuccess.accept(handed.byteSize() >= args.byteSize() ? handed : handed.reinterpret(args.byteSize()));
            }
        }
        return s;
    }

    private static void forgetDoorbell(World w, int handle) {
        if (Fixture.G2) {
            w.doorbells.remove((Integer) handle);
            w.doorbellOfQueue.values().remove(handle);
            w.stale.add(handle);
        } else {
            w.belled.remove((Integer) handle);
            w.bare.add(handle);
        }
    }
}
