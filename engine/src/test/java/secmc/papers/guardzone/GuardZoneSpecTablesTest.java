package secmc.papers.guardzone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import secmc.scenario.Catalog;
import secmc.scenario.GridPoint;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/**
 * The theory tables of spec guard-zones.md sections 9 and 11 (the values printed to 3-4
 * digits, computed by the spec's independent implementation), and the qualitative claims of
 * section 9 / the seed's Section V checked on the figure grids of the scenarios themselves.
 *
 * <p>Tolerances for printed values: half a unit of the last printed digit (the spec rounds),
 * plus nothing: a value that rounds differently fails. Claims are strict inequalities between
 * theory values, no tolerance (deterministic quadrature, ~1e-12 accurate, far below the gaps).
 */
class GuardZoneSpecTablesTest {
    private static final GuardZoneModel D = GuardZoneModel.defaults();

    private static GuardZoneModel at(double rg, double lambdaS) {
        return D.withRg(rg).withLambdaS(lambdaS);
    }

    /** Half a unit of the last of {@code decimals} printed decimals. */
    private static double half(int decimals) {
        return 0.5 * Math.pow(10, -decimals) * (1 + 1e-9);
    }

    @Test
    void section111ConnectionTable() {
        // lambda_P = 0.01, beta = 0 dB; columns r_o, SNR_P (dB), lambda_S, r_g, kappa, theory.
        double[][] rows = {
            {2, 40, 0.01, 4, 0.197, 0.5360},
            {4, 50, 0.01, 4, 0.790, 0.3742},
            {4, 50, 0.02, 6, 0.790, 0.0957},
            {2, 30, 0.01, 0, 0.197, 0.8078},
            {2, 30, 0.01, 3, 0.197, 0.6392},
            {2, 30, 0.01, 6, 0.197, 0.2980},
            {2, 30, 0.02, 4, 0.197, 0.3350},
        };
        for (double[] r : rows) {
            GuardZoneModel m = at(r[3], r[2]).withRo(r[0]).withSnrP(GuardZoneModel.fromDb(r[1]));
            assertEquals(r[4], GuardZoneTheory.kappa(m), half(3), "kappa r_o=" + r[0]);
            assertEquals(r[5], GuardZoneTheory.pc(m), half(4), "p_c " + java.util.Arrays.toString(r));
        }
    }

