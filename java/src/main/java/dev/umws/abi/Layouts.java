package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.UnionLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Building blocks for the mirrored layouts and the one walk over them that every check uses.
 *
 * <p>Conventions shared with {@code include/umws/*.h}:
 * <ul>
 *   <li>every member is named with its C spelling; padding the Windows header leaves implicit is a
 *       {@link PaddingLayout} named like the C member ({@code Padding0});</li>
 *   <li>a name that starts with {@code $} has no C name: an anonymous C struct or union is a group
 *       named {@code $anonN}, and a C member path steps through it as C's {@code offsetof} does; a
 *       value named {@code $...} (a word C leaves unnamed) is not a C member at all.</li>
 * </ul>
 */
public final class Layouts {
    /** Prefix of a member name that C does not have (anonymous groups, unnamed words). */
    public static final String HIDDEN = "$";

    /** Name prefix of a group that stands for an anonymous C struct or union. */
    public static final String ANON = HIDDEN + "anon";

    /** One named member found by {@link #members}: its C path, byte offset and byte size. */
    public record Member(String path, long offset, long size, MemoryLayout layout) {
        public boolean isPadding() {
            return layout instanceof PaddingLayout;
        }
    }

    private Layouts() {
    }

    public static GroupLayout struct(String cName, MemoryLayout... members) {
        return MemoryLayout.structLayout(members).withName(cName);
    }

    public static GroupLayout union(String cName, MemoryLayout... members) {
        return MemoryLayout.unionLayout(members).withName(cName);
    }

    /** An anonymous C union; {@code index} keeps sibling anonymous members apart. */
    public static GroupLayout anonUnion(int index, MemoryLayout... members) {
        return MemoryLayout.unionLayout(members).withName(ANON + index);
    }

    /** Padding that the Windows header leaves implicit, named as the C mirror names it. */
    public static PaddingLayout pad(String name, long bytes) {
        return MemoryLayout.paddingLayout(bytes).withName(name);
    }

    /** A flag union of 32 bits: only the whole {@code Value} word is a Java member. */
    public static GroupLayout flags32(String cName) {
        return struct(cName, ValueLayout.JAVA_INT.withName("Value"));
    }

    /** A byte array member, {@code BYTE name[count]}. */
    public static SequenceLayout bytes(String name, long count) {
        return MemoryLayout.sequenceLayout(count, ValueLayout.JAVA_BYTE).withName(name);
    }

    /** Byte offset of the member at {@code path} ("a.b.c"), or -1 when the layout has no such member. */
    public static long offsetOf(GroupLayout layout, String path) {
        return find(layout, path, 0).map(Member::offset).orElse(-1L);
    }

    /** The member at {@code path}, stepping through anonymous groups. */
    public static Optional<Member> find(GroupLayout layout, String path, long base) {
        GroupLayout group = layout;
        long offset = base;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            Optional<Member> hit = findDirect(group, parts[i], offset);
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            Member m = hit.get();
            if (i == parts.length - 1) {
                return Optional.of(new Member(path, m.offset(), m.size(), m.layout()));
            }
            if (!(m.layout() instanceof GroupLayout g)) {
                return Optional.empty();
            }
            group = g;
            offset = m.offset();
        }
        return Optional.empty();
    }

    private static Optional<Member> findDirect(GroupLayout group, String name, long base) {
        long offset = base;
        for (MemoryLayout m : group.memberLayouts()) {
            long at = group instanceof UnionLayout ? base : offset;
            String n = m.name().orElse("");
            if (n.equals(name) && !n.startsWith(HIDDEN)) {
                return Optional.of(new Member(name, at, m.byteSize(), m));
            }
            if (n.startsWith(HIDDEN) && m instanceof GroupLayout g) {
                Optional<Member> inner = findDirect(g, name, at);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            offset += m.byteSize();
        }
        return Optional.empty();
    }

    /**
     * Every named member at every depth, in declaration order, with its C path: groups and their
     * members, arrays as one member, named padding included, anonymous groups stepped through.
     */
    public static List<Member> members(GroupLayout layout) {
        List<Member> out = new ArrayList<>();
        walk(layout, "", 0, out);
        return out;
    }

    private static void walk(GroupLayout group, String prefix, long base, List<Member> out) {
        long offset = base;
        boolean union = group instanceof UnionLayout;
        for (MemoryLayout m : group.memberLayouts()) {
            long at = union ? base : offset;
            String n = m.name().orElseThrow(() -> new IllegalStateException(
                    "unnamed member in " + group.name().orElse("?") + " at " + at));
            if (n.startsWith(HIDDEN)) {
                if (m instanceof GroupLayout g) {
                    walk(g, prefix, at, out);
                }
            } else {
                String path = prefix + n;
                out.add(new Member(path, at, m.byteSize(), m));
                if (m instanceof GroupLayout g) {
                    walk(g, path + ".", at, out);
                }
            }
            offset += m.byteSize();
        }
    }

    /** Fails with the member's name when a generation does not have it. */
    public static long require(long offset, String type, String member) {
        if (offset < 0) {
            throw new UnsupportedOperationException(
                    type + "." + member + " does not exist in header generation " + Generation.SELECTED);
        }
        return offset;
    }
}
