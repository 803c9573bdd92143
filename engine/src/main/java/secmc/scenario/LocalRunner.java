package secmc.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import secmc.stats.Tally;

/**
 * Runs a spec on a local thread pool, without Spark. Tasks run in any order on any thread;
 * their results are merged per point in (cell, block) order, so the numbers equal the Spark
 * job's bit for bit.
 */
public final class LocalRunner {
    private final int threads;

    /** A runner with {@code threads} worker threads ({@code >= 1}). */
    public LocalRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** A runner with one thread per available processor. */
    public static LocalRunner ofAvailableProcessors() {
        return new LocalRunner(Runtime.getRuntime().availableProcessors());
    }

    /** Runs every task of {@code spec} and returns the merged tallies per grid point. */
    public Tally[] run(RunSpec spec) {
        return run(spec, r -> { });
    }

    /**
     * Runs every task, calling {@code onTask} (from the calling thread, in task order) as
     * results are merged, e.g. for progress.
     */
    public Tally[] run(RunSpec spec, Consumer<TaskResult> onTask) {
        List<Task> tasks = spec.tasks();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "secmc-local");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TaskResult>> futures = new ArrayList<>(tasks.size());
            for (Task t : tasks) {
                futures.add(pool.submit(() -> spec.execute(t)));
            }
            Scenario scenario = spec.scenario();
            Tally[] merged = new Tally[spec.grid().points().size()];
            for (int i = 0; i < merged.length; i++) {
                merged[i] = scenario.newTally();
            }
            // tasks() is in (cell, block) order, so merging futures in list order is the fixed order.
            for (int i = 0; i < futures.size(); i++) {
                TaskResult r = await(futures.get(i));
                futures.set(i, null);
                Merger.accumulate(spec, merged, r);
                onTask.accept(r);
            }
            return merged;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The result of a finished or running task: its own RuntimeException or Error rethrown as is
     * (not wrapped in ExecutionException), so a scenario's error message reaches the user unchanged.
     */
    public static TaskResult await(Future<TaskResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
