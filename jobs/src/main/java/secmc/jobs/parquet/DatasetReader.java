package secmc.jobs.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import secmc.scenario.ResultRow;

/** Reads a secmc dataset back (rows in stored order, and its manifest). */
public final class DatasetReader {
    private DatasetReader() {
    }

    /**
     * The rows of the dataset at {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} is not a readable secmc dataset
     */
    public static List<ResultRow> read(SparkSession spark, String dir) {
        checkDataset(spark, dir);
        try {
            return spark.read().schema(DatasetSchema.schema(null)).parquet(dir).collectAsList().stream()
                    .map(DatasetSchema::fromRow).toList();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("dataset " + dir + " is not a readable secmc dataset: "
                    + firstLine(e.getMessage()));
        }
    }

    /** The run manifest (JSON text) of the dataset at {@code dir}. */
    public static String manifest(SparkSession spark, String dir) {
        checkDataset(spark, dir);
        Path p = new Path(dir, DatasetWriter.MANIFEST);
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (FSDataInputStream in = fs.open(p)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkDataset(SparkSession spark, String dir) {
        Path p = new Path(dir);
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.isDirectory(p) || !fs.exists(new Path(p, DatasetWriter.MANIFEST))) {
                throw new IllegalArgumentException("dataset-dir " + dir
                        + " is not a secmc dataset (a directory written by 'secmc run' with " + DatasetWriter.MANIFEST + ")");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("dataset-dir " + dir + " cannot be read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
