package dev.umws.abi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the C enumerators and macros that the mirror classes hold as {@code public static final} numbers. */
public final class Constants {
    private Constants() {
    }

    /** Every {@code public static final int} or {@code long} of {@code holder}, by C name, in declaration order. */
    public static Map<String, Long> of(Class<?> holder) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Field f : holder.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod) || !Modifier.isFinal(mod)) {
                continue;
            }
            try {
                if (f.getType() == int.class) {
                    out.put(f.getName(), (long) f.getInt(null));
                } else if (f.getType() == long.class) {
                    out.put(f.getName(), f.getLong(null));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The first C name in {@code holder} whose value is {@code value}, else the number in hex. */
    public static String nameOf(Class<?> holder, long value) {
        for (Map.Entry<String, Long> e : of(holder).entrySet()) {
            if (e.getValue() == value) {
                return e.getKey();
            }
        }
        return "0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }
}
