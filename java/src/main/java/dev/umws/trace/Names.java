package dev.umws.trace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The names of traced calls (thunks, DDIs, callbacks): a CALL_ENTER/CALL_LEAVE event carries a
 * 16-bit id in Aux, this table turns it back into the name and its category for the exporter. Ids
 * live as long as the JVM; a name gets its id on first use.
 */
public final class Names {
    /** A traced call's name and its category in the exported trace (os, kmd, dpc, interrupt). */
    public record Call(String name, String category) {
    }

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>(List.of(new Call("?", "os")));

    private Names() {
    }

    /** The id of {@code name}; category from its prefix (DxgkDdi: kmd, DxgkCb: os, others os). */
    public static int id(String name) {
        Integer id = IDS.get(name);
        return id != null ? id : register(name);
    }

    private static synchronized int register(String name) {
        Integer id = IDS.get(name);
        if (id != null) {
            return id;
        }
        if (CALLS.size() > 0xFFFF) {
            return 0; // Aux is 16 bits: beyond that the call is drawn as "?"
        }
        String category = name.startsWith("DxgkDdi") ? "kmd" : "os";
        CALLS.add(new Call(name, category));
        IDS.put(name, CALLS.size() - 1);
        return CALLS.size() - 1;
    }

    /** The call with {@code id} (the "?" call for an unknown id). */
    public static Call of(int id) {
        return id >= 0 && id < CALLS.size() ? CALLS.get(id) : CALLS.get(0);
    }
}
