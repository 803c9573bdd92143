package secmc.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import secmc.scenario.ParamDef;

/** Values of a parameter that its ParamDef must refuse, shared by the --set and config-file fuzz tests. */
final class InvalidValues {
    private InvalidValues() {
    }

    /** Whether {@code v} is not a valid value of {@code d} (the ParamDef rules restated). */
    static boolean invalidFor(ParamDef d, double v) {
        if (!Double.isFinite(v)) {
            return true;
        }
        if (d.kind() == ParamDef.Kind.INTEGER && (v != Math.rint(v) || Math.abs(v) > 9e15)) {
            return true;
        }
        boolean low = d.minInclusive() ? v >= d.min() : v > d.min();
        boolean high = d.maxInclusive() ? v <= d.max() : v < d.max();
        return !(low && high);
    }

    /**
     * Texts just and far outside {@code d}'s declared range (and non-integers for integer
     * parameters); {@code nextInt(bound)} is the caller's seeded generator.
     */
    static List<String> outOfRange(ParamDef d, IntUnaryOperator nextInt) {
        List<String> c = new ArrayList<>();
        if (Double.isFinite(d.min())) {
            c.add(String.valueOf(d.minInclusive() ? d.min() - Math.max(1e-9, Math.abs(d.min()) * 1e-6) - 1 : d.min()));
            c.add(String.valueOf(d.min() - Math.abs(d.min()) * (1 + nextInt.applyAsInt(1000)) - 1
                    - nextInt.applyAsInt(1_000_000)));
        }
        if (Double.isFinite(d.max())) {
            c.add(String.valueOf(d.maxInclusive() ? d.max() + Math.max(1e-9, Math.abs(d.max()) * 1e-6) + 1 : d.max()));
            c.add(String.valueOf(d.max() + Math.abs(d.max()) * (1 + nextInt.applyAsInt(1000)) + 1
                    + nextInt.applyAsInt(1_000_000)));
        }
        if (d.kind() == ParamDef.Kind.INTEGER) {
            long mid = Math.round(Math.max(d.min(), Math.min(d.max(), 0)));
            c.add(mid + ".5");
            c.add("99999999999999999999");
            c.add("-9223372036854775809");
            c.add("1e16");
        }
        return c;
    }
}
