package dev.umws.abi;

/**
 * One C bit-field member of a flag word. jextract does not model bit-fields, so flag unions are
 * the whole {@code Value} word plus one of these per member, and the fidelity checks prove the
 * position and width of each against the compilers.
 *
 * @param name      member path as C spells it from the enclosing type ("Flags.Reserved" when
 *                  the union is a named member, "Reserved" when it is anonymous)
 * @param bitOffset bit position of the member's least significant bit, counted from bit 0 of
 *                  the enclosing type (little-endian bit numbering)
 * @param width     width in bits, 1..64
 */
public record BitField(String name, int bitOffset, int width) {

    public BitField {
        if (width < 1 || width > 64 || bitOffset < 0 || bitOffset + width > 64 * 8) {
            throw new IllegalArgumentException("bad bit-field " + name + " at " + bitOffset + " width " + width);
        }
    }

    /** The member's bits in place, for a word that starts at bit 0 of the enclosing type. */
    public long mask() {
        long ones = width == 64 ? -1L : (1L << width) - 1;
        return ones << bitOffset;
    }

    /** The member's value read from a flag word. */
    public long get(long word) {
        return (word & mask()) >>> bitOffset;
    }

    /** The flag word with this member set to {@code value} (extra high bits are dropped). */
    public long with(long word, long value) {
        return (word & ~mask()) | ((value << bitOffset) & mask());
    }

    /** {@code get} for a 32-bit flag word. */
    public int get(int word) {
        return (int) get(Integer.toUnsignedLong(word));
    }

    /** {@code with} for a 32-bit flag word. */
    public int with(int word, int value) {
        return (int) with(Integer.toUnsignedLong(word), Integer.toUnsignedLong(value));
    }

    /** This member's mask as an int, for 32-bit flag words. */
    public int intMask() {
        return (int) mask();
    }
}
