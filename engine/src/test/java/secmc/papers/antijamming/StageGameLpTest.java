package secmc.papers.antijamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import secmc.solver.ZeroSumGame;
import secmc.solver.ZeroSumGameSolution;

/**
 * The LP of the stage game (spec anti-jamming.md §4.2-§4.3) on the payoff structures the
 * simulation produces: SUs with equal or ulp-apart look-ahead gains give duplicate rows of U,
 * which made the earlier pivot rule pick rounding-level pivots and fail (two such games, taken
 * from runs of antijam.fig8 and antijam.fig9, are kept as regressions).
 */
class StageGameLpTest {
    /** Gap tolerance demanded by the issue, relative to max(1, max |U|). */
    private static final double GAP = 1e-9;

    private final ZeroSumGame solver = new ZeroSumGame();

    @Test
    void regressionGamesFromFigureRuns() {
        double[][] fig8 = {
            {0.004835522853030061, 0.004835522853030061, 0.004831676019104716},
            {1.5849990419001677E-4, 1.546530702646717E-4, 1.5849990419001677E-4},
            {1.5857658220687866E-4, 1.5857658220687866E-4, 1.5857658220687866E-4},
            {1.5849990419001674E-4, 1.5849990419001674E-4, 1.5849990419001674E-4}};
        double[][] fig9 = {
            {0.7598291887255988, 0.807251784797089, 0.7598291887255988, 0.5597689004821707},
            {0.5598726503613682, 0.808320447342342, 0.808320447342342, 0.7608978512708517},
            {0.5608862049140245, 0.5608862049140245, 0.5608862049140245, 0.8089993026809724},
            {0.7597100386038804, 0.8071326346753707, 0.7597100386038804, 0.7597100386038804}};
        // M = N = 4 at f_bar = 0.1 (antijam.fig9): three SUs with empty buffers have gains that
        // differ in the 5th digit or the last bit. The first two made the dual simplex cycle
        // between two bases on a basic value of -1e-12 (rounding), the third also defeated
        // Hipparchus' default epsilon.
        double[][] cycle1 = {
            {1.5849990419001674E-4, 1.5857658220687864E-4, 1.546530702646717E-4, 1.5849990419001674E-4},
            {1.5857658220687864E-4, 1.5857658220687864E-4, 1.5857658220687864E-4, 1.546530702646717E-4},
            {1.5465307026467167E-4, 1.5849990419001674E-4, 1.5465307026467167E-4, 1.5849990419001674E-4},
            {0.0048735316595573544, 0.0048735316595573544, 0.005032031563747371, 0.0048735316595573544}};
        double[][] cycle2 = {
            {1.5849990419001674E-4, 1.546530702646717E-4, 1.5857658220687864E-4, 1.5849990419001674E-4},
            {1.5849990419001677E-4, 1.5849990419001677E-4, 1.5849990419001677E-4, 1.5857658220687866E-4},
            {0.0954899933172796, 0.0954899933172796, 0.10032217940602754, 0.10032217940602754},
            {1.5465307026467167E-4, 1.5465307026467167E-4, 1.5849990419001674E-4, 1.5849990419001674E-4}};
        double[][] cycle3 = {
            {1.5849990419001677E-4, 1.5857658220687866E-4, 1.5849990419001677E-4, 1.5849990419001677E-4},
            {1.5857658220687866E-4, 1.546530702646717E-4, 1.5857658220687866E-4, 1.5857658220687866E-4},
            {1.5849990419001674E-4, 1.5849990419001674E-4, 1.5849990419001674E-4, 1.5849990419001674E-4},
            {0.004683711516673465, 0.004842211420863482, 0.004683711516673465, 0.004842211420863482}};
        for (double[][] g : new double[][][] {fig8, fig9, cycle1, cycle2, cycle3}) {
            check(new StageGame(g.length, g[0].length), g);
        }
    }

    /**
     * 6000 random stage games whose gains take few distinct values, some perturbed by one ulp
     * (what equal value tables of SUs in equal states give), sizes (N, M') up to (6, 3) and (4, 4).
     */
    @Test
    void tieHeavyStageGamesConvergeWithBasicStrategies() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1611_08681L);
        int[][] sizes = {{2, 2}, {3, 2}, {4, 2}, {6, 2}, {3, 3}, {4, 3}, {6, 3}, {4, 4}, {5, 4}};
        for (int t = 0; t < 6000; t++) {
            int[] s = sizes[t % sizes.length];
            StageGame game = new StageGame(s[0], s[1]);
            double[] levels = {rng.nextDouble(), rng.nextDouble() * 1e-3, rng.nextDouble()};
            double[][] g = new double[s[0]][s[1]];
            for (double[] row : g) {
                for (int c = 0; c < row.length; c++) {
                    double x = levels[rng.nextInt(levels.length)];
                    int noise = rng.nextInt(4);
                    row[c] = noise == 0 ? Math.nextUp(x) : noise == 1 ? Math.nextDown(x) : x;
                }
            }
            check(game, g);
        }
    }

    private void check(StageGame game, double[][] g) {
        double[][] u = game.payoff(g);
        ZeroSumGameSolution sol = solver.solve(u);
        double scale = 1;
        for (double[] row : u) {
            for (double x : row) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        assertTrue(sol.converged(), "not converged");
        assertTrue(sol.gap() <= GAP * scale, "gap " + sol.gap());
        assertTrue(sol.rowSupport() <= game.channels(), "support " + sol.rowSupport() + " > M' = " + game.channels());
        // The jammer's LP solved on its own (the transposed, negated game) has the same value.
        double[][] jam = new double[u[0].length][u.length];
        for (int l = 0; l < u.length; l++) {
            for (int k = 0; k < u[0].length; k++) {
                jam[k][l] = -u[l][k];
            }
        }
        ZeroSumGameSolution dual = solver.solve(jam);
        assertTrue(dual.converged());
        assertEquals(sol.value(), -dual.value(), 2 * GAP * scale, "coordinator LP vs jammer LP");
    }
}
