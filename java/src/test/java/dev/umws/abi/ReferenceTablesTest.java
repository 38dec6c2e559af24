package dev.umws.abi;

import org.junit.jupiter.api.Test;

import java.lang.foreign.GroupLayout;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java layouts give the sizes and offsets of the x64 tables in docs/structures.md, and in G1 the
 * offsets, sizes and bits observed in the 22631 binary (dxgkrnl.sys, build 22631.4169), whose thunk
 * structures are G1.
 */
class ReferenceTablesTest {

    private static long offset(GroupLayout l, String path) {
        return Layouts.offsetOf(l, path);
    }

    private static long size(GroupLayout l, String path) {
        return Layouts.find(l, path, 0).orElseThrow().size();
    }

    /** Asserts the byte size of {@code l} and the offset of each member: "name", offset, "name", offset, ... */
    private static void assertLayout(GroupLayout l, long byteSize, Object... memberOffsets) {
        String type = l.name().orElseThrow();
        assertEquals(byteSize, l.byteSize(), type);
        for (int i = 0; i < memberOffsets.length; i += 2) {
            String member = (String) memberOffsets[i];
            assertEquals(((Number) memberOffsets[i + 1]).longValue(), offset(l, member), type + "." + member);
        }
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
        assertEquals(16, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G1).byteSize());
        assertEquals(12, offset(DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G1), "DisconnectReason"));
        assertEquals(16, DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G2).byteSize());
        assertEquals(80, DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G3).byteSize());
        assertEquals(12, offset(DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G3), "pPrivateDriverData"));
    }

    @Test
    void g1ThunkStructuresMatchThe22631Binary() {
        GroupLayout create = D3DKMT_CREATE_DOORBELL.layout(Generation.G1);
        assertLayout(create, 56, "hHwQueue", 0, "hRingBuffer", 4, "hRingBufferControl", 8, "Flags", 12,
                "PrivateDriverDataSize", 16, "Padding0", 20, "PrivateDriverData", 24, "DoorbellCPUVirtualAddress", 32,
                "DoorbellSecondaryCPUVirtualAddress", 40, "DoorbellStatusCPUVirtualAddress", 48,
                "HwQueueProgressFenceLastQueuedValueCPUVirtualAddress", -1, "hDoorbell", -1);
        assertLayout(D3DKMT_CONNECT_DOORBELL.layout(Generation.G1), 8, "hHwQueue", 0, "Flags", 4, "hDoorbell", -1);
        assertLayout(D3DKMT_NOTIFY_WORK_SUBMISSION.layout(Generation.G1), 8, "hHwQueue", 0, "Flags", 4,
                "hDoorbell", -1);
        assertLayout(D3DKMT_DESTROY_DOORBELL.layout(Generation.G1), 4, "hHwQueue", 0, "hDoorbell", -1);
        assertLayout(D3DKMT_CREATEHWQUEUE.layout(Generation.G1), 48, "hHwContext", 0, "Flags", 4,
                "PrivateDriverDataSize", 8, "pPrivateDriverData", 16, "hHwQueue", 24, "hHwQueueProgressFence", 28,
                "HwQueueProgressFenceCPUVirtualAddress", 32, "HwQueueProgressFenceGPUVirtualAddress", 40);
    }

    @Test
    void g1KernelStructuresMatchThe22631Binary() {
        assertLayout(DXGKARG_CREATEDOORBELL.layout(Generation.G1), 56, "hHwQueue", 0, "hDoorbell", 8,
                "PrivateDriverDataSize", 16, "Padding0", 20, "PrivateDriverData", 24, "hRingBuffer", 32,
                "hRingBufferControl", 40, "Flags", 48, "Padding1", 52);
        assertLayout(DXGKARG_CONNECTDOORBELL.layout(Generation.G1), 40, "hDoorbell", 0, "Flags", 8, "Padding0", 12,
                "KernelCpuVirtualAddress", 16, "SecondaryKernelCpuVirtualAddress", 24, "Status", 32, "Padding1", 36);
        assertLayout(DXGKARG_DISCONNECTDOORBELL.layout(Generation.G1), 16, "hDoorbell", 0, "Flags", 8);
        assertLayout(DXGKARG_DESTROYDOORBELL.layout(Generation.G1), 8, "hDoorbell", 0);
        assertLayout(DXGKARG_NOTIFYWORKSUBMISSION.layout(Generation.G1), 16, "hHwQueue", 0, "Flags", 8);
        GroupLayout caps = DXGK_USERMODESUBMISSION_CAPS.layout(Generation.G1);
        assertLayout(caps, 28, "Flags", 0, "DoorbellSizeInBytes", 4, "SecondaryDoorbellSizeInBytes", 8, "Reserved", 12);
        assertEquals(16, size(caps, "Reserved"));
        // The binary masks the caps flags with ~1: bit 0 is the only defined one.
        assertEquals(List.of(new BitField("Flags.SecondaryDoorbellSupported", 0, 1), new BitField("Flags.Reserved", 1, 31)),
                DXGK_USERMODESUBMISSION_CAPS.BITS);
    }

    @Test
    void g1DisconnectCallbackHasNoDoorbellHandle() {
        GroupLayout g1 = DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G1);
        assertLayout(g1, 16, "hHwQueue", 0, "Flags", 8, "DisconnectReason", 12, "hDoorbell", -1);
        assertEquals(8, size(g1, "hHwQueue"));
        assertLayout(DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G2), 24, "hHwQueue", 0, "hDoorbell", 8, "Flags", 16,
                "DisconnectReason", 20);
        assertLayout(DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G3), 16, "hHwQueue", 0, "Flags", 8,
                "DisconnectReason", 12, "hDoorbell", -1);
    }

    @Test
    void g1NodeFlagsReserveEveryBitAfterUserModeSubmission() {
        List<BitField> g1 = DXGK_NODEMETADATA_FLAGS.bits(Generation.G1);
        assertEquals(List.of(new BitField("ContextSchedulingSupported", 0, 1), new BitField("RingBufferFenceRelease", 1, 1),
                new BitField("SupportTrackedWorkload", 2, 1), new BitField("UserModeSubmission", 3, 1),
                new BitField("Reserved", 4, 28)), g1);
        // The 22631 kernel refuses a node with any of bits 4..15 set: all of them are Reserved in G1.
        assertEquals(0xFFF0, DXGK_NODEMETADATA_FLAGS.Reserved_G1.intMask() & 0xFFFF);
        assertEquals(List.of("ContextSchedulingSupported", "RingBufferFenceRelease", "SupportTrackedWorkload",
                "UserModeSubmission", "SupportBuildTestCommandBuffer", "Reserved"),
                DXGK_NODEMETADATA_FLAGS.bits(Generation.G2).stream().map(BitField::name).toList());
        assertEquals(new BitField("Reserved", 5, 27), DXGK_NODEMETADATA_FLAGS.bits(Generation.G2).get(5));
        assertEquals(new BitField("SupportFaultAndStall", 5, 1), DXGK_NODEMETADATA_FLAGS.bits(Generation.G3).get(5));
        assertEquals(new BitField("SupportBuildTestCommandBuffer", 4, 1), DXGK_NODEMETADATA_FLAGS.bits(Generation.G3).get(4));
    }

    @Test
    void g1CreateDoorbellDdiFlagsCarryTheThunkBits() {
        // Inferred: the 22631 kernel copies D3DKMT_CREATE_DOORBELL_FLAGS into this word unchanged.
        assertEquals(D3DKMT_CREATE_DOORBELL_FLAGS.BITS, DXGKARG_CREATEDOORBELL_FLAGS.bits(Generation.G1));
        assertEquals(List.of(new BitField("RequireSecondaryCpuVA", 0, 1), new BitField("ResizeRingBufferOperation", 1, 1),
                new BitField("Reserved", 2, 30)), DXGKARG_CREATEDOORBELL_FLAGS.bits(Generation.G1));
        for (Generation g : new Generation[] {Generation.G2, Generation.G3}) {
            assertEquals(List.of(new BitField("ResizeRingBufferOperation", 0, 1), new BitField("Reserved", 1, 31)),
                    DXGKARG_CREATEDOORBELL_FLAGS.bits(g), g.name());
        }
    }

    @Test
    void flushHwQueueArgumentIs24BytesInEveryGeneration() {
        for (Generation g : Generation.values()) {
            GroupLayout l = DXGKARG_FLUSHHWQUEUE.layout(g);
            assertLayout(l, 24, "hHwQueue", 0, "Event", 8, "Flags", 16, "Flags.Value", 16, "Padding0", 20);
            assertEquals(8, l.byteAlignment());
            assertEquals(8, size(l, "Event"));
            assertEquals(4, size(l, "Flags"));
        }
        assertEquals(List.of(new BitField("Reserved", 0, 32)), DXGKARG_FLUSHHWQUEUE_FLAGS.BITS);
        assertEquals(24, DXGKARG_FLUSHHWQUEUE.sizeof());
        assertEquals(16, DXGKARG_FLUSHHWQUEUE.Flags$OFFSET);
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

    /**
     * x64 sizes and offsets as clang --target=x86_64-pc-windows-msvc lays out the transcription in
     * include/umws (docs/structures.md, "Devices, contexts, allocations, residency, waits"); the same in
     * every generation.
     */
    @Test
    void deviceContextAllocationAndWaitStructuresMatch() {
        for (Generation g : Generation.values()) {
            GroupLayout device = D3DKMT_CREATEDEVICE.layout(g);
            assertLayout(device, 64, "hAdapter", 0, "pAdapter", 0, "Flags", 8, "hDevice", 12, "pCommandBuffer", 16,
                    "CommandBufferSize", 24, "pAllocationList", 32, "AllocationListSize", 40, "pPatchLocationList", 48,
                    "PatchLocationListSize", 56, "Padding2", 60);
            assertEquals(8, device.byteAlignment());
            assertEquals(8, size(device, "pAdapter"));
            assertLayout(D3DKMT_DESTROYDEVICE.layout(g), 4, "hDevice", 0);
            assertLayout(D3DKMT_CREATECONTEXTVIRTUAL.layout(g), 40, "hDevice", 0, "NodeOrdinal", 4,
                    "EngineAffinity", 8, "Flags", 12, "pPrivateDriverData", 16, "PrivateDriverDataSize", 24,
                    "ClientHint", 28, "hContext", 32, "Padding0", 36);
            assertLayout(D3DKMT_DESTROYCONTEXT.layout(g), 4, "hContext", 0);
            assertLayout(D3DKMT_CREATEALLOCATION.layout(g), 72, "hDevice", 0, "hResource", 4, "hGlobalShare", 8,
                    "pPrivateRuntimeData", 16, "PrivateRuntimeDataSize", 24, "pStandardAllocation", 32,
                    "pPrivateDriverData", 32, "PrivateDriverDataSize", 40, "NumAllocations", 44, "pAllocationInfo", 48,
                    "pAllocationInfo2", 48, "Flags", 56, "hPrivateRuntimeResourceHandle", 64);
            assertLayout(D3DDDI_ALLOCATIONINFO2.layout(g), 96, "hAllocation", 0, "hSection", 8, "pSystemMem", 8,
                    "pPrivateDriverData", 16, "PrivateDriverDataSize", 24, "VidPnSourceId", 28, "Flags", 32,
                    "Flags.Value", 32, "GpuVirtualAddress", 40, "Priority", 48, "Unused", 48, "Reserved", 56);
            assertEquals(40, size(D3DDDI_ALLOCATIONINFO2.layout(g), "Reserved"));
            assertLayout(D3DKMT_DESTROYALLOCATION2.layout(g), 24, "hDevice", 0, "hResource", 4, "phAllocationList", 8,
                    "AllocationCount", 16, "Flags", 20);
            assertLayout(D3DDDI_MAKERESIDENT.layout(g), 48, "hPagingQueue", 0, "NumAllocations", 4,
                    "AllocationList", 8, "PriorityList", 16, "Flags", 24, "PagingFenceValue", 32, "NumBytesToTrim", 40);
            assertLayout(D3DDDI_MAPGPUVIRTUALADDRESS.layout(g), 104, "hPagingQueue", 0, "BaseAddress", 8,
                    "MinimumAddress", 16, "MaximumAddress", 24, "hAllocation", 32, "OffsetInPages", 40,
                    "SizeInPages", 48, "Protection", 56, "DriverProtection", 64, "Reserved0", 72, "Reserved1", 80,
                    "VirtualAddress", 88, "PagingFenceValue", 96);
            assertLayout(D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.layout(g), 40, "hDevice", 0, "ObjectCount", 4,
                    "ObjectHandleArray", 8, "FenceValueArray", 16, "hAsyncEvent", 24, "Flags", 32);
            assertEquals(8, D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE.layout(g).byteSize());
            assertEquals(8, D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE.layout(g).byteAlignment());
            assertEquals(4, D3DKMT_CREATEALLOCATIONFLAGS.layout(g).byteSize());
            assertEquals(4, D3DKMT_CREATEDEVICEFLAGS.layout(g).byteSize());
        }
    }

    @Test
    void allocationAndContextFlagsKeepTheHeaderBits() {
        // Only NoImplicitSynchronization (WDDM 3.2) moves between generations.
        assertEquals(new BitField("SharedDisplayable", 21, 1), D3DKMT_CREATEALLOCATIONFLAGS.bits(Generation.G1).get(21));
        assertEquals(new BitField("Reserved", 22, 10), D3DKMT_CREATEALLOCATIONFLAGS.bits(Generation.G1).get(22));
        for (Generation g : new Generation[] {Generation.G2, Generation.G3}) {
            List<BitField> bits = D3DKMT_CREATEALLOCATIONFLAGS.bits(g);
            assertEquals(new BitField("NoImplicitSynchronization", 22, 1), bits.get(22), g.name());
            assertEquals(new BitField("Reserved", 23, 9), bits.get(23), g.name());
        }
        assertEquals(0x8, D3DKMT_CREATEDEVICEFLAGS.TestDevice.intMask());
        assertEquals(0x10, D3DDDI_CREATECONTEXTFLAGS.HwQueueSupported.intMask());
        assertEquals(0x40, D3DDDI_CREATECONTEXTFLAGS.TestContext.intMask());
        assertEquals(0x80000000, D3DDDICB_DESTROYALLOCATION2FLAGS.SystemUseOnly.intMask());
        assertEquals(new BitField("Reserved", 5, 59), D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE.Reserved);
        // Flags sits at byte 32 of D3DDDI_ALLOCATIONINFO2: its bits count from bit 256 of the structure.
        assertEquals(new BitField("Flags.OverridePriority", 258, 1), D3DDDI_ALLOCATIONINFO2.OverridePriority);
        assertEquals(0x4, D3DDDI_ALLOCATIONINFO2.Flags.OverridePriority.intMask());
    }

    @Test
    void clientHintsFollowTheGeneration() {
        assertEquals(20, D3DKMT_CLIENTHINT.D3DKMT_CLIENTHINT_DML_PYTORCH);
        assertEquals(21, D3DKMT_CLIENTHINT.D3DKMT_CLIENTHINT_MAX(Generation.G1));
        assertEquals(21, D3DKMT_CLIENTHINT.D3DKMT_CLIENTHINT_MAX(Generation.G2));
        assertEquals(29, D3DKMT_CLIENTHINT.D3DKMT_CLIENTHINT_MAX(Generation.G3));
        assertEquals(22, D3DKMT_CLIENTHINT.enumerators(Generation.G2).size());
        assertEquals(30, D3DKMT_CLIENTHINT.enumerators(Generation.G3).size());
        assertEquals(28L, D3DKMT_CLIENTHINT.enumerators(Generation.G3).get("D3DKMT_CLIENTHINT_DML_WEBNN"));
        assertEquals("D3DKMT_CLIENTHINT_VULKAN", D3DKMT_CLIENTHINT.name(4));
    }

    @Test
    void enumAndStatusValuesKeepTheHeaderSpelling() {
        assertEquals(2, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
        assertEquals("D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT", D3DDDI_DOORBELLSTATUS.name(3));
        assertEquals(20, DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE);
        assertEquals(0xC00002B6, ntstatus_h.STATUS_DEVICE_REMOVED);
        assertEquals(0xC0000005, ntstatus_h.STATUS_ACCESS_VIOLATION);
        assertEquals(0xC0000194, ntstatus_h.STATUS_POSSIBLE_DEADLOCK);
        assertEquals("STATUS_INVALID_PARAMETER", ntstatus_h.name(0xC000000D));
        assertEquals(38, d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS);
        assertEquals(4, d3dukmdt_h.DXGK_FEATURE_USER_MODE_SUBMISSION);
        assertEquals(0x11007, d3dukmdt_h.DXGKDDI_INTERFACE_VERSION(Generation.G2));
        assertEquals(0x11008, d3dukmdt_h.DXGKDDI_INTERFACE_VERSION(Generation.G3));
    }
}
