package dev.umws.verifier;

import dev.umws.os.Rule;

/** One broken rule: which, on what object, during which call, and what was seen. */
public record Violation(Rule rule, String object, String call, String detail) {
    @Override
    public String toString() {
        return "rule " + rule.id + " (" + rule.name() + ") " + object + " in " + call + ": " + detail;
    }
}
