package secmc.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.scenario.Axis;
import secmc.scenario.Catalog;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/**
 * Fuzzes {@code secmc run --config FILE} through the real command line, in this JVM: valid
 * studies of every catalogue scenario (all parameters at their defaults, the figure's x-axis
 * as a range or a value list, a choice parameter as curves) are mutated into invalid ones
 * (wrong types, NaN and infinities, huge and out-of-range values, unknown names, keys and
 * scenarios, duplicate keys, bad sweeps, syntax errors, truncations, binary garbage, empty
 * files, directories and missing files, YAML tags, alias bombs, deep nesting). Every case must
 * give exit code 2, one line {@code secmc: error: ...} naming the file and the parameter or key
 * (a malformed-YAML error also its line), no stack trace, nothing on stdout and no output
 * directory.
 *
 * <p>Fixed seed: the same cases each run, so the false-failure probability is 0. Each mutation
 * is invalid by construction; before running the command the case is also checked to be
 * rejected by {@link StudyOptions#resolve} (so an accepted case fails here instead of starting
 * a simulation). Truncations are the exception: a cut may leave a valid study (e.g. after a
 * whole line), those cuts are skipped, the rest are cases.
 */
class ConfigFuzzTest {
    @TempDir
    Path tmp;

    /** Cases run (invalid studies); each mutation class gets about the same share. */
    static final int CASES = 1400;

    static final String[] KINDS = {"string-for-number", "list-for-scalar", "map-for-list", "nan-inf", "huge",
        "out-of-range", "unknown-param", "unknown-key", "unknown-scenario", "duplicate-key", "bad-sweep",
        "syntax", "truncated", "binary", "empty", "not-a-file", "tag", "alias-bomb", "deep-nesting"};

    static final String[] JUNK = {"abc", "four", "1e", "e5", "--5", "5..0", "1,5", "one", "5 5", "1_000", "0x10",
        "0x1p3", "3f", "2d", "1.5F", "7D", "1e5e5", "\u0665", "1\u00a0", "", "yes", "true", "1/2", "10%", "$5", "5m"};
    static final String[] NAN_INF = {".nan", ".NaN", ".NAN", "NaN", "nan", "-nan", ".inf", "-.inf", "+.inf", ".Inf",
        "Infinity", "-Infinity", "+Infinity", "inf", "-inf", "Inf"};
    static final String[] HUGE = {"1e400", "-1e400", "1e309", "1" + "0".repeat(30), "-1" + "0".repeat(30), "1e30",
        "-1e30", "9".repeat(25) + ".5", "123456789012345678901234567890"};
    static final String[] TAGS = {"!!java.net.URL", "!!java.lang.ProcessBuilder", "!!javax.script.ScriptEngineManager",
        "!cmd", "!shell", "!ruby/object", "!<tag:yaml.org,2002:java.net.URL>", "!!binary", "!!timestamp", "!!set",
        "!!omap", "!!pairs", "!!python/object/apply:os.system", "!!seq", "!!map", "!<!bang>", "!e!x"};
    static final String[] SYNTAX = {"  bad: [1, 2", "\tseed: 3", "key: 'unterminated", "@x: 1", "`x: 1", "x: y: z",
        "- item", "{", "]", "}", "key: \"open", "&: 1", "*nope", "? [a\n: 1", "|\n bad", "a: !<> 3"};

    // ---- a tiny YAML writer for block studies, so mutations edit keys and values and not text ----

    static final class Entry {
        String key;
        String value;

