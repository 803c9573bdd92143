#!/usr/bin/env python3
"""The ppp.coverage estimator in NumPy, written the way a competent researcher would write it.

Model (the same as secmc's ppp.coverage, see engine/.../papers/bipolar/PppCoverage.java): a
receiver at the origin, its transmitter at distance r_o; interferers form a PPP of intensity
lambda, simulated on the disk of radius `radius` around the receiver; Rayleigh fading (Exp(1)
power gains) on every link; path loss r^-alpha; transmit SNR `snr` (SNR at 1 m). Coverage is
P(SINR >= beta) with SINR = h_0 r_o^-alpha / (1/snr + sum_i h_i r_i^-alpha), for every beta of
the curve on the same realizations (as secmc does). Interferers beyond `radius` are accounted
for exactly (far_field=exact, secmc's default): by the memorylessness of h_0 the estimate is
the in-disk hit rate times the outside Laplace factor exp(-lambda F_out(beta r_o^alpha)), so it
is unbiased for the infinite plane and compares with the closed form
    p = exp(-beta r_o^alpha / snr - pi lambda r_o^2 beta^(2/alpha) Gamma(1+2/alpha) Gamma(1-2/alpha))
(Haenggi 2012, Thm. 5.7).

Vectorised over a batch of realizations: one Poisson count per realization, then all
interferers of the batch in flat arrays (uniform squared distance r^2 = radius^2 u, Exp(1)
gains), per-realization sums with np.add.reduceat, and every threshold at once by broadcasting.
Single-threaded (NumPy's element-wise ufuncs do not use threads).

Prints one line per grid point (z-score against theory) to stderr, and on stdout one line
    numpy_ppp_coverage ns_per_interferer=<b> interferers=<N> seconds=<t> max_abs_z=<z>
The time covers the simulation only (theory and far-field factors are computed before), and is
the fastest of --repeats timed runs after one untimed warm-up run; the interferer count is the
expected one, realizations * lambda * pi * radius^2, the same denominator secmc's side uses.
"""
import argparse
import math
import sys
import time

import numpy as np


def plane_constant(alpha):
    """Gamma(1 + 2/alpha) Gamma(1 - 2/alpha) = (2 pi / alpha) / sin(2 pi / alpha)."""
    d = 2.0 / alpha
    return math.gamma(1 + d) * math.gamma(1 - d)


def outside_integral(alpha, s, radius):
    """F_out = int_radius^inf 2 pi r / (1 + r^alpha / s) dr (m^2), by the alternating series
    2 pi R^2 sum_k (-1)^(k+1) q^k / (alpha k - 2), q = s / R^alpha (converges fast for q <= 1/2)."""
    q = s / radius ** alpha
    if q > 0.5:
        # Numerical integral on r = R / t, t in (0, 1]: F = 2 pi R^2 int_0^1 t^-3 / (1 + R^a t^-a / s) dt.
        t = np.linspace(0, 1, 200001)[1:]
        f = 2 * math.pi * radius ** 2 * t ** -3 / (1 + (radius / t) ** alpha / s)
        return float(np.trapezoid(f, t)) if hasattr(np, "trapezoid") else float(np.trapz(f, t))
    total, qk = 0.0, 1.0
    for k in range(1, 2000):
        qk *= q
        term = qk / (alpha * k - 2)
        total += term if k % 2 == 1 else -term
        if term < 1e-17 * abs(total):
            break
    return 2 * math.pi * radius * radius * total


def theory(lam, alpha, r0, beta, snr):
    s = beta * r0 ** alpha
    return np.exp(-s / snr - lam * math.pi * s ** (2 / alpha) * plane_constant(alpha))


