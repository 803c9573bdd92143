package secmc.papers.secrecycompetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;

/**
 * {@link Network#load}, Algorithm 1's hot path, gives the bits of the per-channel definitions
 * {@link Network#a}, {@link Network#bRobust}, {@link Network#bNominal} of (22)-(23), for every
 * SBS, scheme and price, at random power vectors (some SBSs off, some at the floor of (23)).
 */
class NetworkLoadTest {
    @Test
    void loadGivesThePerChannelBits() {
        UniformRandomProvider rng = TaskRandom.fromSeed(31);
        Deployment dep = Deployment.defaults();
        int floors = 0;
        for (int topo = 0; topo < 20; topo++) {
            int sbs = 2 + rng.nextInt(9);
            SystemModel model = SystemModel.defaults().withChi(0.01, rng.nextDouble() * 0.5, 0.05);
            Network net = new Network(dep.gains(dep.draw(rng, sbs, model.channels()), sbs, 80 + 80 * rng.nextDouble()), model);
            BestResponse.Workspace ws = new BestResponse.Workspace(net.channels());
            for (int trial = 0; trial < 10; trial++) {
                double[] p = new double[net.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = rng.nextInt(4) == 0 ? 0 : 0.5 * rng.nextDouble();
                }
                double kappa = rng.nextBoolean() ? 0 : Math.exp(10 * rng.nextDouble() - 5);
                for (Scheme scheme : Scheme.values()) {
                    for (int j = 0; j < net.sbs(); j++) {
                        net.load(j, p, scheme, kappa, ws);
                        for (int k = 0; k < net.channels(); k++) {
                            double b = scheme.robustSecrecy() ? net.bRobust(j, k, p) : net.bNominal(j, k, p);
                            assertEquals(Double.doubleToLongBits(net.a(j, k, p)), Double.doubleToLongBits(ws.a[k]), "a");
                            assertEquals(Double.doubleToLongBits(b), Double.doubleToLongBits(ws.b[k]), "b " + scheme);
                            floors += scheme.robustSecrecy() && net.robustDenominator(j, k, p) <= 0 ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertTrue(floors > 0, "the floor of (23) was never reached");
    }
}