        Entry(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    /** A block mapping under {@code key}, or an inline value replacing it. */
    static final class Block {
        final String key;
        String inline;
        final List<Entry> entries = new ArrayList<>();

        Block(String key) {
            this.key = key;
        }

        Entry get(String k) {
            return entries.stream().filter(e -> e.key.equals(k)).findFirst().orElse(null);
        }
    }

    static final class Doc {
        final List<Object> items = new ArrayList<>();
        final List<String> extra = new ArrayList<>();

        Entry top(String key) {
            return items.stream().filter(o -> o instanceof Entry e && e.key.equals(key)).map(o -> (Entry) o)
                    .findFirst().orElse(null);
        }

        Block block(String key) {
            return items.stream().filter(o -> o instanceof Block b && b.key.equals(key)).map(o -> (Block) o)
                    .findFirst().orElse(null);
        }

        String render() {
            StringBuilder sb = new StringBuilder("# fuzz base study\n");
            for (Object o : items) {
                if (o instanceof Entry e) {
                    sb.append(e.key).append(": ").append(e.value).append('\n');
                } else {
                    Block b = (Block) o;
                    if (b.inline != null) {
                        sb.append(b.key).append(": ").append(b.inline).append('\n');
                    } else if (!b.entries.isEmpty()) {
                        sb.append(b.key).append(":\n");
                        for (Entry e : b.entries) {
                            sb.append("  ").append(e.key).append(": ").append(e.value).append('\n');
                        }
                    }
                }
            }
            extra.forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String text(ParamDef d, Object v) {
        if (d.kind() == ParamDef.Kind.CHOICE) {
            return quote(String.valueOf(v));
        }
        double x = ((Number) v).doubleValue();
        return d.kind() == ParamDef.Kind.INTEGER ? Long.toString(Math.round(x)) : Double.toString(x);
    }

    /**
     * A valid study of {@code s}: variant 0 sweeps the figure's x parameter as a range, 1 as a
     * value list, 2 has no x; variants 0 and 1 put the first choice parameter on curves.
     */
    static Doc base(Scenario s, int variant) {
        Params d = s.defaults();
        Axis a = s.plan(d).axis();
        ParamDef xd = variant < 2 && d.has(a.name()) && d.def(a.name()).kind() != ParamDef.Kind.CHOICE
                ? d.def(a.name()) : null;
        ParamDef cd = variant < 2 ? s.parameters().stream()
                .filter(p -> p.kind() == ParamDef.Kind.CHOICE && p.choices().size() >= 2).findFirst().orElse(null)
                : null;
        Doc doc = new Doc();
        doc.items.add(new Entry("scenario", s.id()));
        doc.items.add(new Entry("realizations", "1000"));
        doc.items.add(new Entry("seed", "7"));
        Block params = new Block("params");
        for (ParamDef p : s.parameters()) {
            if (p != xd && p != cd) {
                params.entries.add(new Entry(p.name(), text(p, p.defaultValue())));
            }
        }
        doc.items.add(params);
        if (xd != null) {
            Block x = new Block("x");
            x.entries.add(new Entry("param", xd.name()));
            double[] v = a.values();
            if (variant == 0) {
                x.entries.add(new Entry("from", text(xd, v[0])));
                x.entries.add(new Entry("to", text(xd, v[v.length - 1])));
                x.entries.add(new Entry("points", Integer.toString(v.length)));
                x.entries.add(new Entry("scale", a.log() ? "log" : "linear"));
            } else {
                List<String> t = new ArrayList<>();
                for (double xv : v) {
                    t.add(text(xd, xv));
                }
                x.entries.add(new Entry("values", "[" + String.join(", ", t) + "]"));
            }
            doc.items.add(x);
        }
        if (cd != null) {
            Block c = new Block("curves");
            c.entries.add(new Entry("param", cd.name()));
            c.entries.add(new Entry("values", "[" + String.join(", ", cd.choices().stream().map(ConfigFuzzTest::quote)
                    .toList()) + "]"));
            doc.items.add(c);
        }
        return doc;
    }

    /** Whether the study is accepted (resolved to a run) without running it. */
    static boolean accepted(Path file) {
        StudyOptions o = new StudyOptions();
        o.config = file.toString();
        try {
            o.resolve(null);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An invalid study: its text (null: {@code path} is set up by the mutation) and what the message must name. */
    record Mutant(String text, byte[] bytes, Path path, List<String> anyOf) {
        static Mutant of(String text, String... anyOf) {
            return new Mutant(text, null, null, List.of(anyOf));
        }
    }

    /** The context of one case: the random stream, scenario, its defaults and a fresh base study. */
    final class Ctx {
        final SplittableRandom r;
        final Scenario s;
        final Params d;
        final Doc doc;
        final Path dir;

        Ctx(SplittableRandom r, Scenario s, Doc doc, Path dir) {
            this.r = r;
            this.s = s;
            this.d = s.defaults();
            this.doc = doc;
            this.dir = dir;
        }

        <T> T pick(List<T> l) {
            return l.isEmpty() ? null : l.get(r.nextInt(l.size()));
        }

        String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        List<Entry> params() {
            Block b = doc.block("params");
            return b == null ? List.of() : b.entries;
        }

        List<Entry> numericParams() {
            return params().stream().filter(e -> d.def(e.key).kind() != ParamDef.Kind.CHOICE).toList();
        }

        /** The sweep blocks (x, curves) present. */
        List<Block> sweeps() {
            List<Block> out = new ArrayList<>();
            for (String k : List.of("x", "curves")) {
                if (doc.block(k) != null) {
                    out.add(doc.block(k));
                }
            }
            return out;
        }

        String newName() {
            return "p" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
        }
    }

    /** Out-of-range texts of {@code d}, by its declared range. */
    static List<String> outOfRange(ParamDef d, SplittableRandom r) {
        return InvalidValues.outOfRange(d, r::nextInt).stream()
                .filter(t -> InvalidValues.invalidFor(d, Double.parseDouble(t))).toList();
    }

    /** A top-level integer key and an invalid text for it. */
    Mutant topInteger(Ctx c, String[] candidates) {
        String key = c.r.nextBoolean() ? "realizations" : "seed";
        String v = c.pick(candidates);
        c.doc.top(key).value = v;
        return Mutant.of(c.doc.render(), key);
    }

    Mutant mutate(String kind, Ctx c) throws IOException {
        SplittableRandom r = c.r;
        Doc doc = c.doc;
        switch (kind) {
            case "string-for-number": {
                String junk = c.pick(JUNK);
                String t = junk.matches("[A-Za-z0-9._+-]+") && r.nextBoolean() ? junk : quote(junk);
                Entry e = c.pick(c.params());
                if (e == null || r.nextInt(5) == 0) {
                    String key = c.pick(new String[] {"realizations", "seed"});
                    doc.top(key).value = t;
                    return Mutant.of(doc.render(), key);
                }
                ParamDef d = c.d.def(e.key);
                if (d.kind() == ParamDef.Kind.CHOICE) {
                    String ch = c.pick(d.choices());
                    e.value = quote(r.nextBoolean() ? ch + "x" : ch.toUpperCase(Locale.ROOT) + "_");
                } else {
                    e.value = t;
                }
                return Mutant.of(doc.render(), d.name());
            }
            case "list-for-scalar": {
                int w = r.nextInt(4);
                Entry e = c.pick(c.params());
                if (w == 0 && e != null) {
                    e.value = r.nextBoolean() ? "[" + e.value + "]" : "[" + e.value + ", " + e.value + "]";
                    return Mutant.of(doc.render(), e.key);
                }
                if (w == 1 && doc.block("x") != null) {
                    Block x = doc.block("x");
                    Entry p = x.get("points") != null && r.nextBoolean() ? x.get("points") : x.get("param");
                    p.value = "[" + p.value + "]";
                    return Mutant.of(doc.render(), "x." + p.key);
                }
                String key = c.pick(new String[] {"scenario", "realizations", "seed"});
                Entry t = doc.top(key);
                t.value = r.nextBoolean() ? "[" + t.value + "]" : "\n  - " + t.value;
                return Mutant.of(doc.render(), key);
            }
            case "map-for-list": {
                int w = r.nextInt(6);
                if (w == 0 && !c.params().isEmpty()) {
                    doc.block("params").inline = "[" + String.join(", ", c.params().stream().map(x -> x.key).toList()) + "]";
                    return Mutant.of(doc.render(), "'params'");
                }
                Block sw = c.pick(c.sweeps());
                if (w <= 2 && sw != null && sw.get("values") != null) {
                    sw.get("values").value = r.nextBoolean() ? "{a: 1}" : "{" + sw.get("param").value + ": 1}";
                    return Mutant.of(doc.render(), sw.key + ".values");
                }
                if (w == 3 && sw != null) {
                    sw.inline = r.nextBoolean() ? "7" : quote(sw.get("param").value);
                    return Mutant.of(doc.render(), "'" + sw.key + "'");
                }
                Entry e = c.pick(c.params());
                if (e != null) {
                    e.value = "{" + (r.nextBoolean() ? "a" : e.key) + ": " + e.value + "}";
                    return Mutant.of(doc.render(), e.key);
                }
                Entry t = doc.top(c.pick(new String[] {"scenario", "realizations", "seed"}));
                t.value = "{v: " + t.value + "}";
                return Mutant.of(doc.render(), t.key);
            }
            case "nan-inf":
            case "huge": {
                String[] vals = kind.equals("huge") ? HUGE : NAN_INF;
                int w = r.nextInt(5);
                List<Entry> num = c.numericParams();
                if (w <= 2 && !num.isEmpty()) {
                    Entry e = c.pick(num);
                    ParamDef d = c.d.def(e.key);
                    for (int tries = 0; tries < 20; tries++) {
                        String v = c.pick(vals);
                        double dv = kind.equals("huge") ? Double.parseDouble(v) : Double.NaN;
                        if (InvalidValues.invalidFor(d, dv)) {
                            e.value = v;
                            return Mutant.of(doc.render(), d.name());
                        }
                    }
                }
                Block x = doc.block("x");
                if (w == 3 && x != null) {
                    Entry p = x.get("from") != null ? c.pick(List.of(x.get("from"), x.get("to"), x.get("points")))
                            : x.get("values");
                    String name = x.get("param").value;
                    ParamDef d = c.d.def(name);
                    String v = c.pick(vals);
                    if (p.key.equals("values")) {
                        if (kind.equals("huge") && !InvalidValues.invalidFor(d, Double.parseDouble(v))) {
                            v = "1e400";
                        }
                        p.value = "[" + v + "]";
                        return Mutant.of(doc.render(), name);
                    }
                    if (p.key.equals("points")) {
                        p.value = v;
                        return Mutant.of(doc.render(), "x.points");
                    }
                    if (kind.equals("huge") && !InvalidValues.invalidFor(d, Double.parseDouble(v))) {
                        v = "-1e400";
                    }
                    p.value = v;
                    return Mutant.of(doc.render(), name);
                }
                return topInteger(c, vals);
            }
            case "out-of-range": {
                List<Entry> num = c.numericParams();
                int w = r.nextInt(4);
                if (w <= 1 && !num.isEmpty()) {
                    Entry e = c.pick(num);
                    ParamDef d = c.d.def(e.key);
                    List<String> bad = outOfRange(d, r);
                    if (!bad.isEmpty()) {
                        e.value = c.pick(bad);
                        return Mutant.of(doc.render(), d.name());
                    }
                }
                Block x = doc.block("x");
                if (w == 2 && x != null) {
                    ParamDef d = c.d.def(x.get("param").value);
                    List<String> bad = outOfRange(d, r);
                    if (!bad.isEmpty()) {
                        String v = c.pick(bad);
                        if (x.get("values") != null) {
                            x.get("values").value = "[" + v + "]";
                        } else {
                            (r.nextBoolean() ? x.get("from") : x.get("to")).value = v;
                        }
                        return Mutant.of(doc.render(), d.name());
                    }
                }
                if (r.nextBoolean()) {
                    doc.top("realizations").value = c.pick(new String[] {"0", "-1", "-1000",
                        Long.toString(RunSpec.MAX_REALIZATIONS + 1), "2.5", "9223372036854775808"});
                    return Mutant.of(doc.render(), "realizations");
                }
                doc.top("seed").value = c.pick(new String[] {"9223372036854775808", "-9223372036854775809", "1.5",
                    "1e19", "-1e19", "0.1"});
                return Mutant.of(doc.render(), "seed");
            }
            case "unknown-param": {
                String name = c.newName();
                List<String> known = c.d.definitions().stream().map(ParamDef::name).toList();
                if (!known.isEmpty() && r.nextBoolean()) {
                    String k = c.pick(known);
                    String t = switch (r.nextInt(3)) {
                        case 0 -> k + "_";
                        case 1 -> k.toUpperCase(Locale.ROOT) + "X";
                        default -> "x" + k;
                    };
                    if (!known.contains(t)) {
                        name = t;
                    }
                }
                int w = r.nextInt(4);
                Block sw = c.pick(c.sweeps());
                if (w == 0 && sw != null) {
                    sw.get("param").value = name;
                } else if (w == 1 && doc.block("curves") == null) {
                    Block cb = new Block("curves");
                    cb.inline = "[{label: a, params: {" + name + ": 1}}]";
                    doc.items.add(cb);
                } else {
                    Block p = doc.block("params");
                    p.entries.add(r.nextInt(p.entries.size() + 1), new Entry(name, Integer.toString(r.nextInt(100))));
                }
                return Mutant.of(doc.render(), "'" + name + "'");
            }
            case "unknown-key": {
                String name = r.nextBoolean() ? c.newName() : c.pick(new String[] {"realisations", "Scenario",
                    "param", "parameters", "curve", "seeds", "X", "y", "runs", "scale_", "out", "plot"});
                int w = r.nextInt(4);
                Block sw = c.pick(c.sweeps());
                if (w == 0 && sw != null) {
                    sw.entries.add(r.nextInt(sw.entries.size() + 1), new Entry(name, "1"));
                } else if (w == 1 && doc.block("curves") == null) {
                    Block cb = new Block("curves");
                    cb.inline = "[{label: a, " + name + ": red}]";
                    doc.items.add(cb);
                } else {
                    doc.items.add(1 + r.nextInt(doc.items.size()), new Entry(name, "1"));
                }
                return Mutant.of(doc.render(), "'" + name + "'");
            }
            case "unknown-scenario": {
                String id = c.s.id();
                String t;
                do {
                    t = switch (r.nextInt(5)) {
                        case 0 -> id + "x";
                        case 1 -> id.toUpperCase(Locale.ROOT);
                        case 2 -> id.replace('.', '_');
                        case 3 -> id.substring(0, 1 + r.nextInt(id.length() - 1));
                        default -> "nope." + c.newName();
                    };
                } while (Catalog.contains(t));
                doc.top("scenario").value = t;
                return Mutant.of(doc.render(), "'" + t + "'");
            }
            case "duplicate-key": {
                int w = r.nextInt(4);
                if (w == 0 && c.params().size() >= 1) {
                    Block p = doc.block("params");
                    Entry e = c.pick(p.entries);
                    p.entries.add(r.nextInt(p.entries.size() + 1), new Entry(e.key, e.value));
                    return Mutant.of(doc.render(), e.key);
                }
                Block sw = c.pick(c.sweeps());
                if (w == 1 && sw != null) {
                    Entry e = c.pick(sw.entries);
                    sw.entries.add(new Entry(e.key, e.value));
                    return Mutant.of(doc.render(), "'" + e.key + "'");
                }
                Object o = c.pick(doc.items);
                if (o instanceof Entry e) {
                    doc.items.add(new Entry(e.key, e.value));
                    return Mutant.of(doc.render(), "'" + e.key + "'");
                }
                Block b = (Block) o;
                if (b.entries.isEmpty()) {
                    doc.items.add(new Entry("seed", "3"));
                    return Mutant.of(doc.render(), "'seed'");
                }
                Block copy = new Block(b.key);
                copy.entries.addAll(b.entries);
                doc.items.add(copy);
                return Mutant.of(doc.render(), "'" + b.key + "'");
            }
            case "bad-sweep":
                return badSweep(c);
            case "syntax": {
                String text = doc.render();
                if (r.nextInt(8) == 0) {
                    return Mutant.of(text + "---\n" + text, "malformed YAML");
                }
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                lines.add(1 + r.nextInt(lines.size() - 1), c.pick(SYNTAX));
                return Mutant.of(String.join("\n", lines));
            }
            case "truncated": {
                byte[] b = doc.render().getBytes(StandardCharsets.UTF_8);
                return new Mutant(null, java.util.Arrays.copyOf(b, r.nextInt(b.length)), null, List.of());
            }
            case "binary": {
                byte[] prefix = r.nextBoolean() ? new byte[0] : ("scenario: " + c.s.id() + "\n").getBytes(StandardCharsets.UTF_8);
                byte[] g = new byte[1 + r.nextInt(300)];
                r.nextBytes(g);
                // never valid: a C0 control character other than tab/newline/CR, or a byte that is never UTF-8
                g[r.nextInt(g.length)] = (byte) (int) c.pick(List.of(0x00, 0x01, 0x07, 0x08, 0x0b, 0x1b, 0xc0, 0xf8, 0xfe, 0xff));
                byte[] all = new byte[prefix.length + g.length];
                System.arraycopy(prefix, 0, all, 0, prefix.length);
                System.arraycopy(g, 0, all, prefix.length, g.length);
                return new Mutant(null, all, null, List.of());
            }
            case "empty":
                return Mutant.of(c.pick(new String[] {"", "\n", "   \n\n", "# only a comment\n", "---\n", "--- \n...\n",
                    "~\n", "null\n", "[]\n", "{}\n", "scenario:\n", "scenario: ~\n", "- scenario: " + c.s.id() + "\n",
                    c.s.id() + "\n", "\ufeff", "\ufeff# bom\n"}));
            case "not-a-file": {
                Path p = switch (r.nextInt(4)) {
                    case 0 -> Files.createDirectories(c.dir.resolve("study.yaml"));
                    case 1 -> c.dir.resolve("missing.yaml");
                    case 2 -> c.dir.resolve("missing").resolve("deeper.yaml");
                    default -> {
                        Path f = c.dir.resolve("plain.yaml");
                        Files.writeString(f, doc.render());
                        yield f.resolve("inside.yaml");
                    }
                };
                return new Mutant(null, null, p, List.of());
            }
            case "tag": {
                String tag = c.pick(TAGS);
                Entry e = c.pick(c.params());
                if (e == null || r.nextInt(4) == 0) {
                    Entry t = doc.top(c.pick(new String[] {"scenario", "realizations", "seed"}));
                    t.value = tag + " " + t.value;
                } else if (r.nextInt(5) == 0) {
                    doc.block("params").entries.add(new Entry("<<", "{" + e.key + ": " + e.value + "}"));
                } else {
                    e.value = tag + " " + (tag.contains("URL") ? "http://example.org/" : e.value);
                }
                return Mutant.of(doc.render());
            }
            case "alias-bomb": {
                int levels = 2 + r.nextInt(8);
                int width = 2 + r.nextInt(9);
                List<String> lines = new ArrayList<>();
                lines.add("lol0: &a0 [" + String.join(", ", java.util.Collections.nCopies(width, "lol")) + "]");
                for (int i = 1; i < levels; i++) {
                    lines.add("lol" + i + ": &a" + i + " [" + String.join(", ",
                            java.util.Collections.nCopies(width, "*a" + (i - 1))) + "]");
                }
                if (r.nextBoolean()) {
                    // aim it at a parameter: the parser must stop before anything reads it
                    Entry e = c.pick(c.params());
                    lines.add("params: {" + (e == null ? "x" : e.key) + ": *a" + (levels - 1) + "}");
                    doc.items.remove(doc.block("params"));
                }
                doc.extra.addAll(lines);
                String text = doc.render();
                if (r.nextBoolean()) {
                    // the same bomb as a recursive structure
                    text += "loop: &l [*l, *l]\n";
                }
                return Mutant.of(text);
            }
            case "deep-nesting": {
                int depth = c.pick(List.of(21, 25, 50, 100, 1000, 10_000, 21 + r.nextInt(3000)));
                Entry e = c.pick(c.params());
                String key = e == null ? "params" : e.key;
                String v = switch (r.nextInt(3)) {
                    case 0 -> "[".repeat(depth) + "1" + "]".repeat(depth);
                    case 1 -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
                    default -> {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < Math.min(depth, 400); i++) {
                            sb.append('\n').append("  ".repeat(i + 2)).append("a:");
                        }
                        yield sb.append(" 1").toString();
                    }
                };
                if (e == null) {
                    doc.items.add(new Entry("params", "{x: " + v + "}"));
                    doc.items.remove(doc.block("params"));
                } else {
                    e.value = v;
                }
                return Mutant.of(doc.render());
            }
            default:
                throw new IllegalStateException(kind);
        }
    }

    Mutant badSweep(Ctx c) {
        SplittableRandom r = c.r;
        Doc doc = c.doc;
        Block sw = c.pick(c.sweeps());
        if (sw == null) {
            // no sweep in the base: add one over a numeric parameter, then break it below
            Entry e = c.pick(c.numericParams());
            if (e == null) {
                return null;
            }
            doc.block("params").entries.remove(e);
            // x only where the figure's axis is a parameter (else replacing it is refused first)
            boolean xOk = c.d.has(c.s.plan(c.d).axis().name());
            sw = new Block(xOk && r.nextBoolean() ? "x" : "curves");
            sw.entries.add(new Entry("param", e.key));
            sw.entries.add(new Entry("values", "[" + e.value + "]"));
            doc.items.add(sw);
        }
        String where = sw.key;
        String name = sw.get("param").value;
        ParamDef d = c.d.def(name);
        boolean numeric = d.kind() != ParamDef.Kind.CHOICE;
        int w = r.nextInt(7);
        if (w == 0 && numeric) {
            toRange(sw, d);
            sw.get("points").value = c.pick(new String[] {"0", "-1", "-100", "10001", "1e9", "2.5", "1e400", "-0.5"});
            return Mutant.of(doc.render(), where + ".points");
        }
        if (w == 1 && numeric) {
            toRange(sw, d);
            set(sw, "scale", c.pick(new String[] {"log", "LOG", "Log"}));
            // through or at 0, possibly from > to: a log axis needs both ends > 0
            String[][] ends = {{"0", "1"}, {"-1", "1"}, {"1", "0"}, {"1", "-1"}, {"10", "-10"}, {"0", "0"}, {"-5", "-1"},
                {"-1", "-5"}};
            String[] p = ends[r.nextInt(ends.length)];
            sw.get("from").value = p[0];
            sw.get("to").value = p[1];
            return Mutant.of(doc.render(), where + ".scale", name);
        }
        if (w == 2) {
            toValues(sw, d);
            sw.get("values").value = r.nextBoolean() ? "[]" : "[" + firstValue(sw) + ", " + firstValue(sw) + "]";
            return Mutant.of(doc.render(), where + ".values");
        }
        if (w == 3 && numeric) {
            // a list and a range at once, or a range missing one of its keys
            if (r.nextBoolean()) {
                toValues(sw, d);
                sw.entries.add(new Entry(c.pick(new String[] {"from", "to", "points"}), "1"));
                return Mutant.of(doc.render(), "'" + where + "'");
            }
            toRange(sw, d);
            String k = c.pick(new String[] {"from", "to", "points"});
            sw.entries.remove(sw.get(k));
            return Mutant.of(doc.render(), "'" + k + "'");
        }
        if (w == 4) {
            set(sw, "scale", c.pick(new String[] {"logarithmic", "log10", "lin", "'log '", "1", "true"}));
            return Mutant.of(doc.render(), where + ".scale");
        }
        if (w == 5 && where.equals("x")) {
            ParamDef choice = c.d.definitions().stream().filter(p -> p.kind() == ParamDef.Kind.CHOICE).findFirst()
                    .orElse(null);
            if (choice != null) {
                sw.get("param").value = choice.name();
                doc.block("params").entries.removeIf(e -> e.key.equals(choice.name()));
                Block cb = doc.block("curves");
                if (cb != null && cb.get("param").value.equals(choice.name())) {
                    doc.items.remove(cb);
                }
                return Mutant.of(doc.render(), choice.name());
            }
        }
        if (numeric && where.equals("x")) {
            toValues(sw, d);
            set(sw, "scale", "log");
            sw.get("values").value = "[" + firstValue(sw) + ", " + c.pick(new String[] {"0", "-1", "-0.0", "-1e-300"}) + "]";
            return Mutant.of(doc.render(), name);
        }
        // a range over a choice parameter
        if (!numeric) {
            sw.entries.remove(sw.get("values"));
            sw.entries.add(new Entry("from", "1"));
            sw.entries.add(new Entry("to", "2"));
            sw.entries.add(new Entry("points", "2"));
            return Mutant.of(doc.render(), name);
        }
        sw.get("param").value = name + "_nope";
        return Mutant.of(doc.render(), name + "_nope");
    }

    static void set(Block b, String key, String value) {
        Entry e = b.get(key);
        if (e == null) {
            b.entries.add(new Entry(key, value));
        } else {
            e.value = value;
        }
    }

    static String firstValue(Block sw) {
        Entry v = sw.get("values");
        if (v != null) {
            String s = v.value.substring(1, v.value.length() - 1).split(",")[0].trim();
            return s.isEmpty() ? "1" : s;
        }
        return sw.get("from").value;
    }

    /** Makes {@code sw} a range (keeping its first value as both ends). */
    static void toRange(Block sw, ParamDef d) {
        if (sw.get("from") != null) {
            return;
        }
        String v = firstValue(sw);
        sw.entries.remove(sw.get("values"));
        sw.entries.add(new Entry("from", v));
        sw.entries.add(new Entry("to", v));
        sw.entries.add(new Entry("points", "1"));
    }

    /** Makes {@code sw} a value list (its first value). */
    static void toValues(Block sw, ParamDef d) {
        if (sw.get("values") != null) {
            return;
        }
        String v = sw.get("from").value;
        sw.entries.removeIf(e -> List.of("from", "to", "points", "scale").contains(e.key));
        sw.entries.add(new Entry("values", "[" + v + "]"));
    }

    @Test
    void mutatedStudyFilesAreAlwaysOneLineExitTwoNamingFileAndKey() throws IOException {
        SplittableRandom r = new SplittableRandom(20261202L); // test input generator only; fixed seed
        // the valid bases: per scenario, each variant that the reader accepts (variant 2 always must)
        List<Scenario> scenarios = new ArrayList<>(Catalog.all());
        Map<String, List<Integer>> variants = new TreeMap<>();
        for (Scenario s : scenarios) {
            List<Integer> ok = new ArrayList<>();
            for (int v = 0; v < 3; v++) {
                Path f = tmp.resolve("base-" + s.id() + "-" + v + ".yaml");
                Files.writeString(f, base(s, v).render());
                if (accepted(f)) {
                    ok.add(v);
                }
            }
            assertTrue(ok.contains(2), "base study of " + s.id() + " is valid: " + base(s, 2).render());
            variants.put(s.id(), ok);
        }
        Map<String, int[]> counts = new TreeMap<>(); // kind -> {cases, skipped}
        int cases = 0;
        List<String> failures = new ArrayList<>();
        Map<String, String> samples = new TreeMap<>(); // kind -> its first message, for the log
        for (int i = 0; cases < CASES; i++) {
            String kind = KINDS[i % KINDS.length];
            Scenario s = scenarios.get(r.nextInt(scenarios.size()));
            List<Integer> vs = variants.get(s.id());
            Path dir = Files.createDirectories(tmp.resolve("case" + i));
            Ctx c = new Ctx(r, s, base(s, vs.get(r.nextInt(vs.size()))), dir);
            Mutant m = mutate(kind, c);
            int[] n = counts.computeIfAbsent(kind, k -> new int[2]);
            if (m == null) {
                n[1]++;
                continue;
            }
            Path file = m.path() != null ? m.path() : dir.resolve("study.yaml");
            if (m.text() != null) {
                Files.writeString(file, m.text());
            } else if (m.bytes() != null) {
                Files.write(file, m.bytes());
            }
            String body = m.text() != null ? m.text() : m.bytes() != null ? "<" + m.bytes().length + " bytes>" : "";
            String shown = "case " + i + " (" + kind + ", " + s.id() + ") " + file + ":\n"
                    + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
            if (accepted(file)) {
                // only a truncation may leave a valid study; any other class is invalid by construction
                if (!kind.equals("truncated")) {
                    failures.add("accepted an invalid study: " + shown);
                }
                n[1]++;
                continue;
            }
            Path out = dir.resolve("out");
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = Main.execute(new String[] {"run", "--config", file.toString(), "--out", out.toString(),
                "--runner", "local", "--progress", "none"}, new PrintWriter(o, true), new PrintWriter(e, true));
            String err = e.toString();
            List<String> bad = new ArrayList<>();
            if (code != 2) {
                bad.add("exit code " + code);
            }
            if (!err.startsWith("secmc: error: ") || err.strip().lines().count() != 1) {
                bad.add("not one 'secmc: error:' line");
            }
            if (err.contains("\tat ") || err.contains("Exception")) {
                bad.add("stack trace text");
            }
            if (!err.contains(file.toString())) {
                bad.add("file not named");
            }
            if ((err.contains("malformed YAML") || kind.equals("syntax") || kind.equals("tag"))
                    && !Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:").matcher(err).find()) {
                bad.add("line not named");
            }
            if (!m.anyOf().isEmpty() && m.anyOf().stream().noneMatch(err::contains)) {
                bad.add("names none of " + m.anyOf());
            }
            if (!o.toString().isEmpty()) {
                bad.add("stdout not empty");
            }
            if (Files.exists(out)) {
                bad.add("output directory created");
            }
            samples.putIfAbsent(kind, err.strip().replace(file.toString(), "FILE"));
            if (!bad.isEmpty()) {
                failures.add(bad + " in " + shown + "\n=> exit " + code + ": " + err);
            }
            n[0]++;
            cases++;
        }
        StringBuilder summary = new StringBuilder("ConfigFuzzTest cases per class (run, skipped):");
        counts.forEach((k, v) -> summary.append(' ').append(k).append('=').append(v[0]).append('/').append(v[1]));
        System.out.println(summary);
        samples.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        failures.forEach(f -> System.out.println("FAIL " + f));
        assertTrue(failures.isEmpty(), failures.size() + " bad cases, the first ones:\n"
                + String.join("\n----\n", failures.subList(0, Math.min(12, failures.size()))));
        for (String k : KINDS) {
            assertTrue(counts.get(k)[0] >= 40, "class " + k + " has enough cases: " + summary);
        }
    }
}
