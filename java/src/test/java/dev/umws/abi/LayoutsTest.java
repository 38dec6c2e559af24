package dev.umws.abi;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutsTest {

    @Test
    void pathsStepThroughAnonymousUnionsAsOffsetofDoes() {
        assertEquals(32, Layouts.offsetOf(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout(), "HwQueuePageFaulted.FaultedHwContext"));
        assertEquals(-1, Layouts.offsetOf(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout(), "HwQueuePageFaulted.NoSuchMember"));
        assertEquals(-1, Layouts.offsetOf(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout(), "$anon0"));
    }

    @Test
    void membersListEveryNamedMemberWithItsCPathAndNoHiddenOnes() {
        List<Layouts.Member> members = Layouts.members(DXGK_FAULT_ERROR_CODE.layout());
        assertTrue(members.isEmpty(), "DXGK_FAULT_ERROR_CODE has no named C member: " + members);
        List<String> paths = Layouts.members(D3DKMT_CREATE_DOORBELL.layout(Generation.G2)).stream()
                .map(Layouts.Member::path).toList();
        assertTrue(paths.contains("Flags.Value"));
        assertTrue(paths.contains("Padding0"));
        assertFalse(paths.stream().anyMatch(p -> p.contains("$")));
    }

    @Test
    void accessorsReadAndWriteAtTheLayoutOffsets() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = D3DKMT_CREATE_DOORBELL.allocate(arena);
            D3DKMT_CREATE_DOORBELL.hHwQueue(s, 0x40000001);
            D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(s, 16);
            D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(s),
                    D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask());
            assertEquals(0x40000001, s.get(java.lang.foreign.ValueLayout.JAVA_INT, 0));
            assertEquals(1, s.get(java.lang.foreign.ValueLayout.JAVA_INT, 12));
            assertEquals(16, s.get(java.lang.foreign.ValueLayout.JAVA_INT, 16));
        }
    }

    @Test
    void anAccessorOfAMemberTheSelectedGenerationLacksNamesItself() {
        // G3 has no hDoorbell in D3DKMT_CONNECT_DOORBELL, G2 no hHwQueue: one of them is absent.
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(128);
            Generation g = Generation.SELECTED;
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> {
                        if (g == Generation.G2) {
                            D3DKMT_CONNECT_DOORBELL.hHwQueue(s);
                        } else {
                            D3DKMT_CONNECT_DOORBELL.hDoorbell(s);
                        }
                    });
            assertTrue(e.getMessage().contains("D3DKMT_CONNECT_DOORBELL."), e.getMessage());
        }
    }

    @Test
    void g3OnlyTypesRefuseEarlierGenerations() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> D3DKMT_RESIZERINGBUFFER.layout(Generation.G2));
        assertTrue(e.getMessage().contains("G3"));
    }
}
