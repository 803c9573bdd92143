package secmc.jobs.blocks;

import java.util.List;
import java.util.function.Consumer;
import secmc.scenario.RunSpec;
import secmc.scenario.Task;
import secmc.scenario.TaskResult;

/**
 * Executes tasks somewhere (a local thread pool, Spark executors) and hands every result to the
 * caller as soon as it is back on this JVM, in whatever order tasks finish. Order does not
 * matter for the numbers: {@link BlockDriver} merges in (cell, block) order.
 */
public interface BlockRunner {
    /**
     * Runs {@code tasks} of {@code spec} and returns when all are done.
     *
     * @param onResult called once per task, never concurrently, as results arrive (checkpointing,
     *     progress); an exception thrown by it aborts the run
     */
    void run(RunSpec spec, List<Task> tasks, Consumer<TaskResult> onResult);

    /** A short name for the manifest ("local", "spark"). */
    String name();
}
