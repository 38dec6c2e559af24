package dev.umws.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers the Java mirror states for one generation, flattened into comparable facts: what
 * the fidelity matrix asks each compiler to confirm and what the loaded shim's table must equal.
 */
public final class AbiFacts {

    /** What a fact describes; the same kinds as {@code UMWS_ABI_KIND_*} in {@code umws_abi.h}. */
    public enum Kind {
        /** position = alignment (bytes), extent = size (bytes). */
        TYPE(UMWS_ABI_ENTRY.UMWS_ABI_KIND_TYPE),
        /** position = offset (bytes), extent = size (bytes). */
        FIELD(UMWS_ABI_ENTRY.UMWS_ABI_KIND_FIELD),
        /** position = bit offset from the type's bit 0, extent = width (bits). */
        BITS(UMWS_ABI_ENTRY.UMWS_ABI_KIND_BITS),
        /** position = value, extent = 0. */
        CONST(UMWS_ABI_ENTRY.UMWS_ABI_KIND_CONST);

        public final int code;

        Kind(int code) {
            this.code = code;
        }

        public static Kind of(int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown UMWS_ABI_KIND " + code);
        }
    }

    /** One fact: {@code type} and {@code member} as C spells them ("" member for a TYPE). */
    public record Fact(Kind kind, String type, String member, long position, long extent) {
        /** "T" or "T.member", for messages. */
        public String where() {
            return member.isEmpty() ? type : type + "." + member;
        }

        /** A key that is unique within one generation's facts. */
        public String key() {
            return kind + " " + where();
        }
    }

    /** Size and alignment of every C enum type, in bytes: MSVC and the Itanium ABIs use int. */
    public static final int ENUM_BYTES = 4;

    private AbiFacts() {
    }

    /** Every fact of generation {@code g}: types, members, bit-fields, enum sizes and constants. */
    public static List<Fact> of(Generation g) {
        return of(AbiCatalog.types(g), g);
    }

    /** The facts of the given types, plus the enums and constants of {@code g}. */
    public static List<Fact> of(List<AbiCatalog.AbiType> types, Generation g) {
        List<Fact> out = new ArrayList<>();
        for (AbiCatalog.AbiType t : types) {
            out.addAll(layoutFacts(t));
        }
        for (String e : AbiCatalog.enumTypes()) {
            out.add(new Fact(Kind.TYPE, e, "", ENUM_BYTES, ENUM_BYTES));
        }
        for (AbiCatalog.AbiConstant c : AbiCatalog.constants(g)) {
            out.add(new Fact(Kind.CONST, c.group(), c.name(), c.value(), 0));
        }
        return out;
    }

    /** The TYPE, FIELD and BITS facts of one type. */
    public static List<Fact> layoutFacts(AbiCatalog.AbiType t) {
        List<Fact> out = new ArrayList<>();
        out.add(new Fact(Kind.TYPE, t.name(), "", t.layout().byteAlignment(), t.layout().byteSize()));
        for (Layouts.Member m : Layouts.members(t.layout())) {
            out.add(new Fact(Kind.FIELD, t.name(), m.path(), m.offset(), m.size()));
        }
        for (BitField b : t.bits()) {
            out.add(new Fact(Kind.BITS, t.name(), b.name(), b.bitOffset(), b.width()));
        }
        return out;
    }
}
