package vn.parindex.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.BriefingFiles;
import vn.parindex.briefings.Briefings;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.ProvinceItem;
import vn.parindex.marts.records.TableKey;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.GapToBest;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.RankBasis;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/**
 * A province's latest results on an index (contract section 6, {@code briefing} with a blank unit, the Home Affairs
 * department's view): each of its ranking tables' latest year, every unit with rank X/N and basis, value, change
 * and gap to the leader, the three domains with the lowest mean attainment (where the table lost points, in % of
 * each domain's maximum, so domains of different maxima compare), a link to the ranking page, and the province
 * workbook of each table attached.
 */
final class ProvinceBriefingNews {
    private static final int WEAKEST_DOMAINS = 3;

    private ProvinceBriefingNews() {
    }

    static NewsContent build(BriefingData data, Subscription subscription, Links links) {
        String province = subscription.province();
        String index = subscription.index();
        List<TableKey> tables = data.latestRankedTables().stream()
                .filter(t -> t.province().equals(province) && t.index().equals(index)).toList();
        String key = subscription.key(NewsKind.BRIEFING);
        if (tables.isEmpty()) {
            NewsSection none = new NewsSection(province + " — " + ScoreIndex.label(index))
                    .line("Chưa có bảng xếp hạng " + ScoreIndex.label(index) + " nào của tỉnh trong bản dữ liệu.");
            return new NewsContent(key, province + ": chưa có bảng xếp hạng", List.of(none), List.of());
        }
        List<NewsSection> sections = new ArrayList<>();
        List<NewsContent.AttachmentSpec> attachments = new ArrayList<>();
        for (TableKey table : tables) {
            sections.add(section(data, table, links));
            String file = BriefingFiles.province(Path.of(""), table).getFileName().toString();
            sections.get(sections.size() - 1).line("Đính kèm: " + file + " (báo cáo của bảng xếp hạng)");
            attachments.add(new NewsContent.AttachmentSpec(file,
                    (briefing, out) -> Briefings.writeProvince(briefing, table, out)));
        }
        String title = province + ": " + ScoreIndex.label(index) + " năm " + tables.stream().mapToInt(TableKey::year)
                .max().getAsInt() + " (" + tables.size() + " bảng xếp hạng)";
        return new NewsContent(key, title, sections, attachments);
    }

    private static NewsSection section(BriefingData data, TableKey table, Links links) {
        List<UnitResult> units = data.ranking(table);
        long ranked = units.stream().filter(u -> u.rank() != null).count();
        NewsSection section = new NewsSection(table.province() + " — " + Tier.label(table.tier()) + " — "
                + ScoreIndex.label(table.index()) + " năm " + table.year());
        section.line(ranked + " đơn vị được xếp hạng" + (units.size() > ranked ? ", " + (units.size() - ranked)
                + " chưa xếp hạng" : "") + ".");
        boolean mixed = units.stream().anyMatch(u -> !UnitBriefingNews.published(u));
        List<String> header = new ArrayList<>(List.of("Hạng", "Đơn vị", "Chỉ số", "Thay đổi", "Hạng so với năm trước",
                GapToBest.HEADER));
        if (mixed) {
            header.add("Nguồn số liệu");
        }
        List<List<String>> rows = new ArrayList<>();
        for (UnitResult unit : units) {
            String movement = NewsFormat.rankMovement(unit.rankChange(), unit.prevRank(), unit.prevRankOf());
            String gap = GapToBest.phrase(unit.gapToBest(), NewsFormat::number);
            // the basis is said where it is not the usual computed rank: "11/63 (công bố)"
            String basis = RankBasis.PUBLISHED.code().equals(unit.rankBasis()) ? unit.rankBasis() : null;
            List<String> row = new ArrayList<>(List.of(NewsFormat.rank(unit.rank(), unit.rankOf(), basis),
                    unit.unitName() == null ? unit.unitId() : unit.unitName(),
                    NewsFormat.value(unit.officialValue(), unit.index(), unit.maxTotal()),
                    NewsFormat.signed(unit.delta()), movement == null ? "–" : movement, gap == null ? "–" : gap));
            if (mixed) {
                row.add(Provenance.orPublished(unit.provenance()).label());
            }
            rows.add(row);
        }
        section.table(header, rows);
        String weakest = weakestDomains(data, table, units);
        if (!weakest.isEmpty()) {
            section.line("Lĩnh vực có mức đạt bình quân thấp nhất: " + weakest + ".");
        }
        section.link("Xem bảng xếp hạng trên parindex", links.ranking(table.province(), table.tier(), table.index(),
                table.year()));
        return section;
    }

    private static String weakestDomains(BriefingData data, TableKey table, List<UnitResult> units) {
        Map<String, String> names = new HashMap<>();
        for (UnitResult unit : units) {
            for (ItemResult domain : data.domains(unit.unitYear())) {
                names.putIfAbsent(domain.code(), domain.name());
            }
        }
        List<String> weakest = data.provinceItems(table).stream()
                .filter(item -> !item.code().contains(".") && item.meanAttainment() != null)
                .sorted(Comparator.comparingDouble(ProvinceItem::meanAttainment))
                .limit(WEAKEST_DOMAINS)
                .map(item -> (names.get(item.code()) == null ? item.code() : names.get(item.code())) + " "
                        + NewsFormat.number(item.meanAttainment()) + " %")
                .toList();
        return String.join("; ", weakest);
    }
}
