package vn.parindex.sampledata;

/** The standard normal distribution, enough for turning a published rank into a typical value. */
final class Normal {
    private Normal() {
    }

    /** Inverse of the distribution function (bisection). */
    static double inverse(double p) {
        double lo = -6;
        double hi = 6;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double cdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989422804014327 * Math.exp(-x * x / 2);
        double tail = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return x >= 0 ? 1 - tail : tail;
    }
}
