package secmc.jobs.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import secmc.scenario.Axis;
import secmc.scenario.Catalog;
import secmc.scenario.Curve;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.Scenario;

/**
 * A study file ({@code secmc run --config study.yaml}): a scenario, parameter values and
 * sweeps of any scenario parameter as the x-axis or as curves, so a new study needs no Java.
 *
 * <pre>
 * scenario: ppp.coverage        # required: an id of 'secmc list'
 * realizations: 20000           # optional: per grid point (else --scale)
 * scale: quick                  # optional: quick | paper
 * seed: 7                       # optional master seed (default 1)
 * params:                       # optional: fixed values (the spec's symbols, see 'secmc describe')
 *   r_o: 20
 * x:                            # optional: the x-axis (default: the figure's)
 *   param: lambda               #   a real or integer parameter
 *   from: 1.0e-5                #   a range: from, to, points, scale linear | log ...
 *   to: 1.0e-3
 *   points: 9
 *   scale: log                  #   ... or values: [1e-5, 1e-4, 1e-3] (scale is then the plot scale)
 * curves:                       # optional: one curve per value of a parameter ...
 *   param: alpha
 *   values: [3, 4]              #   (or a range, as for x)
 * # ... or an explicit list:  curves: [{label: slow, params: {alpha: 3}}, {label: fast, params: {alpha: 4}}]
 * </pre>
 *
 * <p>Loading is safe: the file is composed into YAML nodes and read as text, so no tag can
 * construct an object; global tags ({@code !!java...}) are refused by the parser and other
 * non-standard tags by this reader; duplicate
 * keys and unknown keys are errors. Every error is one line {@code FILE:LINE: ...} naming the
 * key or parameter and its valid range.
 */
final class StudyFile {
    /** Largest number of points of a range (a typo such as 1e9 points would otherwise run for ever). */
    static final int MAX_POINTS = 10_000;
    /** Largest study file read (bytes). */
    static final int MAX_BYTES = 1 << 20;

    private static final Set<String> TOP = Set.of("scenario", "realizations", "scale", "seed", "params", "x", "curves");
    private static final Set<String> SWEEP = Set.of("param", "values", "from", "to", "points", "scale");
    private static final Set<String> CURVE = Set.of("label", "params");

    /** A parsed, validated study: values are typed ({@code Double}, {@code Long}, {@code String}). */
    record Study(Path file, String scenarioId, Long realizations, String scale, Long seed,
                 Map<String, Object> params, Axis axis, List<Curve> curves) {
    }

    private final String file;

    private StudyFile(String file) {
        this.file = file;
    }

    /** Reads and validates {@code path}; every error is an {@link IllegalArgumentException} of one line. */
    static Study read(Path path) {
        StudyFile f = new StudyFile(path.toString());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("--config '" + path + "' is not a readable file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new IllegalArgumentException(path + ": study file larger than " + MAX_BYTES + " bytes");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--config '" + path + "' cannot be read: " + e.getMessage());
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        opts.setMaxAliasesForCollections(10);
        opts.setAllowRecursiveKeys(false);
        opts.setNestingDepthLimit(20);
        opts.setCodePointLimit(MAX_BYTES);
        Yaml yaml = new Yaml(new SafeConstructor(opts));
        String text = utf8(path);
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "" : (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ":";
            String what = e.getProblem() != null ? e.getProblem() : Main.oneLine(e.getMessage());
            if (e.getContext() != null) {
                what = e.getContext() + ", " + what;
            }
            throw new IllegalArgumentException(path + ":" + where + " malformed YAML: " + Main.oneLine(what));
        } catch (ReaderException e) {
            // a control character: name its line and code, never echo it (it may be a NUL or an escape)
            int upTo = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            long line = 1 + text.substring(0, upTo).chars().filter(c -> c == '\n').count();
            throw new IllegalArgumentException(path + ":" + line + ": malformed YAML: character "
                    + String.format(Locale.ROOT, "U+%04X", e.getCodePoint()) + " is not allowed in YAML text");
        } catch (YAMLException e) {
            // the parser's limits (aliases, nesting depth) carry no position
            throw new IllegalArgumentException(path + ": study file refused: " + Main.oneLine(e.getMessage()));
        }
        if (root == null) {
            throw new IllegalArgumentException(path + ": empty study file (needs at least 'scenario: ID')");
        }
        return f.study(path, root);
    }

