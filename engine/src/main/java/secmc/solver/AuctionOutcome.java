package secmc.solver;

/**
 * Result of one run of {@link TwoLevelAuction}: who gets which channel, in which auction, at what price.
 * Channels and bidders are indexed locally (0..K-1 and 0..N-1).
 *
 * @param ownerOf the bidder that gets each channel (every channel is allocated)
 * @param channelOf the channel of each bidder, -1 if none
 * @param payment VCG (Clarke pivot) payment of each bidder, first plus second auction; 0 for losers
 * @param firstAuction whether each bidder won in the first auction
 */
public record AuctionOutcome(int[] ownerOf, int[] channelOf, double[] payment, boolean[] firstAuction) {
    public AuctionOutcome {
        ownerOf = ownerOf.clone();
        channelOf = channelOf.clone();
        payment = payment.clone();
        firstAuction = firstAuction.clone();
    }

    @Override
    public int[] ownerOf() {
        return ownerOf.clone();
    }

    @Override
    public int[] channelOf() {
        return channelOf.clone();
    }

    @Override
    public double[] payment() {
        return payment.clone();
    }

    @Override
    public boolean[] firstAuction() {
        return firstAuction.clone();
    }

    /** Owner of channel {@code j} (no copy). */
    public int owner(int j) {
        return ownerOf[j];
    }

    /** Channel of bidder {@code i}, -1 if none (no copy). */
    public int channel(int i) {
        return channelOf[i];
    }

    /** Payment of bidder {@code i} (no copy). */
    public double pay(int i) {
        return payment[i];
    }
}
