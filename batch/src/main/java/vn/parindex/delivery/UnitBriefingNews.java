package vn.parindex.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.BriefingFiles;
import vn.parindex.briefings.Briefings;
import vn.parindex.marts.records.LossDriver;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.GapToBest;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;

/**
 * A unit's latest result on its index (contract section 6, {@code briefing}): value with its provenance, rank X/N
 * with its basis and the gap to the leader, the change from last year, the three items that lost the most points, a
 * link to the unit's page, and the unit briefing attached (the workbook the dashboard's download gives).
 */
final class UnitBriefingNews {
    private static final int LOSS_DRIVERS = 3;

    private UnitBriefingNews() {
    }

    static NewsContent build(BriefingData data, Subscription subscription, Links links) {
        String unitId = subscription.unitId();
        String index = subscription.index();
        String name = UnitNames.of(data, unitId, index);
        String key = subscription.key(NewsKind.BRIEFING);
        List<UnitResult> history = data.history(unitId, index);
        if (history.isEmpty()) {
            NewsSection none = new NewsSection(name + " (" + subscription.province() + ") — " + ScoreIndex.label(index))
                    .line("Chưa có kết quả " + ScoreIndex.label(index) + " nào của đơn vị trong bản dữ liệu.");
            return new NewsContent(key, name + ": chưa có kết quả", List.of(none), List.of());
        }
        UnitResult unit = history.get(history.size() - 1);
        String value = NewsFormat.value(unit.officialValue(), index, unit.maxTotal());
        NewsSection section = new NewsSection(name + " (" + unit.province() + ") — " + ScoreIndex.label(index)
                + " năm " + unit.year());
        section.line("Chỉ số: " + value + provenance(unit));
        String gap = GapToBest.phrase(unit.gapToBest(), NewsFormat::number);
        section.line("Xếp hạng: " + NewsFormat.rank(unit.rank(), unit.rankOf(), unit.rankBasis())
                + (gap == null ? "" : " · " + gap));
        String movement = NewsFormat.rankMovement(unit.rankChange(), unit.prevRank(), unit.prevRankOf());
        section.line("So với năm trước: " + (unit.delta() == null ? "chưa có số năm trước để so sánh"
                : NewsFormat.signed(unit.delta()) + " điểm") + (movement == null ? "" : "; hạng " + movement));
        List<LossDriver> drivers = data.lossDrivers(unit.unitYear()).stream().limit(LOSS_DRIVERS).toList();
        if (!drivers.isEmpty()) {
            section.line("Các mục mất nhiều điểm nhất:");
            List<List<String>> rows = new ArrayList<>();
            for (LossDriver driver : drivers) {
                rows.add(List.of(driver.code() + " " + (driver.name() == null ? "" : driver.name()),
                        NewsFormat.number(driver.pointsLost()), NewsFormat.number(driver.shareOfLoss()) + " %"));
            }
            section.table(List.of("Mục", "Điểm chưa đạt", "Tỷ trọng điểm chưa đạt"), rows);
        }
        if (unit.source() != null && !unit.source().isBlank()) {
            section.line("Nguồn: " + unit.source());
        }
        section.link("Xem trên parindex", links.unit(unitId, index, unit.year()));
        String file = BriefingFiles.unit(Path.of(""), unit.unitYear()).getFileName().toString();
        section.line("Đính kèm: " + file + " (báo cáo của đơn vị)");
        String title = name + ": " + ScoreIndex.label(index) + " " + unit.year() + " " + value + ", hạng "
                + NewsFormat.rank(unit.rank(), unit.rankOf(), null);
        return new NewsContent(key, title, List.of(section), List.of(new NewsContent.AttachmentSpec(file,
                (briefing, out) -> Briefings.writeUnit(briefing, unit.unitYear(), out))));
    }

    /** " (số liệu minh họa)" and the like when the value is not a published one. */
    static String provenance(UnitResult unit) {
        return published(unit) ? "" : " (" + Provenance.orPublished(unit.provenance()).label() + ")";
    }

    static boolean published(UnitResult unit) {
        return Provenance.orPublished(unit.provenance()) == Provenance.PUBLISHED;
    }
}
