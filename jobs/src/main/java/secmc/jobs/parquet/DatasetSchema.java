package secmc.jobs.parquet;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import secmc.scenario.ResultRow;

/**
 * The tidy dataset layout: one row per (curve, x, metric). Column names carry their meaning;
 * units of x and of each metric are in the run metadata and {@code secmc describe}.
 *
 * <pre>
 * scenario_id string, curve string, x_name string, x double, metric string,
 * estimate double?, std_error double?, ci_low double?, ci_high double?   (95 % interval)
 * realizations long, failures long, theory double?, params string (JSON), seed long,
 * engine_version string, target_met boolean?
 * </pre>
 * ({@code ?} = nullable: null where not simulated, or no theory; {@code target_met} null unless
 * the run had a precision target.)
 */
public final class DatasetSchema {
    /** Field-metadata key under which the run description (JSON) is stored on {@code scenario_id}. */
    public static final String RUN_METADATA_KEY = "secmc.run";

    private DatasetSchema() {
    }

    /** The schema, with the run description attached as metadata of the first column. */
    public static StructType schema(String runJson) {
        Metadata meta = runJson == null ? Metadata.empty()
                : new org.apache.spark.sql.types.MetadataBuilder().putString(RUN_METADATA_KEY, runJson).build();
        return new StructType(new StructField[] {
            new StructField("scenario_id", DataTypes.StringType, false, meta),
            new StructField("curve", DataTypes.StringType, false, Metadata.empty()),
            new StructField("x_name", DataTypes.StringType, false, Metadata.empty()),
            new StructField("x", DataTypes.DoubleType, false, Metadata.empty()),
            new StructField("metric", DataTypes.StringType, false, Metadata.empty()),
            new StructField("estimate", DataTypes.DoubleType, true, Metadata.empty()),
            new StructField("std_error", DataTypes.DoubleType, true, Metadata.empty()),
            new StructField("ci_low", DataTypes.DoubleType, true, Metadata.empty()),
            new StructField("ci_high", DataTypes.DoubleType, true, Metadata.empty()),
            new StructField("realizations", DataTypes.LongType, false, Metadata.empty()),
            new StructField("failures", DataTypes.LongType, false, Metadata.empty()),
            new StructField("theory", DataTypes.DoubleType, true, Metadata.empty()),
            new StructField("params", DataTypes.StringType, false, Metadata.empty()),
            new StructField("seed", DataTypes.LongType, false, Metadata.empty()),
            new StructField("engine_version", DataTypes.StringType, false, Metadata.empty()),
            new StructField("target_met", DataTypes.BooleanType, true, Metadata.empty()),
        });
    }

    /** Column names in order. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>();
        for (StructField f : schema(null).fields()) {
            names.add(f.name());
        }
        return names;
    }

    /** Column names with their types, e.g. {@code x double, estimate double?} ({@code ?} = nullable). */
    public static String columnTypes() {
        List<String> out = new ArrayList<>();
        for (StructField f : schema(null).fields()) {
            String t = f.dataType().equals(DataTypes.StringType) ? "string"
                    : f.dataType().equals(DataTypes.LongType) ? "int64" : "double";
            out.add(f.name() + " " + t + (f.nullable() ? "?" : ""));
        }
        return String.join(", ", out);
    }

    /** A result row as a Spark row. */
    public static Row toRow(ResultRow r) {
        return RowFactory.create(r.scenarioId(), r.curve(), r.xName(), r.x(), r.metric(), r.estimate(), r.stdError(),
                r.ciLow(), r.ciHigh(), r.realizations(), r.failures(), r.theory(), r.params(), r.seed(),
                r.engineVersion(), r.targetMet());
    }

    /** A Spark row (in schema order) back to a result row. */
    public static ResultRow fromRow(Row r) {
        return new ResultRow(r.getString(0), r.getString(1), r.getString(2), r.getDouble(3), r.getString(4),
                nullable(r, 5), nullable(r, 6), nullable(r, 7), nullable(r, 8), r.getLong(9), r.getLong(10),
                nullable(r, 11), r.getString(12), r.getLong(13), r.getString(14),
                r.size() > 15 && !r.isNullAt(15) ? Boolean.valueOf(r.getBoolean(15)) : null);
    }

    private static Double nullable(Row r, int i) {
        return r.isNullAt(i) ? null : r.getDouble(i);
    }
}
