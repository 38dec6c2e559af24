package dev.umws.abi;

import org.junit.jupiter.api.Test;

import java.lang.foreign.GroupLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Java layouts give the sizes and offsets of shared/reference/wddm-umws.md (x64, computed there). */
class ReferenceTablesTest {

    private static long offset(GroupLayout l, String path) {
        return Layouts.offsetOf(l, path);
    }

    @Test
    void createDoorbellIs72BytesWithHDoorbellAt64InG2AndG3And56InG1() {
        for (Generation g : new Generation[] {Generation.G2, Generation.G3}) {
            GroupLayout l = D3DKMT_CREATE_DOORBELL.layout(g);
            assertEquals(72, l.byteSize());
            assertEquals(64, offset(l, "hDoorbell"));
            assertEquals(56, offset(l, "HwQueueProgressFenceLastQueuedValueCPUVirtualAddress"));
            assertEquals(24, offset(l, "PrivateDriverData"));
            assertEquals(48, offset(l, "DoorbellStatusCPUVirtualAddress"));
        }
        assertEquals(56, D3DKMT_CREATE_DOORBELL.layout(Generation.G1).byteSize());
        assertEquals(-1, offset(D3DKMT_CREATE_DOORBELL.layout(Generation.G1), "hDoorbell"));
    }

    @Test
    void connectDoorbellIs8BytesUntilG3AddsTheMapping() {
        assertEquals(8, D3DKMT_CONNECT_DOORBELL.layout(Generation.G1).byteSize());
        assertEquals(0, offset(D3DKMT_CONNECT_DOORBELL.layout(Generation.G2), "hDoorbell"));
        GroupLayout g3 = D3DKMT_CONNECT_DOORBELL.layout(Generation.G3);
        assertEquals(88, g3.byteSize());
        assertEquals(8, g3.byteAlignment());
        assertEquals(8, offset(g3, "DoorbellMapping"));
        assertEquals(24, offset(g3, "Reserved"));
        assertEquals(72, D3DKMT_NOTIFY_WORK_SUBMISSION.layout(Generation.G3).byteSize());
    }

    @Test
    void notifyInterruptDataIs80BytesWithFlagsAt72() {
        GroupLayout l = DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout(Generation.G2);
        assertEquals(80, l.byteSize());
        assertEquals(8, l.byteAlignment());
        assertEquals(72, offset(l, "Flags"));
        assertEquals(8, offset(l, "DmaCompleted.SubmissionFenceId"));
        assertEquals(12, offset(l, "DmaCompleted.NodeOrdinal"));
        assertEquals(16, offset(l, "DmaCompleted.EngineOrdinal"));
        assertEquals(12, offset(l, "DmaFaulted.Status"));
        assertEquals(8, offset(l, "MonitoredFenceSignaled.NodeOrdinal"));
        assertEquals(12, offset(l, "MonitoredFenceSignaled.EngineOrdinal"));
        assertEquals(16, offset(l, "HwQueuePageFaulted.FaultedVirtualAddress"));
        assertEquals(32, offset(l, "HwQueuePageFaulted.FaultedHwQueue"));
        assertEquals(64, offset(l, "HwQueuePageFaulted.FaultErrorCode"));
        assertEquals(24, offset(l, "NativeFenceSignaled.pSignaledNativeFenceArray"));
        assertEquals(32, offset(l, "NativeFenceSignaled.hHWQueue"));
        assertEquals(16, offset(l, "EngineStateChange.NewState"));
        assertEquals(64, DXGKARGCB_NOTIFY_INTERRUPT_DATA.Reserved.LAYOUT.byteSize());
    }

