package vn.parindex.dashboard.quality;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data-quality rules (quality_issues.csv's stable rule ids) in Vietnamese for the pages, with the value a message
 * quotes and what was done for the warning's own kind of file; the extract keeps its English messages, which stay on
 * the page as a tooltip for the details. Every rule the batch writes has its text (RuleMessagesTest reads them from
 * the batch's sources).
 */
final class RuleMessages {
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("above_maximum", "Điểm vượt quá điểm tối đa của tiêu chí"),
            Map.entry("below_zero", "Điểm nhỏ hơn 0"),
            Map.entry("not_a_number", "Giá trị không phải là số (hoặc NA)"),
            Map.entry("missing_value", "Thiếu giá trị bắt buộc"),
            Map.entry("bad_rank", "Thứ hạng công bố không phải số nguyên"),
            Map.entry("rank_out_of_range", "Thứ hạng công bố nằm ngoài 1 đến số đơn vị của bảng xếp hạng (tối đa"
                    + " 10.000)"),
            Map.entry("rank_not_integer", "Thứ hạng công bố không phải số nguyên"),
            Map.entry("bad_provenance", "Nguồn gốc số liệu (provenance) không hợp lệ: chỉ nhận published, derived,"
                    + " third_party, synthetic"),
            Map.entry("unknown_unit", "Không biết đơn vị này (không có trong danh mục đơn vị)"),
            Map.entry("unknown_code", "Không biết mã tiêu chí này trong bộ tiêu chí"),
            Map.entry("unknown_index", "Không biết chỉ số này (chỉ có PAR, SIPAS, PAPI)"),
            Map.entry("unknown_province", "Không biết tỉnh này"),
            Map.entry("unknown_tier", "Không biết cấp này"),
            Map.entry("unknown_kind", "Không biết loại tiêu chí này"),
            Map.entry("unknown_parent", "Tiêu chí cha không có trong bộ tiêu chí"),
            Map.entry("unknown_successor", "Đơn vị kế thừa không có trong danh mục"),
            Map.entry("successor_cycle", "Chuỗi đơn vị kế thừa quay lại chính nó"),
            Map.entry("unknown_target_kind", "Không biết loại mục tiêu này"),
            Map.entry("unknown_domain_column", "Cột lĩnh vực của bảng công bố không khớp lĩnh vực nào của bộ tiêu chí"),
            Map.entry("no_methodology", "Không có bộ tiêu chí cho năm, tỉnh và chỉ số này"),
            Map.entry("duplicate_row", "Dòng trùng lặp trong cùng tệp"),
            Map.entry("duplicate_item", "Tiêu chí trùng lặp trong bộ tiêu chí"),
            Map.entry("duplicate_unit_id", "Mã đơn vị trùng lặp"),
            Map.entry("conflicting_files", "Hai tệp cho cùng một điểm hai giá trị khác nhau"),
            Map.entry("not_utf8", "Tệp không được mã hóa UTF-8"),
            Map.entry("missing_column", "Thiếu cột bắt buộc"),
            Map.entry("extra_fields", "Dòng có nhiều trường hơn tiêu đề"),
            Map.entry("unit_not_valid_in_year", "Đơn vị không tồn tại trong năm được chấm"),
            Map.entry("unit_in_other_province", "Đơn vị thuộc tỉnh khác"),
            Map.entry("ambiguous_unit", "Tên đơn vị ứng với nhiều đơn vị"),
            Map.entry("total_not_reconciled", "Tổng điểm công bố không khớp với điểm tính lại từ điểm thành phần"),
            Map.entry("rank_differs", "Thứ hạng công bố khác thứ hạng tính lại"),
            Map.entry("parent_sum_mismatch", "Điểm tiêu chí cha khác tổng điểm các tiêu chí con"),
            Map.entry("kept_previous_data", "Giữ dữ liệu của bản trước cho tỉnh và năm này"),
            Map.entry("invalid_validity", "Năm kết thúc trước năm bắt đầu"),
            Map.entry("invalid_maximum", "Điểm tối đa không hợp lệ"),
            Map.entry("children_maxima_mismatch", "Tổng điểm tối đa các tiêu chí con khác điểm tối đa tiêu chí cha"),
            Map.entry("parent_cycle", "Tiêu chí cha tạo thành vòng lặp"),
            Map.entry("not_a_year", "Giá trị không phải là năm"),
            Map.entry("bad_year", "Năm không hợp lệ"),
            Map.entry("maximum_differs", "Điểm tối đa trong bảng công bố khác bộ tiêu chí"),
            Map.entry("unterminated_quote", "Dấu ngoặc kép mở mà không đóng"),
            Map.entry("empty_file", "Tệp rỗng, không có dòng tiêu đề"),
            Map.entry("unreadable_file", "Không đọc được tệp"),
            Map.entry("missing_file", "Thiếu tệp bắt buộc"),
            Map.entry("not_a_workbook", "Tệp không phải bảng tính Excel"),
            Map.entry("unreadable_workbook", "Không đọc được bảng tính"),
            Map.entry("encrypted_workbook", "Bảng tính có mật khẩu"),
            Map.entry("workbook_too_large", "Bảng tính quá lớn"),
            Map.entry("sheet_too_large", "Trang tính quá lớn"),
            Map.entry("truncated_workbook", "Bảng tính bị cắt cụt"),
            Map.entry("zip_bomb", "Bảng tính nén bất thường (nghi là tệp độc hại)"),
            Map.entry("xml_entities_refused", "Bảng tính chứa thực thể XML bị từ chối"),
            Map.entry("no_table_found", "Không tìm thấy bảng xếp hạng trong bảng tính"),
            Map.entry("no_unit_rows", "Bảng xếp hạng không có dòng đơn vị nào: tệp không đóng góp số liệu"),
            Map.entry("no_rows", "Tệp chỉ có dòng tiêu đề, không có dòng điểm nào: tệp không đóng góp số liệu"),
            Map.entry("no_province_or_year", "Không xác định được tỉnh hoặc năm của bảng tính"),
            Map.entry("deadline_not_understood", "Không đọc được thời hạn của nhiệm vụ"),
            Map.entry("bad_date", "Ngày hoàn thành không phải là ngày (yyyy-mm-dd hoặc d/m/yyyy)"),
            Map.entry("bad_members", "Số đơn vị của bảng xếp hạng (members) không phải số nguyên từ 1 trở lên"),
            Map.entry("overlapping_tables", "Hai dòng của tables.csv cùng nói về một bảng xếp hạng trong một năm"),
            Map.entry("rank_improve_not_total", "Mục tiêu tăng hạng (rank_improve) chỉ đặt cho tổng điểm (TOTAL),"
                    + " không cho một tiêu chí"),
            Map.entry("duplicate_column", "Dòng tiêu đề có hai cột cùng tên"),
            Map.entry("field_too_long", "Giá trị dài quá giới hạn"),
            Map.entry("not_a_plan_file", "Tệp trong thư mục plans/ không phải tệp kế hoạch (.csv, .xlsx, .xls,"
                    + " .docx, .pdf)"),
            Map.entry("not_a_document", "Tệp không phải tài liệu Word (.docx) hoặc PDF như tên tệp cho biết"),
            Map.entry("damaged_document", "Tài liệu bị hỏng, không đọc được"),
            Map.entry("encrypted_document", "Tài liệu có mật khẩu"),
            Map.entry("document_too_large", "Tài liệu quá lớn"),
            Map.entry("no_text_layer", "PDF không có lớp chữ (bản quét): không đọc được số liệu"),
            Map.entry("old_word_format", "Tệp Word cũ (.doc) không được đọc: lưu lại thành .docx"),
            Map.entry("plan_task_conflict", "Một nhiệm vụ có trong hai tệp kế hoạch với giá trị khác nhau"),
            Map.entry("plan_task_repeated", "Hai dòng của danh sách nhiệm vụ cùng ghi nguồn là một nhiệm vụ"),
            Map.entry("invalid_address", "Địa chỉ thư điện tử không hợp lệ"),
            Map.entry("unknown_send", "Không biết loại bản tin được yêu cầu (cột send)"),
            Map.entry("news_not_built", "Không soạn được bản tin"));
    /**
     * What was done about a warning, said for its own kind of file: the batch's action ("reported, value kept as
     * published") is worded for results files; a plan's deadline, a task list or a mail is not a published value.
     */
    private static final Map<String, String> WARNING_ACTIONS = Map.ofEntries(
            Map.entry("deadline_not_understood", "Giữ nhiệm vụ, chưa có hạn (trạng thái “Chưa đọc được thời hạn”)."
                    + " Người lập kế hoạch: ghi lại thời hạn theo cách đọc được, ví dụ 30/6/2024, Trước ngày 30"
                    + " tháng 6 năm 2024, Quý II/2024, Tháng 6/2024, Năm 2024, Trước ngày 20 hàng tháng hoặc"
                    + " Thường xuyên"),
            Map.entry("plan_task_conflict", "Tính nhiệm vụ một lần: giữ nội dung của kế hoạch, dùng ngày hoàn thành"
                    + " và ghi chú của bản cập nhật (ô trống không xóa ngày đã ghi). Người lập kế hoạch: sửa để hai"
                    + " tệp ghi như nhau"),
            Map.entry("plan_task_repeated", "Tính nhiệm vụ một lần, theo dòng trước. Người lập kế hoạch: xóa dòng"
                    + " lặp"),
            Map.entry("total_not_reconciled", "Ghi nhận, giữ giá trị công bố"),
            Map.entry("parent_sum_mismatch", "Ghi nhận, giữ điểm đã ghi của tiêu chí cha"),
            Map.entry("rank_differs", "Ghi nhận, xếp hạng theo điểm; thứ hạng công bố ghi bên cạnh"),
            Map.entry("no_rows", "Ghi nhận, tệp không có số liệu để dùng"),
            Map.entry("no_unit_rows", "Ghi nhận, tệp không có số liệu để dùng"),
            Map.entry("kept_previous_data", "Giữ số liệu của bản trước cho tỉnh và năm này"),
            Map.entry("news_not_built", "Không gửi bản tin này; lần chạy sau soạn lại"));
    private static final Map<String, String> SEVERITIES = Map.of("error", "Lỗi", "warning", "Cảnh báo");
    private static final Map<String, String> ACTIONS = Map.of(
            "file quarantined", "Cách ly tệp (không dùng dòng nào)",
            "run stopped, nothing published", "Dừng, không công bố",
            "reported, value kept as published", "Ghi nhận, giữ giá trị công bố",
            "previous snapshot data kept", "Giữ dữ liệu bản trước",
            "reported, nothing to use", "Ghi nhận, tệp không có số liệu để dùng",
            "row skipped", "Bỏ qua dòng này");
    /** A message that begins by quoting the value it is about: "deadline 'Sau khi có hướng dẫn' is not …". */
    private static final Pattern QUOTED = Pattern.compile("^[\\p{L}_]+(?: [\\p{L}_]+){0,3} '(.+?)'(?=[ :;,.)]|$)");

    private RuleMessages() {
    }

    /** The rule in Vietnamese; a rule this dashboard does not know yet is named by its id. */
    static String message(String rule) {
        return rule == null ? "" : RULES.getOrDefault(rule, "Vấn đề dữ liệu (quy tắc " + rule + ")");
    }

    static String severity(String severity) {
        return severity == null ? "" : SEVERITIES.getOrDefault(severity, severity);
    }

    static String action(String action) {
        return action == null ? "" : ACTIONS.getOrDefault(action, action);
    }

    /** The rule in Vietnamese with the value the message quotes first, if it begins with one: the value is data. */
    static String message(String rule, String english) {
        Matcher quoted = QUOTED.matcher(english == null ? "" : english);
        return message(rule) + (quoted.find() ? ": “" + quoted.group(1) + "”" : "");
    }

    /** What was done, for the rule's own kind of file when it is a warning; else the batch's action in Vietnamese. */
    static String action(String rule, String action) {
        return rule != null && WARNING_ACTIONS.containsKey(rule) ? WARNING_ACTIONS.get(rule) : action(action);
    }

    static boolean hasOwnAction(String rule) {
        return WARNING_ACTIONS.containsKey(rule);
    }

    static boolean knows(String rule) {
        return RULES.containsKey(rule);
    }
}
