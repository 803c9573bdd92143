package secmc.geometry;

import java.util.Arrays;

/**
 * A uniform bucket grid over a planar point set for fixed-radius neighbour queries
 * (Bentley, Stanat and Williams 1977). Building is a counting sort: O(n + cells), with the
 * number of cells capped at about {@code n}, so building and a query over a neighbourhood of
 * bounded expected occupancy cost O(n) and O(1) respectively; no query ever scans all pairs.
 *
 * <p>Mutable and not thread-safe: one instance per task, rebuilt for each realization with
 * {@link #build}; its buffers grow as needed and are reused, so steady-state rebuilding does
 * not allocate. Points are referred to by their index in the arrays given to {@link #build};
 * the grid keeps references to those arrays (not copies) until the next build, so the caller
 * must not modify them in between.
 */
public final class SpatialGrid {
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int n;
    private double minX;
    private double minY;
    private double cell;
    private double invCell;
    private int nx;
    private int ny;
    /** CSR layout: points of cell c are order[start[c] .. start[c + 1]). */
    private int[] start = new int[2];
    private int[] order = new int[0];
    private int[] cellOf = new int[0];

    /**
     * Indexes the first {@code n} points of {@code x}, {@code y} with cells of side at least
     * {@code cellSize} (m). The side is enlarged when needed so that there are at most about
     * {@code 4 n + 16} cells; a query of radius r then scans ceil(r / side) rings of cells.
     *
     * @param x x coordinates (m), at least n long, finite; kept by reference, not modified
     * @param y y coordinates (m), at least n long, finite; kept by reference, not modified
     * @param n number of points, {@code >= 0}
     * @param cellSize requested cell side (m), {@code > 0}; the query radius is a good choice
     */
    public void build(double[] x, double[] y, int n, double cellSize) {
        if (n < 0 || n > x.length || n > y.length) {
            throw new IllegalArgumentException("n must be in [0, " + Math.min(x.length, y.length) + "], got " + n);
        }
        if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
            throw new IllegalArgumentException("cellSize must be finite and > 0 (m), got " + cellSize);
        }
        this.xs = x;
        this.ys = y;
        this.n = n;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            y0 = Math.min(y0, y[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (n == 0) {
            x0 = y0 = 0;
            x1 = y1 = 0;
        }
        double w = x1 - x0;
        double h = y1 - y0;
        double side = cellSize;
        long maxCells = 4L * n + 16;
        // Enlarge the side until the bounding box holds at most maxCells cells (one or two steps).
        while ((Math.floor(w / side) + 1) * (Math.floor(h / side) + 1) > maxCells) {
            side = Math.max(side * 1.5, Math.sqrt(w * h / maxCells));
        }
        this.minX = x0;
        this.minY = y0;
        this.cell = side;
        this.invCell = 1 / side;
        this.nx = (int) Math.floor(w * invCell) + 1;
        this.ny = (int) Math.floor(h * invCell) + 1;
        int cells = nx * ny;
        if (start.length < cells + 1) {
            start = new int[Math.max(cells + 1, start.length * 2)];
        }
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
            cellOf = new int[order.length];
        }
        Arrays.fill(start, 0, cells + 1, 0);
        for (int i = 0; i < n; i++) {
            int cx = clamp((int) ((x[i] - x0) * invCell), nx);
            int cy = clamp((int) ((y[i] - y0) * invCell), ny);
            int c = cy * nx + cx;
            cellOf[i] = c;
            start[c + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        // Stable fill: a running cursor per cell (start[c] is advanced, then restored).
        for (int i = 0; i < n; i++) {
            order[start[cellOf[i]]++] = i;
        }
        for (int c = cells; c > 0; c--) {
            start[c] = start[c - 1];
        }
        start[0] = 0;
    }

    /** Number of indexed points. */
    public int size() {
        return n;
    }

    /** The cell side actually used (m), {@code >=} the requested one. */
    public double cellSize() {
        return cell;
    }

    /** Whether some indexed point lies at distance {@code < r} from (px, py). {@code r <= 0} gives false. */
    public boolean anyWithin(double px, double py, double r) {
        if (!(r > 0) || n == 0) {
            return false;
        }
        double r2 = r * r;
        int cx0 = clamp((int) Math.floor((px - r - minX) * invCell), nx);
        int cx1 = clamp((int) Math.floor((px + r - minX) * invCell), nx);
        int cy0 = clamp((int) Math.floor((py - r - minY) * invCell), ny);
        int cy1 = clamp((int) Math.floor((py + r - minY) * invCell), ny);
        if (px + r < minX || py + r < minY || px - r > minX + nx * cell || py - r > minY + ny * cell) {
            return false;
        }
        for (int cy = cy0; cy <= cy1; cy++) {
            int row = cy * nx;
            for (int cx = cx0; cx <= cx1; cx++) {
                int c = row + cx;
                for (int k = start[c], e = start[c + 1]; k < e; k++) {
                    int i = order[k];
                    double dx = xs[i] - px;
                    double dy = ys[i] - py;
                    if (dx * dx + dy * dy < r2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Number of indexed points at distance {@code < r} from (px, py). */
    public int countWithin(double px, double py, double r) {
        return neighbours(px, py, r, null);
    }

    /**
     * Indices of the indexed points at distance {@code < r} from (px, py), in cell order.
     *
     * @param out receives the indices from position 0 when non-null; must be long enough
     *     ({@link #size()} always is)
     * @return how many were found
     */
    public int neighbours(double px, double py, double r, int[] out) {
        if (!(r > 0) || n == 0) {
            return 0;
        }
        if (px + r < minX || py + r < minY || px - r > minX + nx * cell || py - r > minY + ny * cell) {
            return 0;
        }
        double r2 = r * r;
        int cx0 = clamp((int) Math.floor((px - r - minX) * invCell), nx);
        int cx1 = clamp((int) Math.floor((px + r - minX) * invCell), nx);
        int cy0 = clamp((int) Math.floor((py - r - minY) * invCell), ny);
        int cy1 = clamp((int) Math.floor((py + r - minY) * invCell), ny);
        int found = 0;
        for (int cy = cy0; cy <= cy1; cy++) {
            int row = cy * nx;
            for (int cx = cx0; cx <= cx1; cx++) {
                int c = row + cx;
                for (int k = start[c], e = start[c + 1]; k < e; k++) {
                    int i = order[k];
                    double dx = xs[i] - px;
                    double dy = ys[i] - py;
                    if (dx * dx + dy * dy < r2) {
                        if (out != null) {
                            out[found] = i;
                        }
                        found++;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Index of the indexed point nearest to (px, py) among those at distance {@code < maxR}
     * (ties: the lower index), or -1 if there is none. Searches rings of cells outwards and
     * stops once the ring distance exceeds the best distance found.
     *
     * @param maxR search radius (m), {@code > 0}; {@code Double.POSITIVE_INFINITY} searches everything
     */
    public int nearest(double px, double py, double maxR) {
        if (!(maxR > 0) || n == 0) {
            return -1;
        }
        int pcx = (int) Math.floor((px - minX) * invCell);
        int pcy = (int) Math.floor((py - minY) * invCell);
        double best2 = maxR == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : maxR * maxR;
        int best = -1;
        int maxRing = Math.max(Math.max(Math.abs(pcx), Math.abs(nx - 1 - pcx)), Math.max(Math.abs(pcy), Math.abs(ny - 1 - pcy)));
        for (int ring = 0; ring <= maxRing; ring++) {
            // Every point in ring k is at least (k - 1) cells away along x or y.
            double minD = (ring - 1) * cell;
            if (ring > 1 && minD * minD >= best2) {
                break;
            }
            for (int cy = pcy - ring; cy <= pcy + ring; cy++) {
                if (cy < 0 || cy >= ny) {
                    continue;
                }
                boolean edgeRow = cy == pcy - ring || cy == pcy + ring;
                int step = edgeRow ? 1 : 2 * ring;
                for (int cx = pcx - ring; cx <= pcx + ring; cx += Math.max(step, 1)) {
                    if (cx < 0 || cx >= nx) {
                        continue;
                    }
                    int c = cy * nx + cx;
                    for (int k = start[c], e = start[c + 1]; k < e; k++) {
                        int i = order[k];
                        double dx = xs[i] - px;
                        double dy = ys[i] - py;
                        double d2 = dx * dx + dy * dy;
                        if (d2 < best2 || (d2 == best2 && best >= 0 && i < best)) {
                            best2 = d2;
                            best = i;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static int clamp(int c, int size) {
        return c < 0 ? 0 : (c >= size ? size - 1 : c);
    }
}
