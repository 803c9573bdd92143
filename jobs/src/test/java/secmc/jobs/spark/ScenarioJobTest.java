package secmc.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import secmc.scenario.Catalog;
import secmc.scenario.LocalRunner;
import secmc.scenario.Params;
import secmc.scenario.ResultRow;
import secmc.scenario.Results;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/** The Spark job gives the LocalRunner's numbers bit for bit, for any partitioning. */
class ScenarioJobTest {
    private final Scenario s = Catalog.get("ppp.coverage");

    private RunSpec spec(long seed) {
        // 35 000 realizations: blocks of 10 000 x 3 + 5 000 per curve, 8 tasks in all; a
        // smaller radius keeps it quick.
        Params p = s.defaults().withText("radius", "300");
        return RunSpec.of(s, p, s.plan(p), 35_000, seed);
    }

    @Test
    void sparkEqualsLocalForOneThreeAndEightPartitions() {
        SparkSession spark = TestSpark.session();
        RunSpec spec = spec(77);
        List<ResultRow> local = Results.rows(spec, new LocalRunner(2).run(spec));
        for (int partitions : new int[] {1, 3, 8}) {
            List<ResultRow> viaSpark = Results.rows(spec, ScenarioJob.run(spark, spec, partitions));
            assertEquals(local.size(), viaSpark.size());
            for (int i = 0; i < local.size(); i++) {
                ResultRow a = local.get(i);
                ResultRow b = viaSpark.get(i);
                assertEquals(a, b, "row " + i + " with " + partitions + " partitions");
                assertEquals(Double.doubleToRawLongBits(a.estimate()), Double.doubleToRawLongBits(b.estimate()));
                assertEquals(Double.doubleToRawLongBits(a.stdError()), Double.doubleToRawLongBits(b.stdError()));
            }
        }
    }

    @Test
    void sameSeedSameBitsAcrossRunsAndDifferentSeedDiffers() {
        SparkSession spark = TestSpark.session();
        RunSpec spec = spec(5);
        List<ResultRow> first = Results.rows(spec, ScenarioJob.run(spark, spec, 0));
        assertEquals(first, Results.rows(spec, ScenarioJob.run(spark, spec, 0)));
        assertNotEquals(first, Results.rows(spec(6), ScenarioJob.run(spark, spec(6), 0)));
    }

    @Test
    void defaultPartitionsNeverExceedTasks() {
        assertEquals(3, ScenarioJob.defaultPartitions(2, 3));
        assertEquals(8, ScenarioJob.defaultPartitions(2, 100));
        assertEquals(1, ScenarioJob.defaultPartitions(0, 0));
    }
}
