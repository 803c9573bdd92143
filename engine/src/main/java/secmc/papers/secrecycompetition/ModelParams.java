package secmc.papers.secrecycompetition;

import java.util.ArrayList;
import java.util.List;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;

/**
 * The scenario parameters shared by every secrecy-competition figure (spec Sec. 8.1), named by
 * the paper's symbols, and their translation into {@link SystemModel} and {@link Deployment}.
 */
final class ModelParams {
    private ModelParams() {
    }

    /**
     * The common parameter definitions with figure-specific defaults of the threshold and the
     * three uncertainty coefficients.
     */
    static List<ParamDef> definitions(double iTh, double chiEpsilon, double chiVarepsilon, double chiE) {
        List<ParamDef> d = new ArrayList<>();
        d.add(ParamDef.integer("J", "", 8, 1, 64, "number of small cells (SBS, SUE, Eve each)"));
        d.add(ParamDef.integer("K", "", 4, 1, 64, "number of orthogonal unit-bandwidth channels"));
        d.add(ParamDef.choice("scheme", "RR", List.of("RR", "RN", "NN"),
                "RR robust secrecy + robust MUE, RN robust secrecy + nominal MUE, NN nominal both (spec Sec. 7)"));
        d.add(ParamDef.real("I_th", "W", iTh, 0, false, 1, true, "interference threshold at the MUE"));
        d.add(ParamDef.real("chi_epsilon", "", chiEpsilon, 0, true, 1, true,
                "own wiretap-link uncertainty radius as a fraction of g^_jj (spec Sec. 2.3)"));
        d.add(ParamDef.real("chi_varepsilon", "", chiVarepsilon, 0, true, 1, true,
                "interference-link (into Eve) uncertainty radius as a fraction of ||g^_-j||"));
        d.add(ParamDef.real("chi_e", "", chiE, 0, true, 1, true, "MUE-link uncertainty radius as a fraction of ||h^||"));
        d.add(ParamDef.real("p_max", "W", 1, 0, false, 1e3, true, "per-SBS sum-power limit"));
        d.add(ParamDef.real("p_msk", "W", 0.5, 0, false, 1e3, true, "per-channel power mask"));
        d.add(ParamDef.real("p_0", "W", 10, 0, true, 1e4, true, "MBS power per channel (PROPOSED: 46 dBm over 4 channels)"));
        d.add(ParamDef.real("sigma0_sq", "W", 1e-15, 0, false, 1, true, "noise power per channel (-120 dBm)"));
        d.add(ParamDef.real("D", "m", 120, 20, true, 1e4, true,
                "mean SBS-Eve distance; Eve at U[D-20, D+20] m from its SBS"));
        d.add(ParamDef.real("side", "m", 1000, 0, false, 1e5, true, "side of the square area, MBS at the corner (0,0)"));
        d.add(ParamDef.real("mue_radius", "m", 100, 0, false, 1e5, true, "MUE uniform in this quarter disc around the MBS"));
        d.add(ParamDef.real("shadowing_db", "dB", 10, 0, true, 30, true, "log-normal shadowing standard deviation"));
        return d;
    }

    static SystemModel model(Params p) {
        return new SystemModel((int) p.integer("K"), p.real("p_max"), p.real("p_msk"), p.real("sigma0_sq"),
                p.real("p_0"), p.real("I_th"), p.real("chi_epsilon"), p.real("chi_varepsilon"), p.real("chi_e"));
    }

    static Deployment deployment(Params p) {
        Deployment d = Deployment.defaults();
        return new Deployment(p.real("side"), p.real("mue_radius"), d.sueMin(), d.sueMax(), d.eveHalfWidth(),
                p.real("shadowing_db"), d.minDistance());
    }

    static Scheme scheme(Params p) {
        return Scheme.valueOf(p.choice("scheme"));
    }

    /** The key of the random draw a point needs: points with equal keys share topologies. */
    static String drawKey(Params p) {
        return p.integer("K") + "|" + p.real("side") + "|" + p.real("mue_radius") + "|" + p.real("shadowing_db");
    }
}
