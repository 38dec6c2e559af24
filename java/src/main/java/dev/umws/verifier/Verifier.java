package dev.umws.verifier;

import dev.umws.os.Rule;
import dev.umws.os.ViolationSink;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rule violations the emulated OS observes (it checks each documented rule where
 * it can be seen: in thunks, around DDIs, in the callbacks and the interrupt path). Never throws:
 * a test or the demo reads {@link #violations()}.
 */
public final class Verifier implements ViolationSink {
    private final List<Violation> violations = new ArrayList<>();

    @Override
    public synchronized void report(Rule rule, String object, String call, String detail) {
        violations.add(new Violation(rule, object, call, detail));
    }

    public synchronized List<Violation> violations() {
        return List.copyOf(violations);
    }

    public synchronized List<Violation> of(Rule rule) {
        return violations.stream().filter(v -> v.rule() == rule).toList();
    }

    public synchronized void clear() {
        violations.clear();
    }

    /** The rule table: id, name and text of every rule. */
    public static List<String> table() {
        List<String> out = new ArrayList<>();
        for (Rule r : Rule.values()) {
            out.add(r.id + "\t" + r.name() + "\t" + r.text);
        }
        return out;
    }
}
