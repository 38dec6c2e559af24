package dev.umws.abi;

import org.junit.jupiter.api.Test;

import java.lang.foreign.GroupLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tables a loaded KMD exchanges with the OS (dispmprt.h) and the argument structures of its
 * adapter, device, process, allocation and context DDIs, at the x64 offsets of docs/structures.md
 * ("dispmprt.h: the DDI table and the callback interface" and the section after it).
 */
class DriverTablesTest {

    private static final String[] UMS_DDIS = {"DxgkDdiCreateDoorbell", "DxgkDdiConnectDoorbell",
        "DxgkDdiDisconnectDoorbell", "DxgkDdiDestroyDoorbell", "DxgkDdiNotifyWorkSubmission", "DxgkDdiFlushHwQueue"};

    private static long offset(GroupLayout l, String path) {
        return Layouts.offsetOf(l, path);
    }

    private static long size(GroupLayout l, String path) {
        return Layouts.find(l, path, 0).orElseThrow().size();
    }

    @Test
    void g1UmsDdisFollowTheNativeFenceDdisAt1328() {
        GroupLayout l = DRIVER_INITIALIZATION_DATA.layout(Generation.G1);
        long[] expected = {1328, 1336, 1344, 1352, 1360, 1368};
        for (int i = 0; i < UMS_DDIS.length; i++) {
            assertEquals(expected[i], offset(l, UMS_DDIS[i]), UMS_DDIS[i]);
        }
        assertEquals(1376, l.byteSize());
        assertEquals(8, l.byteAlignment());
        assertEquals(0, offset(l, "Version"));
        assertEquals(8, offset(l, "DxgkDdiAddDevice"));
        assertEquals(171, DRIVER_INITIALIZATION_DATA.SLOTS);
    }

    /**
     * The 22631 kernel reads the six UMS DDIs from its adapter's copy of the table at 1520, 1528, ..., 1560
     * (the brief's observation of dxgkrnl.sys, build 22631). Those are not offsets in DRIVER_INITIALIZATION_DATA,
     * whose WDDM 3.1 block ends at 1376 bytes (the WDK member list, and the kernel's own copy size below):
     * they are the same six slots, in the same order and 8 bytes apart, 192 bytes further on. INFERENCE: the
     * kernel's copy starts 192 bytes into the object that holds it.
     */
    @Test
    void g1UmsDdisAreThe22631KernelsAdapterTableSlotsLess192() {
        GroupLayout l = DRIVER_INITIALIZATION_DATA.layout(Generation.G1);
        long[] observedInAdapterTable = {1520, 1528, 1536, 1544, 1552, 1560};
        for (int i = 0; i < UMS_DDIS.length; i++) {
            assertEquals(192, observedInAdapterTable[i] - offset(l, UMS_DDIS[i]), UMS_DDIS[i]);
        }
    }

    /**
     * dxgkrnl copies {@code size} bytes of a driver's table for its interface version (its version-to-size
     * table, read in a public decompilation of a 24H2-era dxgkrnl.sys); each size is the end of one WDK
     * version block here, so every member before the doorbells sits where the kernel expects it.
     */
    @Test
    void everyVersionBlockEndsWhereTheKernelStopsCopying() {
        Map<String, Long> blockEnds = new LinkedHashMap<>();
        blockEnds.put("DxgkDdiSetVideoProtectedRegion", 832L);          // WDDM 2.0 (0x5023)
        blockEnds.put("DxgkDdiUpdateMonitorLinkInfo", 880L);            // WDDM 2.1 (0x6003)
        blockEnds.put("DxgkDdiGetPostCompositionCaps", 1032L);          // WDDM 2.2 (0x700A)
        blockEnds.put("DxgkDdiDestroyProtectedSession", 1056L);         // WDDM 2.3 (0x8001)
        blockEnds.put("DxgkDdiResumeHwEngine", 1152L);                  // WDDM 2.4 (0x9006)
        blockEnds.put("DxgkDdiSetTrackedWorkloadPowerLevel", 1192L);    // WDDM 2.5 (0xA00B)
        blockEnds.put("DxgkDdiControlInterrupt3", 1232L);               // WDDM 2.6 to 2.8 (0xB004..0xD001)
        blockEnds.put("DxgkDdiSetInterruptTargetPresentId", 1264L);     // WDDM 2.9 (0xE003)
        blockEnds.put("DxgkDdiCancelFlips", 1296L);                     // WDDM 3.0 (0xF003)
        blockEnds.put("DxgkDdiFlushHwQueue", 1376L);                    // WDDM 3.1 (0x10004)
        GroupLayout l = DRIVER_INITIALIZATION_DATA.layout(Generation.G1);
        blockEnds.forEach((last, end) -> assertEquals(end, offset(l, last) + 8, last));
        // Display DDIs the same kernel reads from its copy (which starts 136 bytes into its driver extension).
        assertEquals(992, offset(l, "DxgkDdiDisplayDetectControl"));
        assertEquals(1000, offset(l, "DxgkDdiQueryConnectionChange"));
        assertEquals(72, offset(l, "DxgkDdiQueryChildStatus"));
    }

