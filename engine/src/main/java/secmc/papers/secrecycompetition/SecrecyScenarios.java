package secmc.papers.secrecycompetition;

import java.util.ArrayList;
import java.util.List;
import secmc.scenario.Axis;
import secmc.scenario.Curve;
import secmc.scenario.FigureStyle;
import secmc.scenario.Plan;
import secmc.scenario.Scenario;
import secmc.scenario.ScenarioProvider;

/**
 * The figures of Tang et al., "Robust secrecy competition with aggregate interference constraint
 * in small-cell networks" (IEEE TWC 2021), on the grids of spec Sec. 9.
 */
public final class SecrecyScenarios implements ScenarioProvider {
    /** The scheme curves of Figs. 6 and 7. */
    static final List<Curve> SCHEMES = List.of(Curve.of("RR", "scheme", "RR"), Curve.of("RN", "scheme", "RN"),
            Curve.of("NN", "scheme", "NN"));

    @Override
    public List<Scenario> scenarios() {
        return List.of(new Fig2Convergence(), new Fig3Allocation(), fig4(), fig5(), fig6(), fig7());
    }

    static Scenario fig4() {
        return new CompetitionFigure("secrecy.fig4", "Fig. 4",
                "RR: power per SBS and worst-case secrecy per SUE vs chi_epsilon, curves chi_varepsilon (I^th = 5e-12 W)",
                ModelParams.definitions(5e-12, 0.01, 0.01, 0.01),
                base -> new Plan(curves("chi_varepsilon", 0.01, 0.05, 0.1),
                        new Axis("chi_epsilon", "", new double[] {0.01, 0.02, 0.05, 0.1, 0.2}, true)),
                new FigureStyle(List.of("power_per_sbs", "secrecy_per_sue"), "W | bits/s/Hz", false));
    }

    static Scenario fig5() {
        return new CompetitionFigure("secrecy.fig5", "Fig. 5",
                "RR: power per SBS and worst-case secrecy per SUE vs chi_e, curves I^th in {5, 10, 20}e-12 W",
                ModelParams.definitions(10e-12, 0.01, 0.01, 0.01),
                base -> new Plan(curves("I_th", 5e-12, 10e-12, 20e-12),
                        new Axis("chi_e", "", new double[] {0.01, 0.02, 0.05, 0.1, 0.2}, true)),
                new FigureStyle(List.of("power_per_sbs", "secrecy_per_sue", "price_active_fraction"),
                        "W | bits/s/Hz | fraction", false));
    }

    static Scenario fig6() {
        return new CompetitionFigure("secrecy.fig6", "Fig. 6",
                "RR, RN, NN: network sum power, sum worst-case secrecy and worst-case MUE interference vs J",
                ModelParams.definitions(10e-12, 0.1, 0.1, 0.1),
                base -> new Plan(SCHEMES, new Axis("J", "", new double[] {2, 4, 6, 8, 10, 12}, false)),
                new FigureStyle(List.of("sum_power", "sum_secrecy", "interference_ratio_median", "violation_fraction"),
                        "W | bits/s/Hz | worst-case interference / I^th | fraction", false));
    }

    static Scenario fig7() {
        return new CompetitionFigure("secrecy.fig7", "Fig. 7",
                "RR, RN, NN: network sum power, sum worst-case secrecy and worst-case MUE interference vs mean Tx-Eve "
                        + "distance D",
                ModelParams.definitions(10e-12, 0.1, 0.1, 0.1),
                base -> new Plan(SCHEMES, new Axis("D", "m", new double[] {80, 100, 120, 140, 160, 180}, false)),
                new FigureStyle(List.of("sum_power", "sum_secrecy", "interference_ratio_median", "violation_fraction"),
                        "W | bits/s/Hz | worst-case interference / I^th | fraction", false));
    }

    private static List<Curve> curves(String name, double... values) {
        List<Curve> c = new ArrayList<>();
        for (double v : values) {
            c.add(Curve.of(name + "=" + v, name, v));
        }
        return c;
    }
}
