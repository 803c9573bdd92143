package secmc.scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run sweeps: the curves of a figure and its x-axis. A scenario proposes a default
 * plan; a study (config file, {@code --set}) may replace or narrow it.
 *
 * @param curves at least one curve
 * @param axis the x-axis
 */
public record Plan(List<Curve> curves, Axis axis) implements Serializable {
    public Plan {
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one curve");
        }
        curves = List.copyOf(curves);
        if (axis == null) {
            throw new IllegalArgumentException("a plan needs an axis");
        }
    }

    /**
     * Narrows the plan to explicitly set parameters: when {@code name} is the x-axis the axis
     * collapses to that single value; when curves override {@code name}, the override is
     * dropped from every curve (the explicit value wins) and curves that became identical
     * are merged, labelled by what still distinguishes them.
     */
    public Plan pin(String name, Object value) {
        Axis a = axis;
        if (axis.name().equals(name) && value instanceof Number n) {
            a = new Axis(axis.name(), axis.unit(), new double[] {n.doubleValue()}, axis.log());
        }
        boolean touched = curves.stream().anyMatch(c -> c.overrides().containsKey(name));
        if (!touched) {
            return new Plan(curves, a);
        }
        LinkedHashMap<Map<String, Object>, String> merged = new LinkedHashMap<>();
        for (Curve c : curves) {
            LinkedHashMap<String, Object> o = new LinkedHashMap<>(c.overrides());
            o.remove(name);
            merged.putIfAbsent(o, o.isEmpty() ? name + "=" + value : c.label());
        }
        List<Curve> out = new ArrayList<>();
        merged.forEach((o, label) -> out.add(new Curve(label, o)));
        return new Plan(out, a);
    }
}
