package secmc.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A scenario parameter: its name (the paper's symbol, as typed after {@code --set}), kind,
 * unit, default and valid range. Validates values and turns bad ones into one-line messages
 * that name the parameter and its valid range.
 *
 * @param name symbol, e.g. {@code lambda}
 * @param kind real, integer or choice
 * @param unit unit in words or symbols ({@code "1/m^2"}, {@code "dB"}, {@code ""} for none)
 * @param description one line
 * @param defaultValue a {@code Double}, {@code Long} or {@code String} by kind
 * @param min lower bound (real and integer)
 * @param minInclusive whether {@code min} itself is allowed
 * @param max upper bound (real and integer)
 * @param maxInclusive whether {@code max} itself is allowed
 * @param choices allowed values of a choice parameter, else empty
 */
public record ParamDef(String name, Kind kind, String unit, String description, Object defaultValue,
                       double min, boolean minInclusive, double max, boolean maxInclusive,
                       List<String> choices) implements Serializable {

    /** What values a parameter takes. */
    public enum Kind { REAL, INTEGER, CHOICE }

    public ParamDef {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be an identifier, got " + name);
        }
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        if (kind == Kind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter " + name + " needs choices");
        }
    }

    /** A real parameter with bounds; use infinities for open ends. */
    public static ParamDef real(String name, String unit, double defaultValue, double min, boolean minInclusive,
                                double max, boolean maxInclusive, String description) {
        ParamDef d = new ParamDef(name, Kind.REAL, unit, description, defaultValue, min, minInclusive, max,
                maxInclusive, List.of());
        d.validate(defaultValue);
        return d;
    }

    /** An integer parameter in the closed range [min, max]. */
    public static ParamDef integer(String name, String unit, long defaultValue, long min, long max,
                                   String description) {
        ParamDef d = new ParamDef(name, Kind.INTEGER, unit, description, defaultValue, min, true, max, true,
                List.of());
        d.validate(defaultValue);
        return d;
    }

    /** A parameter taking one of a few named values. */
    public static ParamDef choice(String name, String defaultValue, List<String> choices, String description) {
        ParamDef d = new ParamDef(name, Kind.CHOICE, "", description, defaultValue, Double.NaN, false, Double.NaN,
                false, choices);
        d.validate(defaultValue);
        return d;
    }

    /**
     * A number as typed in decimal: sign, digits with an optional point, optional exponent (or
     * NaN/Infinity, which the range check then rejects by name). {@link Double#parseDouble} alone
     * also takes a type suffix ({@code 3f}, {@code 2d}) and hexadecimal ({@code 0x1p3}), which
     * would turn a typo in a study file into a silently accepted value.
     */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(NaN|Infinity)");

    /**
     * Parses a decimal number strictly: no type suffix, no hexadecimal.
     *
     * @throws NumberFormatException when {@code text} is not a plain decimal number
     */
    public static double parseDecimal(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a decimal number: " + text);
        }
        return Double.parseDouble(text);
    }

    /** The valid range in interval or set notation, e.g. {@code (2, 10]} or {@code {exact, thinned}}. */
    public String range() {
        if (kind == Kind.CHOICE) {
            return "{" + String.join(", ", choices) + "}";
        }
        return (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max) + (maxInclusive ? "]" : ")");
    }

    /**
     * Parses a textual value ({@code --set}, config files).
     *
     * @throws IllegalArgumentException one line naming the parameter and its valid range
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        switch (kind) {
            case CHOICE:
                return validate(t);
            case INTEGER: {
                long v;
                try {
                    double d = parseDecimal(t);
                    if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
                        throw new NumberFormatException();
                    }
                    v = (long) d;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(badValue("an integer", text));
                }
                if (!inRange(v)) {
                    throw new IllegalArgumentException(badValue("an integer", t));
                }
                return v;
            }
            default: {
                double v;
                try {
                    v = parseDecimal(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(badValue("a number", text));
                }
                if (!inRange(v)) {
                    // echo what was typed, not its normalised form
                    throw new IllegalArgumentException(badValue("a number", t));
                }
                return v;
            }
        }
    }

    /**
     * Checks a value and returns it in canonical type ({@code Double}, {@code Long} or {@code String}).
     *
     * @throws IllegalArgumentException one line naming the parameter and its valid range
     */
    public Object validate(Object value) {
        switch (kind) {
            case CHOICE: {
                String s = String.valueOf(value);
                if (!choices.contains(s)) {
                    throw new IllegalArgumentException(badValue("one of", s));
                }
                return s;
            }
            case INTEGER: {
                if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                    throw new IllegalArgumentException(badValue("an integer", String.valueOf(value)));
                }
                long v = n.longValue();
                if (!inRange(v)) {
                    throw new IllegalArgumentException(badValue("an integer", String.valueOf(v)));
                }
                return v;
            }
            default: {
                if (!(value instanceof Number n)) {
                    throw new IllegalArgumentException(badValue("a number", String.valueOf(value)));
                }
                double v = n.doubleValue();
                if (!inRange(v)) {
                    throw new IllegalArgumentException(badValue("a number", fmt(v)));
                }
                return v;
            }
        }
    }

    private boolean inRange(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return false;
        }
        boolean lowOk = minInclusive ? v >= min : v > min;
        boolean highOk = maxInclusive ? v <= max : v < max;
        return lowOk && highOk;
    }

    private String badValue(String what, String got) {
        String u = unit.isEmpty() ? "" : " (" + unit + ")";
        String where = kind == Kind.CHOICE ? " " : " in ";
        return "parameter " + name + " must be " + what + where + range() + u + ", got '" + got + "'";
    }

    /** Formats a bound or value compactly: integers without a decimal point, infinities as words. */
    public static String fmt(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return Double.toString(v);
    }
}
