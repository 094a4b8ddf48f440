package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole bundle, made in one fixed order: reference data and real figures from the sources, then the synthetic
 * PAR tables, Lào Cai 2015, SIPAS, PAPI, the contract's ranks, the targets. The order of the steps is the order of
 * the rows in each file, so it is part of the output.
 */
record SampleData(Units units, Methodology methodology, ScoreBook scores, List<Target> targets,
                  List<TableSize> tableSizes, List<String> fitNotes, List<String> figures, List<String> violations) {

    static SampleData generate() {
        Units units = Units.load();
        Methodology methodology = Methodology.load(units);
        Targets transcribed = Targets.load();
        SeedFacts seeds = SeedFacts.of(transcribed, methodology);
        ScoreBook book = new ScoreBook();
        RealScores.addTo(book, units);

        ParModel model = new ParModel(units, book);
        RealFit fit = new RealFit(model, book);
        ItemScores items = new ItemScores(methodology, book);
        OfficialValues official = new OfficialValues(units, methodology, book);
        ParScores par = new ParScores(units, book, model, fit, items, official, seeds);
        par.writeTables();
        par.writeLaoCai2015();
        List<String> fitNotes = fit.notes();
        new SipasScores(units, model, items, fitNotes).write();
        new PapiScores(methodology, book).write();
        par.writeRanks();
        List<Target> targets = transcribed.resolve(methodology, book, units);

        Plausibility plausibility = new Plausibility(units, methodology, book, official).measure();
        List<String> figures = new ArrayList<>(plausibility.figures());
        figures.add(String.format("BKN-SCT 2023 (seed 002): %d criteria at full marks (Phụ lục 1), %d below (Phụ lục 2)",
                seeds.fullIn2023().size(), seeds.belowIn2023().size()));
        List<String> violations = new ArrayList<>(plausibility.violations());
        violations.addAll(seeds.violations(units, methodology, book, official));
        violations.addAll(DataChecks.violations(units, methodology, book, targets));
        return new SampleData(units, methodology, book, targets, TableSize.load(), fitNotes, figures, violations);
    }
}
