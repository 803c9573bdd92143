package secmc.bench.kernel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import secmc.kernel.Interference;
import secmc.kernel.Kernel;
import secmc.kernel.LaneStreams;
import secmc.random.TaskRandom;

/**
 * The JMH suite's kernels timed by the thread's CPU time instead of wall time, for shared
 * machines: with load averages of 15-27 on 2 cores (measured while six sessions shared this
 * one) JMH's wall-clock scores were inflated several times and their errors exceeded the
 * scores. The CPU time of the measuring thread excludes the time other tenants hold the core.
 * Each case: warm-up until C2 has compiled it (several seconds of calls), then the best of 7
 * rounds of about 0.2 s CPU. Not a replacement for JMH on a quiet machine (no forks, no
 * Blackhole: results are folded into a printed checksum so nothing is dead code).
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -cp benchmarks.jar
 * secmc.bench.kernel.KernelCpuTimes KERNEL} with KERNEL one of scalar, vector, vector512 (run
 * each in its own JVM: one Vector-API shape per JVM; for vector512 add {@code ppp} to time only
 * the 512-bit fused kernel, alone). Prints one line per case: CPU ns per element.
 */
public final class KernelCpuTimes {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static double checksum;

    private KernelCpuTimes() {
    }

    interface Case {
        double run();
    }

    /** Best CPU ns per element over 7 rounds, after about {@code warm} calls of warm-up. */
    static double time(Case c, int elements, int warm) {
        for (int i = 0; i < warm; i++) {
            checksum += c.run();
        }
        int reps = Math.max(1, 200_000_000 / Math.max(elements, 1) / 20);
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 7; round++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                checksum += c.run();
            }
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - t0) / ((double) reps * elements));
        }
        return best;
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "vector";
        Kernel k = KernelChoice.of(name);
        UniformRandomProvider rng = TaskRandom.generator(1, "bench.kernel.cpu", 0, 0);
        int n = 1024;
        double[] d2 = new double[n];
        double[] h = new double[n];
        double[] a = new double[n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = 1 + 1e6 * rng.nextDouble();
            h[i] = -Math.log(1 - rng.nextDouble());
            double u = 1e-4 / (1 - rng.nextDouble());
            a[i] = u * u;
        }
        double[] beta = new double[31];
        for (int j = 0; j < beta.length; j++) {
            beta[j] = Math.pow(10, (-10 + j) / 10.0);
        }
        int nr = 32;
        double[] rx = new double[nr];
        double[] ry = new double[nr];
        for (int j = 0; j < nr; j++) {
            rx[j] = 100 * rng.nextDouble();
            ry[j] = 100 * rng.nextDouble();
        }
        double[] tx = new double[n];
        double[] ty = new double[n];
        for (int i = 0; i < n; i++) {
            tx[i] = 200 + 1000 * rng.nextDouble();
            ty[i] = 200 + 1000 * rng.nextDouble();
        }
        double[] hm = new double[nr * n];
        for (int i = 0; i < hm.length; i++) {
            hm[i] = -Math.log(1 - rng.nextDouble());
        }
        double[] rxOut = new double[nr];
        LaneStreams lanes = LaneStreams.from(rng);
        LaneStreams pos = LaneStreams.from(rng);
        LaneStreams fade = LaneStreams.from(rng);
        ZigguratSampler.Exponential zig = ZigguratSampler.Exponential.of(rng);
        int ppp = 1257;

        String[] names = {
            "sum alpha=4 (n=1024), per interferer",
            "atReceivers 32 x 1024 alpha=4, per link",
            "fillUniform (n=1024), per deviate",
            "fillExponential (n=1024), per deviate",
            "rayleighProducts 31 thresholds (n=1024), per (threshold, interferer)",
            "pppFadedSum alpha=4 (n=1257), per interferer",
            "pppFadedSum alpha=3 (n=1257), per interferer",
        };
        Case[] cases = {
            () -> k.sum(d2, h, n, 4.0),
            () -> {
                k.atReceivers(rx, ry, nr, tx, ty, null, n, hm, 4.0, rxOut);
                return rxOut[0];
            },
            () -> {
                k.fillUniform(lanes, out, n);
                return out[n - 1];
            },
            () -> {
                k.fillExponential(lanes, out, n);
                return out[n - 1];
            },
            () -> {
                k.rayleighProducts(a, n, beta, beta.length, out);
                return out[0];
            },
            () -> k.pppFadedSum(pos, fade, ppp, 4e6, 4.0),
            () -> k.pppFadedSum(pos, fade, ppp, 4e6, 3.0),
        };
        int[] elements = {n, nr * n, n, n, 31 * n, ppp, ppp};
        // "ppp": only the fused PPP cases (the 512-bit twin must not share its JVM with 256-bit
        // Vector-API code on JDK 17, else C2 leaves it boxed: 10.8 ns instead of 1.2 measured).
        int first = args.length > 1 && args[1].equals("ppp") ? 5 : 0;
        for (int i = first; i < cases.length; i++) {
            double ns = time(cases[i], elements[i], Math.max(20_000, 20_000_000 / elements[i]));
            System.out.printf(Locale.ROOT, "%-10s %-70s %8.3f cpu ns%n", name, names[i], ns);
        }
        // Baselines (kernel-independent): what one would write without the kernels.
        if (name.equals("scalar")) {
            System.out.printf(Locale.ROOT, "%-10s %-70s %8.3f cpu ns%n", "baseline", "XoShiRo256++ nextDouble(), per deviate",
                    time(() -> {
                        double s = 0;
                        for (int i = 0; i < n; i++) {
                            s += rng.nextDouble();
                        }
                        return s;
                    }, n, 20_000));
            System.out.printf(Locale.ROOT, "%-10s %-70s %8.3f cpu ns%n", "baseline", "Ziggurat Exp(1) sample(), per deviate",
                    time(() -> {
                        double s = 0;
                        for (int i = 0; i < n; i++) {
                            s += zig.sample();
                        }
                        return s;
                    }, n, 20_000));
            System.out.printf(Locale.ROOT, "%-10s %-70s %8.3f cpu ns%n", "baseline",
                    "one rayleighProduct (a division per term) per threshold, per pair",
                    time(() -> {
                        double s = 0;
                        for (double b : beta) {
                            s += Interference.rayleighProduct(a, n, b);
                        }
                        return s;
                    }, 31 * n, 2_000));
            System.out.printf(Locale.ROOT, "%-10s %-70s %8.3f cpu ns%n", "baseline",
                    "PPP interferer in plain Java (nextDouble, Math.log, d2*d2), per interferer",
                    time(() -> {
                        double s = 0;
                        for (int i = 0; i < ppp; i++) {
                            double dd = 4e6 * rng.nextDouble();
                            s += -Math.log(1 - rng.nextDouble()) / (dd * dd);
                        }
                        return s;
                    }, ppp, 20_000));
        }
        System.out.println("# checksum " + checksum);
    }
}
