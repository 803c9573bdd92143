package secmc.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, fully resolved set of parameter values of one scenario, in the scenario's
 * declaration order. Every value has passed its {@link ParamDef}'s validation.
 */
public final class Params implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, ParamDef> defs;
    private final LinkedHashMap<String, Object> values;

    private Params(LinkedHashMap<String, ParamDef> defs, LinkedHashMap<String, Object> values) {
        this.defs = defs;
        this.values = values;
    }

    /** The defaults of the given definitions. */
    public static Params defaults(List<ParamDef> definitions) {
        LinkedHashMap<String, ParamDef> d = new LinkedHashMap<>();
        LinkedHashMap<String, Object> v = new LinkedHashMap<>();
        for (ParamDef p : definitions) {
            if (d.put(p.name(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter " + p.name());
            }
            v.put(p.name(), p.validate(p.defaultValue()));
        }
        return new Params(d, v);
    }

    /** The definition of {@code name}, or an exception naming the known parameters. */
    public ParamDef def(String name) {
        ParamDef d = defs.get(name);
        if (d == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + String.join(", ", defs.keySet()));
        }
        return d;
    }

    /** Whether a parameter of that name exists. */
    public boolean has(String name) {
        return defs.containsKey(name);
    }

    /** A copy with one value replaced, validated (typed value). */
    public Params with(String name, Object value) {
        Object v = def(name).validate(value);
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, v);
        return new Params(defs, copy);
    }

    /** A copy with one value replaced, parsed from text. */
    public Params withText(String name, String text) {
        return with(name, def(name).parse(text));
    }

    /** A copy with all given values replaced (typed values). */
    public Params withAll(Map<String, ?> overrides) {
        Params p = this;
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    /** A real value; integers are widened. */
    public double real(String name) {
        Object v = values.get(def(name).name());
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter " + name + " is not numeric");
    }

    /** An integer value. */
    public long integer(String name) {
        Object v = values.get(def(name).name());
        if (v instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException("parameter " + name + " is not an integer");
    }

    /** A choice value. */
    public String choice(String name) {
        Object v = values.get(def(name).name());
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("parameter " + name + " is not a choice");
    }

    /** The raw value. */
    public Object get(String name) {
        return values.get(def(name).name());
    }

    /** All values in declaration order (unmodifiable). */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** All definitions in declaration order. */
    public List<ParamDef> definitions() {
        return List.copyOf(defs.values());
    }

    /**
     * The values as a JSON object, keys in declaration order, numbers in Java's shortest
     * round-trip form: deterministic, so equal parameters give equal strings.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(e.getKey()).append("\":");
            Object v = e.getValue();
            if (v instanceof String s) {
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
