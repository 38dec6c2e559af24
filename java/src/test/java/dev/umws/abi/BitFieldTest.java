package dev.umws.abi;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Property-style checks of BitField with a seeded generator; the seed is printed so a failure replays. */
class BitFieldTest {

    @RepeatedTest(20)
    void withThenGetReturnsTheFieldAndLeavesOtherBits() {
        long seed = System.nanoTime();
        System.out.println("BitFieldTest seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 1000; i++) {
            int width = rnd.nextInt(1, 65);
            int bit = rnd.nextInt(0, 65 - width);
            BitField f = new BitField("f", bit, width);
            long word = rnd.nextLong();
            long value = rnd.nextLong();
            long updated = f.with(word, value);
            long fieldMask = width == 64 ? -1L : (1L << width) - 1;
            assertEquals(value & fieldMask, f.get(updated), "seed " + seed);
            assertEquals(word & ~f.mask(), updated & ~f.mask(), "seed " + seed);
        }
    }

    @Test
    void flagConstantsMatchTheHeaderMasks() {
        assertEquals(0x10, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        assertEquals(0xFFFFFF80, D3DDDI_CREATEHWQUEUEFLAGS.Reserved.intMask());
        assertEquals(0x8, DXGK_NODEMETADATA_FLAGS.UserModeSubmission.intMask());
        assertEquals(0x10, DXGK_NODEMETADATA_FLAGS.SupportBuildTestCommandBuffer.intMask());
        assertEquals(0xFFFFFFF0, DXGK_NODEMETADATA_FLAGS.Reserved_G1.intMask());
        assertEquals(0x1, DXGKARG_CREATEDOORBELL_FLAGS.ResizeRingBufferOperation.intMask());
        assertEquals(0x2, DXGKARG_CREATEDOORBELL_FLAGS.ResizeRingBufferOperation_G1.intMask());
        assertEquals(D3DKMT_CREATE_DOORBELL_FLAGS.ResizeRingBufferOperation.intMask(),
                DXGKARG_CREATEDOORBELL_FLAGS.ResizeRingBufferOperation_G1.intMask());
        assertEquals(0x780, DXGK_VIDSCHCAPS.HwQueuePacketCap.intMask());
        assertEquals(5, DXGK_VIDSCHCAPS.HwQueuePacketCap.get(5 << 7));
    }
}
