package secmc.jobs.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import secmc.scenario.ResultRow;

/**
 * Writes a dataset atomically: Spark's Parquet writer fills a hidden temporary directory
 * beside the target, the manifest is added, and only then is the directory renamed into place
 * (a previous dataset at that path is moved aside first and deleted after). A reader sees
 * the old dataset, nothing, or the whole new one, never half of one. Works on any Hadoop file
 * system (local, HDFS, ...).
 */
public final class DatasetWriter {
    /** Name of the run manifest inside a dataset directory; Spark, pyarrow and DuckDB globs skip names starting with '_'. */
    public static final String MANIFEST = "_manifest.json";

    private DatasetWriter() {
    }

    /**
     * Writes {@code rows} as one Parquet file under {@code target}, with the deterministic run
     * description in the schema metadata and the manifest in {@link #MANIFEST}.
     *
     * @param target the dataset directory, e.g. {@code data/runs/ppp.coverage}
     * @param runJson the deterministic run description (JSON object), stored in the Parquet file
     * @param manifestJson the manifest (JSON object: the description plus how the run executed)
     */
    public static void write(SparkSession spark, List<ResultRow> rows, String target, String runJson,
                             String manifestJson) {
        checkFinite(rows);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path dest = new Path(target);
        try {
            FileSystem fs = dest.getFileSystem(conf);
            Path parent = dest.getParent();
            if (parent != null) {
                fs.mkdirs(parent);
            }
            Path tmp = new Path(parent, "." + dest.getName() + ".tmp-" + UUID.randomUUID());
            try {
                Dataset<Row> df = spark.createDataFrame(rows.stream().map(DatasetSchema::toRow).toList(),
                        DatasetSchema.schema(runJson));
                // One file, rows in grid order: coalesce(1) keeps the local relation's order.
                df.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(tmp.toString());
                try (OutputStream out = fs.create(new Path(tmp, MANIFEST), false)) {
                    out.write(manifestJson.getBytes(StandardCharsets.UTF_8));
                }
                replace(fs, tmp, dest);
            } finally {
                if (fs.exists(tmp)) {
                    fs.delete(tmp, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dataset " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The last guard before bytes are written: a NaN or infinity in a dataset is a bug (the row
     * builder maps non-finite values to null and counts failed realizations), so refuse it.
     */
    static void checkFinite(List<ResultRow> rows) {
        for (ResultRow r : rows) {
            Double[] v = {r.x(), r.estimate(), r.stdError(), r.ciLow(), r.ciHigh(), r.theory()};
            String[] names = {"x", "estimate", "std_error", "ci_low", "ci_high", "theory"};
            for (int i = 0; i < v.length; i++) {
                if (v[i] != null && !Double.isFinite(v[i])) {
                    throw new IllegalStateException("non-finite " + names[i] + " = " + v[i] + " in row (" + r.curve() + ", "
                            + r.x() + ", " + r.metric() + "); nothing written");
                }
            }
        }
    }

    /** Moves {@code tmp} to {@code dest}, replacing an existing dataset with two renames. */
    static void replace(FileSystem fs, Path tmp, Path dest) throws IOException {
        Path old = null;
        if (fs.exists(dest)) {
            old = new Path(dest.getParent(), "." + dest.getName() + ".old-" + UUID.randomUUID());
            if (!fs.rename(dest, old)) {
                throw new IOException("cannot move the previous dataset aside: " + dest);
            }
        }
        if (!fs.rename(tmp, dest)) {
            if (old != null) {
                fs.rename(old, dest);
            }
            throw new IOException("cannot move the new dataset into place: " + dest);
        }
        if (old != null) {
            fs.delete(old, true);
        }
    }
}