def simulate(rng, lam, alpha, r0, radius, snr, beta, n, batch):
    """Hit counts of SINR >= beta[j] over n realizations of the in-disk model."""
    mean = lam * math.pi * radius * radius
    r2 = radius * radius
    noise = 1.0 / snr
    r0a = r0 ** alpha
    half = -alpha / 2.0
    hits = np.zeros(len(beta), dtype=np.int64)
    for start in range(0, n, batch):
        b = min(batch, n - start)
        counts = rng.poisson(mean, b)
        total = int(counts.sum())
        d2 = rng.random(total)
        d2 *= r2                                    # squared distance, uniform in the disk
        h = rng.standard_exponential(total)         # Rayleigh fading power gains
        h *= d2 ** half                             # h_i r_i^-alpha
        # Per-realization sums; a trailing zero makes empty realizations (and a last empty
        # one) sum to 0 instead of reduceat's "element at the index".
        starts = np.zeros(b, dtype=np.int64)
        np.cumsum(counts[:-1], out=starts[1:])
        interference = np.add.reduceat(np.append(h, 0.0), starts)
        interference[counts == 0] = 0.0
        sinr = rng.standard_exponential(b) / (r0a * (noise + interference))
        hits += (sinr[:, None] >= beta[None, :]).sum(axis=0)
    return hits


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lambda", dest="lam", type=float, default=1e-4, help="interferer density (1/m^2)")
    ap.add_argument("--r-o", type=float, default=20.0, help="link distance (m)")
    ap.add_argument("--alphas", type=str, default="3,4", help="path-loss exponents, one curve each")
    ap.add_argument("--beta-db", type=str, default="-10:20:31", help="thresholds: start:stop:count (dB)")
    ap.add_argument("--snr-db", type=float, default=100.0, help="transmit SNR at 1 m (dB)")
    ap.add_argument("--radius", type=float, default=2000.0, help="simulated interferer disk radius (m)")
    ap.add_argument("--realizations", type=int, default=20000, help="realizations per curve")
    ap.add_argument("--batch", type=int, default=256, help="realizations per vectorised batch")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs (the fastest counts)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    lo, hi, cnt = a.beta_db.split(":")
    beta_db = np.linspace(float(lo), float(hi), int(cnt))
    beta = 10.0 ** (beta_db / 10)
    snr = 10.0 ** (a.snr_db / 10)
    alphas = [float(x) for x in a.alphas.split(",")]
    far = {al: np.array([math.exp(-a.lam * outside_integral(al, bt * a.r_o ** al, a.radius)) for bt in beta])
           for al in alphas}
    rng = np.random.default_rng(a.seed)

    # Warm-up (page faults, first-call overheads), untimed.
    for al in alphas:
        simulate(rng, a.lam, al, a.r_o, a.radius, snr, beta, min(a.realizations, 2 * a.batch), a.batch)

    best = math.inf
    best_cpu = math.inf
    hits = None
    for _ in range(a.repeats):
        c0 = time.thread_time()
        t0 = time.perf_counter()
        run = {al: simulate(rng, a.lam, al, a.r_o, a.radius, snr, beta, a.realizations, a.batch) for al in alphas}
        dt = time.perf_counter() - t0
        best_cpu = min(best_cpu, time.thread_time() - c0)
        if dt < best:
            best, hits = dt, run

    max_z = 0.0
    n = a.realizations
    for al in alphas:
        th = theory(a.lam, al, a.r_o, beta, snr)
        p_in = hits[al] / n
        est = p_in * far[al]
        se = far[al] * np.sqrt(np.maximum(p_in * (1 - p_in), 1.0 / n) / n)
        z = (est - th) / se
        max_z = max(max_z, float(np.max(np.abs(z))))
        for j in range(len(beta)):
            print(f"alpha={al:g} beta_db={beta_db[j]:6.2f} numpy={est[j]:.6f} +- {se[j]:.6f} "
                  f"theory={th[j]:.6f} z={z[j]:+.2f}", file=sys.stderr)
    interferers = n * len(alphas) * a.lam * math.pi * a.radius ** 2
    print(f"numpy_ppp_coverage ns_per_interferer={best * 1e9 / interferers:.3f} "
          f"cpu_ns_per_interferer={best_cpu * 1e9 / interferers:.3f} interferers={interferers:.0f} "
          f"seconds={best:.3f} max_abs_z={max_z:.2f} numpy={np.__version__}")


if __name__ == "__main__":
    main()
