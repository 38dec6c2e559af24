package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DKMT_SUBMITCOMMANDTOHWQUEUE;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.umd.UmdQueue;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every thunk answers for a handle it cannot use, a process that ended and a lost device. */
class HandleAnswersTest {
    private static final int UMS = D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask();

    @Test
    @Pins("HD-1")
    void everyUnknownStaleOrWronglyTypedHandleIsInvalidParameter() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            int bogus = 0x7FFF_FFC1;
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueue(f.queueArgs(bogus, UMS)), "unknown context");
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueue(f.queueArgs(bell.queue(), UMS)),
                    "a queue handle where a context belongs");
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTConnectDoorbell(f.connectArgs(bogus)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTConnectDoorbell(f.connectArgs(f.context)), "a context handle");
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTNotifyWorkSubmission(f.notifyArgs(bogus)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTDestroyDoorbell(f.destroyArgs(bogus)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bogus)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.makeResident(bogus));
            int[] h = new int[1];
            assertEquals(STATUS_INVALID_PARAMETER, f.a.createContext(bogus, 0, h));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.createAllocation(f.context, 4096, h), "a context as a device");
            if (!Fixture.G3) {
                assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(
                        f.doorbellArgs(bogus, f.allocation(true), f.allocation(true))));
            }
            MemorySegment s = D3DKMT_SUBMITCOMMANDTOHWQUEUE.allocate(f.arena);
            D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(s, bogus);
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTSubmitCommandToHwQueue(s));
            // stale: the queue is gone, its handles with it
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue())));
            assertEquals(STATUS_INVALID_PARAMETER, f.connect(bell), "a destroyed doorbell");
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue())), "stale");
        }
    }

    @Test
    @Pins("HD-2")
    void aHandleOfAnotherProcessNeverResolves() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_INVALID_PARAMETER, f.b.D3DKMTConnectDoorbell(f.connectArgs(bell.handle())));
            assertEquals(STATUS_INVALID_PARAMETER, f.b.D3DKMTCreateHwQueue(f.queueArgs(f.context, UMS)));
            assertEquals(STATUS_INVALID_PARAMETER, f.b.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue())));
            int[] h = new int[1];
            assertEquals(STATUS_INVALID_PARAMETER, f.b.createContext(f.device, 0, h));
            assertEquals(STATUS_SUCCESS, f.connect(bell), "still the owner's");
        }
    }

    @Test
    @Pins("HD-3")
    void aProcessThatEndedAnswersInvalidParameter() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            f.a.close();
            assertEquals(STATUS_INVALID_PARAMETER, f.connect(bell));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue())));
            int[] h = new int[1];
            assertEquals(STATUS_INVALID_PARAMETER, f.a.createDevice(h));
        }
    }

    @Test
    @Pins("HD-4")
    void aLostDeviceAnswersDeviceRemovedOnEveryDoorbellThunkAndAnotherDeviceRecovers() {
        try (Fixture f = new Fixture(Fixture.CONFIG.withEngineTimeoutNs(50_000_000L), new ReferenceKmd())) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            int spareQueue = Fixture.G3 ? 0 : f.umsQueue();
            UmdQueue hung = new UmdQueue(f.a, f.device, 0, 4096);
            hung.submit(w -> w.writeDelay(60_000_000_000L)); // the engine times out: TDR
            dev.umws.Await.until("TDR", () -> !f.os.tdrs().isEmpty());
            assertEquals(STATUS_DEVICE_REMOVED, f.connect(bell));
            assertEquals(STATUS_DEVICE_REMOVED, f.notify(bell));
            if (!Fixture.G3) {
                assertEquals(STATUS_DEVICE_REMOVED, f.a.D3DKMTDestroyDoorbell(f.destroyArgs(bell.handle())));
                assertEquals(STATUS_DEVICE_REMOVED, f.a.D3DKMTCreateDoorbell(
                        f.doorbellArgs(spareQueue, f.allocation(f.newDevice(), true), f.allocation(f.newDevice(), true))),
                        "the queue's device decides, before the allocations are looked at");
            }
            assertEquals(STATUS_DEVICE_REMOVED, f.a.D3DKMTCreateHwQueue(f.queueArgs(f.context, UMS)));
            int[] h = new int[1];
            assertEquals(STATUS_DEVICE_REMOVED, f.a.createContext(f.device, 0, h));
            assertEquals(STATUS_INVALID_PARAMETER, f.connect(new Fixture.Bell(0, 0x7FFF_FFC1, null, null)),
                    "an unknown handle is still INVALID_PARAMETER: the handle is looked up first");
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue())),
                    "destroying the queue works on a lost device");
            hung.close();
            assertEquals(STATUS_SUCCESS, f.a.destroyDevice(f.device));
            try (UmdQueue fresh = new UmdQueue(f.a, f.newDevice(), 0, 4096)) {
                assertTrue(fresh.await(fresh.submit(null), 5_000_000_000L), "a new device works");
            }
        }
    }
}
