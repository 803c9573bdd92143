package secmc.scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.random.TaskRandom;
import secmc.stats.Tally;

/**
 * Everything that determines a run's numbers: the scenario, its base parameters, the plan,
 * realizations per point and the master seed. Two runs with equal specs give the same bits,
 * whatever runs them. Immutable and serializable (Spark ships it to executors).
 *
 * @param scenarioId the scenario, looked up in the {@link Catalog} where a task runs
 * @param base base parameters (before curve and x values are applied)
 * @param plan curves and x-axis
 * @param realizations realizations per grid point, {@code >= 1}
 * @param seed the master seed
 * @param grid the resolved grid (derived from the above)
 */
public record RunSpec(String scenarioId, Params base, Plan plan, long realizations, long seed, Grid grid)
        implements Serializable {

    /** Largest realizations per point accepted (10^12): far beyond any run, but keeps block counts in range. */
    public static final long MAX_REALIZATIONS = 1_000_000_000_000L;

    public RunSpec {
        if (realizations < 1 || realizations > MAX_REALIZATIONS) {
            throw new IllegalArgumentException("realizations must be in [1, " + MAX_REALIZATIONS + "], got " + realizations);
        }
    }

    /** Builds and validates a spec; the grid is derived from the scenario. */
    public static RunSpec of(Scenario scenario, Params base, Plan plan, long realizations, long seed) {
        return new RunSpec(scenario.id(), base, plan, realizations, seed, Grid.of(scenario, base, plan));
    }

    /** The scenario, from the catalog. */
    public Scenario scenario() {
        return Catalog.get(scenarioId);
    }

    /** Number of blocks per cell. */
    public long blocksPerCell() {
        int b = scenario().blockSize();
        return (realizations + b - 1) / b;
    }

    /** Every task of the run, cell-major then block order. */
    public List<Task> tasks() {
        int b = scenario().blockSize();
        long blocks = blocksPerCell();
        List<Task> tasks = new ArrayList<>();
        for (Cell cell : grid.cells()) {
            for (long k = 0; k < blocks; k++) {
                tasks.add(task(cell.index(), k, b));
            }
        }
        return tasks;
    }

    /** Task {@code block} of {@code cell}; the last block of a cell may be short. */
    public Task task(int cell, long block, int blockSize) {
        long done = block * blockSize;
        int n = (int) Math.min(blockSize, realizations - done);
        if (n < 1) {
            throw new IllegalArgumentException("block " + block + " is past the last block of the run");
        }
        return new Task(cell, block, n);
    }

    /**
     * Runs one task: the cell's scenario code with the task's identity-seeded generator.
     * Pure: same task, same result, on any thread or machine.
     */
    public TaskResult execute(Task task) {
        Scenario scenario = scenario();
        Cell cell = grid.cells().get(task.cell());
        Tally[] tallies = new Tally[cell.size()];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = scenario.newTally();
        }
        UniformRandomProvider rng = TaskRandom.generator(seed, scenarioId, task.cell(), task.block());
        scenario.simulate(cell, rng, task.realizations(), tallies);
        for (Tally t : tallies) {
            t.addRealizations(task.realizations());
        }
        return new TaskResult(task.cell(), task.block(), tallies);
    }
}
