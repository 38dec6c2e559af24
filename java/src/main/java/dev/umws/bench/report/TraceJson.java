package dev.umws.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a trace-event JSON file (Chrome's Trace Event Format, as Perfetto's UI reads it) one event
 * at a time, so that a long trace is never held in memory as one value. Both forms are read:
 *
 * <pre>
 * object form   {"traceEvents":[ev, ev, ...], "displayTimeUnit":"ns", "otherData":{...}, ...}
 * array form    [ev, ev, ...]        (the closing ']' may be missing, as Chrome allows)
 * </pre>
 *
 * Each event is parsed into a map (key order kept); every other top-level member goes to
 * {@link Sink#member}. Numbers become {@link Long} when integral and in range, {@link BigInteger}
 * when integral and larger, {@link Double} otherwise. Also holds the compact writer the timeline
 * page embeds its data with.
 */
final class TraceJson {
    /** Receives the file's parts in file order. */
    interface Sink {
        void event(Map<String, Object> event);

        void member(String key, Object value);
    }

    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private int len;
    private int pos;
    private long consumed; // chars before buf[0], for error offsets

    private TraceJson(Reader in) {
        this.in = in;
    }

    /** Reads the whole file into {@code sink}; a malformed file fails with the offset of the fault. */
    static void read(Reader in, Sink sink) throws IOException {
        TraceJson p = new TraceJson(in);
        int c = p.skipSpace();
        if (c == '[') {
            p.pos++;
            p.events(sink, true);
        } else if (c == '{') {
            p.pos++;
            if (p.skipSpace() == '}') {
                p.pos++;
                return;
            }
            while (true) {
                String key = p.string();
                p.expect(':');
                if (key.equals("traceEvents") && p.skipSpace() == '[') {
                    p.pos++;
                    p.events(sink, false);
                } else {
                    sink.member(key, p.value());
                }
                int next = p.skipSpace();
                if (next != ',' && next != '}') {
                    throw p.error("expected ',' or '}'");
                }
                p.pos++;
                if (next == '}') {
                    break;
                }
            }
        } else {
            throw p.error("a trace file starts with '{' or '['");
        }
        if (p.skipSpace() != -1) {
            throw p.error("text after the trace");
        }
    }

    @SuppressWarnings("unchecked")
    private void events(Sink sink, boolean endMayBeMissing) throws IOException {
        int c = skipSpace();
        if (c == ']') {
            pos++;
            return;
        }
        while (true) {
            Object v = value();
            if (v instanceof Map<?, ?> m) {
                sink.event((Map<String, Object>) m);
            }
            c = skipSpace();
            if (c == -1 && endMayBeMissing) {
                return;
            }
            if (c != ',' && c != ']') {
                throw error("expected ',' or ']' in the event list");
            }
            pos++;
            if (c == ']') {
                return;
            }
            if (endMayBeMissing && skipSpace() == -1) {
                return; // "[ev, ev," is a trace cut short, still readable
            }
        }
    }

    private Object value() throws IOException {
        int c = skipSpace();
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                if (skipSpace() == '}') {
                    pos++;
                    return m;
                }
                while (true) {
                    String k = string();
                    expect(':');
                    m.put(k, value());
                    int n = skipSpace();
                    if (n != ',' && n != '}') {
                        throw error("expected ',' or '}'");
                    }
                    pos++;
                    if (n == '}') {
                        return m;
                    }
                }
            }
            case '[' -> {
                pos++;
                List<Object> l = new ArrayList<>();
                if (skipSpace() == ']') {
                    pos++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    int n = skipSpace();
                    if (n != ',' && n != ']') {
                        throw error("expected ',' or ']'");
                    }
                    pos++;
                    if (n == ']') {
                        return l;
                    }
                }
            }
            case '"' -> {
                return string();
            }
            case -1 -> throw error("end of file inside a value");
            default -> {
                return scalar();
            }
        }
    }

    private Object scalar() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (fill() && "{}[],: \t\r\n\"".indexOf(buf[pos]) < 0) {
            sb.append(buf[pos++]);
        }
        String t = sb.toString();
        switch (t) {
            case "true" -> {
                return Boolean.TRUE;
            }
            case "false" -> {
                return Boolean.FALSE;
            }
            case "null" -> {
                return null;
            }
            default -> {
                if (!t.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                    throw error("not a JSON value: '" + t + "'");
                }
                if (t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0) {
                    BigInteger b = new BigInteger(t);
                    return b.bitLength() < 64 ? (Object) b.longValue() : b;
                }
                return Double.parseDouble(t);
            }
        }
    }

    private String string() throws IOException {
        if (skipSpace() != '"') {
            throw error("expected a string");
        }
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (!fill()) {
                throw error("end of file inside a string");
            }
            char c = buf[pos++];
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (!fill()) {
                throw error("end of file inside a string");
            }
            char e = buf[pos++];
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        if (!fill()) {
                            throw error("end of file inside a \\u escape");
                        }
                        int d = Character.digit(buf[pos++], 16);
                        if (d < 0) {
                            throw error("bad \\u escape");
                        }
                        code = code * 16 + d;
                    }
                    sb.append((char) code);
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private void expect(char c) throws IOException {
        if (skipSpace() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    /** The next non-space character without consuming it, or -1 at the end of the file. */
    private int skipSpace() throws IOException {
        while (fill()) {
            char c = buf[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            pos++;
        }
        return -1;
    }

    /** True when buf[pos] holds a character, reading more if needed. */
    private boolean fill() throws IOException {
        if (pos < len) {
            return true;
        }
        consumed += len;
        len = Math.max(in.read(buf, 0, buf.length), 0);
        pos = 0;
        return len > 0;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("trace JSON: " + what + " at character " + (consumed + pos));
    }

    /** Compact JSON (no spaces) for embedding: NaN and infinities become {@code null}. */
    static void write(StringBuilder sb, Object v) {
        if (v == null || (v instanceof Double d && !Double.isFinite(d)) || (v instanceof Float f && !Float.isFinite(f))) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, l.get(i));
            }
            sb.append(']');
        } else {
            string(sb, v.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // Line and paragraph separators are legal in JSON but end a line in older JavaScript.
                case '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
