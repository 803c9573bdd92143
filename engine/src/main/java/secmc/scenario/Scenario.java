package secmc.scenario;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.stats.Accumulator;
import secmc.stats.Tally;

/**
 * One figure (or family of curves) of a paper: the contract every scenario implements once
 * and every runner (LocalRunner, the Spark job) executes the same way.
 *
 * <p>Implementations are stateless and immutable: the runners look a scenario up by id in the
 * {@link Catalog} wherever a task runs and call {@link #simulate} with a generator seeded from
 * the task's identity only. A scenario never creates generators, reads clocks or shares state
 * between calls, so a task gives the same tallies every time it runs.
 */
public interface Scenario {
    /** Stable id, {@code <paper>.<figure>}, e.g. {@code guardzone.fig8}. */
    String id();

    /** The paper, in a short citation. */
    String paper();

    /** The figure of the paper ({@code "Fig. 3"}), or a short name for non-paper scenarios. */
    String figure();

    /** One line: what the figure shows. */
    String title();

    /** The equations and spec sections used, one per entry (for {@code secmc describe}). */
    default List<String> equations() {
        return List.of();
    }

    /** Parameter definitions, in the order they are listed and serialised. */
    List<ParamDef> parameters();

    /** Output metrics, simulated and theory-only, in row order. */
    List<MetricDef> metrics();

    /** The figure's default curves and x-axis for the given base parameters. */
    Plan plan(Params base);

    /** How grid points share random numbers; default: each point alone. */
    default Grouping grouping() {
        return Grouping.POINT;
    }

    /**
     * Whether every point of {@code grid} calls no vector kernel but the fused PPP kernel
     * ({@code Kernel.pppFadedSum}), so a launcher running only this work in a JVM may let
     * {@code secmc.kernel.Kernels} pick its 512-bit variant (a speed choice: the results are the
     * same bits). Default: false.
     */
    default boolean fusedPppKernelOnly(Grid grid) {
        return false;
    }

    /** Realizations per task (block). Fixed per scenario: it is part of the random streams' identity. */
    default int blockSize() {
        return 10_000;
    }

    /** Default realizations per grid point at a scale. */
    long realizations(Scale scale);

    /**
     * Simulates {@code n} realizations of every point of {@code cell} with one generator and
     * adds them to the tallies ({@code out[i]} belongs to {@code cell.points().get(i)};
     * accumulators in the order of the simulated metrics). A realization that fails (a solver
     * that did not converge, a non-finite value) is recorded with {@link Tally#addFailure()}
     * and left out of the accumulators. The runner records the realization count.
     *
     * @param cell the points to simulate together
     * @param rng the task's generator (identity-seeded); the only source of randomness
     * @param n realizations, {@code >= 1}
     * @param out one tally per point of the cell; modified
     */
    void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out);

    /** Analytic values at a grid point, by metric name; points or metrics without theory are absent. */
    default Map<String, Double> theory(GridPoint point) {
        return Map.of();
    }

    /** How the figure is drawn; by default one panel per metric, linear axes. */
    default FigureStyle style() {
        return new FigureStyle(metrics().stream().map(MetricDef::name).toList(), "value", false);
    }

    /** The defaults of {@link #parameters()}. */
    default Params defaults() {
        return Params.defaults(parameters());
    }

    /** An empty tally with one accumulator per simulated metric. */
    default Tally newTally() {
        return new Tally(metrics().stream().filter(MetricDef::simulated).map(MetricDef::newAccumulator)
                .toArray(Accumulator[]::new));
    }

    /**
     * Checks relations between parameters that single ranges cannot express (e.g. {@code r_o < radius}).
     *
     * @throws IllegalArgumentException one line naming the parameters and the rule
     */
    default void validate(Params params) {
    }
}
