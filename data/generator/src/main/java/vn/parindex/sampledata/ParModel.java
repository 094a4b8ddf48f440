package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The synthetic PAR value of a unit-year: planned table mean + the unit's lasting strength + a small persistent
 * yearly noise (data/README.md, "The model"). A unit's real figures set most of its strength and bend its noise
 * towards them, so the years next to a real figure move towards it rather than jump.
 */
final class ParModel {
    /**
     * Planned mean PAR value per province and tier, 2018..2025, set to sit with the real figures: Lạng Sơn 2018 = the
     * means of the real tables; Bắc Kạn 2018 so that 13 of 19 departments reach 80 ("13 Tốt") and the districts lie
     * between 68.01 and 81.99; Tuyên Quang districts 2022 below TP Tuyên Quang's 82.96; Lào Cai 2021 / 2022 around
     * LCI-STTTT's 91.80 / 87.13. A gentle rise with a dip in 2022 (new criteria, QĐ 876/QĐ-BNV; the regional mean
     * of the provinces fell that year too).
     */
    private static final Map<String, double[]> PAR_MEAN = Map.of(
            "Lào Cai|department", new double[]{85.4, 86.9, 88.3, 90.3, 88.3, 88.8, 89.5, 89.8},
            "Lạng Sơn|department", new double[]{84.6, 85.3, 86.0, 86.8, 86.3, 87.3, 88.2, 88.8},
            "Bắc Kạn|department", new double[]{81.4, 82.1, 82.7, 83.5, 84.0, 84.9, 86.0, 0},
            "Tuyên Quang|department", new double[]{84.4, 85.2, 86.0, 86.8, 87.6, 88.3, 88.9, 88.5},
            "Lạng Sơn|district", new double[]{84.5, 85.0, 85.6, 86.3, 85.8, 86.7, 87.6, 0},
            "Bắc Kạn|district", new double[]{75.8, 76.7, 77.6, 78.5, 79.3, 80.4, 81.2, 0},
            "Tuyên Quang|district", new double[]{79.6, 80.2, 80.8, 81.3, 80.9, 81.3, 82.2, 0});
    private static final int FIRST_YEAR = Province.FIRST_MODELLED_YEAR;
    private static final int LAST_YEAR = 2025;
    /** Persistent bias per kind of department (weak and strong performers seen in the real tables). */
    private static final Map<String, Double> TYPE_BIAS = Map.of("BQLKKT", -3.0, "DANTOC", -2.5, "LDTBXH", -1.5,
            "TUPHAP", 1.5, "VPUBND", 1.0, "TAICHINH", 1.0, "GDDT", -0.5, "DTTG", -1.5);
    /** Spread of a unit's lasting strength around its table's mean (index points). */
    private static final double EFFECT_SD = 2.6;
    /** Spread of a whole table (strength and yearly noise): turns a published rank into a value. */
    private static final double TABLE_SD = 2.8;
    /** Yearly noise is AR(1), so a unit's good or bad year carries over in part and steps stay small. */
    private static final double NOISE_RHO = 0.5;
    private static final double NOISE_SD = 0.9;
    /** Share of a unit's lasting strength set by its real figures (the rest: its kind of department). */
    private static final double ANCHOR_WEIGHT = 0.8;
    /** Distance kept from a published top or bottom block by the strength of the units below or above it. */
    private static final double BOUND_MARGIN = 1.0;

    private final Units units;
    private final ScoreBook book;
    private final Map<String, Double> effects = new HashMap<>();
    private final Map<String, List<Anchor>> anchorCache = new HashMap<>();

    /** A real PAR figure of a unit: its deviation from the planned mean, and whether a value (not a rank) gave it. */
    private record Anchor(int year, double deviation, boolean value) {
    }

    ParModel(Units units, ScoreBook book) {
        this.units = units;
        this.book = book;
    }

    double plannedMean(String province, String tier, int year) {
        return PAR_MEAN.get(province + "|" + tier)[year - FIRST_YEAR];
    }

    private static boolean modelled(Unit u) {
        return PAR_MEAN.containsKey(u.province() + "|" + u.tier());
    }

    double value(String province, String tier, int year, Unit u) {
        return Decimals.round2(Decimals.clamp(plannedMean(province, tier, year) + strength(u) + noise(u, "PAR", year),
                62, 98.5));
    }

