package dev.umws.fidelity;

import dev.umws.abi.AbiFacts.Fact;
import dev.umws.abi.AbiFacts.Kind;
import dev.umws.abi.Generation;

import java.util.List;

/**
 * The C files the fidelity matrix generates from the Java facts. Each is compiled against the
 * mirror headers in {@code include/umws}, with {@code UMWS_GENERATION} set to the generation.
 */
final class CSources {
    static final String PROLOGUE = """
            #include <stddef.h>
            #include "umws/d3dkmthk.h"
            #include "umws/d3dkmddi.h"
            #include "umws/dispmprt.h"
            #include "umws/ntstatus.h"
            #include "umws/umws_abi.h"
            #include "umws/umws_gpu.h"
            #include "umws/umws_cumd.h"
            #include "umws/umws_os.h"
            #include "umws/umws_kmd.h"
            #include "umws/umws_umd_example.h"
            """;

    private CSources() {
    }

    /** {@code _Static_assert}s: size, alignment, every member's offset and size, every constant. */
    static String asserts(Generation g, List<Fact> facts, List<String> undefined) {
        StringBuilder c = header("static assertions", g);
        for (Fact f : facts) {
            switch (f.kind()) {
                case TYPE -> {
                    assertion(c, "sizeof(" + f.type() + ")", f.extent(), f.where() + ": size");
                    assertion(c, "_Alignof(" + f.type() + ")", f.position(), f.where() + ": alignment");
                }
                case FIELD -> {
                    assertion(c, "offsetof(" + f.type() + ", " + f.member() + ")", f.position(), f.where() + ": offset");
                    assertion(c, "sizeof(((" + f.type() + " *)0)->" + f.member() + ")", f.extent(), f.where() + ": size");
                }
                case CONST -> c.append("_Static_assert((long long)(").append(f.member()).append(") == ")
                        .append(f.position()).append("LL, \"").append(f.member()).append(": value ")
                        .append(f.position()).append("\");\n");
                case BITS -> {
                    // bit positions are not constant expressions in C: see bitsDump and bitsProgram
                }
            }
        }
        for (String name : undefined) {
            c.append("#ifdef ").append(name).append('\n')
                    .append("#error \"").append(name).append(": defined in C, not in the Java mirror of ").append(g)
                    .append("\"\n#endif\n");
        }
        return c.toString();
    }

    private static void assertion(StringBuilder c, String expr, long expected, String what) {
        c.append("_Static_assert(").append(expr).append(" == ").append(expected).append(", \"").append(what)
                .append(' ').append(expected).append("\");\n");
    }

    /**
     * The numbers the compiler uses, one constant each ({@code umws_m_<i>}), read back from its
     * assembly or LLVM IR. {@link #measured} gives the order.
     */
    static String measure(Generation g, List<Fact> facts) {
        StringBuilder c = header("measurements", g);
        int i = 0;
        for (Fact f : facts) {
            for (String expr : expressions(f)) {
                c.append("const unsigned long long umws_m_").append(i++).append(" = (unsigned long long)(").append(expr)
                        .append(");\n");
            }
        }
        return c.toString();
    }

    /** The C expressions measured for a fact: (position, extent) or (value). */
    static List<String> expressions(Fact f) {
        return switch (f.kind()) {
            case TYPE -> List.of("_Alignof(" + f.type() + ")", "sizeof(" + f.type() + ")");
            case FIELD -> List.of("offsetof(" + f.type() + ", " + f.member() + ")",
                    "sizeof(((" + f.type() + " *)0)->" + f.member() + ")");
            case CONST -> List.of("(long long)(" + f.member() + ")");
            case BITS -> List.of();
        };
    }

    /** Wrapper records whose layouts clang dumps; the wrapper's name finds the type in the dump. */
    static String bitsDump(Generation g, List<String> types) {
        StringBuilder c = header("bit-field layout probes", g);
        for (String t : types) {
            c.append("struct umws_probe_").append(t).append(" { ").append(t).append(" v; };\n");
        }
        c.append("const unsigned long long umws_probe_sizes[] = {\n");
        for (String t : types) {
            c.append("    sizeof(struct umws_probe_").append(t).append("),\n");
        }
        c.append("};\n");
        return c.toString();
    }

    /** A program that sets each bit-field to all ones in a zeroed object and prints "type.member bit width". */
    static String bitsProgram(Generation g, List<Fact> bits) {
        StringBuilder c = header("bit-field measuring program", g);
        c.append("""
                #include <stdio.h>
                #include <string.h>

                static void report(const char *name, const unsigned char *bytes, size_t size)
                {
                    long first = -1, count = 0;
                    for (size_t i = 0; i < size * 8; i++) {
                        if (bytes[i / 8] & (1u << (i % 8))) {
                            if (first < 0) {
                                first = (long)i;
                            }
                            count++;
                        }
                    }
                    printf("%s %ld %ld\\n", name, first, count);
                }

                int main(void)
                {
                """);
        for (Fact f : bits) {
            c.append("    { ").append(f.type()).append(" v; memset(&v, 0, sizeof v); v.").append(f.member())
                    .append(" = ~v.").append(f.member()).append("; report(\"").append(f.where())
                    .append("\", (const unsigned char *)&v, sizeof v); }\n");
        }
        c.append("    return 0;\n}\n");
        return c.toString();
    }

    private static StringBuilder header(String what, Generation g) {
        StringBuilder c = new StringBuilder();
        c.append("/* Generated by umws-testbed from the Java layouts of ").append(g).append(": ").append(what)
                .append(". */\n");
        c.append(PROLOGUE);
        return c;
    }

    /** Facts that {@link #measure} measures, in order, with which number of the fact each constant is. */
    static int measuredCount(List<Fact> facts) {
        int n = 0;
        for (Fact f : facts) {
            n += expressions(f).size();
        }
        return n;
    }

    static boolean measured(Fact f) {
        return f.kind() != Kind.BITS;
    }
}