    /** The file as text; bytes that are not UTF-8 are an error naming the line and byte. */
    private static String utf8(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("--config '" + path + "' cannot be read: " + e.getMessage());
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        CoderResult cr = dec.decode(in, out, true);
        if (!cr.isError()) {
            cr = dec.flush(out);
        }
        if (cr.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new IllegalArgumentException(path + ":" + line + ": not UTF-8 text (byte " + (at + 1) + ")");
        }
        return out.flip().toString();
    }

    private Study study(Path path, Node root) {
        Map<String, NodeTuple> top = mapping(root, "the study file", TOP);
        NodeTuple sid = top.get("scenario");
        if (sid == null) {
            throw error(root, "missing key 'scenario' (a scenario id, see 'secmc list')");
        }
        String id = scalar(sid.getValueNode(), "scenario");
        Scenario scenario;
        try {
            scenario = Catalog.get(id);
        } catch (IllegalArgumentException e) {
            throw error(sid.getValueNode(), e.getMessage());
        }
        Params defaults = scenario.defaults();
        Long realizations = null;
        if (top.containsKey("realizations")) {
            Node n = top.get("realizations").getValueNode();
            realizations = integer(n, "realizations", 1, secmc.scenario.RunSpec.MAX_REALIZATIONS);
        }
        String scale = null;
        if (top.containsKey("scale")) {
            Node n = top.get("scale").getValueNode();
            scale = scalar(n, "scale");
            try {
                secmc.scenario.Scale.parse(scale);
            } catch (IllegalArgumentException e) {
                throw error(n, e.getMessage());
            }
        }
        Long seed = null;
        if (top.containsKey("seed")) {
            seed = integer(top.get("seed").getValueNode(), "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (top.containsKey("params")) {
            params = values(top.get("params").getValueNode(), defaults, "params");
        }
        Axis axis = null;
        if (top.containsKey("x")) {
            axis = axis(top.get("x").getValueNode(), scenario, defaults, params);
        }
        List<Curve> curves = null;
        if (top.containsKey("curves")) {
            curves = curves(top.get("curves").getValueNode(), defaults, params, axis);
        }
        return new Study(path, scenario.id(), realizations, scale, seed, params, axis, curves);
    }

    /** {@code name: value} pairs, each parsed and range-checked by its {@link ParamDef}. */
    private Map<String, Object> values(Node node, Params defaults, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            throw error(node, "'" + where + "' must be a mapping of parameter: value");
        }
        for (NodeTuple t : m.getValue()) {
            String name = scalar(t.getKeyNode(), where + " key");
            if (out.put(name, value(t.getValueNode(), param(t.getKeyNode(), defaults, name))) != null) {
                throw error(t.getKeyNode(), "parameter " + name + " appears twice in '" + where + "'");
            }
        }
        return out;
    }

    private Axis axis(Node node, Scenario scenario, Params defaults, Map<String, Object> params) {
        Map<String, NodeTuple> m = mapping(node, "'x'", SWEEP);
        NodeTuple pn = m.get("param");
        if (pn == null) {
            throw error(node, "'x' needs 'param' (the parameter on the x-axis)");
        }
        String name = scalar(pn.getValueNode(), "x.param");
        ParamDef def = param(pn.getValueNode(), defaults, name);
        if (def.kind() == ParamDef.Kind.CHOICE) {
            throw error(pn.getValueNode(), "x.param " + name + " is a choice " + def.range()
                    + "; sweep it as curves, the x-axis needs a real or integer parameter");
        }
        Axis own = scenario.plan(defaults).axis();
        if (!defaults.has(own.name())) {
            throw error(pn.getValueNode(), "scenario " + scenario.id() + " plots against '" + own.name()
                    + "', which is not a parameter, so its x-axis cannot be replaced; sweep " + name + " as curves");
        }
        if (params.containsKey(name)) {
            throw error(pn.getValueNode(), "parameter " + name + " is both fixed in 'params' and swept on 'x'");
        }
        List<Object> vals = sweep(node, m, def, "x");
        double[] xs = vals.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        boolean log = isLog(m, "x");
        if (log) {
            for (int i = 0; i < xs.length; i++) {
                if (!(xs[i] > 0)) {
                    throw error(node, "x.scale log needs values > 0, got " + ParamDef.fmt(xs[i]) + " for " + name);
                }
            }
        }
        return new Axis(name, def.unit(), xs, log);
    }

