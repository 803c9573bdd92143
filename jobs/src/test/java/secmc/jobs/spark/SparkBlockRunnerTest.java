package secmc.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import secmc.scenario.Catalog;
import secmc.scenario.Params;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;
import secmc.scenario.TaskResult;

/** Partitioning, and that every task's result reaches the driver exactly once. */
class SparkBlockRunnerTest {
    @Test
    void automaticPartitionsAreSmallEnoughToCheckpointOften() {
        assertEquals(8, SparkBlockRunner.autoPartitions(2, 40), "4 per core");
        assertEquals(32, SparkBlockRunner.autoPartitions(2, 1000), "at most 32 tasks per partition");
        assertEquals(3, SparkBlockRunner.autoPartitions(2, 3), "never more partitions than tasks");
        assertEquals(1, SparkBlockRunner.autoPartitions(0, 1));
    }

    @Test
    void everyResultArrivesOnce() {
        Scenario s = Catalog.get("ppp.coverage");
        Params base = s.defaults();
        RunSpec spec = RunSpec.of(s, base, s.plan(base).pin("beta_db", 0.0), 50_000, 9);
        List<TaskResult> got = new ArrayList<>();
        new SparkBlockRunner(TestSpark.session(), 0).run(spec, spec.tasks(), got::add);
        assertEquals(spec.tasks().size(), got.size());
        assertEquals(spec.tasks().size(), got.stream().map(r -> r.cell() + ":" + r.block()).distinct().count());
    }
}
