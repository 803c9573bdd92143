package secmc.jobs.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.cli.Main;
import secmc.jobs.parquet.DatasetReader;
import secmc.jobs.spark.TestSpark;
import secmc.jobs.testing.FaultyScenario;
import secmc.scenario.ResultRow;

/** NaN and Inf never reach a dataset; failed realizations are counted in {@code failures}. */
class NumericalGuardsTest {
    @TempDir
    Path tmp;

    @Test
    void failuresAreCountedAndNothingNonFiniteIsWritten() {
        StringWriter log = new StringWriter();
        int code = Main.execute(new String[] {"run", FaultyScenario.ID, "--out", tmp.toString(), "--runner", "local",
            "--seed", "5", "--progress", "none"}, new PrintWriter(log, true), new PrintWriter(log, true));
        assertEquals(0, code, log.toString());
        String ds = tmp.resolve(FaultyScenario.ID).toString();
        var spark = TestSpark.session();
        List<ResultRow> rows = DatasetReader.read(spark, ds);
        // u at fail_prob 0, 0.3, 1; inv_success (theory only) at 0 and 0.3: at 1 it is infinite, so no row.
        assertEquals(5, rows.size(), rows.toString());
        ResultRow none = rows.get(0);
        ResultRow some = rows.get(2);
        ResultRow all = rows.get(4);
        assertEquals(0, none.failures());
        // Failures ~ Binomial(5000, 0.3): mean 1500, sd 32.4; [1300, 1700] is +-6.2 sd,
        // false-failure probability < 1e-9 (and the seed is fixed).
        assertTrue(some.failures() > 1300 && some.failures() < 1700, "failures " + some.failures());
        assertEquals(5000, some.realizations(), "realizations count attempts, failed ones included");
        assertEquals("u", all.metric());
        assertEquals(5000, all.failures(), "every realization failed");
        assertNull(all.estimate(), "no observation: no estimate instead of NaN");
        assertNull(all.ciLow());
        assertNull(all.stdError());
        assertEquals(0.5, all.theory());
        // The Parquet file itself holds no NaN or infinity in any double column.
        Dataset<Row> df = spark.read().parquet(ds);
        for (String c : List.of("x", "estimate", "std_error", "ci_low", "ci_high", "theory")) {
            long bad = df.filter(org.apache.spark.sql.functions.col(c).isNaN()
                    .or(org.apache.spark.sql.functions.abs(org.apache.spark.sql.functions.col(c)).equalTo(Double.POSITIVE_INFINITY)))
                    .count();
            assertEquals(0, bad, c);
        }
    }
}
