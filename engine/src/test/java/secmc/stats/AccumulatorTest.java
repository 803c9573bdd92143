package secmc.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;

class AccumulatorTest {
    @Test
    void wilsonIntervalMatchesTheFormula() {
        // Reference: Wilson (1927) / Newcombe (1998) Table I, 81 of 263: 0.2553 to 0.3662.
        ProportionAccumulator p = new ProportionAccumulator();
        p.add(81, 263);
        Estimate e = p.estimate();
        assertEquals(81.0 / 263, e.value(), 1e-15);
        assertEquals(0.2553, e.ciLow(), 5e-5);
        assertEquals(0.3662, e.ciHigh(), 5e-5);
        assertEquals(Math.sqrt(e.value() * (1 - e.value()) / 263), e.stdError(), 1e-15);
    }

    @Test
    void wilsonIntervalStaysInsideTheUnitInterval() {
        ProportionAccumulator zero = new ProportionAccumulator();
        zero.add(0, 50);
        assertEquals(0, zero.estimate().ciLow(), 0);
        assertTrue(zero.estimate().ciHigh() > 0);
        ProportionAccumulator all = new ProportionAccumulator();
        all.add(50, 50);
        assertEquals(1, all.estimate().ciHigh(), 0);
        assertTrue(all.estimate().ciLow() < 1);
    }

    @Test
    void proportionMergeIsExact() {
        ProportionAccumulator a = new ProportionAccumulator();
        ProportionAccumulator b = new ProportionAccumulator();
        for (int i = 0; i < 1000; i++) {
            a.add(i % 3 == 0);
            b.add(i % 7 == 0);
        }
        a.combine(b);
        assertEquals(2000, a.count());
        assertEquals(334 + 143, a.successes());
    }

    @Test
    void chanMergeAgreesWithOnePassWelford() {
        UniformRandomProvider rng = TaskRandom.generator(5, "test.stats", 0, 0);
        MeanVarianceAccumulator whole = new MeanVarianceAccumulator();
        MeanVarianceAccumulator merged = new MeanVarianceAccumulator();
        double sum = 0;
        double[] xs = new double[30_000];
        for (int part = 0; part < 3; part++) {
            MeanVarianceAccumulator piece = new MeanVarianceAccumulator();
            for (int i = 0; i < 10_000; i++) {
                double x = 1e6 + rng.nextDouble() * (part + 1);
                xs[part * 10_000 + i] = x;
                whole.accept(x);
                piece.accept(x);
                sum += x;
            }
            merged.combine(piece);
        }
        double mean = sum / xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        // Two-pass reference; shifted data (1e6 + U) would ruin a naive sum-of-squares formula.
        assertEquals(mean, merged.mean(), 1e-14 * mean); // ~45 ulps: both sides round differently
        // Data offset by 1e6 with spread ~1: relative condition number mean/sd ~ 1.3e6, so
        // Welford/Chan lose ~1e6 * eps ~ 3e-10 per update path; 1e-8 relative is a safe bound
        // (a naive sum-of-squares formula would be off by ~1e-3 here).
        assertEquals(ss / (xs.length - 1), merged.variance(), 1e-8 * ss / xs.length);
        assertEquals(whole.variance(), merged.variance(), 1e-8 * whole.variance());
        assertEquals(xs.length, merged.count());
    }

    @Test
    void mergeOrderIsFixedAndReproducible() {
        MeanVarianceAccumulator a = acc(1, 2, 3);
        MeanVarianceAccumulator b = acc(10, 20);
        MeanVarianceAccumulator c = acc(0.5);
        MeanVarianceAccumulator first = new MeanVarianceAccumulator();
        first.combine(a);
        first.combine(b);
        first.combine(c);
        MeanVarianceAccumulator second = new MeanVarianceAccumulator();
        second.combine(a);
        second.combine(b);
        second.combine(c);
        assertEquals(Double.doubleToLongBits(first.mean()), Double.doubleToLongBits(second.mean()));
        assertEquals(Double.doubleToLongBits(first.variance()), Double.doubleToLongBits(second.variance()));
        assertEquals(36.5 / 6, first.mean(), 1e-14);
    }

    @Test
    void emptyAccumulatorsReportNaN() {
        assertTrue(Double.isNaN(new MeanVarianceAccumulator().estimate().value()));
        assertTrue(Double.isNaN(new ProportionAccumulator().estimate().value()));
        assertTrue(Double.isNaN(acc(3).estimate().stdError()));
    }

    @Test
    void tallyMergesEveryMetricAndCountsFailures() {
        Tally t = new Tally(new ProportionAccumulator(), new MeanVarianceAccumulator());
        Tally u = t.emptyCopy();
        t.metric(0).accept(1);
        t.metric(1).accept(2);
        t.addRealizations(1);
        u.metric(0).accept(0);
        u.addFailure();
        u.addRealizations(2);
        t.combine(u);
        assertEquals(2, t.metric(0).count());
        assertEquals(1, t.metric(1).count());
        assertEquals(3, t.realizations());
        assertEquals(1, t.failures());
    }

    private static MeanVarianceAccumulator acc(double... v) {
        MeanVarianceAccumulator a = new MeanVarianceAccumulator();
        for (double x : v) {
            a.accept(x);
        }
        return a;
    }
}
