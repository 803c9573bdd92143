package secmc.jobs.blocks;

import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import secmc.scenario.LocalRunner;
import secmc.scenario.RunSpec;
import secmc.scenario.Task;
import secmc.scenario.TaskResult;

/** Runs tasks on a local thread pool (no Spark); results are delivered on the calling thread as they finish. */
public final class LocalBlockRunner implements BlockRunner {
    private final int threads;

    /** A runner with {@code threads} worker threads ({@code >= 1}). */
    public LocalBlockRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public void run(RunSpec spec, List<Task> tasks, Consumer<TaskResult> onResult) {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "secmc-local");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<TaskResult> done = new ExecutorCompletionService<>(pool);
            for (Task t : tasks) {
                done.submit(() -> spec.execute(t));
            }
            for (int i = 0; i < tasks.size(); i++) {
                onResult.accept(LocalRunner.await(done.take()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
