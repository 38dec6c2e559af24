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
 * How the OS serialises thunks today: one adapter lock for every thunk of every process and for the
 * KMD's callback (Windows takes a lock per hardware context, so DDIs of different contexts run at once).
 */
class LocksTest {
    /** Holds a DDI inside the KMD until the test opens it. */
    private static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        void pass() {
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
    private static void assertWaits(CompletableFuture<Integer> call, String why) {
        assertThrows(TimeoutException.class, () -> call.get(100, TimeUnit.MILLISECONDS), why);
    }

    @Test
    @Pins("LK-1")
    void aThunkOfAnotherProcessWaitsWhileADdiRuns() throws Exception {
        Gate gate = new Gate();
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiConnectDoorbell(MemorySegment args) {
                gate.pass();
                return super.DxgkDdiConnectDoorbell(args);
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            CompletableFuture<Integer> connect = CompletableFuture.supplyAsync(() -> f.connect(bell));
            gate.awaitEntered();
            int[] h = new int[1];
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> f.b.createDevice(h));
            assertWaits(other, "one adapter lock: the other process waits for the DDI");
            gate.open.countDown();
            assertEquals(STATUS_SUCCESS, connect.get(5, TimeUnit.SECONDS));
            assertEquals(STATUS_SUCCESS, other.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    @Pins("CB-7")
    void theDisconnectCallbackOfAKmdWorkerWaitsForTheAdapterLock() throws Exception {
        Gate gate = new Gate();
        boolean[] armed = new boolean[1];
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiCreateDoorbell(MemorySegment args) {
                int s = super.DxgkDdiCreateDoorbell(args);
                if (armed[0]) {
                    gate.pass();
                }
                return s;
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell first = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(first));
            MemorySegment callback = DisconnectCallbackTest.callbackArgs(f, kmd.createHwQueueKey, kmd.createDoorbellKey,
                    D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
            armed[0] = true; // the next doorbell's create waits inside the KMD
            CompletableFuture<Fixture.Bell> creating = CompletableFuture.supplyAsync(f::bell);
            gate.awaitEntered();
            // a KMD worker thread disconnecting the first doorbell (another context's, on Windows) waits
            CompletableFuture<Integer> disconnect = CompletableFuture.supplyAsync(
                    () -> kmd.callbacks().DxgkCbDisconnectDoorbell(callback));
            assertWaits(disconnect, "the callback waits for a DDI of another queue");
            gate.open.countDown();
            creating.get(5, TimeUnit.SECONDS);
            assertEquals(STATUS_SUCCESS, disconnect.get(5, TimeUnit.SECONDS));
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(first));
        }
    }
}