    private List<Curve> curves(Node node, Params defaults, Map<String, Object> params, Axis axis) {
        List<Curve> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            if (seq.getValue().isEmpty()) {
                throw error(node, "'curves' must list at least one curve");
            }
            for (Node item : seq.getValue()) {
                Map<String, NodeTuple> m = mapping(item, "a curve", CURVE);
                if (!m.containsKey("label")) {
                    throw error(item, "a curve needs 'label' (its legend text)");
                }
                String label = scalar(m.get("label").getValueNode(), "curves.label");
                Map<String, Object> o = m.containsKey("params")
                        ? values(m.get("params").getValueNode(), defaults, "curves.params") : Map.of();
                for (Map.Entry<String, Object> e : o.entrySet()) {
                    checkFree(item, e.getKey(), params, axis);
                }
                if (out.stream().anyMatch(c -> c.label().equals(label))) {
                    throw error(item, "duplicate curve label '" + label + "'");
                }
                out.add(new Curve(label, o));
            }
            return out;
        }
        Map<String, NodeTuple> m = mapping(node, "'curves'", SWEEP);
        NodeTuple pn = m.get("param");
        if (pn == null) {
            throw error(node, "'curves' needs 'param' (one curve per value) or must be a list of {label, params}");
        }
        String name = scalar(pn.getValueNode(), "curves.param");
        ParamDef def = param(pn.getValueNode(), defaults, name);
        checkFree(pn.getValueNode(), name, params, axis);
        for (Object v : sweep(node, m, def, "curves")) {
            String label = name + "=" + (v instanceof Double d ? ParamDef.fmt(d) : String.valueOf(v));
            out.add(Curve.of(label, name, v));
        }
        return out;
    }

    private void checkFree(Node at, String name, Map<String, Object> params, Axis axis) {
        if (params.containsKey(name)) {
            throw error(at, "parameter " + name + " is both fixed in 'params' and swept in 'curves'");
        }
        if (axis != null && axis.name().equals(name)) {
            throw error(at, "parameter " + name + " is swept on both 'x' and 'curves'");
        }
    }

    /** The values of a sweep: {@code values: [...]} or {@code from, to, points[, scale]}. */
    private List<Object> sweep(Node node, Map<String, NodeTuple> m, ParamDef def, String where) {
        boolean list = m.containsKey("values");
        boolean range = m.containsKey("from") || m.containsKey("to") || m.containsKey("points");
        if (list == range) {
            throw error(node, "'" + where + "' needs either 'values: [...]' or 'from', 'to' and 'points'");
        }
        boolean log = isLog(m, where); // checked for a value list too, where it only sets the plot scale
        List<Object> out = new ArrayList<>();
        if (list) {
            Node vn = m.get("values").getValueNode();
            if (!(vn instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                throw error(vn, where + ".values must be a non-empty list, e.g. [1, 2, 3]");
            }
            if (seq.getValue().size() > MAX_POINTS) {
                throw error(vn, where + ".values has more than " + MAX_POINTS + " entries");
            }
            for (Node v : seq.getValue()) {
                Object val = value(v, def);
                if (out.contains(val)) {
                    throw error(v, where + ".values lists " + def.name() + " = " + scalar(v, where) + " twice");
                }
                out.add(val);
            }
            return out;
        }
        if (def.kind() == ParamDef.Kind.CHOICE) {
            throw error(node, where + ": " + def.name() + " is a choice " + def.range() + "; list its values with 'values'");
        }
        for (String k : List.of("from", "to", "points")) {
            if (!m.containsKey(k)) {
                throw error(node, "'" + where + "' range needs '" + k + "' (from, to, points[, scale: linear|log])");
            }
        }
        Node fromN = m.get("from").getValueNode();
        Node toN = m.get("to").getValueNode();
        double from = ((Number) value(fromN, def)).doubleValue();
        double to = ((Number) value(toN, def)).doubleValue();
        int points = (int) integer(m.get("points").getValueNode(), where + ".points", 1, MAX_POINTS);
        if (log && !(from > 0 && to > 0)) {
            throw error(node, where + ".scale log needs from > 0 and to > 0, got " + ParamDef.fmt(from) + " and "
                    + ParamDef.fmt(to));
        }
        double[] xs = log ? Axis.logspace(from, to, points) : Axis.linspace(from, to, points);
        for (double x : xs) {
            if (def.kind() == ParamDef.Kind.INTEGER) {
                Object v = def.validate(Math.round(x));
                if (!out.contains(v)) {
                    out.add(v);
                }
            } else {
                try {
                    out.add(def.validate(x));
                } catch (IllegalArgumentException e) {
                    throw error(node, e.getMessage());
                }
            }
        }
        return out;
    }

    private boolean isLog(Map<String, NodeTuple> m, String where) {
        if (!m.containsKey("scale")) {
            return false;
        }
        Node n = m.get("scale").getValueNode();
        String s = scalar(n, where + ".scale").toLowerCase(Locale.ROOT);
        if (!s.equals("log") && !s.equals("linear")) {
            throw error(n, where + ".scale must be one of {linear, log}, got '" + s + "'");
        }
        return s.equals("log");
    }

    private ParamDef param(Node at, Params defaults, String name) {
        try {
            return defaults.def(name);
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private Object value(Node n, ParamDef def) {
        String text = scalar(n, def.name());
        try {
            return def.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
    }

    private long integer(Node n, String what, long min, long max) {
        String s = scalar(n, what).trim();
        long v;
        try {
            double d = ParamDef.parseDecimal(s);
            if (d != Math.rint(d) || Math.abs(d) > 9.0e18) {
                throw new NumberFormatException();
            }
            v = d < 9.0e15 && d > -9.0e15 ? (long) d : Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error(n, what + " must be an integer in [" + min + ", " + max + "], got '" + s + "'");
        }
        if (v < min || v > max) {
            throw error(n, what + " must be an integer in [" + min + ", " + max + "], got '" + s + "'");
        }
        return v;
    }

    private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of key: value");
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = scalar(t.getKeyNode(), "key");
            if (!allowed.contains(k)) {
                throw error(t.getKeyNode(), "unknown key '" + k + "' in " + what + "; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (out.put(k, t) != null) {
                throw error(t.getKeyNode(), "duplicate key '" + k + "' in " + what);
            }
        }
        return out;
    }

    private String scalar(Node n, String what) {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, what + " must be a single value, not a " + (n instanceof SequenceNode ? "list" : "mapping"));
        }
        Tag tag = s.getTag();
        if (!(tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)
                || tag.equals(Tag.NULL))) {
            throw error(n, what + " has an unsupported YAML tag " + tag.getValue());
        }
        if (tag.equals(Tag.NULL)) {
            throw error(n, what + " has no value");
        }
        return s.getValue();
    }

    private IllegalArgumentException error(Node at, String message) {
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }

    /**
     * The plan of a study: the file's axis and curves where given, else the figure's; a
     * parameter fixed in {@code params} is taken out of the figure's default curves (as with
     * {@code --set}).
     */
    static Plan plan(Study s, Scenario scenario, Params base) {
        Plan def = scenario.plan(base);
        Axis axis = s.axis() != null ? s.axis() : def.axis();
        Plan p = new Plan(s.curves() != null ? s.curves() : def.curves(), axis);
        if (s.curves() == null) {
            for (Map.Entry<String, Object> e : s.params().entrySet()) {
                if (!e.getKey().equals(axis.name())) {
                    p = p.pin(e.getKey(), e.getValue());
                }
            }
            if (s.axis() != null) {
                // the figure's curves may vary the new x parameter: the x value wins, drop it from them
                Plan pinned = p.pin(axis.name(), base.get(axis.name()));
                p = new Plan(pinned.curves(), axis);
            }
        }
        return p;
    }
}
