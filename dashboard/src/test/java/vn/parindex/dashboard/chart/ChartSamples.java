package vn.parindex.dashboard.chart;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/** Realistic inputs: Vietnamese unit and domain names, scores around 80, a gap here and there. */
final class ChartSamples {
    static final String TITLE = "Xếp hạng Chỉ số CCHC năm 2022 — Lào Cai";
    static final String AXIS = "Chỉ số (%)";

    static final List<String> UNITS = List.of(
            "Sở Văn hóa, Thể thao và Du lịch",
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
            "Sở Tư pháp",
            "Sở Nội vụ",
            "Sở Kế hoạch và Đầu tư",
            "Sở Tài nguyên và Môi trường");
    static final List<Double> SCORES = List.of(91.27, 90.29, 89.19, 87.77, 85.83, 85.49);

    static final List<String> DOMAINS = List.of(
            "Công tác chỉ đạo, điều hành CCHC",
            "Cải cách thủ tục hành chính",
            "Cải cách tổ chức bộ máy hành chính",
            "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số");
    static final List<String> YEARS = List.of("2019", "2020", "2021", "2022");

    private ChartSamples() {
    }

    static List<Series> attainmentByYear() {
        return List.of(
                new Series("Năm 2021", DOMAINS, List.of(78.5, 91.0, 66.25, 80.0)),
                new Series("Năm 2022", DOMAINS, Arrays.asList(82.0, 88.75, null, 85.5)));
    }

    static List<Series> pointsLostByDomain() {
        return List.of(
                new Series(DOMAINS.get(0), UNITS, List.of(1.5, 0.75, 2.0, 0.5, 1.25, 1.0)),
                new Series(DOMAINS.get(1), UNITS, List.of(2.25, 1.0, 0.5, 3.0, 0.75, 1.5)));
    }

    static List<Series> rankHistory() {
        return List.of(
                new Series("Sở Tư pháp", YEARS, Arrays.asList(5.0, 3.0, null, 1.0)),
                new Series("Sở Nội vụ", YEARS, List.of(12.0, 9.0, 8.0, 4.0)));
    }

    static List<Double> domainChanges() {
        return List.of(1.25, -0.5, 2.0, -1.75);
    }

    static LinkedHashMap<String, List<Double>> scoresByYear() {
        LinkedHashMap<String, List<Double>> byYear = new LinkedHashMap<>();
        byYear.put("2020", List.of(71.2, 75.8, 80.1, 68.4, 90.3, 77.7));
        byYear.put("2021", List.of(73.5, 79.0, 82.6, 70.1, 88.9, 81.2));
        byYear.put("2022", List.of(76.0, 81.4, 85.0, 74.3, 91.5, 83.9));
        return byYear;
    }

    static double[][] attainment() {
        return new double[][] {
            {88.5, 92.0, Double.NaN, 61.25},
            {45.0, 100.0, 73.5, 12.0},
            {Double.NaN, 55.5, 80.0, 95.75},
        };
    }
}
