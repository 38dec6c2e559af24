package dev.umws.nativelib;

import dev.umws.abi.AbiFacts;
import dev.umws.abi.UMWS_ABI_ENTRY;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** Reads the shim's own layout table ({@code include/umws/umws_abi.h}) through downcalls. */
public final class AbiTable {

    /** The table as read: the generation the library was built for, and its entries as facts. */
    public record Contents(int generation, List<AbiFacts.Fact> entries) {
    }

    private AbiTable() {
    }

    public static Contents read(SymbolLookup library) {
        Linker linker = Linker.nativeLinker();
        MethodHandle generation = linker.downcallHandle(find(library, "umws_abi_generation"),
                FunctionDescriptor.of(JAVA_INT));
        MethodHandle count = linker.downcallHandle(find(library, "umws_abi_entry_count"),
                FunctionDescriptor.of(JAVA_INT));
        MethodHandle entry = linker.downcallHandle(find(library, "umws_abi_entry"),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment e = UMWS_ABI_ENTRY.allocate(arena);
            int gen = (int) generation.invokeExact();
            int n = (int) count.invokeExact();
            List<AbiFacts.Fact> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int rc = (int) entry.invokeExact(i, e);
                if (rc != 0) {
                    throw new IllegalStateException("umws_abi_entry(" + i + ") returned " + rc + " of " + n);
                }
                out.add(new AbiFacts.Fact(AbiFacts.Kind.of(UMWS_ABI_ENTRY.Kind(e)),
                        string(UMWS_ABI_ENTRY.TypeName(e)), string(UMWS_ABI_ENTRY.MemberName(e)),
                        UMWS_ABI_ENTRY.Position(e), UMWS_ABI_ENTRY.Extent(e)));
            }
            return new Contents(gen, out);
        } catch (RuntimeException | Error ex) {
            throw ex;
        } catch (Throwable t) {
            throw new IllegalStateException("reading the umws layout table failed", t);
        }
    }

    /** C strings in the table are static; 256 bytes bound the longest name. */
    private static String string(MemorySegment p) {
        return p.reinterpret(256).getString(0);
    }

    private static MemorySegment find(SymbolLookup library, String name) {
        return library.find(name).orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
    }
}
