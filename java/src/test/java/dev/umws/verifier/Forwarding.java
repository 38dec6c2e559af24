package dev.umws.verifier;

import dev.umws.gpu.Gpu;
import dev.umws.kmd.DxgkrnlInterface;

import java.lang.foreign.MemorySegment;

/** Forwards every callback to the OS; broken KMDs in the tests override one. */
class Forwarding implements DxgkrnlInterface {
    final DxgkrnlInterface os;

    Forwarding(DxgkrnlInterface os) {
        this.os = os;
    }

    @Override
    public Gpu gpu() {
        return os.gpu();
    }

    @Override
    public void DxgkCbNotifyInterrupt(MemorySegment pData) {
        os.DxgkCbNotifyInterrupt(pData);
    }

    @Override
    public boolean DxgkCbQueueDpc() {
        return os.DxgkCbQueueDpc();
    }

    @Override
    public void DxgkCbNotifyDpc() {
        os.DxgkCbNotifyDpc();
    }

    @Override
    public int DxgkCbDisconnectDoorbell(MemorySegment pArgs) {
        return os.DxgkCbDisconnectDoorbell(pArgs);
    }
}
