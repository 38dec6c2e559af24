package dev.umws.nativelib;

import dev.umws.abi.AbiFacts;
import dev.umws.abi.AbiFacts.Fact;
import dev.umws.abi.Generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the shim's layout table with the Java facts of one generation, both ways. */
public final class AbiTableCheck {

    /** Every disagreement, each naming the type and member. */
    public record Result(Generation generation, int nativeGeneration, int compared, List<String> mismatches) {
        public String describe() {
            if (mismatches.isEmpty()) {
                return "native table matches " + generation + ": " + compared + " entries";
            }
            StringBuilder sb = new StringBuilder();
            for (String m : mismatches) {
                sb.append("  ").append(m).append('\n');
            }
            return sb.toString();
        }
    }

    private AbiTableCheck() {
    }

    public static Result compare(Generation g, AbiTable.Contents table) {
        return compare(g, AbiFacts.of(g), table);
    }

    /** Compares {@code expected} (the Java side) with {@code table} (the C side). */
    public static Result compare(Generation g, List<Fact> expected, AbiTable.Contents table) {
        List<String> out = new ArrayList<>();
        if (table.generation() != g.number()) {
            out.add("generation: Java uses " + g + ", the native library was built for G" + table.generation()
                    + " (one setting: mvn -Dumws.generation=" + g + ")");
        }
        Map<String, Fact> actual = new LinkedHashMap<>();
        for (Fact f : table.entries()) {
            actual.put(f.key(), f);
        }
        for (Fact e : expected) {
            Fact a = actual.remove(e.key());
            if (a == null) {
                out.add(e.where() + ": " + noun(e.kind()) + " in Java, missing from the native table");
            } else {
                out.addAll(differences(e, a, "Java", "native"));
            }
        }
        for (Fact a : actual.values()) {
            out.add(a.where() + ": " + noun(a.kind()) + " in the native table, missing from the Java layouts");
        }
        return new Result(g, table.generation(), expected.size(), out);
    }

    /** "T.m: offset Java 64, native 60" lines for the numbers that differ. */
    public static List<String> differences(Fact expected, Fact actual, String expectedSide, String actualSide) {
        List<String> out = new ArrayList<>();
        String[] names = switch (expected.kind()) {
            case TYPE -> new String[] {"alignment", "size"};
            case FIELD -> new String[] {"offset", "size"};
            case BITS -> new String[] {"bit offset", "bit width"};
            case CONST -> new String[] {"value", "extent"};
        };
        if (expected.position() != actual.position()) {
            out.add(expected.where() + ": " + names[0] + " " + expectedSide + " " + expected.position() + ", "
                    + actualSide + " " + actual.position());
        }
        if (expected.extent() != actual.extent()) {
            out.add(expected.where() + ": " + names[1] + " " + expectedSide + " " + expected.extent() + ", "
                    + actualSide + " " + actual.extent());
        }
        return out;
    }

    private static String noun(AbiFacts.Kind k) {
        return switch (k) {
            case TYPE -> "type";
            case FIELD -> "member";
            case BITS -> "bit-field";
            case CONST -> "constant";
        };
    }
}
