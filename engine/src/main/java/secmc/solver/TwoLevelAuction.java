package secmc.solver;

import java.util.Arrays;

/**
 * The two-level spectrum auction of Aghababaie Alavijeh, Maham, Han and Saad (arXiv:1611.08681,
 * Sec. III-IV, Table I; reconstructed in spec anti-jamming.md §4.5 and §4.7) with VCG (Clarke
 * pivot) payments.
 *
 * <p><b>First auction</b> (first preferences only): channel j goes to the highest bid
 * {@code bids[i][j]} among the bidders whose preference is j (ties: lowest index); it pays the
 * second highest such bid (0 if alone) - the Clarke pivot of a per-channel auction.
 * <p><b>Second auction</b>: channels nobody preferred are assigned to the bidders not served in
 * the first auction by a maximum-weight assignment ({@link Assignment}); each winner pays the
 * others' best welfare without it (channels may then stay empty) minus the others' welfare at
 * the optimum. The printed payment (seed eq. (10)) has the two terms swapped; the sign here is
 * the one Appendix C's proof uses (spec §4.7).
 *
 * <p>Requires at least as many bidders as channels, so every channel is allocated (constraint (7)).
 * Stateless.
 */
public final class TwoLevelAuction {
    private TwoLevelAuction() {
    }

    /**
     * Runs both auctions.
     *
     * @param bids N x K announced bids (bidder i for channel j), finite, N >= K >= 1; not modified
     * @param preference first preference of each bidder, in [0, K)
     * @return allocation, payments and which auction each winner won
     */
    public static AuctionOutcome run(double[][] bids, int[] preference) {
        int n = bids.length;
        if (n == 0) {
            throw new IllegalArgumentException("bids must have at least one bidder");
        }
        int k = bids[0].length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("need 1 <= channels <= bidders, got " + k + " channels, " + n + " bidders");
        }
        if (preference == null || preference.length != n) {
            throw new IllegalArgumentException("preference must have one entry per bidder (" + n + ")");
        }
        for (int i = 0; i < n; i++) {
            if (bids[i].length != k) {
                throw new IllegalArgumentException("bids must be rectangular with " + k + " channels");
            }
            if (preference[i] < 0 || preference[i] >= k) {
                throw new IllegalArgumentException("preference[" + i + "] must be in [0, " + k + "), got " + preference[i]);
            }
        }
        int[] ownerOf = new int[k];
        int[] channelOf = new int[n];
        double[] payment = new double[n];
        boolean[] first = new boolean[n];
        Arrays.fill(ownerOf, -1);
        Arrays.fill(channelOf, -1);
        for (int j = 0; j < k; j++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (preference[i] == j && (best < 0 || bids[i][j] > bids[best][j])) {
                    best = i;
                }
            }
            if (best >= 0) {
                ownerOf[j] = best;
                channelOf[best] = j;
                // Clarke price: the best rival bid on j (0 for a sole bidder: others lose nothing).
                payment[best] = secondHighest(bids, preference, j, best);
                first[best] = true;
            }
        }
        int rCount = 0;
        for (int j = 0; j < k; j++) {
            if (ownerOf[j] < 0) {
                rCount++;
            }
        }
        if (rCount > 0) {
            int[] rest = new int[rCount];
            int[] left = new int[n - (k - rCount)];
            int a = 0;
            for (int j = 0; j < k; j++) {
                if (ownerOf[j] < 0) {
                    rest[a++] = j;
                }
            }
            a = 0;
            for (int i = 0; i < n; i++) {
                if (channelOf[i] < 0) {
                    left[a++] = i;
                }
            }
            double[][] w = new double[rCount][left.length];
            for (int r = 0; r < rCount; r++) {
                for (int c = 0; c < left.length; c++) {
                    w[r][c] = bids[left[c]][rest[r]];
                }
            }
            AssignmentSolution opt = Assignment.maximize(w);
            for (int r = 0; r < rCount; r++) {
                int i = left[opt.column(r)];
                ownerOf[rest[r]] = i;
                channelOf[i] = rest[r];
            }
            for (int r = 0; r < rCount; r++) {
                int c = opt.column(r);
                int i = left[c];
                double othersAtOpt = opt.weight() - w[r][c];
                double othersWithout = withoutColumn(w, c);
                payment[i] = othersWithout - othersAtOpt;
            }
        }
        return new AuctionOutcome(ownerOf, channelOf, payment, first);
    }

    private static double secondHighest(double[][] bids, int[] preference, int j, int winner) {
        double s = 0;
        boolean any = false;
        for (int i = 0; i < bids.length; i++) {
            if (i != winner && preference[i] == j) {
                s = any ? Math.max(s, bids[i][j]) : bids[i][j];
                any = true;
            }
        }
        return any ? s : 0;
    }

    /** Best welfare of the assignment with column c removed, channels allowed to stay empty. */
    private static double withoutColumn(double[][] w, int c) {
        int rows = w.length;
        int cols = w[0].length - 1;
        if (cols == 0) {
            return 0;
        }
        double[][] v = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int q = 0, o = 0; q < w[r].length; q++) {
                if (q != c) {
                    v[r][o++] = w[r][q];
                }
            }
        }
        return Assignment.maximizeOptional(v).weight();
    }
}
