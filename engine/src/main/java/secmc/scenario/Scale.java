package secmc.scenario;

import java.util.Locale;

/** How many realizations a figure gets by default. */
public enum Scale {
    /** Minutes for the whole catalogue on 2 cores: smoke-quality curves. */
    QUICK,
    /** The paper's precision (at least 10^5 realizations per point where the paper simulates). */
    PAPER;

    /** Parses {@code quick} or {@code paper}. */
    public static Scale parse(String s) {
        for (Scale v : values()) {
            if (v.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("scale must be one of {quick, paper}, got '" + s + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
