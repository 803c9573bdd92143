package secmc.jobs.parquet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import secmc.scenario.Curve;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/**
 * The JSON description of a run. The deterministic part (scenario, seed, parameters, plan,
 * realizations, engine version) goes into the Parquet schema metadata, so equal runs write
 * equal files; the manifest adds how it was executed (master, partitions, wall time, commit).
 */
public final class RunDescription {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunDescription() {
    }

    /** The deterministic description of {@code spec}. */
    public static ObjectNode of(RunSpec spec) {
        Scenario s = spec.scenario();
        ObjectNode n = JSON.createObjectNode();
        n.put("scenario_id", spec.scenarioId());
        n.put("paper", s.paper());
        n.put("figure", s.figure());
        n.put("title", s.title());
        n.put("engine_version", secmc.scenario.EngineVersion.get());
        n.put("master_seed", spec.seed());
        n.put("realizations_per_point", spec.realizations());
        n.put("block_size", s.blockSize());
        n.put("grouping", s.grouping().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode params = n.putObject("params");
        for (Map.Entry<String, Object> e : spec.base().asMap().entrySet()) {
            putValue(params, e.getKey(), e.getValue());
        }
        ObjectNode units = n.putObject("param_units");
        for (ParamDef d : s.parameters()) {
            units.put(d.name(), d.unit());
        }
        ObjectNode axis = n.putObject("axis");
        axis.put("name", spec.plan().axis().name());
        axis.put("unit", spec.plan().axis().unit());
        axis.put("log", spec.plan().axis().log());
        ArrayNode xs = axis.putArray("values");
        for (double x : spec.plan().axis().values()) {
            xs.add(x);
        }
        ArrayNode curves = n.putArray("curves");
        for (Curve c : spec.plan().curves()) {
            ObjectNode cn = curves.addObject();
            cn.put("label", c.label());
            ObjectNode o = cn.putObject("overrides");
            c.overrides().forEach((k, v) -> putValue(o, k, v));
        }
        ArrayNode metrics = n.putArray("metrics");
        for (MetricDef m : s.metrics()) {
            ObjectNode mn = metrics.addObject();
            mn.put("name", m.name());
            mn.put("unit", m.unit());
            mn.put("simulated", m.simulated());
            mn.put("description", m.description());
        }
        return n;
    }

    /** Serialises a description. */
    public static String toJson(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a description or manifest. */
    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("manifest is not a JSON object: " + e.getMessage());
        }
    }

    private static void putValue(ObjectNode n, String k, Object v) {
        if (v instanceof Long l) {
            n.put(k, l);
        } else if (v instanceof Number d) {
            n.put(k, d.doubleValue());
        } else {
            n.put(k, String.valueOf(v));
        }
    }
}