    @Test
    void hardwareQueueStructuresMatch() {
        GroupLayout create = D3DKMT_CREATEHWQUEUE.layout(Generation.G2);
        assertEquals(48, create.byteSize());
        assertEquals(16, offset(create, "pPrivateDriverData"));
        assertEquals(24, offset(create, "hHwQueue"));
        assertEquals(28, offset(create, "hHwQueueProgressFence"));
        assertEquals(40, offset(create, "HwQueueProgressFenceGPUVirtualAddress"));
        assertEquals(56, D3DKMT_SUBMITCOMMANDTOHWQUEUE.sizeof());
        assertEquals(48, offset(D3DKMT_SUBMITCOMMANDTOHWQUEUE.layout(), "WrittenPrimaries"));
        assertEquals(48, DXGKARG_CREATEHWQUEUE.sizeof());
        assertEquals(40, offset(DXGKARG_CREATEHWQUEUE.layout(), "HwQueueProgressFenceGPUVirtualAddress"));
    }

    @Test
    void kernelDoorbellArgumentsFollowTheirGeneration() {
        assertEquals(56, DXGKARG_CREATEDOORBELL.layout(Generation.G2).byteSize());
        assertEquals(48, offset(DXGKARG_CREATEDOORBELL.layout(Generation.G2), "Flags"));
        assertEquals(48, DXGKARG_CREATEDOORBELL.layout(Generation.G3).byteSize());
        assertEquals(40, offset(DXGKARG_CREATEDOORBELL.layout(Generation.G3), "Flags"));
        for (Generation g : Generation.values()) {
            assertEquals(40, DXGKARG_CONNECTDOORBELL.layout(g).byteSize());
            assertEquals(32, offset(DXGKARG_CONNECTDOORBELL.layout(g), "Status"));
            assertEquals(28, DXGK_USERMODESUBMISSION_CAPS.layout(g).byteSize());
        }
        assertEquals(24, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G2).byteSize());
        assertEquals(20, offset(DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G2), "DisconnectReason"));
        assertEquals(16, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G3).byteSize());
        assertEquals(12, offset(DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G3), "DisconnectReason"));
        assertEquals(16, DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G2).byteSize());
        assertEquals(80, DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G3).byteSize());
        assertEquals(12, offset(DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G3), "pPrivateDriverData"));
    }

    @Test
    void g3OnlyStructuresMatch() {
        GroupLayout l = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.layout(Generation.G3);
        assertEquals(320, l.byteSize());
        assertEquals(16, offset(l, "PrivateDriverData"));
        assertEquals(80, offset(l, "hHwQueue"));
        assertEquals(88, offset(l, "DoorbellStatusCpuVa"));
        assertEquals(96, offset(l, "hProgressFence"));
        assertEquals(104, offset(l, "ProgressFenceMapping"));
        assertEquals(160, offset(l, "ProgressFenceLastQueuedValueCpuVa"));
        assertEquals(168, offset(l, "LogBufferInfo"));
        assertEquals(256, offset(l, "Reserved"));
        assertEquals(16, D3DDDI_DOORBELLMAPPING.sizeof());
        assertEquals(56, D3DDDI_NATIVEFENCEMAPPING.sizeof());
        assertEquals(88, D3DDDI_NATIVEFENCELOGDETAIL.sizeof());
    }

    @Test
    void enumAndStatusValuesKeepTheHeaderSpelling() {
        assertEquals(2, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
        assertEquals("D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT", D3DDDI_DOORBELLSTATUS.name(3));
        assertEquals(20, DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE);
        assertEquals(0xC00002B6, ntstatus_h.STATUS_DEVICE_REMOVED);
        assertEquals("STATUS_INVALID_PARAMETER", ntstatus_h.name(0xC000000D));
        assertEquals(38, d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS);
        assertEquals(4, d3dukmdt_h.DXGK_FEATURE_USER_MODE_SUBMISSION);
        assertEquals(0x11007, d3dukmdt_h.DXGKDDI_INTERFACE_VERSION(Generation.G2));
        assertEquals(0x11008, d3dukmdt_h.DXGKDDI_INTERFACE_VERSION(Generation.G3));
    }
}