    @Test
    void figure3Table() {
        double[] ls = {0.005, 0.01, 0.02};
        double[][] pc = {
            {0.8078, 0.7678, 0.6565, 0.4998, 0.3350, 0.1964},
            {0.8078, 0.7292, 0.5283, 0.2980, 0.1283, 0.0422},
            {0.8078, 0.6565, 0.3350, 0.1004, 0.0176, 0.0018},
        };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(pc[i][j], GuardZoneTheory.pc(at(2 * j, ls[i])), half(4), "p_c " + ls[i] + " " + 2 * j);
            }
        }
    }

    @Test
    void section112SecrecyTable() {
        // theta = 0 dB; SNR_S (dB), lambda_S, r_g, theory.
        double[][] rows = {
            {30, 0.01, 0, 0.6462}, {30, 0.01, 3, 0.7203}, {30, 0.01, 6, 0.9392}, {30, 0.02, 6, 0.8476},
            {30, 0.0104, 6.241, 0.9499}, {30, 0.02, 6.938, 0.9500},
            {50, 0.01, 0, 0.5318}, {50, 0.01, 6, 0.2517}, {50, 0.01, 12, 0.0162}, {50, 0.01, 18, 0.2734},
        };
        for (double[] r : rows) {
            GuardZoneModel m = at(r[2], r[1]).withSnrS(GuardZoneModel.fromDb(r[0]));
            assertEquals(r[3], GuardZoneTheory.ps(m), half(4), "p_s " + java.util.Arrays.toString(r));
        }
    }

    @Test
    void section113HarvestingTable() {
        // lambda_S, r_g, theory, LB (19); 4 significant digits.
        double[][] rows = {
            {0.005, 2, 3.703e-3, 3.555e-3}, {0.02, 2, 1.375e-2, 1.178e-2}, {0.01, 5, 3.716e-3, 2.594e-3},
            {0.02, 5, 4.152e-3, 2.366e-3}, {0.005, 8, 5.642e-4, 4.028e-4}, {0.02, 8, 1.397e-4, 7.896e-5},
        };
        for (double[] r : rows) {
            GuardZoneModel m = at(r[1], r[0]);
            double th = GuardZoneTheory.lambdaPs(m);
            double lb = GuardZoneTheory.lambdaPsLowerBound(m);
            assertEquals(r[2], th, 5e-4 * r[2], "lambda_ps " + r[0] + " " + r[1]);
            assertEquals(r[3], lb, 5e-4 * r[3], "LB " + r[0] + " " + r[1]);
            assertTrue(lb < th, "LB below theory");
        }
    }

    @Test
    void figure4Table() {
        double[] theta = {-5, 0, 5};
        double[] ls = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 2e-2};
        double[][] rg = {
            {0, 0, 4.534, 7.319, 9.150, 9.768},
            {0, 0, 0, 4.228, 6.191, 6.938},
            {0, 0, 0, 1.901, 3.840, 4.695},
        };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < ls.length; j++) {
                GuardZoneModel m = at(0, ls[j]).withTheta(GuardZoneModel.fromDb(theta[i]));
                assertEquals(rg[i][j], BestResponses.rgStar(m), half(3), "r_g^* theta=" + theta[i] + " ls=" + ls[j]);
            }
        }
    }

    @Test
    void figure5TableAndSnrClaims() {
        double[] snr = {40, 50, 60};
        double[][] ps = {
            {0.552, 0.515, 0.513, 0.896, 0.999, 1},
            {0.532, 0.433, 0.073, 0.016, 0.109, 0.523},
            {0.529, 0.422, 0.023, 0.000, Double.NaN, Double.NaN},
        };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 6; j++) {
                if (Double.isNaN(ps[i][j])) {
                    continue;
                }
                GuardZoneModel m = at(4 * j, 0.01).withSnrS(GuardZoneModel.fromDb(snr[i]));
                // One unit of the last digit: the spec's 40 dB / 12 m entry 0.896 is 5.2e-4 above
                // our 0.8954807 (an independent SciPy quad of eq. (12) gives 0.8954806624 too).
                assertEquals(ps[i][j], GuardZoneTheory.ps(m), 2 * half(3), "p_s SNR=" + snr[i] + " r_g=" + 4 * j);
            }
        }
        // IL curve 0.529, 0.420, 0.018, 0 at r_g = 0, 4, 8, 12.
        double[] il = {0.529, 0.420, 0.018, 0.000};
        for (int j = 0; j < il.length; j++) {
            assertEquals(il[j], GuardZoneTheory.psInterferenceLimited(at(4 * j, 0.01)), half(3), "IL r_g=" + 4 * j);
        }
        // 40 dB: "minimum of 0.476 at 6 m" is the minimum over integer r_g; the continuous
        // minimum is 0.47435 at 6.43 m (SciPy bounded minimisation of eq. (12) agrees).
        GuardZoneModel m40 = D.withSnrS(1e4);
        double best = 2;
        double arg = -1;
        for (int r = 0; r <= 12; r++) {
            double v = GuardZoneTheory.ps(m40.withRg(r));
            if (v < best) {
                best = v;
                arg = r;
            }
        }
        assertEquals(0.476, best, half(3), "40 dB minimum over integer r_g");
        assertEquals(6, arg, "40 dB integer argmin");
        double fine = 2;
        for (double r = 5; r <= 8; r += 0.01) {
            fine = Math.min(fine, GuardZoneTheory.ps(m40.withRg(r)));
        }
        assertEquals(0.4743, fine, half(4), "40 dB continuous minimum");
    }

    @Test
    void section9Claims() {
        // r_g^* = 0 for every theta when lambda_S <= 3e-4.
        for (double th : new double[] {-5, 0, 5}) {
            for (double ls : new double[] {1e-4, 2e-4, 3e-4}) {
                assertEquals(0, BestResponses.rgStar(at(0, ls).withTheta(GuardZoneModel.fromDb(th))), "theta " + th);
            }
        }
        // lambda_P effect at lambda_S = 0.002 (4.13 / 3.31 / 1.17 m) and at 0.02 (6.96 / 6.94 / 6.89 m).
        double[] lp = {0.005, 0.01, 0.02};
        double[] small = {4.13, 3.31, 1.17};
        double[] large = {6.96, 6.94, 6.89};
        for (int i = 0; i < 3; i++) {
            assertEquals(small[i], BestResponses.rgStar(at(0, 0.002).withLambdaP(lp[i])), half(2), "lambda_P " + lp[i]);
            assertEquals(large[i], BestResponses.rgStar(at(0, 0.02).withLambdaP(lp[i])), half(2), "lambda_P " + lp[i]);
        }
        // Fig. 8 optimum rho^* at r_g = 2, 4, 6, 8 and the LB maximisers (20).
        double[] rhoStar = {1, 1, 0.565, 0.306};
        double[] rhoLb = {1, 0.995, 0.442, 0.249};
        for (int i = 0; i < 4; i++) {
            GuardZoneModel m = at(2 * (i + 1), 0.01);
            assertEquals(rhoStar[i], BestResponses.lambdaSStar(m) / D.lambdaSMax(), half(3), "rho^* r_g=" + 2 * (i + 1));
            assertEquals(rhoLb[i], GuardZoneTheory.lambdaSStarLowerBound(m) / D.lambdaSMax(), half(3), "rho LB");
            // "Numerically, the exact maximiser of (18) is somewhat larger than this bound's maximiser".
            assertTrue(BestResponses.lambdaSStar(m) >= GuardZoneTheory.lambdaSStarLowerBound(m));
        }
    }

    @Test
    void figure9Tables() {
        double[] rho = {0.1, 0.3, 0.5, 0.7, 1.0};
        double[] rg = {3.310, 5.435, 6.191, 6.601, 6.938};
        for (int i = 0; i < rho.length; i++) {
            assertEquals(rg[i], BestResponses.rgStar(at(0, rho[i] * D.lambdaSMax())), half(3), "r_g^*(rho=" + rho[i] + ")");
        }
        double[] r = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12};
        double[] rhoStar = {1, 1, 1, 1, 1, 0.828, 0.565, 0.407, 0.306, 0.189, 0.127};
        for (int i = 0; i < r.length; i++) {
            assertEquals(rhoStar[i], BestResponses.lambdaSStar(at(r[i], 0.01)) / D.lambdaSMax(), half(3), "rho^*(" + r[i] + ")");
        }
        // The scenario's secondary curve inverts rho^*: at rho = 0.565 it must return r_g ~ 6 m.
        assertEquals(6, ResponseCurvesFigure.secondaryInverse(D, 0.564533), 1e-3);
    }

    private static List<Map<String, Double>> theoryRows(String id, List<GridPoint> out) {
        Scenario s = Catalog.get(id);
        RunSpec spec = RunSpec.of(s, s.defaults(), s.plan(s.defaults()), 1, 1L);
        List<Map<String, Double>> rows = new ArrayList<>();
        for (GridPoint p : spec.grid().points()) {
            rows.add(s.theory(p));
            out.add(p);
        }
        return rows;
    }

    /** Section 9 / Section V claims on the scenarios' own figure grids (theory curves). */
    @Test
    void qualitativeClaimsOnFigureGrids() {
        // Fig. 3: kappa < 1, so p_c decreases in r_g (each curve) and in lambda_S (each r_g > 0).
        List<GridPoint> pts = new ArrayList<>();
        List<Map<String, Double>> rows = theoryRows("guardzone.fig3", pts);
        for (int i = 1; i < rows.size(); i++) {
            if (pts.get(i).curveIndex() == pts.get(i - 1).curveIndex()) {
                assertTrue(rows.get(i).get("p_c") < rows.get(i - 1).get("p_c"), "fig3 decreasing in r_g at " + pts.get(i));
            }
        }
        int nx = (int) pts.stream().filter(p -> p.curveIndex() == 0).count();
        for (int j = 1; j < nx; j++) {
            assertTrue(rows.get(j).get("p_c") > rows.get(nx + j).get("p_c"));
            assertTrue(rows.get(nx + j).get("p_c") > rows.get(2 * nx + j).get("p_c"));
        }

        // Fig. 4: r_g^* non-decreasing in lambda_S, non-increasing in theta, equal (0) at the smallest lambda_S.
        pts.clear();
        rows = theoryRows("guardzone.fig4", pts);
        nx = (int) pts.stream().filter(p -> p.curveIndex() == 0).count();
        for (int c = 0; c < 3; c++) {
            for (int j = 1; j < nx; j++) {
                assertTrue(rows.get(c * nx + j).get("r_g_star") >= rows.get(c * nx + j - 1).get("r_g_star"), "fig4 in lambda_S");
            }
        }
        for (int j = 0; j < nx; j++) {
            assertTrue(rows.get(j).get("r_g_star") >= rows.get(nx + j).get("r_g_star"), "fig4 theta -5 vs 0");
            assertTrue(rows.get(nx + j).get("r_g_star") >= rows.get(2 * nx + j).get("r_g_star"), "fig4 theta 0 vs 5");
        }
        assertEquals(0, rows.get(0).get("r_g_star"));
        assertEquals(0, rows.get(2 * nx).get("r_g_star"));
        assertTrue(rows.get(nx - 1).get("r_g_star") - rows.get(3 * nx - 1).get("r_g_star") > 4, "theta matters at large lambda_S");

        // Fig. 5: local minimum in r_g for 40 and 50 dB; SNR nearly irrelevant at r_g = 0 (within 0.03);
        // at large r_g (12-20 m) a higher SNR_S gives a lower p_s.
        pts.clear();
        rows = theoryRows("guardzone.fig5", pts);
        nx = (int) pts.stream().filter(p -> p.curveIndex() == 0).count();
        for (int c = 0; c < 2; c++) {
            boolean interiorMin = false;
            for (int j = 1; j + 1 < nx; j++) {
                double v = rows.get(c * nx + j).get("p_s");
                if (v < rows.get(c * nx + j - 1).get("p_s") && v < rows.get(c * nx + j + 1).get("p_s")) {
                    interiorMin = true;
                }
            }
            assertTrue(interiorMin, "fig5 local minimum, curve " + c);
        }
        assertTrue(Math.abs(rows.get(0).get("p_s") - rows.get(2 * nx).get("p_s")) < 0.03, "SNR effect at r_g = 0");
        for (int j = 12; j < nx; j++) {
            Double p60 = rows.get(2 * nx + j).get("p_s");
            assertTrue(rows.get(j).get("p_s") >= rows.get(nx + j).get("p_s"), "40 vs 50 dB at r_g = " + j);
            assertTrue(p60 == null || rows.get(nx + j).get("p_s") >= p60, "50 vs 60 dB at r_g = " + j);
        }

        // Fig. 6: the lambda_P effect on r_g^* is largest at the smallest lambda_S and shrinks to < 0.1 m at 0.02.
        pts.clear();
        rows = theoryRows("guardzone.fig6", pts);
        nx = (int) pts.stream().filter(p -> p.curveIndex() == 0).count();
        double spreadFirst = rows.get(0).get("r_g_star") - rows.get(2 * nx).get("r_g_star");
        double spreadLast = rows.get(nx - 1).get("r_g_star") - rows.get(3 * nx - 1).get("r_g_star");
        assertTrue(spreadFirst > 2.5 && spreadLast > 0 && spreadLast < 0.1, spreadFirst + " " + spreadLast);

        // Fig. 7: p_s^IL falls with r_g (spec section 10). It holds on the whole grid for
        // lambda_P = 0.005; for lambda_P = 0.02 only from r_g = 2 m on: IL first rises
        // 0.7274 -> 0.7284 -> 0.7304 (r_g = 0, 1, 2 m; SciPy agrees), because the ER-free disk
        // b(0, r_g) removes the nearest eavesdroppers faster than the interferers thin out.
        // The lambda_P gap of p_s closes at large r_g.
        pts.clear();
        rows = theoryRows("guardzone.fig7", pts);
        nx = (int) pts.stream().filter(p -> p.curveIndex() == 0).count();
        for (int c = 0; c < 2; c++) {
            for (int j = c == 0 ? 1 : 3; j < nx; j++) {
                Double prev = rows.get(c * nx + j - 1).get("p_s_il");
                Double cur = rows.get(c * nx + j).get("p_s_il");
                assertTrue(cur == null || cur < prev, "fig7 IL falls, curve " + c + " r_g index " + j);
            }
        }
        assertTrue(rows.get(nx + 2).get("p_s_il") > rows.get(nx).get("p_s_il"), "the small-r_g rise at lambda_P = 0.02");
        assertTrue(rows.get(nx + 2).get("p_s_il") - rows.get(nx).get("p_s_il") < 0.005, "the rise is small");
        double gap0 = Math.abs(rows.get(0).get("p_s") - rows.get(nx).get("p_s"));
        double gapEnd = Math.abs(rows.get(nx - 1).get("p_s") - rows.get(2 * nx - 1).get("p_s"));
        assertTrue(gapEnd < 0.1 * gap0, gap0 + " " + gapEnd);

        // Fig. 8: optimum at lambda_S^max for r_g = 2, 4 (last grid point best); interior and
        // decreasing for r_g = 6, 8.
        pts.clear();
        rows = theoryRows("guardzone.fig8", pts);
        nx = (int) pts.stream().filter(p -> p.curveIndex() == 0).count();
        int[] argmax = new int[4];
        for (int c = 0; c < 4; c++) {
            double best = -1;
            for (int j = 0; j < nx; j++) {
                double v = rows.get(c * nx + j).get("lambda_ps");
                if (v > best) {
                    best = v;
                    argmax[c] = j;
                }
            }
        }
        assertEquals(nx - 1, argmax[0]);
        assertEquals(nx - 1, argmax[1]);
        assertTrue(argmax[2] < nx - 1 && argmax[3] < argmax[2], java.util.Arrays.toString(argmax));
    }

    /** Fig. 10's dataset is the trajectory of (26) and settles (1 %, 0.02 m) at k = 11 < 13. */
    @Test
    void figure10DatasetIsTheTrajectory() {
        List<GridPoint> pts = new ArrayList<>();
        List<Map<String, Double>> rows = theoryRows("guardzone.fig10", pts);
        EquilibriumResult t = new BestResponseDynamics().trajectory(D, 15);
        for (int k = 0; k < rows.size(); k++) {
            assertEquals(t.rg()[k], rows.get(k).get("r_g_star"), 0.0, "r_g^(" + k + ")");
            assertEquals(t.lambdaS()[k] / D.lambdaSMax(), rows.get(k).get("rho_star"), 0.0, "rho^(" + k + ")");
        }
        EquilibriumResult ne = new BestResponseDynamics().solve(D);
        for (int k = 11; k < rows.size(); k++) {
            assertEquals(ne.rgNe(), rows.get(k).get("r_g_star"), 0.02, "settled r_g at " + k);
            assertEquals(ne.lambdaSNe() / D.lambdaSMax(), rows.get(k).get("rho_star"), 0.01, "settled rho at " + k);
        }
        assertTrue(ne.settledIteration() < 13);
    }
}
