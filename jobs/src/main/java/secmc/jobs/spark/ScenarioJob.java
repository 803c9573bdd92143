package secmc.jobs.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import secmc.scenario.Merger;
import secmc.scenario.RunSpec;
import secmc.scenario.Task;
import secmc.scenario.TaskResult;
import secmc.stats.Tally;

/**
 * Runs a scenario's tasks on Spark executors and merges the results on the driver.
 *
 * <p>Every task {@code (cell, block)} is independent and seeded from its identity only (see
 * {@code secmc.random.TaskRandom}), so Spark may schedule, retry or speculatively duplicate
 * it anywhere: it returns the same tally. The per-task tallies (a few numbers each) come back to
 * the driver and are merged in (cell, block) order by {@link Merger}, the same order the
 * LocalRunner uses: the numbers are bit-identical for any number of partitions or executors.
 */
public final class ScenarioJob {
    private ScenarioJob() {
    }

    /**
     * Runs {@code spec} and returns the merged tally of every grid point.
     *
     * @param partitions number of Spark partitions ({@code >= 1}); {@code 0} picks
     *     {@link #defaultPartitions}
     */
    public static Tally[] run(SparkSession spark, RunSpec spec, int partitions) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 1 (0 = automatic), got " + partitions);
        }
        List<Task> tasks = spec.tasks();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int p = partitions == 0 ? defaultPartitions(jsc.defaultParallelism(), tasks.size()) : partitions;
        Broadcast<RunSpec> shared = jsc.broadcast(spec);
        jsc.setJobDescription("secmc " + spec.scenarioId() + ": " + tasks.size() + " tasks");
        try {
            JavaRDD<Task> rdd = jsc.parallelize(tasks, p);
            List<TaskResult> results = rdd.map(t -> shared.value().execute(t)).collect();
            return Merger.merge(spec, results);
        } finally {
            shared.destroy();
        }
    }

    /**
     * Four partitions per core (so uneven cells balance) but never more than there are tasks.
     */
    public static int defaultPartitions(int parallelism, int tasks) {
        return Math.max(1, Math.min(tasks, 4 * Math.max(1, parallelism)));
    }
}
