package secmc.papers.antijamming;

import java.util.List;
import java.util.function.Function;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;

/**
 * What every anti-jamming figure shares: the paper, the parameters, the cross-parameter rules,
 * one run per realization (block size 1, so runs spread over workers). Subclasses say what a run
 * is measured by. Immutable.
 */
abstract class AntiJamScenario implements Scenario {
    static final String PAPER = "Aghababaie Alavijeh, Maham, Han, Saad: Truthful spectrum auction for efficient "
            + "anti-jamming in cognitive radio networks (arXiv:1611.08681, 2016)";

    private final String id;
    private final String figure;
    private final String title;
    private final List<ParamDef> parameters;
    private final Function<Params, Plan> plan;
    private final long quick;
    private final long paper;

    AntiJamScenario(String id, String figure, String title, List<ParamDef> parameters, Function<Params, Plan> plan,
                    long quick, long paper) {
        this.id = id;
        this.figure = figure;
        this.title = title;
        this.parameters = List.copyOf(parameters);
        this.plan = plan;
        this.quick = quick;
        this.paper = paper;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String paper() {
        return PAPER;
    }

    @Override
    public String figure() {
        return figure;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<String> equations() {
        return List.of(
                "rate (5): g = floor(Ts W log2(1 + 1.5 gamma / ln(0.2/BER_tar))) 1{A_i != A_0} (spec 2.3)",
                "reward (6): r = -(b - g - B_max + f)^+ (PAPER) or -((b-g)^+ + f - B_max)^+ (EXACT) (spec 2.5)",
                "bids: a_ij,k = W_i(g(gamma_ij) 1{j!=k}) - W_i(0), one-step look-ahead on V_i (spec 4.1)",
                "stage game: U(l,k) = sum_j a_l(j)j,k, LP with basic solution, support <= M' (spec 4.2-4.3)",
                "two-level auction + VCG payments, printed sign of (10) corrected (spec 4.5, 4.7)",
                "PD-game: Boltzmann-Gibbs (11)-(13) in log space, Q_2 running frequency (spec 5.3-5.5a)",
                "theta = sum_t sum_i -r_i(t) / N over T_theta slots (spec 6)");
    }

    @Override
    public List<ParamDef> parameters() {
        return parameters;
    }

    @Override
    public Plan plan(Params base) {
        return plan.apply(base);
    }

    @Override
    public int blockSize() {
        return 1;
    }

    @Override
    public long realizations(Scale scale) {
        return scale == Scale.PAPER ? paper : quick;
    }

    @Override
    public void validate(Params p) {
        long m = p.integer("M");
        long n = p.integer("N");
        if (n < m) {
            throw new IllegalArgumentException("parameter N must be >= M = " + m + " (every idle channel needs an SU), got " + n);
        }
    }

    /** The configuration of a point. */
    static AntiJamConfig config(Params p) {
        return AntiJamConfig.of(p);
    }
}