    /**
     * A unit's lasting strength: from its real figures where it has any (80 %; 20 % its kind of department),
     * else its kind of department plus a random part; a merged unit inherits the mean of its predecessors.
     */
    double strength(Unit u) {
        Double known = effects.get(u.id());
        if (known != null) {
            return known;
        }
        double bias = TYPE_BIAS.getOrDefault(u.type(), 0.0);
        List<Anchor> anchors = anchors(u);
        double effect;
        if (!anchors.isEmpty()) {
            double deviation = anchors.stream().mapToDouble(Anchor::deviation).average().orElse(0);
            effect = ANCHOR_WEIGHT * deviation + (1 - ANCHOR_WEIGHT) * bias;
            effects.put(u.id(), effect);
            return effect;
        }
        List<Unit> predecessors = units.predecessors(u.id());
        if (!predecessors.isEmpty()) {
            effect = predecessors.stream().mapToDouble(this::strength).average().orElse(0)
                    + Seeds.rng("effect", u.id(), 0).nextGaussian() * 0.8;
        } else {
            effect = bias + Seeds.rng("effect", u.id(), 0).nextGaussian() * EFFECT_SD;
        }
        double[] bounds = strengthBounds(u);
        effect = Decimals.clamp(effect, bounds[0], bounds[1]);
        effects.put(u.id(), effect);
        return effect;
    }

    /**
     * Bounds on the lasting strength of a unit without real figures, from real tables it sits in: below the
     * lowest of a published top block (ranks 1..k) and above the highest of a published bottom block (ranks
     * k..N), so that the unit is not pushed hard in that year only. A published value bounds by itself minus
     * {@link #BOUND_MARGIN}; a rank published without a value by the deviation typical of that rank.
     */
    private double[] strengthBounds(Unit u) {
        double lo = -99;
        double hi = 99;
        if (!modelled(u)) {
            return new double[]{lo, hi};
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (!u.validIn(year)) {
                continue;
            }
            List<Unit> table = units.scored(u.province(), u.tier(), year);
            int n = table.size();
            double mean = plannedMean(u.province(), u.tier(), year);
            Map<Integer, Double> deviationByRank = new TreeMap<>();
            Map<Integer, Double> marginByRank = new TreeMap<>();
            for (Unit x : table) {
                String total = book.realValue(u.province(), year, x.id(), "PAR", "TOTAL");
                String rank = book.realValue(u.province(), year, x.id(), "PAR", "RANK");
                if (rank != null) {
                    int r = Integer.parseInt(rank);
                    deviationByRank.put(r, total != null ? Double.parseDouble(total) - mean
                            : TABLE_SD * Normal.inverse((n - r + 0.5) / n));
                    marginByRank.put(r, total != null ? BOUND_MARGIN : 0.3);
                }
            }
            int top = 0;
            while (deviationByRank.containsKey(top + 1)) {
                top++;
            }
            if (top > 0) {
                hi = Math.min(hi, deviationByRank.get(top) - marginByRank.get(top));
            }
            int bottom = n + 1;
            while (deviationByRank.containsKey(bottom - 1)) {
                bottom--;
            }
            if (bottom <= n) {
                lo = Math.max(lo, deviationByRank.get(bottom) + marginByRank.get(bottom));
            }
        }
        return new double[]{lo, hi};
    }

    /**
     * The unit's real PAR figures 2018-2025: a real or derived TOTAL gives its deviation from the planned mean;
     * a rank without a value gives the deviation typical of that rank.
     */
    private List<Anchor> anchors(Unit u) {
        List<Anchor> cached = anchorCache.get(u.id());
        if (cached != null) {
            return cached;
        }
        List<Anchor> anchors = new ArrayList<>();
        if (modelled(u)) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                if (!u.validIn(year)) {
                    continue;
                }
                double mean = plannedMean(u.province(), u.tier(), year);
                String total = book.realValue(u.province(), year, u.id(), "PAR", "TOTAL");
                String rank = book.realValue(u.province(), year, u.id(), "PAR", "RANK");
                if (total != null) {
                    anchors.add(new Anchor(year, Double.parseDouble(total) - mean, true));
                } else if (rank != null) {
                    int n = units.scored(u.province(), u.tier(), year).size();
                    double q = Normal.inverse((n - Integer.parseInt(rank) + 0.5) / n);
                    anchors.add(new Anchor(year, TABLE_SD * q, false));
                }
            }
        }
        anchorCache.put(u.id(), anchors);
        return anchors;
    }

    /**
     * Yearly noise 2018..2025, AR(1) with coefficient {@link #NOISE_RHO}; for PAR it is bent towards the
     * residual of each real value (the bend fading by NOISE_RHO per year).
     */
    double noise(Unit u, String index, int year) {
        Random r = Seeds.rng("noise", u.id() + "|" + index, 0);
        double[] n = new double[LAST_YEAR - FIRST_YEAR + 1];
        n[0] = r.nextGaussian() * NOISE_SD / Math.sqrt(1 - NOISE_RHO * NOISE_RHO);
        for (int i = 1; i < n.length; i++) {
            n[i] = NOISE_RHO * n[i - 1] + r.nextGaussian() * NOISE_SD;
        }
        if (index.equals("PAR")) {
            for (Anchor a : anchors(u)) {
                if (a.value()) {
                    int at = a.year() - FIRST_YEAR;
                    double correction = (a.deviation() - strength(u)) - n[at];
                    for (int i = 0; i < n.length; i++) {
                        n[i] += correction * Math.pow(NOISE_RHO, Math.abs(i - at));
                    }
                }
            }
        }
        return n[year - FIRST_YEAR];
    }
}
