package secmc.papers.antijamming;

import java.util.List;
import secmc.scenario.ParamDef;

/**
 * The parameters shared by every anti-jamming scenario, named by the spec's symbols
 * (anti-jamming.md §1, §8), with units, defaults and valid ranges.
 */
final class AntiJamParameters {
    private AntiJamParameters() {
    }

    /**
     * @param m default M
     * @param n default N
     * @param horizon default T_theta (slots)
     * @param scheme default scheme label
     */
    static List<ParamDef> list(int m, int n, int horizon, String scheme) {
        return List.of(
                ParamDef.integer("M", "channels", m, 1, AntiJamConfig.MAX_M, "licensed channels"),
                ParamDef.integer("N", "SUs", n, 1, AntiJamConfig.MAX_N, "secondary users (N >= M)"),
                ParamDef.integer("B_max", "packets", 2, 1, 20, "buffer size"),
                ParamDef.real("f_bar", "packets/slot", 0.5, 0, false, 5, true, "mean Poisson arrivals per SU"),
                ParamDef.integer("T_theta", "slots", horizon, 10, 1_000_000,
                        "horizon of a run: theta sums drops over it; convergence figures plot slots 0..T_theta"),
                ParamDef.choice("scheme", scheme, List.of("PC", "PD_REPRO", "PD_LITERAL", "random"),
                        "allocation scheme (spec 4.9, 5.5a)"),
                ParamDef.real("epsilon", "", 0.1, 0, false, 100, true, "Boltzmann-Gibbs temperature (PD)"),
                ParamDef.real("beta", "", 0.1, 0, false, 10, true, "learning-rate ratio exponent, lambda/mu -> 0 (PD)"),
                ParamDef.real("mu_exp", "", 0.6, 0.5, false, 1, true, "payoff learning rate mu_n = 1/n^mu_exp (PD)"),
                ParamDef.real("delta", "", 0.9, 0, true, 1, false, "discount factor of the value learning"),
                ParamDef.real("alpha_exp", "", 0.6, 0.5, false, 1, true, "value learning rate alpha_n = 1/n^alpha_exp"),
                ParamDef.choice("jammer", "minimax", List.of("minimax", "uniform", "best_response"), "attacker model"),
                ParamDef.choice("reward", "PAPER", List.of("PAPER", "EXACT"),
                        "printed reward (6) or exact buffer overflow"),
                ParamDef.choice("idle_mapping", "on_idle", List.of("on_idle", "on_busy"),
                        "whether 'on' in alpha_N2F / alpha_F2N means idle"),
                ParamDef.real("alpha_N2F", "", 0.3, 0, false, 1, false, "on-to-off transition probability"),
                ParamDef.real("alpha_F2N", "", 0.4, 0, false, 1, false, "off-to-on transition probability"),
                ParamDef.real("Ts_W", "packets/(bit/s/Hz)", 1, 0, false, 100, true, "slot length times bandwidth"),
                ParamDef.real("BER_tar", "", 1e-5, 0, false, 0.2, false, "target bit error rate"));
    }
}