    @Test
    void laterGenerationsRenameTwoSlotsAndMoveNothing() {
        GroupLayout g1 = DRIVER_INITIALIZATION_DATA.layout(Generation.G1);
        assertEquals(1320, offset(g1, "DxgkDdiNotifyCurrentValueUpdates"));
        assertEquals(-1, offset(g1, "DxgkDdiUpdateCurrentValuesFromCpu"));
        assertEquals(-1, offset(g1, "Reserved4"));
        for (Generation g : List.of(Generation.G2, Generation.G3)) {
            GroupLayout l = DRIVER_INITIALIZATION_DATA.layout(g);
            assertEquals(1376, l.byteSize(), g.name());
            assertEquals(1320, offset(l, "DxgkDdiUpdateCurrentValuesFromCpu"), g.name());
            assertEquals(-1, offset(l, "DxgkDdiNotifyCurrentValueUpdates"), g.name());
            assertEquals(1368, offset(l, "Reserved4"), g.name());
            assertEquals(-1, offset(l, "DxgkDdiFlushHwQueue"), g.name());
            for (int i = 0; i < 5; i++) {
                assertEquals(offset(g1, UMS_DDIS[i]), offset(l, UMS_DDIS[i]), g + " " + UMS_DDIS[i]);
            }
            List<Layouts.Member> a = Layouts.members(g1);
            List<Layouts.Member> b = Layouts.members(l);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).offset(), b.get(i).offset(), a.get(i).path() + " / " + b.get(i).path());
            }
        }
    }

    @Test
    void typedDdisSitAtTheirWdkSlots() {
        GroupLayout l = DRIVER_INITIALIZATION_DATA.layout(Generation.SELECTED);
        Map<String, Long> at = new LinkedHashMap<>();
        at.put("DxgkDdiStartDevice", 16L);
        at.put("DxgkDdiStopDevice", 24L);
        at.put("DxgkDdiRemoveDevice", 32L);
        at.put("DxgkDdiInterruptRoutine", 48L);
        at.put("DxgkDdiDpcRoutine", 56L);
        at.put("DxgkDdiQueryAdapterInfo", 136L);
        at.put("DxgkDdiCreateDevice", 144L);
        at.put("DxgkDdiCreateAllocation", 152L);
        at.put("DxgkDdiDestroyAllocation", 160L);
        at.put("DxgkDdiDestroyDevice", 400L);
        at.put("DxgkDdiCreateContext", 464L);
        at.put("DxgkDdiDestroyContext", 472L);
        at.put("DxgkDdiResetEngine", 592L);
        at.put("DxgkDdiGetNodeMetadata", 664L);
        at.put("DxgkDdiCreateProcess", 768L);
        at.put("DxgkDdiDestroyProcess", 776L);
        at.put("DxgkDdiCreateHwQueue", 896L);
        at.put("DxgkDdiDestroyHwQueue", 904L);
        at.put("DxgkDdiSuspendContext", 1088L);
        at.put("DxgkDdiResumeContext", 1096L);
        at.forEach((name, off) -> assertEquals(off, offset(l, name), name));
        assertEquals(1328, DRIVER_INITIALIZATION_DATA.DxgkDdiCreateDoorbell$OFFSET);
        assertEquals(DRIVER_INITIALIZATION_DATA.offsetOf("DxgkDdiNotifyWorkSubmission"),
                DRIVER_INITIALIZATION_DATA.DxgkDdiNotifyWorkSubmission$OFFSET);
    }

    @Test
    void callbackInterfaceIs576BytesWithTheDoorbellCallbackLastInEveryGeneration() {
        for (Generation g : Generation.values()) {
            GroupLayout l = DXGKRNL_INTERFACE.layout(g);
            assertEquals(576, l.byteSize(), g.name());
            assertEquals(8, l.byteAlignment(), g.name());
            assertEquals(568, offset(l, "DxgkCbDisconnectDoorbell"), g.name());
            assertEquals(71, offset(l, "DxgkCbDisconnectDoorbell") / 8, g.name());
            assertEquals(560, offset(l, "DxgkCbPinFrameBufferForSave2"), g.name());
            assertEquals(0, offset(l, "Size"));
            assertEquals(4, offset(l, "Version"));
            assertEquals(8, offset(l, "DeviceHandle"));
            assertEquals(16, offset(l, "DxgkCbEvalAcpiMethod"));
            assertEquals(48, offset(l, "DxgkCbQueueDpc"));
            assertEquals(128, offset(l, "DxgkCbNotifyInterrupt"));
            assertEquals(136, offset(l, "DxgkCbNotifyDpc"));
            assertEquals(216, offset(l, "DxgkCbAcquirePostDisplayOwnership"));
            assertEquals(448, offset(l, "DxgkCbReportDiagnostic"));
            Layouts.Member last = Layouts.members(l).getLast();
            assertEquals("DxgkCbDisconnectDoorbell", last.path(), g.name());
        }
        assertEquals(70, DXGKRNL_INTERFACE.CALLBACKS);
        assertEquals(568, DXGKRNL_INTERFACE.DxgkCbDisconnectDoorbell$OFFSET);
    }

    @Test
    void startInfoAndUnicodeStringMatch() {
        GroupLayout start = DXGK_START_INFO.layout(Generation.SELECTED);
        assertEquals(28, start.byteSize());
        assertEquals(4, start.byteAlignment());
        assertEquals(4, offset(start, "AdapterGuid"));
        assertEquals(16, size(start, "AdapterGuid"));
        assertEquals(12, offset(start, "AdapterGuid.Data4"));
        assertEquals(20, offset(start, "AdapterLuid"));
        assertEquals(24, offset(start, "AdapterLuid.HighPart"));
        GroupLayout us = UNICODE_STRING.layout(Generation.SELECTED);
        assertEquals(16, us.byteSize());
        assertEquals(2, offset(us, "MaximumLength"));
        assertEquals(8, offset(us, "Buffer"));
    }

    @Test
    void queryAdapterInfoAndNodeMetadataMatch() {
        GroupLayout q = DXGKARG_QUERYADAPTERINFO.layout(Generation.SELECTED);
        assertEquals(48, q.byteSize());
        assertEquals(8, offset(q, "pInputData"));
        assertEquals(16, offset(q, "InputDataSize"));
        assertEquals(24, offset(q, "pOutputData"));
        assertEquals(32, offset(q, "OutputDataSize"));
        assertEquals(36, offset(q, "Flags"));
        assertEquals(40, offset(q, "hKmdProcessHandle"));
        for (Generation g : Generation.values()) {
            GroupLayout n = DXGK_NODEMETADATA.layout(g);
            assertEquals(76, n.byteSize(), g.name());
            assertEquals(4, n.byteAlignment());
            assertEquals(4, offset(n, "FriendlyName"));
            assertEquals(2L * d3dkmddi_h.DXGK_MAX_METADATA_NAME_LENGTH, size(n, "FriendlyName"));
            assertEquals(68, offset(n, "Flags"));
            assertEquals(72, offset(n, "GpuMmuSupported"));
            assertEquals(73, offset(n, "IoMmuSupported"));
            assertEquals(76, DXGKARG_GETNODEMETADATA.layout(g).byteSize());
        }
        assertEquals(9, DXGK_ENGINE_TYPE.DXGK_ENGINE_TYPE_VIDEO_CODEC);
        assertEquals("DXGK_ENGINE_TYPE_COPY", DXGK_ENGINE_TYPE.name(6));
    }

    @Test
    void processAndDeviceArgumentsMatch() {
        GroupLayout p = DXGKARG_CREATEPROCESS.layout(Generation.SELECTED);
        assertEquals(56, p.byteSize());
        assertEquals(8, offset(p, "hKmdProcess"));
        assertEquals(16, offset(p, "Flags"));
        assertEquals(20, offset(p, "NumPasid"));
        assertEquals(24, offset(p, "pPasid"));
        assertEquals(32, offset(p, "hKmdVmWorkerProcess"));
        assertEquals(40, offset(p, "ProcessNameLength"));
        assertEquals(48, offset(p, "pProcessName"));
        GroupLayout d = DXGKARG_CREATEDEVICE.layout(Generation.SELECTED);
        assertEquals(32, d.byteSize());
        assertEquals(8, offset(d, "Flags"));
        assertEquals(8, offset(d, "pInfo"));
        assertEquals(16, offset(d, "Pasid"));
        assertEquals(24, offset(d, "hKmdProcess"));
        assertEquals(24, DXGK_DEVICEINFO.sizeof());
        assertEquals(new BitField("Reserved0", 31, 1), DXGK_CREATEDEVICEFLAGS.Reserved0);
        assertEquals(0x10, DXGK_CREATEPROCESSFLAGS.SessionIsolatedContainer.intMask());
    }

    @Test
    void allocationStructuresMatch() {
        GroupLayout a = DXGK_ALLOCATIONINFO.layout(Generation.SELECTED);
        assertEquals(88, a.byteSize());
        assertEquals(8, offset(a, "PrivateDriverDataSize"));
        assertEquals(12, offset(a, "Alignment"));
        assertEquals(14, offset(a, "RecommendedPageSize"));
        assertEquals(16, offset(a, "Size"));
        assertEquals(24, offset(a, "PitchAlignedSize"));
        assertEquals(32, offset(a, "HintedBank"));
        assertEquals(36, offset(a, "PreferredSegment"));
        assertEquals(40, offset(a, "MmuSet"));
        assertEquals(52, offset(a, "PhysicalAdapterIndex"));
        assertEquals(56, offset(a, "hAllocation"));
        assertEquals(64, offset(a, "Flags"));
        assertEquals(64, offset(a, "FlagsWddm2"));
        assertEquals(72, offset(a, "pAllocationUsageHint"));
        assertEquals(80, offset(a, "AllocationPriority"));
        assertEquals(84, offset(a, "Flags2"));
        GroupLayout c = DXGKARG_CREATEALLOCATION.layout(Generation.SELECTED);
        assertEquals(40, c.byteSize());
        assertEquals(12, offset(c, "NumAllocations"));
        assertEquals(16, offset(c, "pAllocationInfo"));
        assertEquals(24, offset(c, "hResource"));
        assertEquals(32, offset(c, "Flags"));
        GroupLayout d = DXGKARG_DESTROYALLOCATION.layout(Generation.SELECTED);
        assertEquals(32, d.byteSize());
        assertEquals(8, offset(d, "pAllocationList"));
        assertEquals(16, offset(d, "hResource"));
        assertEquals(24, offset(d, "Flags"));
        // Bit masks the Learn pages state for the WDDM 2 view.
        assertEquals(0x400, DXGK_ALLOCATIONINFOFLAGS_WDDM2_0.CreateInVpr.intMask());
        assertEquals(0x2000, DXGK_ALLOCATIONINFOFLAGS_WDDM2_0.MapApertureCpuVisible.intMask());
        assertEquals(0x4000, DXGK_ALLOCATIONINFOFLAGS_WDDM2_0.HistoryBuffer.intMask());
        assertEquals(0x4000, DXGK_ALLOCATIONINFOFLAGS.HistoryBuffer.intMask());
        assertEquals(0x80000000, DXGK_ALLOCATIONINFOFLAGS.Reserved0.intMask());
        assertEquals(0x1F000000, D3DDDI_SEGMENTPREFERENCE.SegmentId4.intMask());
        assertEquals(0x80000000, DXGK_SEGMENTBANKPREFERENCE.Direction3.intMask());
    }

    @Test
    void allocationFlags2GrowByGeneration() {
        assertEquals(List.of(new BitField("ShareBackingStoreWithKmd", 0, 1), new BitField("Reserved", 1, 31)),
                DXGK_ALLOCATIONINFOFLAGS2.bits(Generation.G1));
        assertEquals(new BitField("NotifyIoMmuUnmap", 5, 1), DXGK_ALLOCATIONINFOFLAGS2.bits(Generation.G2).get(5));
        assertEquals(new BitField("Reserved", 6, 26), DXGK_ALLOCATIONINFOFLAGS2.bits(Generation.G2).get(6));
        assertEquals(new BitField("FaultAndStall", 6, 1), DXGK_ALLOCATIONINFOFLAGS2.bits(Generation.G3).get(6));
        assertEquals(new BitField("Reserved", 7, 25), DXGK_ALLOCATIONINFOFLAGS2.bits(Generation.G3).get(7));
        for (Generation g : Generation.values()) {
            assertEquals(4, DXGK_ALLOCATIONINFOFLAGS2.layout(g).byteSize());
            assertEquals(88, DXGK_ALLOCATIONINFO.layout(g).byteSize(), g.name());
        }
    }

    @Test
    void contextAndEngineArgumentsMatch() {
        GroupLayout c = DXGKARG_CREATECONTEXT.layout(Generation.SELECTED);
        assertEquals(72, c.byteSize());
        assertEquals(8, offset(c, "NodeOrdinal"));
        assertEquals(12, offset(c, "EngineAffinity"));
        assertEquals(16, offset(c, "Flags"));
        assertEquals(24, offset(c, "pPrivateDriverData"));
        assertEquals(32, offset(c, "PrivateDriverDataSize"));
        assertEquals(36, offset(c, "ContextInfo"));
        assertEquals(60, offset(c, "ContextInfo.Caps"));
        assertEquals(64, offset(c, "ContextInfo.PagingCompanionNodeId"));
        assertEquals(32, DXGK_CONTEXTINFO.sizeof());
        assertEquals(0x20, DXGK_CREATECONTEXTFLAGS.TestContext.intMask());
        GroupLayout s = DXGKARG_SUSPENDCONTEXT.layout(Generation.SELECTED);
        assertEquals(16, s.byteSize());
        assertEquals(8, offset(s, "contextSuspendFence"));
        assertEquals(8, DXGKARG_RESUMECONTEXT.sizeof());
        GroupLayout r = DXGKARG_RESETENGINE.layout(Generation.SELECTED);
        assertEquals(12, r.byteSize());
        assertEquals(8, offset(r, "LastAbortedFenceId"));
    }

    @Test
    void everyNewTypeIsInTheCatalogOfEveryGeneration() {
        List<String> expected = List.of("UNICODE_STRING", "DXGK_START_INFO", "DXGKRNL_INTERFACE",
                "DRIVER_INITIALIZATION_DATA", "DXGKARG_QUERYADAPTERINFO", "DXGK_NODEMETADATA", "DXGKARG_GETNODEMETADATA",
                "DXGKARG_CREATEPROCESS", "DXGKARG_CREATEDEVICE", "DXGK_ALLOCATIONINFO", "DXGKARG_CREATEALLOCATION",
                "DXGKARG_DESTROYALLOCATION", "DXGKARG_CREATECONTEXT", "DXGKARG_SUSPENDCONTEXT", "DXGKARG_RESUMECONTEXT",
                "DXGKARG_RESETENGINE", "D3DDDI_SEGMENTPREFERENCE", "DXGK_ALLOCATIONINFOFLAGS2");
        for (Generation g : Generation.values()) {
            List<String> names = AbiCatalog.types(g).stream().map(AbiCatalog.AbiType::name).toList();
            assertTrue(names.containsAll(expected), g + " lacks some of " + expected);
        }
        assertTrue(AbiCatalog.enumTypes().contains("DXGK_ENGINE_TYPE"));
        assertTrue(AbiCatalog.constants(Generation.SELECTED).stream()
                .anyMatch(c -> c.name().equals("DXGK_MAX_METADATA_NAME_LENGTH") && c.value() == 32));
    }
}
