package vn.parindex.marts;

import java.time.LocalDate;

/**
 * Every column of the snapshot contract (section 4, and the Parquet-only marts), each once, with its type and its
 * one Vietnamese header. {@link Marts} lists which mart holds which, in the extracts' order. Where one name means two
 * things in two marts ({@code kind}, {@code status}) there are two columns, so neither can be read for the other.
 */
public final class Columns {
    // the keys
    public static final Column<String> PROVINCE = Column.text("province", "Tỉnh");
    public static final Column<String> TIER = Column.text("tier", "Bảng xếp hạng");
    public static final Column<Integer> YEAR = Column.integer("year", "Năm");
    public static final Column<String> INDEX = Column.text("index", "Chỉ số");
    public static final Column<String> UNIT_ID = Column.text("unit_id", "Mã đơn vị");
    public static final Column<String> UNIT_NAME = Column.text("unit_name", "Đơn vị");
    public static final Column<String> UNIT_TYPE = Column.text("unit_type", "Loại đơn vị");
    public static final Column<String> CODE = Column.text("code", "Mã mục");

    // unit_year
    public static final Column<Double> SCORE_TOTAL = Column.real("score_total", "Tổng điểm");
    public static final Column<Double> MAX_TOTAL = Column.real("max_total", "Tổng điểm tối đa");
    public static final Column<Double> INDEX_VALUE = Column.real("index_value", "Chỉ số tính lại");
    public static final Column<Double> OFFICIAL_VALUE = Column.real("official_value", "Chỉ số");
    public static final Column<Double> POINTS_LOST = Column.real("points_lost", "Điểm chưa đạt");
    public static final Column<Integer> RANK = Column.integer("rank", "Xếp hạng");
    public static final Column<Integer> RANK_OF = Column.integer("rank_of", "Số đơn vị xếp hạng");
    public static final Column<String> RANK_BASIS = Column.text("rank_basis", "Cơ sở xếp hạng");
    public static final Column<Double> PREV_VALUE = Column.real("prev_value", "Chỉ số năm trước");
    public static final Column<Double> DELTA = Column.real("delta", "Thay đổi so với năm trước");
    public static final Column<Integer> PREV_RANK = Column.integer("prev_rank", "Xếp hạng năm trước");
    public static final Column<Integer> PREV_RANK_OF = Column.integer("prev_rank_of", "Số đơn vị năm trước");
    public static final Column<Integer> RANK_CHANGE = Column.integer("rank_change", "Thay đổi thứ hạng");
    public static final Column<Double> REPORTED_TOTAL = Column.real("reported_total", "Chỉ số công bố");
    public static final Column<Integer> REPORTED_RANK = Column.integer("reported_rank", "Xếp hạng công bố");
    public static final Column<Boolean> RECONCILED = Column.bool("reconciled", "Khớp số công bố");
    public static final Column<String> PROVENANCE = Column.text("provenance", "Nguồn số liệu");
    public static final Column<String> SOURCE = Column.text("source", "Nguồn");
    public static final Column<Double> GAP_TO_BEST = Column.real("gap_to_best", GapToBest.HEADER);

    // component_year
    public static final Column<String> PARENT_CODE = Column.text("parent_code", "Mã mục cha");
    public static final Column<Integer> LEVEL = Column.integer("level", "Cấp");
    public static final Column<String> ITEM_NAME = Column.text("name", "Tên mục");
    public static final Column<String> ITEM_KIND = Column.text("kind", "Cách chấm");
    public static final Column<Double> MAX_POINTS = Column.real("max_points", "Điểm tối đa");
    public static final Column<Double> SCORE = Column.real("score", "Điểm đạt");
    public static final Column<Double> SELF_SCORE = Column.real("self_score", "Điểm tự chấm");
    public static final Column<Double> ATTAINMENT = Column.real("attainment", "Mức đạt (%)");
    public static final Column<Double> PREV_SCORE = Column.real("prev_score", "Điểm năm trước");
    public static final Column<Double> PREV_MAX = Column.real("prev_max", "Điểm tối đa năm trước");
    public static final Column<Double> DELTA_POINTS = Column.real("delta_points", "Thay đổi điểm");
    public static final Column<Double> DELTA_ATTAINMENT = Column.real("delta_attainment", "Thay đổi mức đạt (điểm %)");
    public static final Column<Boolean> MAX_CHANGED = Column.bool("max_changed", "Đổi điểm tối đa");

    // loss_drivers
    public static final Column<Integer> POSITION = Column.integer("position", "Thứ tự");
    public static final Column<Double> SHARE_OF_LOSS = Column.real("share_of_loss", "Tỷ trọng điểm chưa đạt (%)");

