package secmc.papers.antijamming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import secmc.scenario.Axis;
import secmc.scenario.Curve;
import secmc.scenario.Plan;
import secmc.scenario.Scenario;
import secmc.scenario.ScenarioProvider;

/**
 * The figures of the anti-jamming auction paper (spec anti-jamming.md §7): {@code antijam.fig2}
 * to {@code antijam.fig9} (Fig. 1 is a drawing). Grids as in the spec's table; PD curves use
 * {@code PD_REPRO}, with {@code PD_LITERAL} and uniformly {@code random} allocation added where cheap.
 */
public final class AntiJammingScenarios implements ScenarioProvider {
    private static final double[] F_BAR = Axis.linspace(0.1, 1.0, 10);

    @Override
    public List<Scenario> scenarios() {
        return List.of(
                convergence("antijam.fig2", "Fig. 2", "Convergence of the normalized cumulative value, PD vs PC, M = 2, N = 3",
                        2, 10_000, 3),
                convergence("antijam.fig3", "Fig. 3", "Convergence of the normalized cumulative value, PD vs PC, M = 3, N = 3",
                        3, 40_000, 2),
                new ConvergenceScenario("antijam.fig4", "Fig. 4", "Effect of beta and epsilon on PD-game convergence, M = 2",
                        AntiJamParameters.list(2, 3, 10_000, "PD_REPRO"), base -> {
                            List<Curve> curves = new ArrayList<>();
                            for (double beta : new double[] {0.1, 0.3, 0.5, 1.0}) {
                                for (double eps : new double[] {0.05, 0.1, 0.5}) {
                                    curves.add(curve("PD_REPRO beta=" + fmt(beta) + " eps=" + fmt(eps),
                                            "scheme", "PD_REPRO", "beta", beta, "epsilon", eps));
                                }
                            }
                            return new Plan(curves, slotAxis(base.integer("T_theta")));
                        }, 2, 20),
                new ThetaScenario("antijam.fig5", "Fig. 5", "theta vs N for several B_max and epsilon, M = 2",
                        AntiJamParameters.list(2, 3, 1000, "PD_REPRO"), base -> {
                            List<Curve> curves = new ArrayList<>();
                            for (long bm : new long[] {2, 3, 4}) {
                                curves.add(curve("PC B_max=" + bm, "scheme", "PC", "B_max", bm));
                            }
                            for (double eps : new double[] {0.1, 0.5}) {
                                for (long bm : new long[] {2, 3, 4}) {
                                    curves.add(curve("PD_REPRO B_max=" + bm + " eps=" + fmt(eps), "scheme", "PD_REPRO",
                                            "B_max", bm, "epsilon", eps));
                                }
                            }
                            curves.add(curve("PD_LITERAL B_max=2", "scheme", "PD_LITERAL", "B_max", 2L));
                            curves.add(curve("random B_max=2", "scheme", "random", "B_max", 2L));
                            return new Plan(curves, new Axis("N", "SUs", new double[] {2, 3, 4, 5, 6}, false));
                        }, 6, 50),
                new ThetaScenario("antijam.fig6", "Fig. 6", "theta vs N for several B_max, M = 3",
                        AntiJamParameters.list(3, 3, 1000, "PD_REPRO"), base -> {
                            List<Curve> curves = new ArrayList<>();
                            for (String s : new String[] {"PC", "PD_REPRO"}) {
                                for (long bm : new long[] {2, 3, 4}) {
                                    curves.add(curve(s + " B_max=" + bm, "scheme", s, "B_max", bm));
                                }
                            }
                            curves.add(curve("PD_LITERAL B_max=2", "scheme", "PD_LITERAL", "B_max", 2L));
                            curves.add(curve("random B_max=2", "scheme", "random", "B_max", 2L));
                            return new Plan(curves, new Axis("N", "SUs", new double[] {3, 4, 5, 6}, false));
                        }, 6, 50),
                fBarFigure("antijam.fig7", "Fig. 7", "theta vs mean traffic for several N, M = 2", 2, new long[] {2, 3, 4}, 3),
                fBarFigure("antijam.fig8", "Fig. 8", "theta vs mean traffic for several N, M = 3", 3, new long[] {3, 4, 5}, 3),
                new ThetaScenario("antijam.fig9", "Fig. 9", "theta vs mean traffic with N = M",
                        AntiJamParameters.list(2, 2, 1000, "PD_REPRO"), base -> {
                            List<Curve> curves = new ArrayList<>();
                            for (String s : new String[] {"PD_REPRO", "PC"}) {
                                for (long nm : new long[] {2, 3, 4}) {
                                    curves.add(curve(s + " N=M=" + nm, "scheme", s, "M", nm, "N", nm));
                                }
                            }
                            return new Plan(curves, new Axis("f_bar", "packets/slot", F_BAR, false));
                        }, 6, 50));
    }

    private static ConvergenceScenario convergence(String id, String figure, String title, int m, int horizon,
                                                   long quick) {
        return new ConvergenceScenario(id, figure, title, AntiJamParameters.list(m, 3, horizon, "PD_REPRO"),
                base -> new Plan(List.of(curve("PC", "scheme", "PC"), curve("PD_REPRO", "scheme", "PD_REPRO"),
                        curve("PD_LITERAL", "scheme", "PD_LITERAL"), curve("random", "scheme", "random")),
                        slotAxis(base.integer("T_theta"))), quick, 20);
    }

    private static ThetaScenario fBarFigure(String id, String figure, String title, int m, long[] ns, long literalN) {
        return new ThetaScenario(id, figure, title, AntiJamParameters.list(m, m, 1000, "PD_REPRO"), base -> {
            List<Curve> curves = new ArrayList<>();
            for (String s : new String[] {"PC", "PD_REPRO"}) {
                for (long nn : ns) {
                    curves.add(curve(s + " N=" + nn, "scheme", s, "N", nn));
                }
            }
            curves.add(curve("PD_LITERAL N=" + literalN, "scheme", "PD_LITERAL", "N", literalN));
            curves.add(curve("random N=" + literalN, "scheme", "random", "N", literalN));
            return new Plan(curves, new Axis("f_bar", "packets/slot", F_BAR, false));
        }, 6, 50);
    }

    private static Axis slotAxis(long horizon) {
        return new Axis("slot", "slots", ConvergenceScenario.slots(horizon), false);
    }

    private static Curve curve(String label, Object... kv) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            o.put((String) kv[i], kv[i + 1]);
        }
        return new Curve(label, o);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
    }
}
