package secmc.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One curve of a figure: a label and the parameter values that distinguish it from the base
 * parameters (e.g. {@code alpha=3}, or {@code scheme=RR}).
 *
 * @param label shown in legends and stored in the {@code curve} column
 * @param overrides parameter values of this curve, in insertion order
 */
public record Curve(String label, Map<String, Object> overrides) implements Serializable {
    public Curve {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("curve label must be non-empty");
        }
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** A curve with no overrides. */
    public static Curve of(String label) {
        return new Curve(label, Map.of());
    }

    /** A curve with one override. */
    public static Curve of(String label, String name, Object value) {
        return new Curve(label, Map.of(name, value));
    }
}
