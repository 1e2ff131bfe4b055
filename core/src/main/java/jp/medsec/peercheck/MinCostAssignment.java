package jp.medsec.peercheck;

import java.util.Arrays;

/**
 * The Hungarian method (shortest augmenting paths with potentials, O(rows² · cols)) on a dense integer cost matrix with
 * rows ≤ cols: every row gets a distinct column at least total cost. Exact on longs, and deterministic: ties go to the
 * lowest column index. Dense arrays rather than a graph library's objects, because the pairing's matrix is nearly
 * complete and the lower bound solves it many times.
 */
final class MinCostAssignment {

    private MinCostAssignment() {
    }

    /** The column of each row. */
    static int[] solve(long[][] cost, int rows, int cols) {
        if (rows > cols) {
            throw new IllegalArgumentException("More rows (" + rows + ") than columns (" + cols + ")");
        }
        final long inf = Long.MAX_VALUE / 4;
        long[] u = new long[rows + 1];
        long[] v = new long[cols + 1];
        int[] p = new int[cols + 1];
        int[] way = new int[cols + 1];
        long[] minv = new long[cols + 1];
        boolean[] used = new boolean[cols + 1];
        for (int i = 1; i <= rows; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, inf);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                long[] row = cost[i0 - 1];
                long ui0 = u[i0];
                for (int j = 1; j <= cols; j++) {
                    if (!used[j]) {
                        long cur = row[j - 1] - ui0 - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= cols; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOf = new int[rows];
        for (int j = 1; j <= cols; j++) {
            if (p[j] != 0) {
                columnOf[p[j] - 1] = j - 1;
            }
        }
        return columnOf;
    }
}
