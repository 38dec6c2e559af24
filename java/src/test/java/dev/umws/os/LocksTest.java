package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Locks as Windows takes them: doorbell thunks are serialised per hardware context, so those of
 * different contexts run at once, and DxgkCbDisconnectDoorbell waits for its victim's context.
 */
class LocksTest {
    /** Holds a DDI inside the KMD until the test opens it. */
    static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        volatile boolean armed;

        /** In a DDI: when armed, stops here (once) until the test opens the gate. */
        void pass() {
            if (!armed) {
                return;
            }
            armed = false;
            entered.countDown();
            try {
                open.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void awaitEntered() throws InterruptedException {
            assertTrue(entered.await(5, TimeUnit.SECONDS), "the DDI was entered");
        }
    }

    /** A call of another thread, which must still be waiting after a while it would need microseconds for. */
    private static void assertWaits(CompletableFuture<?> call, String why) {
        assertThrows(TimeoutException.class, () -> call.get(100, TimeUnit.MILLISECONDS), why);
    }

    /** A second context on the fixture's device, and a doorbell on it. */
    private static Fixture.Bell bellOnNewContext(Fixture f) {
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, f.a.createContext(f.device, 0, h));
        return f.bell(h[0]);
    }

    @Test
    @Pins("LK-1")
    void doorbellThunksOfTwoContextsRunAtOnceAndThoseOfOneContextInTurn() throws Exception {
        Gate gate = new Gate();
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiConnectDoorbell(MemorySegment args) {
                gate.pass();
                return super.DxgkDdiConnectDoorbell(args);
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell held = f.bell();
            Fixture.Bell sameContext = f.bell();
            Fixture.Bell otherContext = bellOnNewContext(f);
            int[] h = new int[1];
            assertEquals(STATUS_SUCCESS, f.b.createDevice(h)); // another process, ready before the window
            int otherDevice = h[0];
            assertEquals(STATUS_SUCCESS, f.b.createContext(otherDevice, 0, h));
            int otherProcessContext = h[0];
            gate.armed = true;
            CompletableFuture<Integer> inside = f.async(() -> f.connect(held));
            gate.awaitEntered(); // context 1 is inside DxgkDdiConnectDoorbell, its lock held
            // meanwhile, on other threads: another context of the device connects, and another
            // process creates a queue and a doorbell and connects it
            assertEquals(STATUS_SUCCESS, f.async(() -> f.connect(otherContext)).get(5, TimeUnit.SECONDS));
            assertEquals(STATUS_SUCCESS, f.async(() -> connectNew(f, otherDevice, otherProcessContext))
                    .get(5, TimeUnit.SECONDS));
            // a doorbell thunk of the same context waits for the one inside
            CompletableFuture<Integer> waits = f.async(() -> f.connect(sameContext));
            assertWaits(waits, "the same context's thunks are serialised");
            gate.open.countDown();
            assertEquals(STATUS_SUCCESS, inside.get(5, TimeUnit.SECONDS));
            assertEquals(STATUS_SUCCESS, waits.get(5, TimeUnit.SECONDS));
        }
    }

    /** Process b: a queue with a doorbell on {@code hContext}, connected. */
    private static int connectNew(Fixture f, int hDevice, int hContext) {
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, f.b.createAllocation(hDevice, 4096, h));
        int ring = h[0];
        assertEquals(STATUS_SUCCESS, f.b.createAllocation(hDevice, 4096, h));
        int control = h[0];
        assertEquals(STATUS_SUCCESS, f.b.makeResident(ring));
        assertEquals(STATUS_SUCCESS, f.b.makeResident(control));
        int handle;
        if (Fixture.G3) {
            MemorySegment c = f.umsQueueArgs(hContext, ring, control);
            assertEquals(STATUS_SUCCESS, f.b.D3DKMTCreateHwQueueForUserModeSubmission(c));
            handle = dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(c);
        } else {
            MemorySegment q = f.queueArgs(hContext, dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
            assertEquals(STATUS_SUCCESS, f.b.D3DKMTCreateHwQueue(q));
            MemorySegment d = f.doorbellArgs(dev.umws.abi.D3DKMT_CREATEHWQUEUE.hHwQueue(q), ring, control);
            assertEquals(STATUS_SUCCESS, f.b.D3DKMTCreateDoorbell(d));
            handle = Fixture.G2 ? dev.umws.abi.D3DKMT_CREATE_DOORBELL.hDoorbell(d) : dev.umws.abi.D3DKMT_CREATEHWQUEUE.hHwQueue(q);
        }
        return f.b.D3DKMTConnectDoorbell(f.connectArgs(handle));
    }

    @Test
    @Pins("CB-7")
    void theDisconnectCallbackWaitsForItsVictimsContextOnly() throws Exception {
        Gate gate = new Gate();
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiCreateDoorbell(MemorySegment args) {
                int s = super.DxgkDdiCreateDoorbell(args);
                gate.pass();
                return s;
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell busy = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(busy));
            MemorySegment busyCallback = DisconnectCallbackTest.callbackArgs(f, kmd.createHwQueueKey, kmd.createDoorbellKey,
                    D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
            Fixture.Bell idle = bellOnNewContext(f);
            assertEquals(STATUS_SUCCESS, f.connect(idle));
            MemorySegment idleCallback = DisconnectCallbackTest.callbackArgs(f, kmd.createHwQueueKey, kmd.createDoorbellKey,
                    D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
            gate.armed = true; // the next doorbell of the busy context is created inside its context's lock
            CompletableFuture<Fixture.Bell> creating = f.async(() -> f.bell(f.context));
            gate.awaitEntered();
            // a KMD worker thread: the idle context's doorbell goes at once, the busy one's waits
            assertEquals(STATUS_SUCCESS, f.async(
                    () -> kmd.callbacks().DxgkCbDisconnectDoorbell(idleCallback)).get(5, TimeUnit.SECONDS));
            CompletableFuture<Integer> waits = f.async(
                    () -> kmd.callbacks().DxgkCbDisconnectDoorbell(busyCallback));
            assertWaits(waits, "the victim's context is inside a DDI");
            gate.open.countDown();
            creating.get(5, TimeUnit.SECONDS);
            assertEquals(STATUS_SUCCESS, waits.get(5, TimeUnit.SECONDS));
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(busy));
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(idle));
        }
    }
}
