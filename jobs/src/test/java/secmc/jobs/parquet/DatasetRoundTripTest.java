package secmc.jobs.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.spark.TestSpark;
import secmc.scenario.ResultRow;

class DatasetRoundTripTest {
    @TempDir
    Path dir;

    private static List<ResultRow> rows() {
        return List.of(
                new ResultRow("ppp.coverage", "alpha=3", "beta_db", -10, "coverage", 0.93, 0.001, 0.928, 0.932, 20_000,
                        0, 0.931, "{\"alpha\":3.0}", 1, "0.1.0"),
                new ResultRow("ppp.coverage", "alpha=3", "beta_db", 0, "r_g_star", null, null, null, null, 0, 2, 4.5,
                        "{\"alpha\":3.0}", 1, "0.1.0"));
    }

    @Test
    void rowsTypesAndMetadataSurviveTheRoundTrip() throws IOException {
        SparkSession spark = TestSpark.session();
        Path target = dir.resolve("out").resolve("ppp.coverage");
        DatasetWriter.write(spark, rows(), target.toString(), "{\"scenario_id\":\"ppp.coverage\"}",
                "{\"scenario_id\":\"ppp.coverage\",\"complete\":true}");
        assertEquals(rows(), DatasetReader.read(spark, target.toString()));
        assertTrue(DatasetReader.manifest(spark, target.toString()).contains("\"complete\":true"));
        StructType schema = spark.read().parquet(target.toString()).schema();
        assertEquals(DatasetSchema.columns(), List.of(schema.fieldNames()));
        assertEquals("double", schema.apply("estimate").dataType().typeName());
        assertEquals("long", schema.apply("realizations").dataType().typeName());
        assertTrue(schema.apply("estimate").nullable());
        assertEquals("{\"scenario_id\":\"ppp.coverage\"}",
                schema.apply("scenario_id").metadata().getString(DatasetSchema.RUN_METADATA_KEY));
        assertNull(DatasetReader.read(spark, target.toString()).get(1).estimate());
        // Nothing but the dataset is left in the output directory: no temporaries.
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(target.getFileName().toString()), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void rewritingReplacesTheWholeDataset() {
        SparkSession spark = TestSpark.session();
        Path target = dir.resolve("ds");
        DatasetWriter.write(spark, rows(), target.toString(), "{}", "{\"v\":1}");
        DatasetWriter.write(spark, rows().subList(0, 1), target.toString(), "{}", "{\"v\":2}");
        assertEquals(1, DatasetReader.read(spark, target.toString()).size());
        assertTrue(DatasetReader.manifest(spark, target.toString()).contains("\"v\":2"));
    }

    @Test
    void readingSomethingElseIsABadInput() throws IOException {
        SparkSession spark = TestSpark.session();
        Files.writeString(dir.resolve("file.txt"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetReader.read(spark, dir.toString()));
        assertTrue(e.getMessage().contains("is not a secmc dataset"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(DatasetWriter.MANIFEST)));
    }
}