    // province_summary
    public static final Column<Integer> UNITS = Column.integer("units", "Số đơn vị");
    public static final Column<Double> MEAN_ATTAINMENT = Column.real("mean_attainment", "Mức đạt trung bình (%)");
    public static final Column<Double> MIN_ATTAINMENT = Column.real("min_attainment", "Mức đạt thấp nhất (%)");
    public static final Column<Double> MAX_ATTAINMENT = Column.real("max_attainment", "Mức đạt cao nhất (%)");
    public static final Column<Double> TOTAL_POINTS_LOST = Column.real("total_points_lost", "Tổng điểm chưa đạt");

    // target_status
    public static final Column<String> TARGET_KIND = Column.text("kind", "Loại mục tiêu");
    public static final Column<Double> TARGET = Column.real("target", "Mục tiêu");
    public static final Column<Double> ACTUAL = Column.real("actual", "Thực hiện");
    public static final Column<String> TARGET_STATUS = Column.text("status", "Kết quả");
    public static final Column<Double> GAP = Column.real("gap", "Chênh lệch");

    // goal_gaps
    public static final Column<String> GOAL = Column.text("goal", "Mục tiêu");
    public static final Column<Integer> GOAL_YEAR = Column.integer("goal_year", "Năm mục tiêu");
    public static final Column<Integer> GOAL_RANK = Column.integer("goal_rank", "Thứ hạng mục tiêu");
    public static final Column<Double> GOAL_VALUE = Column.real("goal_value", "Chỉ số cần đạt");
    public static final Column<Double> NEEDED_INDEX_POINTS = Column.real("needed_index_points", "Cần thêm (điểm chỉ số)");
    public static final Column<Double> NEEDED_ITEM_POINTS = Column.real("needed_item_points", "Cần thêm (điểm chấm)");
    public static final Column<Double> RECOVERABLE_ITEM_POINTS = Column.real("recoverable_item_points",
            "Có thể khắc phục (điểm chấm)");
    public static final Column<Boolean> REACHABLE = Column.bool("reachable", "Có thể đạt");

    // goal_items
    public static final Column<Double> NEXT_MAX = Column.real("next_max", "Điểm tối đa năm mục tiêu");
    public static final Column<Double> RECOVERABLE = Column.real("recoverable", "Có thể khắc phục ở mục (điểm chấm)");

    // task_status and plan_tasks
    public static final Column<Integer> PLAN_YEAR = Column.integer("plan_year", "Năm kế hoạch");
    public static final Column<String> FILE = Column.text("file", "Tệp");
    public static final Column<Integer> LINE = Column.integer("line", "Dòng");
    public static final Column<String> TASK = Column.text("task", "Nội dung nhiệm vụ");
    public static final Column<String> LEAD = Column.text("lead", "Chủ trì");
    public static final Column<String> DEADLINE = Column.text("deadline", "Thời gian thực hiện");
    public static final Column<String> DUE_DATES = Column.text("due_dates", "Các hạn");
    public static final Column<LocalDate> NEXT_DUE = Column.date("next_due", "Hạn tới");
    public static final Column<String> TASK_STATUS = Column.text("status", "Trạng thái");
    public static final Column<LocalDate> DONE_ON = Column.date("done_on", "Ngày hoàn thành");
    public static final Column<String> OUTPUT = Column.text("output", "Sản phẩm đầu ra");
    public static final Column<String> PARTNERS = Column.text("partners", "Phối hợp");
    /** The planner's note on a task, written in the downloaded task list (its "Ghi chú" column) and read back. */
    public static final Column<String> NOTE = Column.text("note", "Ghi chú");

    // units
    public static final Column<String> SHORT_NAME = Column.text("short_name", "Tên viết tắt");
    public static final Column<Integer> VALID_FROM = Column.integer("valid_from", "Từ năm");
    public static final Column<Integer> VALID_TO = Column.integer("valid_to", "Đến năm");
    public static final Column<String> SUCCESSOR_ID = Column.text("successor_id", "Đơn vị kế thừa");
    public static final Column<String> ALIASES = Column.text("aliases", "Tên khác");

    // staged scores
    public static final Column<Boolean> NA = Column.bool("na", "Không áp dụng");

    // quality_issues.csv (an extract, not a mart)
    public static final Column<String> SEVERITY = Column.text("severity", "Mức độ");
    public static final Column<String> COLUMN = Column.text("column", "Cột");
    public static final Column<String> RULE = Column.text("rule", "Quy tắc");
    public static final Column<String> MESSAGE = Column.text("message", "Nội dung");
    public static final Column<String> ACTION = Column.text("action", "Xử lý");

    private Columns() {
    }
}
