package dev.umws;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rows of docs/conformance.md a test asserts ("CD-5"). ConformanceTableTest checks that every
 * row of the table is pinned by some test and that every pinned id is a row.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Pins {
    String[] value();
}
