package secmc.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.scenario.Catalog;
import secmc.scenario.ParamDef;
import secmc.scenario.Scenario;

/**
 * Fuzzes {@code --set} through the real command line, in this JVM: 1200 invalid values built
 * by construction (wrong types, NaN, infinities, out-of-range and huge numbers, fractional
 * integers, unknown choices and names, malformed NAME=VALUE), each after 0 to 2 valid
 * settings, over every scenario. Every one must give exit code 2, one line naming the
 * parameter, no stack trace and no output directory. Fixed seed: the same 1200 cases each run.
 */
class SetFuzzTest {
    @TempDir
    Path tmp;

    static final String[] JUNK = {"", " ", "abc", "1e", "e5", "--5", "5..0", "1,5", "0x", "NaNx", "Infinityy", "one",
        "\u0665", "1\u00a0", "5 5", "[1]", "{}", "null", "true", "1e5e5", "\t", "=", "\"1\"", "1_000"};

    /** A value of {@code d} that is invalid by construction, and a short name of the kind of mutation. */
    static String invalidValue(ParamDef d, Random r) {
        if (d.kind() == ParamDef.Kind.CHOICE) {
            return switch (r.nextInt(3)) {
                case 0 -> d.choices().get(r.nextInt(d.choices().size())) + "x";
                case 1 -> d.choices().get(r.nextInt(d.choices().size())).toUpperCase(java.util.Locale.ROOT) + "_";
                default -> JUNK[r.nextInt(JUNK.length)] + "#";
            };
        }
        List<String> c = new ArrayList<>(List.of("NaN", "nan", "Infinity", "-Infinity", "1e400", "-1e400",
                JUNK[r.nextInt(JUNK.length)] + "z"));
        c.addAll(InvalidValues.outOfRange(d, r::nextInt));
        return c.get(r.nextInt(c.size()));
    }

    static String validValue(ParamDef d) {
        Object v = d.defaultValue();
        return v instanceof Double x ? Double.toString(x) : String.valueOf(v);
    }

    @Test
    void mutatedSetValuesAreAlwaysOneLineExitTwoNamingTheParameter() {
        Random r = new Random(20261202L); // test input generator only; fixed seed
        List<Scenario> scenarios = new ArrayList<>(Catalog.all());
        Path out = tmp.resolve("out");
        int cases = 1200;
        for (int i = 0; i < cases; i++) {
            Scenario s = scenarios.get(r.nextInt(scenarios.size()));
            List<ParamDef> defs = s.parameters();
            List<String> args = new ArrayList<>(List.of("run", s.id(), "--out", out.toString(), "--runner", "local",
                    "--realizations", "1000", "--progress", "none"));
            int valid = defs.isEmpty() ? 0 : r.nextInt(3);
            for (int k = 0; k < valid; k++) {
                ParamDef d = defs.get(r.nextInt(defs.size()));
                args.add("--set");
                args.add(d.name() + "=" + validValue(d));
            }
            String expectedName;
            int kind = defs.isEmpty() ? 1 : r.nextInt(10);
            if (kind <= 6) {
                ParamDef d = defs.get(r.nextInt(defs.size()));
                args.add("--set");
                args.add((r.nextBoolean() ? d.name() : " " + d.name() + " ") + "=" + invalidValue(d, r));
                expectedName = d.name();
            } else if (kind <= 8) {
                String name = "p" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
                args.add("--set");
                args.add(name + "=" + r.nextInt(100));
                expectedName = name;
            } else {
                args.add("--set");
                args.add(r.nextBoolean() ? "=" + r.nextInt(9) : JUNK[r.nextInt(JUNK.length)].replace("=", "") + "noequals");
                expectedName = "--set";
            }
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = Main.execute(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
            String err = e.toString();
            String what = "case " + i + " " + args + ": " + err;
            assertEquals(2, code, what);
            assertTrue(err.startsWith("secmc: error: "), what);
            assertEquals(1, err.strip().lines().count(), what);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), what);
            assertTrue(err.contains(expectedName), "names " + expectedName + ": " + what);
            assertTrue(o.toString().isEmpty(), what);
            assertFalse(Files.exists(out), "nothing written: " + what);
        }
    }
}
