package dev.umws.os;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One process's D3DKMT handles, in the WSL dxgkrnl layout: {@code instance:6 | index:24 | unique:2}.
 * The instance bits name the table, so a handle from another process is invalid here; a freed
 * slot waits in a queue before reuse and its unique bits change, so a stale handle does not find
 * the slot's next object. Lookups are typed. Guarded by its process's lock.
 */
final class HandleTable {
    /** Slots a freed index waits behind before reuse. */
    static final int REUSE_DELAY = 64;
    private static final int MAX_INDEX = (1 << 24) - 1;

    private final int instance;
    private final List<Object> objects = new ArrayList<>();
    private final List<HandleType> types = new ArrayList<>();
    private final List<Integer> uniques = new ArrayList<>();
    private final Deque<Integer> free = new ArrayDeque<>();

    HandleTable(int instance) {
        this.instance = instance & 0x3F;
        objects.add(null); // index 0 is never used: handle 0 is "no handle"
        types.add(null);
        uniques.add(0);
    }

    int allocate(HandleType type, Object object) {
        int index;
        if (free.size() > REUSE_DELAY) {
            index = free.pollFirst();
        } else {
            index = objects.size();
            if (index > MAX_INDEX) {
                return 0;
            }
            objects.add(null);
            types.add(null);
            uniques.add(0);
        }
        objects.set(index, object);
        types.set(index, type);
        return encode(index, uniques.get(index));
    }

    /** The object behind {@code handle} if it is a live handle of this table with this type. */
    <T> T lookup(int handle, HandleType type, Class<T> cls) {
        int index = (handle >>> 6) & MAX_INDEX;
        if ((handle & 0x3F) != instance || index == 0 || index >= objects.size() || types.get(index) != type
                || encode(index, uniques.get(index)) != handle) {
            return null;
        }
        return cls.cast(objects.get(index));
    }

    /** Handles in use now. */
    int live() {
        int n = 0;
        for (Object o : objects) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }

    void free(int handle) {
        int index = (handle >>> 6) & MAX_INDEX;
        objects.set(index, null);
        types.set(index, null);
        uniques.set(index, (uniques.get(index) + 1) & 0x3);
        free.addLast(index);
    }

    private int encode(int index, int unique) {
        return instance | (index << 6) | (unique << 30);
    }
}
