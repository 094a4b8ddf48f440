package vn.parindex.dashboard.quality;

import java.util.Map;

/**
 * The data-quality rules (quality_issues.csv's stable rule ids) in Vietnamese for the pages; the extract keeps its
 * English messages, which stay on the page as a tooltip for the exact values.
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
            Map.entry("deadline_not_understood", "Không hiểu thời hạn của nhiệm vụ"));
    private static final Map<String, String> SEVERITIES = Map.of("error", "Lỗi", "warning", "Cảnh báo");
    private static final Map<String, String> ACTIONS = Map.of(
            "file quarantined", "Cách ly tệp (không dùng dòng nào)",
            "run stopped, nothing published", "Dừng, không công bố",
            "reported, value kept as published", "Ghi nhận, giữ giá trị công bố",
            "previous snapshot data kept", "Giữ dữ liệu bản trước",
            "reported, nothing to use", "Ghi nhận, tệp không có số liệu để dùng");

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

    static boolean knows(String rule) {
        return RULES.containsKey(rule);
    }
}
