import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the bundled sample input of parindex: data/reference/*.csv and data/scores/**.csv.
 *
 * Run from the repository root:  java data/generator/GenerateSampleData.java
 *
 * Real published figures are embedded below (REAL DATA section, each with its source URL).
 * Everything else is synthetic, drawn from java.util.Random with fixed seeds, so every run
 * writes byte-identical files. The generator checks its own output against the input contract
 * (docs: /work/shared/spec/CONTRACT.md sections 1.1-1.6) and stops with exit code 1 on a violation.
 */
public class GenerateSampleData {

    static final long SEED = 20230412L;
    static final Path DATA = Path.of("data");
    static final String VN = "Việt Nam";

    // ------------------------------------------------------------------ model

    record Unit(String id, String province, String tier, String name, String shortName, String type,
                List<String> aliases, int validFrom, Integer validTo, String successorId) {
        boolean validIn(int year) {
            return year >= validFrom && (validTo == null || year <= validTo);
        }
    }

    record Item(String province, String tier, int year, String index, String code, String name,
                double max, String kind, String prevCode) {
        String parent() {
            int dot = code.lastIndexOf('.');
            return dot < 0 ? "" : code.substring(0, dot);
        }
        long maxHundredths() {
            return Math.round(max * 100);
        }
    }

    /** One row of a score file; {@code unit} is what the file says (an id, a name or an alias). */
    record Score(String file, String province, int year, String unit, String index, String code,
                 String score, String selfScore, String source) {}

    record Target(String province, String unitId, int year, String index, String code, String kind,
                  String value, String source) {}

    record Province(String name, String prefix, String slug, List<String> deptTypes, int lastYear) {}

    /** A row of reference/tables.csv (contract 1.6): the real size of a ranking table the data holds only part of. */
    record TableSize(String province, String tier, String index, int yearFrom, Integer yearTo, int members) {
        boolean covers(int year) {
            return year >= yearFrom && (yearTo == null || year <= yearTo);
        }
    }

    final List<Unit> units = new ArrayList<>();
    final Map<String, List<Item>> trees = new LinkedHashMap<>();
    final List<Score> scores = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<TableSize> tableSizes = new ArrayList<>();
    final List<String> expectedWarnings = new ArrayList<>();

    // ------------------------------------------------------------------ provinces and departments

    static final List<String> ALL_TYPES = List.of("NOIVU", "TUPHAP", "TAICHINH", "KHDT", "CONGTHUONG",
            "NNPTNT", "GTVT", "XAYDUNG", "TNMT", "TTTT", "LDTBXH", "VHTTDL", "KHCN", "GDDT", "YTE",
            "NGOAIVU", "THANHTRA", "VPUBND", "DANTOC", "BQLKKT");

    /** Lào Cai: GTVT and XD separate in 2015 (20 units), one "Sở GTVT - Xây dựng" from 2018 (19 units). */
    static final Province LAO_CAI = new Province("Lào Cai", "LCI", "lao-cai",
            List.of("NOIVU", "TUPHAP", "TAICHINH", "KHDT", "CONGTHUONG", "NNPTNT", "GTVT", "XAYDUNG", "GTVTXD",
                    "TNMT", "TTTT", "LDTBXH", "VHTTDL", "KHCN", "GDDT", "YTE", "NGOAIVU", "THANHTRA", "VPUBND",
                    "DANTOC", "BQLKKT"), 2025);
    /** Lạng Sơn 2018: the 20 units of the published table. */
    static final Province LANG_SON = new Province("Lạng Sơn", "LSN", "lang-son", ALL_TYPES, 2025);
    /** Bắc Kạn 2018: 19 units; no Sở Ngoại vụ (inland province). Province merged into Thái Nguyên 1/7/2025. */
    static final Province BAC_KAN = new Province("Bắc Kạn", "BKN", "bac-kan", without(ALL_TYPES, "NGOAIVU"), 2024);
    /** Tuyên Quang 2022: 19 units; assumed without a BQL KCN/KKT (it has a Sở Ngoại vụ, dofa.tuyenquang.gov.vn). */
    static final Province TUYEN_QUANG = new Province("Tuyên Quang", "TQG", "tuyen-quang", without(ALL_TYPES, "BQLKKT"), 2025);
    static final List<Province> PROVINCES = List.of(LAO_CAI, LANG_SON, BAC_KAN, TUYEN_QUANG);

    /** type -> id suffix, full name, short name, aliases ({P} = province name). */
    static final Map<String, String[]> TYPE_INFO = new LinkedHashMap<>();
    static {
        TYPE_INFO.put("NOIVU", new String[]{"SNV", "Sở Nội vụ", "SNV", "Sở NV|Sở Nội vụ tỉnh {P}"});
        TYPE_INFO.put("TUPHAP", new String[]{"STP", "Sở Tư pháp", "STP", "Sở TP|Sở Tư pháp tỉnh {P}"});
        TYPE_INFO.put("TAICHINH", new String[]{"STC", "Sở Tài chính", "STC", "Sở TC|Sở Tài chính tỉnh {P}"});
        TYPE_INFO.put("KHDT", new String[]{"SKHDT", "Sở Kế hoạch và Đầu tư", "SKHĐT",
                "SKHDT|SKH&ĐT|Sở KH&ĐT|Sở KHĐT|Sở Kế hoạch và Đầu tư tỉnh {P}"});
        TYPE_INFO.put("CONGTHUONG", new String[]{"SCT", "Sở Công Thương", "SCT", "Sở CT|Sở Công Thương tỉnh {P}"});
        TYPE_INFO.put("NNPTNT", new String[]{"SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT",
                "SNN&PTNT|Sở NN&PTNT|Sở NNPTNT|Sở Nông nghiệp và PTNT|Sở Nông nghiệp và Phát triển nông thôn tỉnh {P}"});
        TYPE_INFO.put("GTVT", new String[]{"SGTVT", "Sở Giao thông vận tải", "SGTVT", "Sở GTVT|Sở Giao thông vận tải tỉnh {P}"});
        TYPE_INFO.put("XAYDUNG", new String[]{"SXD", "Sở Xây dựng", "SXD", "Sở XD|Sở Xây dựng tỉnh {P}"});
        TYPE_INFO.put("GTVTXD", new String[]{"SGTVTXD", "Sở Giao thông vận tải - Xây dựng", "SGTVTXD",
                "Sở GTVT-XD|Sở GTVT - XD|Sở Giao thông vận tải – Xây dựng|Sở Giao thông vận tải - Xây dựng tỉnh {P}"});
        TYPE_INFO.put("TNMT", new String[]{"STNMT", "Sở Tài nguyên và Môi trường", "STNMT",
                "STN&MT|Sở TN&MT|Sở TNMT|Sở Tài nguyên và Môi trường tỉnh {P}"});
        TYPE_INFO.put("TTTT", new String[]{"STTTT", "Sở Thông tin và Truyền thông", "STTTT",
                "Sở TT&TT|STT&TT|Sở TTTT|Sở Thông tin và Truyền thông tỉnh {P}"});
        TYPE_INFO.put("LDTBXH", new String[]{"SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH",
                "SLDTBXH|Sở LĐTBXH|Sở LĐ-TB&XH|Sở Lao động – Thương binh và Xã hội|Sở Lao động, Thương binh và Xã hội|Sở Lao động - Thương binh và Xã hội tỉnh {P}"});
        TYPE_INFO.put("VHTTDL", new String[]{"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL",
                "Sở VHTTDL|Sở VH,TT&DL|Sở Văn hoá, Thể thao và Du lịch|Sở Văn hóa, Thể thao và Du lịch tỉnh {P}"});
        TYPE_INFO.put("KHCN", new String[]{"SKHCN", "Sở Khoa học và Công nghệ", "SKHCN",
                "SKH&CN|Sở KH&CN|Sở KHCN|Sở Khoa học và Công nghệ tỉnh {P}"});
        TYPE_INFO.put("GDDT", new String[]{"SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT",
                "SGDDT|SGD&ĐT|Sở GD&ĐT|Sở GDĐT|Sở Giáo dục và Đào tạo tỉnh {P}"});
        TYPE_INFO.put("YTE", new String[]{"SYT", "Sở Y tế", "SYT", "Sở YT|Sở Y tế tỉnh {P}"});
        TYPE_INFO.put("NGOAIVU", new String[]{"SNGV", "Sở Ngoại vụ", "SNgV", "Sở NgV|Sở Ngoại vụ tỉnh {P}"});
        TYPE_INFO.put("THANHTRA", new String[]{"TTRA", "Thanh tra tỉnh", "TTr", "Thanh tra tỉnh {P}|TTr tỉnh"});
        TYPE_INFO.put("VPUBND", new String[]{"VPUBND", "Văn phòng UBND tỉnh", "VPUBND",
                "VP UBND tỉnh|Văn phòng Ủy ban nhân dân tỉnh|Văn phòng UBND tỉnh {P}|Văn phòng Ủy ban nhân dân tỉnh {P}"});
        TYPE_INFO.put("DANTOC", new String[]{"BDT", "Ban Dân tộc", "BDT", "Ban Dân tộc tỉnh {P}"});
        TYPE_INFO.put("NNMT", new String[]{"SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT",
                "SNN&MT|Sở NN&MT|Sở NNMT|Sở Nông nghiệp và Môi trường tỉnh {P}"});
        TYPE_INFO.put("DTTG", new String[]{"SDTTG", "Sở Dân tộc và Tôn giáo", "SDTTG",
                "Sở DT&TG|Sở DTTG|Sở Dân tộc và Tôn giáo tỉnh {P}"});
    }

    /** The economic-zone / industrial-park board has a province-specific name. */
    static final Map<String, String[]> BQL_INFO = Map.of(
            "Lào Cai", new String[]{"BQLKKT", "Ban Quản lý Khu kinh tế tỉnh Lào Cai", "BQLKKT",
                    "BQL KKT|Ban Quản lý Khu kinh tế|BQL Khu kinh tế tỉnh Lào Cai"},
            "Lạng Sơn", new String[]{"BQLKKT", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "BQLKKT",
                    "BQL KKTCK Đồng Đăng - Lạng Sơn|Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn|BQL Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"},
            "Bắc Kạn", new String[]{"BQLKKT", "Ban Quản lý các Khu công nghiệp tỉnh", "BQLKCN",
                    "BQL các KCN|Ban Quản lý các Khu công nghiệp tỉnh Bắc Kạn"});

    /** 2025 department mergers (NĐ 45/2025/NĐ-CP, from 1/3/2025): old type -> id suffix of the new unit. */
    static final Map<String, String> MERGED_INTO = Map.ofEntries(
            Map.entry("NOIVU", "SNV-2025"), Map.entry("LDTBXH", "SNV-2025"),
            Map.entry("TAICHINH", "STC-2025"), Map.entry("KHDT", "STC-2025"),
            Map.entry("NNPTNT", "SNNMT-2025"), Map.entry("TNMT", "SNNMT-2025"),
            Map.entry("GTVT", "SXD-2025"), Map.entry("XAYDUNG", "SXD-2025"), Map.entry("GTVTXD", "SXD-2025"),
            Map.entry("KHCN", "SKHCN-2025"), Map.entry("TTTT", "SKHCN-2025"),
            Map.entry("DANTOC", "SDTTG-2025"));
    /** The new 2025 units: id suffix -> the type whose names they take. */
    static final Map<String, String> NEW_2025_UNITS = new LinkedHashMap<>();
    static {
        NEW_2025_UNITS.put("SNV-2025", "NOIVU");
        NEW_2025_UNITS.put("STC-2025", "TAICHINH");
        NEW_2025_UNITS.put("SNNMT-2025", "NNMT");
        NEW_2025_UNITS.put("SXD-2025", "XAYDUNG");
        NEW_2025_UNITS.put("SKHCN-2025", "KHCN");
        NEW_2025_UNITS.put("SDTTG-2025", "DTTG");
    }

    /** Districts (UBND cấp huyện) that appear in the real tables: id suffix, place name, "TP" or "H". */
    static final Map<String, String[][]> DISTRICTS = Map.of(
            "Lạng Sơn", new String[][]{{"TP-LANGSON", "Lạng Sơn", "TP"}, {"H-BINHGIA", "Bình Gia", "H"},
                    {"H-HUULUNG", "Hữu Lũng", "H"}, {"H-LOCBINH", "Lộc Bình", "H"}, {"H-CHILANG", "Chi Lăng", "H"},
                    {"H-VANLANG", "Văn Lãng", "H"}, {"H-BACSON", "Bắc Sơn", "H"}, {"H-TRANGDINH", "Tràng Định", "H"},
                    {"H-CAOLOC", "Cao Lộc", "H"}, {"H-DINHLAP", "Đình Lập", "H"}, {"H-VANQUAN", "Văn Quan", "H"}},
            "Bắc Kạn", new String[][]{{"TP-BACKAN", "Bắc Kạn", "TP"}, {"H-BABE", "Ba Bể", "H"},
                    {"H-BACHTHONG", "Bạch Thông", "H"}, {"H-CHODON", "Chợ Đồn", "H"}, {"H-CHOMOI", "Chợ Mới", "H"},
                    {"H-NARI", "Na Rì", "H"}, {"H-NGANSON", "Ngân Sơn", "H"}, {"H-PACNAM", "Pác Nặm", "H"}},
            "Tuyên Quang", new String[][]{{"TP-TUYENQUANG", "Tuyên Quang", "TP"}, {"H-LAMBINH", "Lâm Bình", "H"},
                    {"H-NAHANG", "Na Hang", "H"}, {"H-CHIEMHOA", "Chiêm Hóa", "H"}, {"H-HAMYEN", "Hàm Yên", "H"},
                    {"H-YENSON", "Yên Sơn", "H"}, {"H-SONDUONG", "Sơn Dương", "H"}});

    // ------------------------------------------------------------------ entry point

    public static void main(String[] args) throws IOException {
        if (!Files.isDirectory(DATA)) {
            fail("run from the repository root: no ./data folder here");
        }
        GenerateSampleData generator = new GenerateSampleData();
        generator.buildUnits();
        generator.buildMethodology();
        generator.addRealScores();
        generator.generateParTables();
        generator.generateLaoCai2015();
        generator.generateSipasBacKan();
        generator.generatePapiDimensions();
        generator.addComputedRanks();
        generator.buildTargets();
        generator.buildTableSizes();
        generator.checkAll();
        generator.writeAll();
    }

    // ------------------------------------------------------------------ units

    void buildUnits() {
        for (Province p : PROVINCES) {
            for (String type : p.deptTypes()) {
                addDepartment(p, type);
            }
            if (p != BAC_KAN) {
                addMergedSuccessors(p);
            }
            addDistricts(p);
        }
        addNationalUnits();
    }

    void addDepartment(Province p, String type) {
        String[] info = departmentInfo(p, type);
        boolean laoCai = p == LAO_CAI;
        int validFrom = laoCai ? 2015 : 2018; // Lào Cai has real 2015 figures
        Integer validTo = null;
        String successor = null;
        if (laoCai && (type.equals("GTVT") || type.equals("XAYDUNG"))) {
            validTo = 2017; // merged into "Sở GTVT - Xây dựng" (assumed from 2018, see data/README.md)
            successor = "LCI-SGTVTXD";
        } else if (p == BAC_KAN) {
            validTo = 2024; // the province ends on 1/7/2025; no successor modelled
        } else if (MERGED_INTO.containsKey(type)) {
            validTo = 2024;
            successor = p.prefix() + "-" + MERGED_INTO.get(type);
        }
        if (type.equals("GTVTXD")) {
            validFrom = 2018;
        }
        units.add(new Unit(p.prefix() + "-" + info[0], p.name(), "department", info[1], info[2], unitType(type),
                aliasList(info[3], p.name()), validFrom, validTo, successor));
    }

    void addMergedSuccessors(Province p) {
        for (Map.Entry<String, String> e : NEW_2025_UNITS.entrySet()) {
            String[] info = TYPE_INFO.get(e.getValue());
            units.add(new Unit(p.prefix() + "-" + e.getKey(), p.name(), "department", info[1], info[2],
                    unitType(e.getValue()), aliasList(info[3], p.name()), 2025, null, null));
        }
    }

    void addDistricts(Province p) {
        String[][] districts = DISTRICTS.get(p.name());
        if (districts == null) {
            return;
        }
        for (String[] d : districts) {
            boolean city = d[2].equals("TP");
            String name = (city ? "UBND thành phố " : "UBND huyện ") + d[1];
            String shortName = city ? "TP " + d[1] : d[1];
            String aliases = city ? "Thành phố " + d[1] + "|UBND TP " + d[1] : "Huyện " + d[1] + "|UBND " + d[1];
            units.add(new Unit(p.prefix() + "-" + d[0], p.name(), "district", name, shortName, "UBND_HUYEN",
                    List.of(aliases.split("\\|")), 2018, 2024, null)); // districts abolished 1/7/2025
        }
    }

    void addNationalUnits() {
        for (Province p : PROVINCES) {
            units.add(new Unit("VN-" + p.prefix(), VN, "province", "UBND tỉnh " + p.name(), p.name(), "UBND_TINH",
                    List.of("tỉnh " + p.name(), "Ủy ban nhân dân tỉnh " + p.name()), 2012,
                    p == BAC_KAN ? Integer.valueOf(2024) : null, null));
        }
    }

    static String[] departmentInfo(Province p, String type) {
        return type.equals("BQLKKT") ? BQL_INFO.get(p.name()) : TYPE_INFO.get(type);
    }

    static String unitType(String type) {
        return type.equals("GTVTXD") ? "XAYDUNG" : type; // the merged Lào Cai unit became Sở Xây dựng
    }

    static List<String> aliasList(String template, String province) {
        return List.of(template.replace("{P}", province).split("\\|"));
    }

    Unit unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit " + id));
    }

    List<Unit> scoredUnits(String province, String tier, int year) {
        return units.stream().filter(u -> u.province().equals(province) && u.tier().equals(tier) && u.validIn(year))
                .collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ methodology

    static final String[] OLD_DOMAINS = {"Công tác chỉ đạo, điều hành CCHC",
            "Xây dựng và tổ chức thực hiện văn bản QPPL", "Cải cách thủ tục hành chính",
            "Cải cách tổ chức bộ máy hành chính",
            "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Cải cách tài chính công",
            "Hiện đại hóa hành chính"};
    /** Names used from 2022 (QĐ 876/QĐ-BNV): VBQPPL -> thể chế, đội ngũ -> chế độ công vụ, HĐHHC -> CQĐT/CQS. */
    static final String[] NEW_DOMAINS = {"Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế",
            "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ",
            "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"};

    /** PAR years scored per province (department tier). */
    static List<Integer> parYears(Province p) {
        List<Integer> years = new ArrayList<>();
        for (int y = 2018; y <= p.lastYear(); y++) {
            years.add(y);
        }
        return years;
    }

    void buildMethodology() {
        for (Province p : PROVINCES) {
            if (p == LAO_CAI) {
                List<String[]> scale70 = new ArrayList<>();
                scale70.add(row("1", 70, "a", "Tổng điểm sau thẩm định (thang 70 điểm)"));
                register(p.name(), "department", 2015, "PAR", scale70);
            }
            for (int year : parYears(p)) {
                List<String[]> spec = parSpec(p, year);
                register(p.name(), "department", year, "PAR", spec);
                if (DISTRICTS.containsKey(p.name()) && year <= 2024) {
                    register(p.name(), "district", year, "PAR", levelOneOnly(spec));
                }
            }
        }
        for (int year = 2019; year <= 2024; year++) {
            register(BAC_KAN.name(), "department", year, "SIPAS", sipasSpec(year));
        }
        for (int year = 2020; year <= 2023; year++) {
            register(VN, "province", year, "PAPI", papiSpec(year));
        }
    }

    void register(String province, String tier, int year, String index, List<String[]> spec) {
        List<String[]> sorted = new ArrayList<>(spec);
        sorted.sort((a, b) -> compareCodes(a[0], b[0]));
        List<Item> tree = new ArrayList<>();
        for (String[] r : sorted) {
            tree.add(new Item(province, tier, year, index, r[0], r[3], Double.parseDouble(r[1]),
                    r[2].equals("s") ? "survey" : "assessed", r.length > 4 ? r[4] : ""));
        }
        trees.put(treeKey(province, tier, year, index), tree);
    }

    static String treeKey(String province, String tier, int year, String index) {
        return province + "|" + tier + "|" + year + "|" + index;
    }

    List<Item> tree(String province, String tier, int year, String index) {
        return trees.getOrDefault(treeKey(province, tier, year, index), List.of());
    }

    static String[] row(String code, double max, String kind, String name) {
        return new String[]{code, trim(max), kind, name, ""};
    }

    static String[] row(String code, double max, String kind, String name, String prevCode) {
        return new String[]{code, trim(max), kind, name, prevCode};
    }

    static List<String[]> levelOneOnly(List<String[]> spec) {
        return spec.stream().filter(r -> !r[0].contains(".")).collect(Collectors.toList());
    }

    /** Seven assessed domains plus one survey domain (code 8). */
    static List<String[]> eightDomains(String[] names, double[] max, String surveyName) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(row(String.valueOf(i + 1), max[i], "a", names[i]));
        }
        rows.add(row("8", max[7], "s", surveyName));
        return rows;
    }

    List<String[]> parSpec(Province p, int year) {
        if (p == LAO_CAI) {
            return laoCaiSpec(year);
        }
        if (p == LANG_SON) {
            String survey = "Kết quả khảo sát sự hài lòng của người dân, tổ chức";
            if (year <= 2021) {
                return eightDomains(OLD_DOMAINS, new double[]{10, 9, 16, 9, 13, 8, 15, 20}, survey);
            }
            if (year <= 2023) {
                List<String[]> rows = eightDomains(NEW_DOMAINS, new double[]{11, 8, 16, 8, 12, 8, 17, 20}, survey);
                if (year == 2023) {
                    rows.addAll(langSonCriteria2023());
                }
                return rows;
            }
            return eightDomains(NEW_DOMAINS, new double[]{11, 8, 15, 8, 12, 8, 18, 20}, survey);
        }
        if (p == BAC_KAN) {
            String survey = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH";
            if (year <= 2021) {
                return eightDomains(OLD_DOMAINS, new double[]{9, 8, 13, 9, 12, 8, 11, 30}, survey + " (điều tra XHH)");
            }
            if (year == 2022) {
                return eightDomains(NEW_DOMAINS, new double[]{10, 8, 14, 8, 12, 8, 12, 28}, survey);
            }
            List<String[]> rows = eightDomains(NEW_DOMAINS,
                    year == 2023 ? new double[]{10, 8, 14, 8, 12, 8, 12, 28} : new double[]{10, 7, 14, 8, 12, 8, 13, 28},
                    survey);
            rows.addAll(bacKanCriteria(year));
            return rows;
        }
        String survey = "Điều tra xã hội học";
        if (year <= 2021) {
            return eightDomains(OLD_DOMAINS, new double[]{10, 9, 14, 9, 13, 8, 12, 25}, survey);
        }
        if (year <= 2023) {
            List<String[]> rows = eightDomains(NEW_DOMAINS, new double[]{10, 8, 15, 8, 13, 8, 13, 25}, survey);
            if (year == 2023) {
                rows.addAll(tuyenQuangCriteria2023());
            }
            return rows;
        }
        return eightDomains(NEW_DOMAINS, new double[]{10, 8, 14, 8, 13, 8, 14, 25}, survey);
    }

    /**
     * Lào Cai: nine components. 2022 maxima and names from seed 000 (total 120); 2023 "Cải cách thể chế" 9.
     * Until 2021 the survey was item 8 and the PAPI measures item 9 (the order the seed's own task table
     * still uses: "IX Biện pháp cải thiện ... PAPI"); in 2022 the two swap places (prev_code).
     */
    static List<String[]> laoCaiSpec(int year) {
        List<String[]> rows = new ArrayList<>();
        if (year <= 2021) {
            double[] max = {12, 10, 14, 9, 12, 9, 9};
            for (int i = 0; i < 7; i++) {
                rows.add(row(String.valueOf(i + 1), max[i], "a", OLD_DOMAINS[i]));
            }
            rows.add(row("8", 20, "s", "Điều tra xã hội học"));
            rows.add(row("9", 5, "a", "Biện pháp cải thiện Chỉ số CCHC, chỉ số PAPI"));
            return rows;
        }
        double[] max = year == 2022 ? new double[]{16, 13, 15.5, 11, 13.5, 13, 13}
                : year <= 2024 ? new double[]{16, 9, 15.5, 11, 13.5, 13, 13}
                : new double[]{16, 9, 15.5, 11, 13.5, 12, 14};
        for (int i = 0; i < 7; i++) {
            rows.add(row(String.valueOf(i + 1), max[i], "a", NEW_DOMAINS[i]));
        }
        rows.add(row("8", 5, "a", "Biện pháp cải thiện chỉ số PAPI", year == 2022 ? "9" : ""));
        rows.add(row("9", 20, "s", "Điều tra xã hội học", year == 2022 ? "8" : ""));
        return rows;
    }

    /** Lạng Sơn 2023: criteria under domains 1, 3 and 7 (those named in seed 001). */
    static List<String[]> langSonCriteria2023() {
        return List.of(
                row("1.1", 3, "a", "Kế hoạch cải cách hành chính năm"),
                row("1.2", 2, "a", "Báo cáo cải cách hành chính"),
                row("1.3", 2, "a", "Kiểm tra công tác cải cách hành chính"),
                row("1.4", 4, "a", "Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ, UBND tỉnh giao"),
                row("3.1", 3, "a", "Công bố, công khai thủ tục hành chính"),
                row("3.2", 3, "a", "Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC"),
                row("3.3", 5, "a", "Tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn"),
                row("3.4", 3, "a", "Thực hiện cơ chế một cửa, một cửa liên thông"),
                row("3.5", 2, "a", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC"),
                row("7.1", 4, "a", "Trung tâm dữ liệu; kết nối, chia sẻ dữ liệu qua LGSP, NDXP"),
                row("7.2", 3, "a", "Trang thông tin điện tử của cơ quan"),
                row("7.3", 4, "a", "Số hóa hồ sơ, kết quả giải quyết TTHC"),
                row("7.4", 3, "a", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
                row("7.5", 3, "a", "Tỷ lệ thanh toán trực tuyến"));
    }

    /** Tuyên Quang 2023: criteria under domains 3 and 7 that seed 003's percentage targets refer to. */
    static List<String[]> tuyenQuangCriteria2023() {
        return List.of(
                row("3.1", 3, "a", "Công bố, công khai thủ tục hành chính"),
                row("3.2", 3, "a", "Thực hiện cơ chế một cửa, một cửa liên thông"),
                row("3.3", 3, "a", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"),
                row("3.4", 2, "a", "Tỷ lệ hồ sơ TTHC giải quyết trước hạn"),
                row("3.5", 2, "s", "Mức độ hài lòng của người dân, tổ chức về giải quyết TTHC"),
                row("3.6", 2, "a", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC"),
                row("7.1", 3, "a", "Tỷ lệ văn bản trao đổi dưới dạng điện tử có chữ ký số"),
                row("7.2", 2, "a", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015"),
                row("7.3", 3, "a", "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến"),
                row("7.4", 2, "a", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình"),
                row("7.5", 2, "a", "Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến"),
                row("7.6", 1, "a", "Số hóa hồ sơ, kết quả giải quyết TTHC"));
    }

    /**
     * Bắc Kạn 2023/2024: TC (level 2) and TCTP (level 3) from seed 002, placed under their real domain
     * (the seed's appendix 2 numbers domains of its own subset, e.g. its "III" is domain 4).
     * 2024: thể chế 8 -> 7, CQĐT 12 -> 13, and 7.4.2 / 7.4.3 swap places.
     */
    static List<String[]> bacKanCriteria(int year) {
        boolean y24 = year == 2024;
        List<String[]> rows = new ArrayList<>(List.of(
                row("1.1", 4, "a", "Thực hiện kế hoạch CCHC"),
                row("1.2", 2, "a", "Sáng kiến, giải pháp mới trong cải cách hành chính"),
                row("1.3", 4, "a", "Thực hiện nhiệm vụ được UBND tỉnh giao"),
                row("2.1", 2, "a", "Theo dõi thi hành pháp luật"),
                row("2.2", 2, "a", "Rà soát văn bản quy phạm pháp luật"),
                row("2.3", y24 ? 1 : 2, "a", "Xử lý văn bản trái pháp luật do cơ quan có thẩm quyền kiểm tra kiến nghị"),
                row("2.4", 2, "s", "Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành (Điều tra XHH)"),
                row("3.1", 4, "a", "Công khai thủ tục hành chính"),
                row("3.1.1", 2.5, "a", "Công khai TTHC và các quy định có liên quan"),
                row("3.1.2", 1.5, "a", "Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC"),
                row("3.2", 3, "a", "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông"),
                row("3.3", 4, "a", "Kết quả giải quyết thủ tục hành chính"),
                row("3.3.1", 2, "a", "Đánh giá chất lượng giải quyết TTHC của địa phương"),
                row("3.3.2", 2, "a", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"),
                row("3.4", 3, "a", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC"),
                row("4.1", 2, "a", "Thực hiện cơ cấu số lượng lãnh đạo tại các cơ quan hành chính theo các tiêu chí"),
                row("4.2", 2, "a", "Thực hiện phân cấp, phân quyền trong quản lý nhà nước"),
                row("4.3", 4, "s", "Phân định chức năng, nhiệm vụ và phân cấp (Điều tra XHH)"),
                row("4.3.1", 1.5, "s", "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương (Điều tra XHH)"),
                row("4.3.2", 1.5, "s", "Tình hình thực hiện quy chế làm việc của UBND tỉnh (Điều tra XHH)"),
                row("4.3.3", 1, "s", "Tính hợp lý trong việc phân cấp, phân quyền giữa tỉnh và huyện (Điều tra XHH)"),
                row("5.1", 3, "a", "Bố trí công chức, viên chức theo vị trí việc làm"),
                row("5.1.1", 1.5, "a", "Tỷ lệ cơ quan, tổ chức hành chính bố trí công chức theo đúng vị trí việc làm được phê duyệt"),
                row("5.1.2", 1.5, "a", "Tỷ lệ đơn vị sự nghiệp bố trí viên chức theo đúng vị trí việc làm được phê duyệt"),
                row("5.2", 2, "a", "Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo, quản lý"),
                row("5.3", 3, "a", "Chấp hành kỷ luật, kỷ cương"),
                row("5.4", 2, "s", "Tính công khai, minh bạch; tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức (Điều tra XHH)"),
                row("5.5", 2, "s", "Chất lượng đội ngũ công chức, viên chức về năng lực, tinh thần trách nhiệm (Điều tra XHH)"),
                row("6.1", 3, "a", "Quản lý, sử dụng kinh phí ngân sách nhà nước"),
                row("6.1.1", 1.5, "a", "Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN"),
                row("6.1.2", 1.5, "a", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước"),
                row("6.2", 2, "a", "Quản lý, sử dụng tài sản công"),
                row("6.2.1", 1, "a", "Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị thuộc phạm vi quản lý"),
                row("6.2.2", 1, "a", "Tổ chức thực hiện các quy định về quản lý, sử dụng tài sản công"),
                row("6.3", 3, "a", "Thực hiện cơ chế tự chủ"),
                row("6.3.1", 1, "a", "Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị SNCL"),
                row("6.3.2", 1, "s", "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính (Điều tra XHH)"),
                row("6.3.3", 1, "s", "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL (Điều tra XHH)"),
                row("7.1", 2, "a", "Phát triển các nền tảng, cơ sở dữ liệu"),
                row("7.2", 2, "a", "Tỷ lệ các ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua LGSP"),
                row("7.3", 2, "a", "Phát triển các ứng dụng, dịch vụ trong nội bộ cơ quan nhà nước"),
                row("7.4", y24 ? 7 : 6, "a", "Cung cấp dịch vụ công trực tuyến"),
                row("7.4.1", 2, "a", "Triển khai số hóa hồ sơ, kết quả giải quyết TTHC"),
                row("8.1", 10, "s", "Kết quả Chỉ số hài lòng về sự phục vụ hành chính"),
                row("8.2", 14, "s", "Khảo sát lãnh đạo, quản lý về công tác CCHC của cơ quan"),
                row("8.3", 4, "a", "Tác động của CCHC đến phát triển kinh tế - xã hội của ngành, lĩnh vực")));
        if (y24) {
            rows.add(row("7.4.2", 3, "a", "Tỷ lệ hồ sơ trực tuyến toàn trình", "7.4.3"));
            rows.add(row("7.4.3", 2, "a", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "7.4.2"));
        } else {
            rows.add(row("7.4.2", 2, "a", "Tỷ lệ dịch vụ công trực tuyến toàn trình"));
            rows.add(row("7.4.3", 2, "a", "Tỷ lệ hồ sơ trực tuyến toàn trình"));
        }
        return rows;
    }

    /** SIPAS (department level, Bắc Kạn): five factors of 20 percent-points; 2023+ with seed 002's criteria. */
    static List<String[]> sipasSpec(int year) {
        List<String[]> rows = new ArrayList<>(List.of(
                row("1", 20, "s", "Tiếp cận dịch vụ hành chính công"),
                row("2", 20, "s", "Thủ tục hành chính"),
                row("3", 20, "s", "Công chức trực tiếp giải quyết công việc"),
                row("4", 20, "s", "Kết quả cung ứng dịch vụ hành chính công"),
                row("5", 20, "s", "Tiếp nhận và giải quyết góp ý, phản ánh, kiến nghị")));
        if (year >= 2023) {
            rows.addAll(List.of(
                    row("2.1", 7, "s", "MĐHL về công chức yêu cầu người dân nộp hồ sơ TTHC đúng quy định"),
                    row("2.2", 6.5, "s", "MĐHL về công chức yêu cầu đóng phí/lệ phí TTHC đúng quy định"),
                    row("2.3", 6.5, "s", "MĐHL về thời hạn giải quyết TTHC đúng quy định"),
                    row("3.1", 7, "s", "MĐHL về công chức ở Bộ phận một cửa có thái độ giao tiếp lịch sự, tôn trọng người dân"),
                    row("3.2", 6.5, "s", "MĐHL về công chức ở Bộ phận một cửa hướng dẫn hồ sơ dễ hiểu, đầy đủ"),
                    row("3.3", 6.5, "s", "MĐHL về công chức ở Bộ phận một cửa tuân thủ đúng quy định"),
                    row("4.1", 7, "s", "MĐHL về kết quả giải quyết TTHC được trả đúng hẹn"),
                    row("4.2", 6.5, "s", "MĐHL về kết quả giải quyết TTHC có thông tin đầy đủ, chính xác"),
                    row("4.3", 6.5, "s", "MĐHL về kết quả giải quyết TTHC đảm bảo tính công bằng"),
                    row("5.1", 7, "s", "MĐHL về Bộ phận một cửa bố trí hình thức tiếp nhận phản ánh, kiến nghị dễ dàng"),
                    row("5.2", 6.5, "s", "MĐHL về Bộ phận một cửa tiếp nhận, xử lý phản ánh, kiến nghị đúng quy định"),
                    row("5.3", 6.5, "s", "MĐHL về Bộ phận một cửa thông báo kết quả xử lý phản ánh, kiến nghị kịp thời")));
        }
        return rows;
    }

    static final String[] PAPI_DIMENSIONS = {"Tham gia của người dân ở cấp cơ sở",
            "Công khai, minh bạch trong việc ra quyết định", "Trách nhiệm giải trình với người dân",
            "Kiểm soát tham nhũng trong khu vực công", "Thủ tục hành chính công", "Cung ứng dịch vụ công",
            "Quản trị môi trường", "Quản trị điện tử"};

    /** PAPI: 8 dimensions of 10 points (total 80); 2023 splits dimension 6 into 4 sub-dimensions of 2.5. */
    static List<String[]> papiSpec(int year) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(row(String.valueOf(i + 1), 10, "s", PAPI_DIMENSIONS[i]));
        }
        if (year == 2023) {
            rows.add(row("6.1", 2.5, "s", "Y tế công lập"));
            rows.add(row("6.2", 2.5, "s", "Giáo dục tiểu học công lập"));
            rows.add(row("6.3", 2.5, "s", "Cơ sở hạ tầng căn bản"));
            rows.add(row("6.4", 2.5, "s", "An ninh, trật tự"));
        }
        return rows;
    }

    // ------------------------------------------------------------------ REAL DATA
    // Figures as published; every row keeps its source URL (also written to the `source` column of the
    // real/derived/third-party score files, which the contract lets readers ignore as an unknown column).

    static final String SRC_LS_2018_DEPT = "https://hanhchinhcong.langson.gov.vn/en/node/20104";
    static final String SRC_BK_2018 = "https://hdnd.backan.gov.vn/Pages/tin-tuc-hoat-dong-157/tin-trong-tinh-291/cong-bo-chi-so-cai-cach-hanh-chinh-fdc302317620a2fa.aspx";
    static final String SRC_LC_2015 = "http://qlqh.laocai.gov.vn/vi/bai-viet/5323";
    static final String SRC_TQ_2022 = "http://www.baotuyenquang.com.vn/so-tu-phap-va-thanh-pho-tuyen-quang-dung-dau-ve-chi-so-cai-cach-hanh-chinh-177220.html";
    static final String SRC_TQ_2022_RANKS = "http://bandantoc.tuyenquang.gov.vn/tin-tuc/chuyen-doi-so/tuyen-quang-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022!-382.html";
    static final String SRC_TQ_2025 = "https://en.baotuyenquang.com.vn/administrative-reform/202601/tuyen-quang-announces-the-2025-public-administration-reform-index-8560349";
    static final String SRC_SEED_000 = "seed 000: KH/STTTT Lào Cai 2023 (kết quả 2022)";
    static final String SRC_LC_2019 = "http://ddcilaocai.vn/tin-tuc/duy-tri-cai-thien-va-nang-cao-chi-so-cai-cach-hanh-chinh-cap-tinh-par-index-cua-tinh-lao-cai-nam-2020/";
    static final String SRC_LC_2017 = "https://laocai.gov.vn/news-events-en/lao-cai-increased-6-levels-in-the-public-administration-reform-par-index-in-2017-328810";
    static final String SRC_LC_2021 = "https://baotintuc.vn/infographics/sipas-2021-ninh-binh-tang-7-bac-xep-thu-12-20220527060605357.htm";
    static final String SRC_LC_2012 = "https://huggingface.co/datasets/letrinhan/vn-par-master";
    static final String SRC_LS_2018_PROV = "http://baolangson.vn/xa-hoi/218859-chi-so-par-index-nam-2018-lang-son-xep-thu-26-63-tinh-thanh-pho.html";
    static final String SRC_LS_2013 = "https://baolangson.vn/xa-hoi/44054-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2013-lang-son-tang-23-bac-so-voi-nam-2012.html";
    static final String SRC_TQ_2021 = "https://dofa.tuyenquang.gov.vn/cai-cach-hanh-chinh/trang-4.html";
    static final String SRC_BK_2021 = "https://baobackan.vn/dong-long-vuot-kho-bac-kan-tang-3-chi-so-post325.html";
    static final String SRC_BK_SIPAS = "https://baobackan.vn/diem-bao-in-bac-kan-ngay-2342025-post70409.html";
    static final String SRC_BK_PAPI = "https://baobackan.vn/chi-so-papi-tang-4-bac-bac-kan-thuoc-nhom-trung-binh-cao-tren-toan-quoc-post51392.html";
    static final String SRC_LS_PAPI = "https://baolangson.vn/kinh-te/574543-lang-son-xep-thu-13-63-tinh-thanh-tren-ca-nuoc-ve-chi-so-papi-nam-2022.html";
    static final String SRC_TQ_PAPI = "https://tuyenquangtv.vn/thoi-su-chinh-tri/tin-dia-phuong/202104/ttv-tuyen-quang-trong-nhom-16-tinh-xep-hang-chi-so-papi-cao-nhat-nam-2020-d907e0e/";
    static final String SRC_PAPI_2023 = "https://fliphtml5.com/vfkvv/ipje/2023_PAPI_REPORT/103";
    /** The `source` of every synthetic row that carries no more specific note. */
    static final String SRC_SYNTHETIC = "parindex generator (số liệu minh họa)";

    /** Lạng Sơn 2018 departments, listing order (QĐ 2633/QĐ-UBND 21/12/2018), points out of 100. */
    static final Object[][] LS_2018_DEPARTMENTS = {
            {"Sở Tài chính", 89.4}, {"Sở Giao thông vận tải", 86.9}, {"Sở Khoa học và Công nghệ", 86.9},
            {"Sở Công Thương", 86.8}, {"Sở Ngoại vụ", 86.8}, {"Sở Y tế", 86.8}, {"Văn phòng UBND tỉnh", 86.5},
            {"Sở Xây dựng", 86.1}, {"Sở Nội vụ", 85.9}, {"Thanh tra tỉnh", 85.7}, {"Sở Kế hoạch và Đầu tư", 85.6},
            {"Sở Nông nghiệp và Phát triển nông thôn", 85.4}, {"Sở Tư pháp", 84.8},
            {"Sở Thông tin và Truyền thông", 83.9},
            {"Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", 83.3}, {"Sở Tài nguyên và Môi trường", 82.7},
            {"Sở Giáo dục và Đào tạo", 81.3}, {"Sở Văn hóa, Thể thao và Du lịch", 81.1},
            {"Sở Lao động - Thương binh và Xã hội", 79.6}, {"Ban Dân tộc", 77.2}};
    static final Object[][] LS_2018_DISTRICTS = {
            {"UBND thành phố Lạng Sơn", 87.3}, {"UBND huyện Bình Gia", 86.5}, {"UBND huyện Hữu Lũng", 85.7},
            {"UBND huyện Lộc Bình", 85.6}, {"UBND huyện Chi Lăng", 85.5}, {"UBND huyện Văn Lãng", 85.2},
            {"UBND huyện Bắc Sơn", 84.2}, {"UBND huyện Tràng Định", 84.2}, {"UBND huyện Cao Lộc", 82.2},
            {"UBND huyện Đình Lập", 82.0}, {"UBND huyện Văn Quan", 81.7}};
    /** Lào Cai 2015 (QĐ 955/QĐ-UBND): points after appraisal on the 70-point department scale; no rank stated. */
    static final Object[][] LC_2015 = {
            {"Sở Công Thương", 65.0}, {"Sở Giao thông vận tải", 62.25}, {"Sở Giáo dục và Đào tạo", 61.0},
            {"Sở Nông nghiệp và Phát triển nông thôn", 60.75}, {"Sở Ngoại vụ", 60.0}, {"Sở Y tế", 58.5},
            {"Sở Nội vụ", 58.0}, {"Sở Thông tin và Truyền thông", 57.0},
            {"Sở Lao động - Thương binh và Xã hội", 55.0}};
    /** Seed 000: LC Sở TT&TT 2022 component scores (maxima 16, 13, 15.5, 11, 13.5, 13, 13, 5, 20). */
    static final double[] LC_STTTT_2022 = {11.5, 9, 10.99, 9.88, 11.84, 12.52, 11.89, 3.75, 18.78};

    void addRealScores() {
        String f = "real/lang-son/2018.csv";
        for (int i = 0; i < LS_2018_DEPARTMENTS.length; i++) {
            addTotalAndRank(f, "Lạng Sơn", 2018, (String) LS_2018_DEPARTMENTS[i][0], "PAR",
                    (Double) LS_2018_DEPARTMENTS[i][1], i + 1, SRC_LS_2018_DEPT);
        }
        for (int i = 0; i < LS_2018_DISTRICTS.length; i++) {
            addTotalAndRank(f, "Lạng Sơn", 2018, (String) LS_2018_DISTRICTS[i][0], "PAR",
                    (Double) LS_2018_DISTRICTS[i][1], i + 1, SRC_LS_2018_DEPT);
        }
        f = "real/bac-kan/2018.csv"; // QĐ 309/QĐ-UBND 26/02/2019
        addTotalAndRank(f, "Bắc Kạn", 2018, "Sở Giao thông vận tải", "PAR", 88.1, 1, SRC_BK_2018);
        addTotalAndRank(f, "Bắc Kạn", 2018, "Sở Công Thương", "PAR", 87.61, 2, SRC_BK_2018);
        addTotalAndRank(f, "Bắc Kạn", 2018, "Sở Kế hoạch và Đầu tư", "PAR", 86.7, 3, SRC_BK_2018);
        addTotalAndRank(f, "Bắc Kạn", 2018, "Ban Quản lý các Khu công nghiệp tỉnh", "PAR", 70.06, 19, SRC_BK_2018);
        addTotalAndRank(f, "Bắc Kạn", 2018, "UBND huyện Ngân Sơn", "PAR", 81.99, 1, SRC_BK_2018);
        addTotalAndRank(f, "Bắc Kạn", 2018, "UBND huyện Bạch Thông", "PAR", 68.01, 8, SRC_BK_2018);

        f = "real/lao-cai/2015.csv"; // 70-point scale: scored as the single item of the 2015 methodology
        for (Object[] r : LC_2015) {
            add(f, "Lào Cai", 2015, (String) r[0], "PAR", "1", trim((Double) r[1]), SRC_LC_2015);
        }
        f = "real/lao-cai/2022.csv";
        for (int i = 0; i < LC_STTTT_2022.length; i++) {
            add(f, "Lào Cai", 2022, "Sở Thông tin và Truyền thông", "PAR", String.valueOf(i + 1),
                    trim(LC_STTTT_2022[i]), SRC_SEED_000);
        }
        addTotalAndRank(f, "Lào Cai", 2022, "Sở Thông tin và Truyền thông", "PAR", 87.13, 11, SRC_SEED_000);
        // DERIVED: seed 000 says the 12.87 points lost in 2022 are 4.67 more than in 2021 -> 100 - 8.20.
        add("derived/lao-cai/2021.csv", "Lào Cai", 2021, "Sở Thông tin và Truyền thông", "PAR", "TOTAL", "91.8",
                "DERIVED from " + SRC_SEED_000 + ": 87.13 + 4.67");

        f = "real/tuyen-quang/2022.csv"; // QĐ 715/QĐ-UBND 10/7/2023
        addTotalAndRank(f, "Tuyên Quang", 2022, "Sở Tư pháp", "PAR", 94.49, 1, SRC_TQ_2022);
        String[][] tqRanks = {{"Sở Giáo dục và Đào tạo", "2"}, {"Sở Nội vụ", "3"}, {"Sở Tài chính", "4"},
                {"Sở Giao thông vận tải", "5"}, {"Sở Thông tin và Truyền thông", "15"},
                {"Sở Tài nguyên và Môi trường", "16"}, {"Sở Lao động - Thương binh và Xã hội", "17"},
                {"Sở Xây dựng", "18"}, {"Sở Y tế", "19"}};
        for (String[] r : tqRanks) {
            add(f, "Tuyên Quang", 2022, r[0], "PAR", "RANK", r[1], SRC_TQ_2022_RANKS);
        }
        addTotalAndRank(f, "Tuyên Quang", 2022, "UBND thành phố Tuyên Quang", "PAR", 82.96, 1, SRC_TQ_2022);
        f = "real/tuyen-quang/2025.csv"; // merged province (with Hà Giang); post-merger units
        addTotalAndRank(f, "Tuyên Quang", 2025, "Sở Tư pháp", "PAR", 91.21, 1, SRC_TQ_2025);
        addTotalAndRank(f, "Tuyên Quang", 2025, "Văn phòng UBND tỉnh", "PAR", 90.84, 2, SRC_TQ_2025);
        addTotalAndRank(f, "Tuyên Quang", 2025, "Sở Nội vụ", "PAR", 90.81, 3, SRC_TQ_2025);

        addRealNational();
        addSyntheticNational2025();
    }

    /**
     * The national PAR table of 2025 has 34 members (the province mergers of 1/7/2025); no figure of it is bundled as
     * published, so three of the modelled provinces get illustrative totals and ranks out of 34, labelled synthetic,
     * to show how a partial table of the new size reads (Bắc Kạn, merged into Thái Nguyên, is no longer ranked).
     */
    void addSyntheticNational2025() {
        String file = "synthetic/national/par.csv";
        String why = SRC_SYNTHETIC + ": minh họa bảng 34 tỉnh, thành phố năm 2025 (không phải số liệu công bố)";
        addTotalAndRank(file, VN, 2025, "UBND tỉnh Lào Cai", "PAR", 89.12, 9, why);
        addTotalAndRank(file, VN, 2025, "UBND tỉnh Tuyên Quang", "PAR", 87.64, 15, why);
        addTotalAndRank(file, VN, 2025, "UBND tỉnh Lạng Sơn", "PAR", 85.97, 23, why);
    }

    void addRealNational() {
        String par = "real/national/par.csv";
        addTotalAndRank(par, VN, 2017, "UBND tỉnh Lào Cai", "PAR", null, 21, SRC_LC_2017);
        addTotalAndRank(par, VN, 2019, "UBND tỉnh Lào Cai", "PAR", 82.85, 15, SRC_LC_2019);
        addTotalAndRank(par, VN, 2021, "UBND tỉnh Lào Cai", "PAR", 88.44, 11, SRC_LC_2021);
        addTotalAndRank(par, VN, 2013, "UBND tỉnh Lạng Sơn", "PAR", 79.21, 26, SRC_LS_2013);
        addTotalAndRank(par, VN, 2018, "UBND tỉnh Lạng Sơn", "PAR", 77.25, 26, SRC_LS_2018_PROV);
        addTotalAndRank(par, VN, 2021, "UBND tỉnh Tuyên Quang", "PAR", 86.57, 34, SRC_TQ_2021);
        addTotalAndRank(par, VN, 2021, "UBND tỉnh Bắc Kạn", "PAR", null, 54, SRC_BK_2021);

        String derived = "derived/national/par.csv";
        addTotalAndRank(derived, VN, 2018, "UBND tỉnh Lào Cai", "PAR", 78.47, 21,
                "DERIVED from " + SRC_LC_2019 + ": 82.85 - 4.38; rank 15 + 6");
        addTotalAndRank(derived, VN, 2016, "UBND tỉnh Lào Cai", "PAR", null, 27, "DERIVED from " + SRC_LC_2017 + ": rank 21 + 6");
        addTotalAndRank(derived, VN, 2020, "UBND tỉnh Lào Cai", "PAR", null, 14, "DERIVED from " + SRC_LC_2021 + ": rank 11 + 3");
        addTotalAndRank(derived, VN, 2017, "UBND tỉnh Lạng Sơn", "PAR", null, 27, "DERIVED from " + SRC_LS_2018_PROV + ": rank 26 + 1");
        addTotalAndRank(derived, VN, 2012, "UBND tỉnh Lạng Sơn", "PAR", null, 49, "DERIVED from " + SRC_LS_2013 + ": rank 26 + 23");
        addTotalAndRank(derived, VN, 2020, "UBND tỉnh Tuyên Quang", "PAR", 83.81, 35,
                "DERIVED from " + SRC_TQ_2021 + ": 86.57 - 2.76; rank 34 + 1");
        addTotalAndRank(derived, VN, 2020, "UBND tỉnh Bắc Kạn", "PAR", null, 59, "DERIVED from " + SRC_BK_2021 + ": rank 54 + 5");
        addTotalAndRank("third-party/national/par.csv", VN, 2012, "UBND tỉnh Lào Cai", "PAR", 80.36, 17,
                "THIRD-PARTY compiled dataset " + SRC_LC_2012);

        String sipas = "real/national/sipas.csv";
        addTotalAndRank(sipas, VN, 2024, "UBND tỉnh Bắc Kạn", "SIPAS", 78.17, 63, SRC_BK_SIPAS);
        addTotalAndRank(sipas, VN, 2023, "UBND tỉnh Bắc Kạn", "SIPAS", 75.03, null, SRC_BK_SIPAS);

        // PAPI keeps its own points scale (contract 1.3): the published totals out of 80 are TOTAL rows as they
        // were published; the 8 dimension scores (real where published, else synthetic) add up to them exactly.
        String papi = "real/national/papi.csv";
        for (Object[] t : PAPI_TOTALS) {
            add(papi, VN, (Integer) t[1], unit((String) t[0]).aliases().get(0), "PAPI", "TOTAL", (String) t[2],
                    (String) t[3]);
        }
        add(papi, VN, 2022, "tỉnh Lạng Sơn", "PAPI", "RANK", "13", SRC_LS_PAPI);
        add(papi, VN, 2022, "tỉnh Lạng Sơn", "PAPI", "2", "5.338", SRC_LS_PAPI);
        add(papi, VN, 2022, "tỉnh Lạng Sơn", "PAPI", "4", "6.747", SRC_LS_PAPI);
        add(papi, VN, 2022, "tỉnh Bắc Kạn", "PAPI", "RANK", "30", SRC_BK_PAPI);
        add(papi, VN, 2022, "tỉnh Bắc Kạn", "PAPI", "1", "5.39", SRC_BK_PAPI);
        add(papi, VN, 2022, "tỉnh Bắc Kạn", "PAPI", "2", "5.49", SRC_BK_PAPI);
        add(papi, VN, 2022, "tỉnh Bắc Kạn", "PAPI", "3", "4.36", SRC_BK_PAPI);
        add(papi, VN, 2022, "tỉnh Bắc Kạn", "PAPI", "5", "7.38", SRC_BK_PAPI);
        add(papi, VN, 2021, "tỉnh Bắc Kạn", "PAPI", "RANK", "34", SRC_BK_PAPI);
        add(papi, VN, 2020, "tỉnh Tuyên Quang", "PAPI", "RANK", "12", SRC_TQ_PAPI);
        String[][] d6 = {{"tỉnh Bắc Kạn", "7.1279", "1.9933", "1.4148", "1.8536", "1.8662"},
                {"tỉnh Tuyên Quang", "6.9125", "1.9475", "1.2585", "1.7667", "1.9398"},
                {"tỉnh Lào Cai", "7.167", "1.9401", "1.4336", "1.8735", "1.9198"},
                {"tỉnh Lạng Sơn", "7.3537", "1.8922", "1.4529", "2.0457", "1.9628"}};
        for (String[] r : d6) {
            add(papi, VN, 2023, r[0], "PAPI", "6", r[1], SRC_PAPI_2023);
            for (int i = 1; i <= 4; i++) {
                add(papi, VN, 2023, r[0], "PAPI", "6." + i, r[i + 1], SRC_PAPI_2023);
            }
        }
        String papiDerived = "derived/national/papi.csv";
        add(papiDerived, VN, 2021, "tỉnh Lạng Sơn", "PAPI", "RANK", "4", "DERIVED from " + SRC_LS_PAPI + ": rank 13, 'tụt 9 bậc'");
        add(papiDerived, VN, 2019, "tỉnh Tuyên Quang", "PAPI", "RANK", "26", "DERIVED from " + SRC_TQ_PAPI + ": rank 12, +14 places");
    }

    /** Published PAPI totals (out of 80) that the dimension scores must add up to exactly. */
    static final Object[][] PAPI_TOTALS = {
            {"VN-LSN", 2022, "43.847", SRC_LS_PAPI}, {"VN-BKN", 2022, "42.44", SRC_BK_PAPI},
            {"VN-BKN", 2021, "42.16", SRC_BK_PAPI}, {"VN-TQG", 2020, "44.396", SRC_TQ_PAPI}};

    void addTotalAndRank(String file, String province, int year, String unit, String index, Double total,
                         Integer rank, String source) {
        if (total != null) {
            add(file, province, year, unit, index, "TOTAL", trim(total), source);
        }
        if (rank != null) {
            add(file, province, year, unit, index, "RANK", String.valueOf(rank), source);
        }
    }

    void add(String file, String province, int year, String unit, String index, String code, String score,
             String source) {
        scores.add(new Score(file, province, year, unit, index, code, score, "", source));
    }

    /** The real value of a (province, year, unit, index, code) key, if a non-synthetic file has one. */
    String realValue(String province, int year, String unitId, String index, String code) {
        for (Score s : scores) {
            if (!s.file().startsWith("synthetic/") && s.province().equals(province) && s.year() == year
                    && s.index().equals(index) && s.code().equals(code)
                    && resolve(province, year, s.unit()).id().equals(unitId)) {
                return s.score();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ SYNTHETIC PAR

    /**
     * Planned mean PAR value per province and tier, 2018..2025, set to sit with the real figures (data/README.md,
     * "Plausibility"): Lạng Sơn 2018 = the means of the real tables; Bắc Kạn 2018 so that 13 of 19 departments
     * reach 80 ("13 Tốt") and the districts lie between 68.01 and 81.99; Tuyên Quang districts 2022 below TP
     * Tuyên Quang's 82.96; Lào Cai 2021 / 2022 around LCI-STTTT's 91.80 / 87.13. A gentle rise with a dip in
     * 2022 (new criteria, QĐ 876/QĐ-BNV; the regional mean of the provinces fell that year too).
     */
    static final Map<String, double[]> PAR_MEAN = Map.of(
            "Lào Cai|department", new double[]{85.4, 86.9, 88.3, 90.3, 88.3, 88.8, 89.5, 89.8},
            "Lạng Sơn|department", new double[]{84.6, 85.3, 86.0, 86.8, 86.3, 87.3, 88.2, 88.8},
            "Bắc Kạn|department", new double[]{81.4, 82.1, 82.7, 83.5, 84.0, 84.9, 86.0, 0},
            "Tuyên Quang|department", new double[]{84.4, 85.2, 86.0, 86.8, 87.6, 88.3, 88.9, 88.5},
            "Lạng Sơn|district", new double[]{84.5, 85.0, 85.6, 86.3, 85.8, 86.7, 87.6, 0},
            "Bắc Kạn|district", new double[]{75.8, 76.7, 77.6, 78.5, 79.3, 80.4, 81.2, 0},
            "Tuyên Quang|district", new double[]{79.6, 80.2, 80.8, 81.3, 80.9, 81.3, 82.2, 0});
    /** Persistent bias per kind of department (weak and strong performers seen in the real tables). */
    static final Map<String, Double> TYPE_BIAS = Map.of("BQLKKT", -3.0, "DANTOC", -2.5, "LDTBXH", -1.5,
            "TUPHAP", 1.5, "VPUBND", 1.0, "TAICHINH", 1.0, "GDDT", -0.5, "DTTG", -1.5);
    /** Spread of a unit's lasting strength around its table's mean (index points). */
    static final double EFFECT_SD = 2.6;
    /** Spread of a whole table (strength and yearly noise): turns a published rank into a value. */
    static final double TABLE_SD = 2.8;
    /** Yearly noise is AR(1), so a unit's good or bad year carries over in part and steps stay small. */
    static final double NOISE_RHO = 0.5;
    static final double NOISE_SD = 0.9;
    /** Share of a unit's lasting strength set by its real figures (the rest: its kind of department). */
    static final double ANCHOR_WEIGHT = 0.8;
    /** Distance kept from a published top or bottom block by the strength of the units below or above it. */
    static final double BOUND_MARGIN = 1.0;
    /** Province-years whose published table gives component scores only (no TOTAL, no RANK). */
    static final Set<String> COMPONENTS_ONLY = Set.of("Lạng Sơn|2020", "Tuyên Quang|2019");
    /** Tables with one unit whose published TOTAL does not reconcile with its components (as in real files). */
    static final Set<String> MISMATCH_TABLES = Set.of("Lào Cai|department|2019", "Lạng Sơn|department|2021",
            "Bắc Kạn|department|2020", "Tuyên Quang|department|2023", "Lào Cai|department|2024",
            "Bắc Kạn|district|2022");

    /**
     * Seed 002 (KH/SCT Bắc Kạn 2024) on BKN-SCT's 2023 results: the criteria of Phụ lục 1 were at full marks,
     * those of Phụ lục 2 lost points (the seed numbers its own subset of domains; mapped to this tree by name:
     * its PL1 "TC 1.1 Thực hiện kế hoạch" = 1.1, "TCTP 3.1 Công khai" = 3.1.1, "TCTP 3.3 xin lỗi" = 3.1.2,
     * "TCTP 3.4 Đánh giá chất lượng giải quyết TTHC" (goal "100 % đúng hạn") = 3.3.1 and 3.3.2, "TC 3.5 PAKN" = 3.4,
     * "TCTP 5.1 bổ nhiệm" = 5.2, "TCTP 6.1-6.4" = 6.1.1, 6.2.1, 6.2.2, 6.3.1, "TCTP 7.4 số hóa" = 7.4.1,
     * "TCTP 7.5 DVC toàn trình" = 7.4.2; its PL2 "TC 1.1 Sáng kiến" = 1.2, "TC 1.2 nhiệm vụ UBND giao" = 1.3,
     * "TCTP 2.1" = 2.4, "III 3.1-3.3" = 4.3.1-4.3.3, "IV 4.1-4.5" = 5.1.1, 5.1.2, 5.3, 5.4, 5.5, "V 5.1" = 6.1.2,
     * "V 5.3, 5.4" = 6.3.2, 6.3.3, "VI 6.1 hồ sơ trực tuyến toàn trình" = 7.4.3, "VII TC 7.1 Chỉ số hài lòng" = 8.1
     * and its second row (tác động đến phát triển KT-XH của ngành) = 8.3). The seed states no scores or points
     * lost, so the values below full marks are synthetic. 8.2 is in neither appendix (left to the model).
     */
    static final List<String> BKN_SCT_2023_FULL = List.of("1.1", "2.1", "2.2", "2.3", "3.1.1", "3.1.2", "3.2",
            "3.3.1", "3.3.2", "3.4", "4.1", "4.2", "5.2", "6.1.1", "6.2.1", "6.2.2", "6.3.1", "7.1", "7.2", "7.3",
            "7.4.1", "7.4.2");
    static final List<String> BKN_SCT_2023_BELOW = List.of("1.2", "1.3", "2.4", "4.3.1", "4.3.2", "4.3.3",
            "5.1.1", "5.1.2", "5.3", "5.4", "5.5", "6.1.2", "6.3.2", "6.3.3", "7.4.3", "8.1", "8.3");

    /** What the model did to fit real figures: printed, and summarised in data/README.md. */
    final List<String> fitNotes = new ArrayList<>();

    void generateParTables() {
        for (Province p : PROVINCES) {
            for (int year : parYears(p)) {
                generateParTable(p, "department", year);
                if (DISTRICTS.containsKey(p.name()) && year <= 2024) {
                    generateParTable(p, "district", year);
                }
            }
        }
    }

    void generateParTable(Province p, String tier, int year) {
        List<Unit> tableUnits = scoredUnits(p.name(), tier, year);
        Map<String, Double> official = plannedOfficialValues(p, tier, year, tableUnits);
        boolean publishesTotals = !COMPONENTS_ONLY.contains(p.name() + "|" + year);
        String mismatchUnit = pickMismatchUnit(p, tier, year, tableUnits);
        String file = "synthetic/" + p.slug() + "/" + year + ".csv";
        for (Unit u : tableUnits) {
            double value = official.get(u.id());
            boolean realComponents = u.id().equals("LCI-STTTT") && year == 2022;
            double delta = 0;
            if (u.id().equals(mismatchUnit)) {
                Random r = rng("mismatch", u.id(), year);
                delta = round2((r.nextBoolean() ? 1 : -1) * (0.3 + 0.9 * r.nextDouble()));
            }
            if (!realComponents) {
                Map<String, Character> modes = new HashMap<>();
                if (u.id().equals("BKN-SCT") && year == 2023) {
                    BKN_SCT_2023_FULL.forEach(c -> modes.put(c, 'F'));
                    BKN_SCT_2023_BELOW.forEach(c -> modes.put(c, 'B'));
                }
                writeComponents(file, p.name(), tier, year, "PAR", u, value - delta, wantsSelfScores(p, tier, year),
                        modes);
            }
            if (publishesTotals && realValue(p.name(), year, u.id(), "PAR", "TOTAL") == null) {
                scores.add(new Score(file, p.name(), year, u.id(), "PAR", "TOTAL", trim(value), "", ""));
            }
        }
    }

    /**
     * Official value per unit: the model (table mean + lasting unit strength + small persistent yearly noise),
     * replaced by real totals; tables with real ranks are fitted with as little change as possible (a common
     * shift of the synthetic units, then order-preserving squeezes), never by redrawing values.
     */
    Map<String, Double> plannedOfficialValues(Province p, String tier, int year, List<Unit> tableUnits) {
        Map<String, Double> values = new LinkedHashMap<>();
        Set<String> real = new HashSet<>();
        for (Unit u : tableUnits) {
            String published = realValue(p.name(), year, u.id(), "PAR", "TOTAL");
            if (published != null) {
                real.add(u.id());
                values.put(u.id(), Double.parseDouble(published));
            } else {
                values.put(u.id(), modelValue(p.name(), tier, year, u));
            }
        }
        String table = p.name() + "|" + tier + "|" + year;
        List<String> rest = others(values, real.toArray(new String[0]));
        switch (table) {
            // derived 91.80 (seed 000): placed 6th of 19, a middle-upper position, not first by accident
            case "Lào Cai|department|2021" -> placeAtRank(table, values, rest, 91.80, 6, 0.05);
            // real: 11th of 19, 10 units above and 8 below, each at least 0.05 away
            case "Lào Cai|department|2022" -> placeAtRank(table, values, rest, 87.13, 11, 0.05);
            case "Bắc Kạn|department|2018" -> { // 88.1, 87.61, 86.7 on top, 70.06 last; "13 Tốt (>= 80), 6 Khá"
                placeAtRank(table, values, rest, 79.995, 11, 0.005);
                squeeze(table, values, rest, 70.6, 86.2);
            }
            case "Bắc Kạn|district|2018" -> squeeze(table, values, rest, 68.5, 81.5); // 81.99 first, 68.01 last
            case "Tuyên Quang|department|2022" -> orderByPublishedRanks(table, values, rest, 94.49);
            case "Tuyên Quang|district|2022" -> squeeze(table, values, rest, 60, 82.5); // 82.96 first
            case "Tuyên Quang|department|2025" -> squeeze(table, values, rest, 60, 90.5); // 91.21, 90.84, 90.81 on top
            default -> { }
        }
        return values;
    }

    double plannedMean(String province, String tier, int year) {
        return PAR_MEAN.get(province + "|" + tier)[year - 2018];
    }

    double modelValue(String province, String tier, int year, Unit u) {
        return round2(clamp(plannedMean(province, tier, year) + unitEffect(u) + noise(u, "PAR", year), 62, 98.5));
    }

    final Map<String, Double> effects = new HashMap<>();
    final Map<String, List<double[]>> anchorCache = new HashMap<>();

    /**
     * A unit's lasting strength: from its real figures where it has any (80 %; 20 % its kind of department),
     * else its kind of department plus a random part; a merged unit inherits the mean of its predecessors.
     */
    double unitEffect(Unit u) {
        Double known = effects.get(u.id());
        if (known != null) {
            return known;
        }
        double bias = TYPE_BIAS.getOrDefault(u.type(), 0.0);
        List<double[]> anchors = anchors(u);
        double effect;
        if (!anchors.isEmpty()) {
            double deviation = anchors.stream().mapToDouble(a -> a[1]).average().orElse(0);
            effect = ANCHOR_WEIGHT * deviation + (1 - ANCHOR_WEIGHT) * bias;
            effects.put(u.id(), effect);
            return effect;
        } else {
            List<Unit> predecessors = units.stream().filter(x -> u.id().equals(x.successorId()))
                    .collect(Collectors.toList());
            if (!predecessors.isEmpty()) {
                effect = predecessors.stream().mapToDouble(this::unitEffect).average().orElse(0)
                        + rng("effect", u.id(), 0).nextGaussian() * 0.8;
            } else {
                effect = bias + rng("effect", u.id(), 0).nextGaussian() * EFFECT_SD;
            }
        }
        double[] bounds = effectBounds(u);
        effect = clamp(effect, bounds[0], bounds[1]);
        effects.put(u.id(), effect);
        return effect;
    }

    /**
     * Bounds on the lasting strength of a unit without real figures, from real tables it sits in: below the
     * lowest of a published top block (ranks 1..k) and above the highest of a published bottom block (ranks
     * k..N), so that the unit is not pushed hard in that year only. A published value bounds by itself minus
     * {@link #BOUND_MARGIN}; a rank published without a value by the deviation typical of that rank.
     */
    double[] effectBounds(Unit u) {
        double lo = -99;
        double hi = 99;
        if (!PAR_MEAN.containsKey(u.province() + "|" + u.tier())) {
            return new double[]{lo, hi};
        }
        for (int year = 2018; year <= 2025; year++) {
            if (!u.validIn(year)) {
                continue;
            }
            List<Unit> table = scoredUnits(u.province(), u.tier(), year);
            int n = table.size();
            double mean = plannedMean(u.province(), u.tier(), year);
            Map<Integer, Double> deviationByRank = new TreeMap<>();
            Map<Integer, Double> marginByRank = new TreeMap<>();
            for (Unit x : table) {
                String total = realValue(u.province(), year, x.id(), "PAR", "TOTAL");
                String rank = realValue(u.province(), year, x.id(), "PAR", "RANK");
                if (rank != null) {
                    int r = Integer.parseInt(rank);
                    deviationByRank.put(r, total != null ? Double.parseDouble(total) - mean
                            : TABLE_SD * inverseNormal((n - r + 0.5) / n));
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
     * The unit's real PAR figures 2018-2025 as {year, deviation from the planned mean, 1 if a value}: a real or
     * derived TOTAL gives its deviation; a rank without a value gives the deviation typical of that rank.
     */
    List<double[]> anchors(Unit u) {
        List<double[]> cached = anchorCache.get(u.id());
        if (cached != null) {
            return cached;
        }
        List<double[]> anchors = new ArrayList<>();
        if (PAR_MEAN.containsKey(u.province() + "|" + u.tier())) {
            for (int year = 2018; year <= 2025; year++) {
                if (!u.validIn(year)) {
                    continue;
                }
                double mean = plannedMean(u.province(), u.tier(), year);
                String total = realValue(u.province(), year, u.id(), "PAR", "TOTAL");
                String rank = realValue(u.province(), year, u.id(), "PAR", "RANK");
                if (total != null) {
                    anchors.add(new double[]{year, Double.parseDouble(total) - mean, 1});
                } else if (rank != null) {
                    int n = scoredUnits(u.province(), u.tier(), year).size();
                    double q = inverseNormal((n - Integer.parseInt(rank) + 0.5) / n);
                    anchors.add(new double[]{year, TABLE_SD * q, 0});
                }
            }
        }
        anchorCache.put(u.id(), anchors);
        return anchors;
    }

    /**
     * Yearly noise 2018..2025, AR(1) with coefficient {@link #NOISE_RHO}; for PAR it is bent towards the
     * residual of each real value (the bend fading by NOISE_RHO per year), so the years next to a real figure
     * move towards it instead of jumping.
     */
    double noise(Unit u, String index, int year) {
        Random r = rng("noise", u.id() + "|" + index, 0);
        double[] n = new double[8];
        n[0] = r.nextGaussian() * NOISE_SD / Math.sqrt(1 - NOISE_RHO * NOISE_RHO);
        for (int i = 1; i < n.length; i++) {
            n[i] = NOISE_RHO * n[i - 1] + r.nextGaussian() * NOISE_SD;
        }
        if (index.equals("PAR")) {
            for (double[] a : anchors(u)) {
                if (a[2] == 1) {
                    int at = (int) a[0] - 2018;
                    double correction = (a[1] - unitEffect(u)) - n[at];
                    for (int i = 0; i < n.length; i++) {
                        n[i] += correction * Math.pow(NOISE_RHO, Math.abs(i - at));
                    }
                }
            }
        }
        return n[year - 2018];
    }

    /**
     * Shifts the synthetic units {@code ids} (best first) together so that {@code value} falls between the
     * (rank-1)-th and the rank-th of them, then nudges those two to keep {@code margin} away from it.
     */
    void placeAtRank(String table, Map<String, Double> values, List<String> ids, double value, int rank,
                     double margin) {
        double above = values.get(ids.get(rank - 2));
        double below = values.get(ids.get(rank - 1));
        double shift = round2(value - (above + below) / 2);
        for (String id : ids) {
            values.put(id, round2(values.get(id) + shift));
        }
        if (values.get(ids.get(rank - 2)) < value + margin) {
            values.put(ids.get(rank - 2), round2(Math.ceil((value + margin) * 100 - 1e-6) / 100));
        }
        if (values.get(ids.get(rank - 1)) > value - margin) {
            values.put(ids.get(rank - 1), round2(Math.floor((value - margin) * 100 + 1e-6) / 100));
        }
        fitNotes.add(String.format(Locale.ROOT, "%s: synthetic units shifted by %+.2f to place %.2f at rank %d",
                table, shift, value, rank));
    }

    /**
     * Order-preserving squeeze of the synthetic units {@code ids} into [lo, hi]: only the values within 2 points
     * of a bound that is crossed move, linearly, so the rest of the table is untouched.
     */
    void squeeze(String table, Map<String, Double> values, List<String> ids, double lo, double hi) {
        double max = ids.stream().mapToDouble(values::get).max().orElse(hi);
        double min = ids.stream().mapToDouble(values::get).min().orElse(lo);
        int moved = 0;
        for (String id : ids) {
            double v = values.get(id);
            double w = v;
            if (max > hi && v > hi - 2) {
                w = hi - 2 + (v - (hi - 2)) * 2 / (max - (hi - 2));
            } else if (min < lo && v < lo + 2) {
                w = lo + 2 - ((lo + 2) - v) * 2 / ((lo + 2) - min);
            }
            w = round2(w);
            if (w != v) {
                moved++;
                values.put(id, w);
            }
        }
        if (moved > 0) {
            fitNotes.add(String.format(Locale.ROOT, "%s: %d synthetic unit(s) squeezed into [%.2f, %.2f] (were %.2f..%.2f)",
                    table, moved, lo, hi, min, max));
        }
    }

    /**
     * Tuyên Quang 2022: Sở Tư pháp 94.49 is 1st; ranks 2-5 and 15-19 are published without values. The synthetic
     * values of the 18 other units are kept as a set and handed out in the published order (the nine units
     * without a published rank, best model value first, take ranks 6-14), strictly decreasing below 94.49.
     */
    void orderByPublishedRanks(String table, Map<String, Double> values, List<String> ids, double first) {
        List<String> order = new ArrayList<>(ids);
        Comparator<String> byRank = Comparator.comparingInt(id -> {
            String rank = realValue(unit(id).province(), 2022, id, "PAR", "RANK");
            return rank != null ? Integer.parseInt(rank) : 10;
        });
        order.sort(byRank); // stable: the unranked keep their model order between ranks 5 and 15
        List<Double> pool = ids.stream().map(values::get).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        double previous = first;
        double largest = 0;
        for (int i = 0; i < order.size(); i++) {
            double v = round2(Math.min(pool.get(i), round2(previous - (i == 0 ? 0.3 : 0.05))));
            largest = Math.max(largest, Math.abs(v - values.get(order.get(i))));
            values.put(order.get(i), v);
            previous = v;
        }
        fitNotes.add(String.format(Locale.ROOT, "%s: the %d synthetic values handed out in the published rank order "
                + "(largest change of a unit %.2f)", table, ids.size(), largest));
    }

    /** The units other than {@code fixed}, best model value first. */
    static List<String> others(Map<String, Double> values, String... fixed) {
        Set<String> skip = Set.of(fixed);
        return values.entrySet().stream().filter(e -> !skip.contains(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    /** Inverse of the standard normal distribution function (bisection; enough for placing ranks). */
    static double inverseNormal(double p) {
        double lo = -6;
        double hi = 6;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (normalCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989422804014327 * Math.exp(-x * x / 2);
        double tail = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return x >= 0 ? 1 - tail : tail;
    }

    String pickMismatchUnit(Province p, String tier, int year, List<Unit> tableUnits) {
        if (!MISMATCH_TABLES.contains(p.name() + "|" + tier + "|" + year)) {
            return null;
        }
        List<Unit> candidates = tableUnits.stream()
                .filter(u -> realValue(p.name(), year, u.id(), "PAR", "TOTAL") == null).collect(Collectors.toList());
        return candidates.get(rng("mismatch-pick", p.name() + tier, year).nextInt(candidates.size())).id();
    }

    static boolean wantsSelfScores(Province p, String tier, int year) {
        if (!tier.equals("department")) {
            return false;
        }
        return (p == BAC_KAN && year >= 2022) || (p == LAO_CAI && (year == 2023 || year == 2024))
                || (p == TUYEN_QUANG && year == 2023);
    }

    /** The level-1 item a unit cannot be scored on: an economic-zone board drafts no legal documents. */
    static Set<String> notApplicable(Unit u, String index, List<Item> tree) {
        boolean hasInstitutions = tree.stream().anyMatch(i -> i.code().equals("2") && i.max() < 20);
        if (index.equals("PAR") && u.type().equals("BQLKKT") && hasInstitutions && tree.size() > 1) {
            return Set.of("2");
        }
        return Set.of();
    }

    /**
     * Writes the deepest items of a unit's tree so that the level-1 total gives {@code indexValue} on the
     * 0-100 scale (to the nearest 0.01 point). Domains not applicable to the unit are written as NA.
     * {@code modes} may pin leaves: 'F' at full marks, 'B' below full marks (the seed-002 facts).
     */
    void writeComponents(String file, String province, String tier, int year, String index, Unit u,
                         double indexValue, boolean withSelfScores, Map<String, Character> modes) {
        List<Item> tree = tree(province, tier, year, index);
        Set<String> na = notApplicable(u, index, tree);
        List<Item> leaves = tree.stream().filter(i -> isLeaf(tree, i) && !na.contains(topCode(i.code())))
                .collect(Collectors.toList());
        long applicableMax = tree.stream().filter(i -> !i.code().contains(".") && !na.contains(i.code()))
                .mapToLong(Item::maxHundredths).sum();
        long target = Math.round(indexValue * applicableMax / 100.0);
        Random r = rng("components", u.id() + index, year);
        long[] points = distribute(leaves, target, r, modes);
        for (String code : na) {
            scores.add(new Score(file, province, year, u.id(), index, code, "NA", "", ""));
        }
        boolean withParents = u.id().equals("BKN-SCT") && tree.stream().anyMatch(i -> i.code().contains("."));
        Map<String, Long> parentSums = new TreeMap<>(GenerateSampleData::compareCodes);
        for (int i = 0; i < leaves.size(); i++) {
            Item leaf = leaves.get(i);
            String self = withSelfScores && leaf.kind().equals("assessed") ? selfScore(leaf, points[i], r) : "";
            scores.add(new Score(file, province, year, u.id(), index, leaf.code(), hundredths(points[i]), self, ""));
            if (leaf.code().contains(".")) {
                parentSums.merge(topCode(leaf.code()), points[i], Long::sum);
            }
        }
        if (withParents) { // this unit's file also states its domain totals (they must add up)
            parentSums.forEach((code, sum) -> scores.add(new Score(file, province, year, u.id(), index, code,
                    hundredths(sum), "", "")));
        }
    }

    /**
     * How likely an item is at full marks, as in the real tables: about half of the criteria of seed 002 are,
     * small items more often than large ones, whole domains less often than single criteria, survey-scored items
     * almost never; a strong unit has more of them than a weak one.
     */
    static double fullMarkChance(Item leaf, double attainment) {
        if (leaf.kind().equals("survey")) {
            return 0.03;
        }
        double max = leaf.max();
        double base = leaf.code().contains(".")
                ? (max <= 2 ? 0.66 : max <= 4 ? 0.58 : 0.5)
                : (max <= 5 ? 0.6 : max <= 10 ? 0.5 : max <= 14 ? 0.38 : 0.26);
        return Math.min(0.95, base * clamp(1 + (attainment - 0.86) * 5, 0.25, 1.6));
    }

    /**
     * Splits {@code target} hundredths over the leaves, exactly: each leaf is either at full marks or loses a
     * share of the points lost (at least 2 % and at most 75 % of its maximum), survey items losing more.
     */
    static long[] distribute(List<Item> leaves, long target, Random r, Map<String, Character> modes) {
        int n = leaves.size();
        long[] max = new long[n];
        long totalMax = 0;
        for (int i = 0; i < n; i++) {
            max[i] = leaves.get(i).maxHundredths();
            totalMax += max[i];
        }
        if (target < 0 || target > totalMax) {
            throw new IllegalStateException("target " + target + " outside 0.." + totalMax);
        }
        long lost = totalMax - target;
        double attainment = (double) target / totalMax;
        boolean[] full = new boolean[n];
        double[] weight = new double[n];
        long[] minLoss = new long[n];
        long[] maxLoss = new long[n];
        char[] mode = new char[n];
        for (int i = 0; i < n; i++) {
            Item leaf = leaves.get(i);
            mode[i] = modes.getOrDefault(leaf.code(), '?');
            double draw = r.nextDouble();
            full[i] = mode[i] == 'F' || (mode[i] != 'B' && draw < fullMarkChance(leaf, attainment));
            weight[i] = max[i] * (0.4 + 1.2 * r.nextDouble()) * (leaf.kind().equals("survey") ? 1.6 : 1.0);
            minLoss[i] = Math.max(1, Math.round(max[i] * 0.02));
            maxLoss[i] = Math.round(max[i] * 0.75);
        }
        // make the split feasible: too few points lost for the items below full marks -> more at full marks,
        // too many -> fewer (pinned items never change side)
        for (int guard = 0; ; guard++) {
            long minSum = 0;
            long maxSum = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i]) {
                    minSum += minLoss[i];
                    maxSum += maxLoss[i];
                }
            }
            if (lost >= minSum && lost <= maxSum && (lost > 0 || minSum == 0)) {
                break;
            }
            boolean tooFew = lost < minSum;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (full[i] != tooFew && mode[i] == '?') {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty() || guard > 10 * n) {
                if (tooFew) {
                    Arrays.fill(minLoss, 1);
                } else {
                    for (int i = 0; i < n; i++) {
                        maxLoss[i] = max[i];
                    }
                }
                if (guard > 12 * n) {
                    throw new IllegalStateException("cannot distribute " + target + " of " + totalMax);
                }
                continue;
            }
            int pick = candidates.get(r.nextInt(candidates.size()));
            full[pick] = tooFew;
        }
        // water-filling: every item below full marks loses its minimum, the rest in proportion to its weight
        long[] loss = new long[n];
        double[] share = new double[n];
        long remaining = lost;
        for (int i = 0; i < n; i++) {
            if (!full[i]) {
                loss[i] = minLoss[i];
                remaining -= minLoss[i];
            }
        }
        boolean[] capped = new boolean[n];
        double left = remaining;
        for (int round = 0; round < n && left > 1e-9; round++) {
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && !capped[i]) {
                    weights += weight[i];
                }
            }
            if (weights == 0) {
                break;
            }
            double overflow = 0;
            for (int i = 0; i < n; i++) {
                if (full[i] || capped[i]) {
                    continue;
                }
                double room = maxLoss[i] - minLoss[i] - share[i];
                double add = left * weight[i] / weights;
                if (add >= room) {
                    share[i] += room;
                    overflow += add - room;
                    capped[i] = true;
                } else {
                    share[i] += add;
                }
            }
            left = overflow;
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            long whole = (long) Math.floor(share[i] + 1e-9);
            loss[i] += whole;
            given += whole;
        }
        long rest = remaining - given;
        Integer[] byFraction = new Integer[n];
        for (int i = 0; i < n; i++) {
            byFraction[i] = i;
        }
        Arrays.sort(byFraction, Comparator.comparingDouble((Integer i) -> -(share[i] - Math.floor(share[i] + 1e-9)))
                .thenComparingInt(i -> i));
        for (int k = 0; rest > 0; k = (k + 1) % n) {
            int i = byFraction[k];
            if (!full[i] && loss[i] < maxLoss[i]) {
                loss[i]++;
                rest--;
            }
        }
        long[] points = new long[n];
        for (int i = 0; i < n; i++) {
            points[i] = max[i] - loss[i];
        }
        return points;
    }

    /** Self-assessment is usually at or a little above the appraised score. */
    static String selfScore(Item leaf, long appraised, Random r) {
        long max = leaf.maxHundredths();
        long self = r.nextDouble() < 0.5 ? appraised : Math.min(max, appraised + Math.round(max * 0.15 * r.nextDouble()));
        return hundredths(self);
    }

    // ------------------------------------------------------------------ Lào Cai 2015

    /** The 11 units the 2015 source does not name: 7 "Khá" (45-55) and 4 "TB" (35-45) on the 70 scale. */
    void generateLaoCai2015() {
        List<Unit> unnamed = scoredUnits("Lào Cai", "department", 2015).stream()
                .filter(u -> realValue("Lào Cai", 2015, u.id(), "PAR", "1") == null)
                .sorted(Comparator.comparingDouble(this::unitEffect).reversed()).collect(Collectors.toList());
        Random r = rng("lc2015", "Lào Cai", 2015);
        for (int i = 0; i < unnamed.size(); i++) {
            double points = i < 7 ? 45.5 + 9 * r.nextDouble() : 36 + 8.5 * r.nextDouble();
            scores.add(new Score("synthetic/lao-cai/2015.csv", "Lào Cai", 2015, unnamed.get(i).id(), "PAR", "1",
                    trim(round2(points)), "", ""));
        }
    }

    // ------------------------------------------------------------------ SIPAS (Bắc Kạn departments)

    /**
     * Mean department SIPAS (%) 2019..2024; 2023 and 2024 follow the province's real SIPAS (75.03 -> 78.17,
     * baobackan.vn post70409).
     */
    static final double[] SIPAS_MEAN = {76.0, 76.8, 77.5, 77.0, 75.8, 78.2};

    /**
     * SIPAS for the Bắc Kạn departments: mean + half the unit's PAR strength + its own lasting SIPAS strength +
     * the same small persistent yearly noise as PAR. BKN-SCT stays below 80 % in 2023: seed 002 lists the
     * satisfaction result among its 2023 shortfalls and sets "từ 80 % trở lên" as its 2024 goal.
     */
    void generateSipasBacKan() {
        for (int year = 2019; year <= 2024; year++) {
            for (Unit u : scoredUnits(BAC_KAN.name(), "department", year)) {
                double own = rng("sipas-effect", u.id(), 0).nextGaussian() * 1.5;
                double value = round2(clamp(SIPAS_MEAN[year - 2019] + 0.5 * unitEffect(u) + own
                        + noise(u, "SIPAS", year), 62, 95));
                if (u.id().equals("BKN-SCT") && year == 2023 && value > 79.4) {
                    fitNotes.add(String.format(Locale.ROOT, "Bắc Kạn SIPAS 2023 BKN-SCT: %.2f capped at 79.40 (seed 002)", value));
                    value = 79.4;
                }
                writeComponents("synthetic/bac-kan/" + year + "-sipas.csv", BAC_KAN.name(), "department", year,
                        "SIPAS", u, value, false, Map.of());
            }
        }
    }

    // ------------------------------------------------------------------ PAPI dimensions

    static final double[] PAPI_TYPICAL = {5.1, 5.4, 4.4, 6.7, 7.3, 7.3, 3.4, 3.9};

    /** Fills the PAPI dimensions not published so that the 8 add up exactly to the published total. */
    void generatePapiDimensions() {
        for (Object[] t : PAPI_TOTALS) {
            Unit u = unit((String) t[0]);
            int year = (Integer) t[1];
            long total = Math.round(Double.parseDouble((String) t[2]) * 1000);
            long known = 0;
            List<Integer> missing = new ArrayList<>();
            for (int d = 1; d <= 8; d++) {
                String real = realValue(VN, year, u.id(), "PAPI", String.valueOf(d));
                if (real != null) {
                    known += Math.round(Double.parseDouble(real) * 1000);
                } else {
                    missing.add(d);
                }
            }
            Random r = rng("papi", u.id(), year);
            double[] raw = new double[missing.size()];
            double rawSum = 0;
            for (int i = 0; i < raw.length; i++) {
                raw[i] = PAPI_TYPICAL[missing.get(i) - 1] + r.nextGaussian() * 0.25;
                rawSum += raw[i];
            }
            long remaining = total - known;
            long written = 0;
            for (int i = 0; i < raw.length; i++) {
                long thousandths = i == raw.length - 1 ? remaining - written : Math.round(raw[i] / rawSum * remaining);
                written += thousandths;
                scores.add(new Score("synthetic/national/papi.csv", VN, year, u.id(), "PAPI",
                        String.valueOf(missing.get(i)), BigDecimal.valueOf(thousandths, 3).stripTrailingZeros().toPlainString(),
                        "", SRC_SYNTHETIC + ": phần còn lại của tổng công bố " + t[2] + "/80 chia cho các chỉ số nội dung chưa công bố"));
            }
        }
    }

    // ------------------------------------------------------------------ published ranks

    /** Every table that publishes totals also publishes ranks; real ranks are kept as they are. */
    void addComputedRanks() {
        for (Province p : PROVINCES) {
            for (int year : parYears(p)) {
                if (COMPONENTS_ONLY.contains(p.name() + "|" + year)) {
                    continue;
                }
                addRanks(p, "department", year);
                if (DISTRICTS.containsKey(p.name()) && year <= 2024) {
                    addRanks(p, "district", year);
                }
            }
        }
    }

    void addRanks(Province p, String tier, int year) {
        Map<String, Integer> ranks = ranks(officialValues(p.name(), tier, year, "PAR"));
        String file = "synthetic/" + p.slug() + "/" + year + ".csv";
        ranks.forEach((id, rank) -> {
            if (realValue(p.name(), year, id, "PAR", "RANK") == null) {
                scores.add(new Score(file, p.name(), year, id, "PAR", "RANK", String.valueOf(rank), "", ""));
            }
        });
    }

    // ------------------------------------------------------------------ contract rules (section 2)

    /** official_value per unit id: the published TOTAL, else 100 * level-1 score / level-1 max. */
    Map<String, Double> officialValues(String province, String tier, int year, String index) {
        Map<String, Map<String, String>> byUnit = new LinkedHashMap<>();
        for (Score s : scores) {
            if (s.province().equals(province) && s.year() == year && s.index().equals(index)) {
                Unit u = resolve(province, year, s.unit());
                if (u.tier().equals(tier)) {
                    byUnit.computeIfAbsent(u.id(), k -> new HashMap<>()).put(s.code(), s.score());
                }
            }
        }
        List<Item> tree = tree(province, tier, year, index);
        Map<String, Double> official = new LinkedHashMap<>();
        byUnit.forEach((id, given) -> {
            Double value = given.containsKey("TOTAL") ? Double.valueOf(given.get("TOTAL")) : indexValue(tree, given, index);
            if (value != null) {
                official.put(id, value);
            }
        });
        return official;
    }

    /** Contract 2: 100 x score_total / max_total; PAPI keeps its own points scale (index_value = score_total). */
    static Double indexValue(List<Item> tree, Map<String, String> given, String index) {
        double score = 0;
        double max = 0;
        for (Item top : tree) {
            if (top.code().contains(".")) {
                continue;
            }
            if ("NA".equals(given.get(top.code()))) {
                continue;
            }
            Double v = itemScore(tree, top, given);
            if (v == null) {
                return null; // incomplete unit-year
            }
            score += v;
            max += top.max();
        }
        return max == 0 ? null : index.equals("PAPI") ? score : 100 * score / max;
    }

    static Double itemScore(List<Item> tree, Item item, Map<String, String> given) {
        String s = given.get(item.code());
        if (s != null && !s.equals("NA")) {
            return Double.valueOf(s);
        }
        List<Item> children = children(tree, item.code());
        if (children.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Item c : children) {
            Double v = itemScore(tree, c, given);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    /** Rank by official value rounded to 2 decimals, highest first, ties share the best rank. */
    static Map<String, Integer> ranks(Map<String, Double> official) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        official.forEach((id, v) -> {
            double mine = round2(v);
            int better = (int) official.values().stream().filter(o -> round2(o) > mine).count();
            ranks.put(id, better + 1);
        });
        return ranks;
    }

    // ------------------------------------------------------------------ targets (seeds 000-004)

    /*
     * Every target the five seeds state that has an item in the bundled trees (data/README.md, "Targets"). The
     * source names the plan and the section / appendix row it comes from. A seed criterion is mapped to the bundled
     * code exactly as the 2023 scores of BKN-SCT are (BKN_SCT_2023_FULL / _BELOW), then followed to 2024 by prev_code;
     * checkTargets() verifies that the two mappings agree.
     */
    void buildTargets() {
        // seed 000: Lào Cai Sở TT&TT, plan 2023 on the 2022 results
        String lc = "KH/STTTT Lào Cai 2023";
        target("Lào Cai", "LCI-STTTT", 2023, "PAR", "TOTAL", "rank_at_most", "10",
                lc + ", mục II.1 Chỉ tiêu chung: top 10 sở, ngành");
        target("Lào Cai", "LCI-STTTT", 2023, "PAR", "TOTAL", "increase_points", "0.01",
                lc + ", mục I.1 Mục đích: tăng điểm so với năm 2022 (0,01 = cao hơn)");
        target("Lào Cai", "LCI-STTTT", 2023, "PAR", "TOTAL", "rank_improve", "",
                lc + ", mục I.1 Mục đích: tăng hạng so với năm 2022");
        String[] lcNames = {"chỉ đạo, điều hành 16/16", "cải cách thể chế 9/9", "cải cách TTHC 15,5/15,5",
                "tổ chức bộ máy 11/11", "chế độ công vụ 13,5/13,5", "tài chính công 13/13", "CQĐT, CQS 13/13",
                "biện pháp cải thiện PAPI 5/5"};
        for (int i = 0; i < 8; i++) {
            target("Lào Cai", "LCI-STTTT", 2023, "PAR", String.valueOf(i + 1), "max", "",
                    lc + ", mục II.2 Chỉ tiêu cụ thể: " + lcNames[i]);
        }
        target("Lào Cai", "LCI-STTTT", 2023, "PAR", "9", "score_at_least", "19",
                lc + ", mục II.2 Chỉ tiêu cụ thể: điều tra XHH 19/20");
        target("Lào Cai", "LCI-SKHCN-2025", 2026, "PAR", "TOTAL", "rank_at_most", "10",
                lc + ", mục II.1 ('năm 2023 và các năm tiếp theo'): giữ top 10, đơn vị kế thừa (giả định)");

        // seed 001: Lạng Sơn Sở TT&TT, plan 2023 (section II: criteria that lost points in 2022)
        String ls = "KH/STTTT Lạng Sơn 2023, mục II";
        target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "1.4", "max", "", ls + ": thực hiện nhiệm vụ Chính phủ, TTg giao");
        target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "3.2", "max", "", ls + ": cập nhật 100% hồ sơ trên Hệ thống TTHC");
        target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "3.3", "max", "", ls + ": hồ sơ TTHC giải quyết đúng hạn");
        target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "7.1", "max", "", ls + ": 100% ứng dụng kết nối LGSP, NDXP");
        target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "7.2", "max", "", ls + ": trang TTĐT đúng quy định");
        target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "7.3", "score_at_least", "2.8", ls + ": số hóa hồ sơ 70% (70% x 4 điểm)");

        // seed 002: Bắc Kạn Sở Công Thương, plan 2024 on the 2023 results
        String bkSct = "KH/SCT Bắc Kạn 2024";
        target("Bắc Kạn", "BKN-SCT", 2024, "SIPAS", "TOTAL", "score_at_least", "80",
                bkSct + ", Phụ lục 2, VII TC 7.1: Chỉ số hài lòng (SIPAS) đạt từ 80% trở lên");
        for (String[] c : BKN_SCT_PL1) {
            target("Bắc Kạn", "BKN-SCT", 2024, "PAR", c[1], "max", "",
                    bkSct + ", Phụ lục 1, " + c[0] + ": duy trì điểm tối đa");
        }
        for (String[] c : BKN_SCT_PL2) {
            target("Bắc Kạn", "BKN-SCT", 2024, "PAR", c[1], "increase_points", "0.01",
                    bkSct + ", Phụ lục 2, " + c[0] + ": đạt điểm cao hơn năm 2023");
        }

        // seed 004: Bắc Kạn Sở TT&TT, plan 2024 on the 2023 results
        String bkTt = "KH/STTTT Bắc Kạn 2024";
        for (String index : List.of("PAR", "SIPAS")) {
            target("Bắc Kạn", "BKN-STTTT", 2024, index, "TOTAL", "rank_improve", "",
                    bkTt + ", mục I.1 Mục đích: các chỉ số năm 2024 ở vị trí cao hơn năm 2023 (bảng xếp hạng sở, ngành)");
        }
        for (String code : lowestSipasFactors("BKN-STTTT", 2023, 2)) {
            target("Bắc Kạn", "BKN-STTTT", 2024, "SIPAS", code, "increase_points", "2",
                    bkTt + ", mục II.3: SIPAS cao hơn 2023 tối thiểu 10% (= 2 điểm trên thang 20)");
        }
        for (String code : List.of("6.1", "6.2", "6.3", "6.4")) {
            target(VN, "VN-BKN", 2024, "PAPI", code, "increase_points", "0.1",
                    bkTt + ", mục II.4: PAPI nội dung thành phần cao hơn 2023 tối thiểu 0,1 điểm");
        }

        // seed 003: Tuyên Quang Sở KH&ĐT, plan 2023. A rate is read as the same share of the item's maximum
        // (100% = max): an approximation, the real point scales of these criteria are not in the seed.
        String tq = "KH 122/KH-SKH Tuyên Quang 2023";
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "TOTAL", "increase_points", "0.01",
                tq + ", mục I.1 Mục đích: tiếp tục phấn đấu nâng cao Chỉ số CCHC");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "3.1", "max", "",
                tq + ", mục II.1 và III.2: 100% TTHC được công bố, công khai (xấp xỉ: 100% = điểm tối đa)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "3.2", "max", "",
                tq + ", mục II.1 và III.2: 100% TTHC theo cơ chế một cửa, một cửa liên thông (xấp xỉ: 100% = điểm tối đa)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "3.3", "max", "",
                tq + ", mục II.2: 100% TTHC giải quyết đúng hạn (xấp xỉ: 100% = điểm tối đa)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "3.4", "score_at_least", "1.6",
                tq + ", mục II.2: ≥ 80% TTHC giải quyết trước hạn (xấp xỉ: 80% x 2 điểm)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "3.5", "score_at_least", "1.9",
                tq + ", mục III.2: hài lòng về giải quyết TTHC ≥ 95% (xấp xỉ: 95% x 2 điểm; Biểu chi tiết II.6 ghi 85%)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "7.1", "max", "",
                tq + ", mục II.3 và III.6: 100% văn bản điện tử có chữ ký số (xấp xỉ: 100% = điểm tối đa)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "7.3", "score_at_least", "2.1",
                tq + ", mục III.2: ≥ 70% hồ sơ trực tuyến mức 3, 4 (xấp xỉ: 70% x 3 điểm)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "7.4", "max", "",
                tq + ", mục III.2: 100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình (xấp xỉ: 100% = điểm tối đa)");
        target("Tuyên Quang", "TQG-SKHDT", 2023, "PAR", "7.5", "score_at_least", "1.2",
                tq + ", mục III.2: ≥ 60% hồ sơ thanh toán trực tuyến (xấp xỉ: 60% x 2 điểm)");
    }

    /**
     * Seed 002 Phụ lục 1 (criteria at full marks in 2023, "duy trì"): the seed's label and the 2024 code, mapped by
     * name as the 2023 scores are (BKN_SCT_2023_FULL) and followed to 2024 by prev_code. TCTP 3.4 "Đánh giá chất
     * lượng giải quyết TTHC" is 3.3.1 by name; its goal "100% hồ sơ TTHC được giải quyết đúng hạn" is what 3.3.2
     * measures, and the 2023 scores keep both at full marks for it, so it gives both targets.
     */
    static final String[][] BKN_SCT_PL1 = {
        {"I TC 1.1 (thực hiện kế hoạch CCHC)", "1.1"},
        {"II TC 2.1 (theo dõi thi hành pháp luật)", "2.1"},
        {"II TC 2.2 (rà soát VBQPPL)", "2.2"},
        {"II TC 2.3 (xử lý văn bản trái pháp luật)", "2.3"},
        {"III TCTP 3.1 (công khai TTHC)", "3.1.1"},
        {"III TC 3.2 (một cửa, một cửa liên thông)", "3.2"},
        {"III TCTP 3.3 (xin lỗi khi trễ hẹn)", "3.1.2"},
        {"III TCTP 3.4 (đánh giá chất lượng giải quyết TTHC)", "3.3.1"},
        {"III TCTP 3.4, mục tiêu 100% hồ sơ TTHC được giải quyết đúng hạn", "3.3.2"},
        {"III TC 3.5 (tiếp nhận, xử lý PAKN)", "3.4"},
        {"IV TCTP 4.1 (cơ cấu số lượng lãnh đạo)", "4.1"},
        {"IV TC 4.2 (phân cấp, phân quyền)", "4.2"},
        {"V TCTP 5.1 (bổ nhiệm lãnh đạo, quản lý)", "5.2"},
        {"VI TCTP 6.1 (sử dụng kinh phí NSNN)", "6.1.1"},
        {"VI TCTP 6.2 (quy chế quản lý tài sản công)", "6.2.1"},
        {"VI TCTP 6.3 (quản lý, sử dụng tài sản công)", "6.2.2"},
        {"VI TCTP 6.4 (nguồn tài chính tại đơn vị SNCL)", "6.3.1"},
        {"VII TCTP 7.1 (nền tảng, cơ sở dữ liệu)", "7.1"},
        {"VII TCTP 7.2 (kết nối LGSP)", "7.2"},
        {"VII TC 7.3 (ứng dụng nội bộ)", "7.3"},
        {"VII TCTP 7.4 (số hóa hồ sơ, kết quả TTHC)", "7.4.1"},
        {"VII TCTP 7.5 (tỷ lệ DVC trực tuyến toàn trình; 7.4.2 năm 2023)", "7.4.3"}};

    /**
     * Seed 002 Phụ lục 2 (criteria below full marks in 2023): its own numbering of its own domains (its III is
     * domain 4), mapped as BKN_SCT_2023_BELOW. The appendix aims at "cao hơn năm 2023" (the plan template of
     * KH 386/KH-UBND, spelled out in seed 004 II.2): increase_points 0.01. No item for TCTP 5.2 (giảm chi ngân
     * sách cho SNCL) nor for the unnumbered row on thanh toán trực tuyến.
     */
    static final String[][] BKN_SCT_PL2 = {
        {"I TC 1.1 (sáng kiến, giải pháp mới)", "1.2"},
        {"I TC 1.2 (nhiệm vụ UBND tỉnh giao)", "1.3"},
        {"II TCTP 2.1 (tính đồng bộ của VBQPPL, XHH)", "2.4"},
        {"III TCTP 3.1 (phân định chức năng, nhiệm vụ, XHH)", "4.3.1"},
        {"III TCTP 3.2 (quy chế làm việc của UBND tỉnh, XHH)", "4.3.2"},
        {"III TCTP 3.3 (phân cấp, phân quyền tỉnh - huyện, XHH)", "4.3.3"},
        {"IV TCTP 4.1 (bố trí công chức theo vị trí việc làm)", "5.1.1"},
        {"IV TCTP 4.2 (bố trí viên chức theo vị trí việc làm)", "5.1.2"},
        {"IV TC 4.3 (kỷ luật, kỷ cương)", "5.3"},
        {"IV TC 4.4 (công khai trong bổ nhiệm, XHH)", "5.4"},
        {"IV TC 4.5 (chất lượng đội ngũ, XHH)", "5.5"},
        {"V TCTP 5.1 (giải ngân vốn đầu tư)", "6.1.2"},
        {"V TCTP 5.3 (tự chủ kinh phí quản lý hành chính, XHH)", "6.3.2"},
        {"V TCTP 5.4 (tự chủ tại đơn vị SNCL, XHH)", "6.3.3"},
        {"VI TCTP 6.1 (tỷ lệ hồ sơ trực tuyến toàn trình; 7.4.3 năm 2023)", "7.4.2"},
        {"VII TC 7.1 (kết quả Chỉ số hài lòng)", "8.1"},
        {"VII, dòng thứ hai (tác động đến phát triển KT-XH của ngành)", "8.3"}};

    // ------------------------------------------------------------------ table sizes (reference/tables.csv)

    /**
     * The national tables: 63 provinces and centrally run cities until 2024, 34 from 2025 (the province mergers
     * of 1/7/2025). First years: PAR INDEX 2012 (first index, on 2012 results), SIPAS 2017 (first national
     * survey), PAPI 2011 (first year covering all 63 provinces). Department and district tables hold all their
     * units (the counts of the real tables, data/README.md), except where the real count is unknown
     * (2025 tables of the merged Lào Cai and Tuyên Quang): no row is invented for those.
     */
    void buildTableSizes() {
        Object[][] national = {{"PAR", 2012}, {"SIPAS", 2017}, {"PAPI", 2011}};
        for (Object[] n : national) {
            tableSizes.add(new TableSize(VN, "province", (String) n[0], (Integer) n[1], 2024, 63));
            tableSizes.add(new TableSize(VN, "province", (String) n[0], 2025, null, 34));
        }
    }

    void target(String province, String unitId, int year, String index, String code, String kind, String value,
                String source) {
        targets.add(new Target(province, unitId, year, index, code, kind, value, source));
    }

    /** The {@code n} SIPAS factors of a unit with the lowest attainment in a year. */
    List<String> lowestSipasFactors(String unitId, int year, int n) {
        List<Item> tree = tree(BAC_KAN.name(), "department", year, "SIPAS");
        Map<String, String> given = new HashMap<>();
        scores.stream().filter(s -> s.unit().equals(unitId) && s.year() == year && s.index().equals("SIPAS"))
                .forEach(s -> given.put(s.code(), s.score()));
        return tree.stream().filter(i -> !i.code().contains("."))
                .sorted(Comparator.comparingDouble((Item i) -> itemScore(tree, i, given) / i.max()).thenComparing(Item::code))
                .limit(n).map(Item::code).sorted().collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ checks

    final List<String> violations = new ArrayList<>();

    void checkAll() {
        checkUnits();
        checkMethodology();
        checkScores();
        checkTargets();
        checkTableSizes();
        checkLaoCaiSttt2022();
        checkPlausibility();
        reportPublishedRankDifferences();
        reportUnreconciledTotals();
        if (!violations.isEmpty()) {
            violations.forEach(v -> System.err.println("VIOLATION: " + v));
            fail(violations.size() + " violation(s); nothing written");
        }
    }

    void checkUnits() {
        Set<String> ids = new LinkedHashSet<>();
        for (Unit u : units) {
            if (!ids.add(u.id())) {
                violations.add("duplicate unit_id " + u.id());
            }
            for (String a : u.aliases()) {
                if (normalize(a).equals("skh")) {
                    violations.add(u.id() + " uses the ambiguous alias SKH");
                }
            }
        }
        for (Unit u : units) {
            if (u.successorId() != null && !ids.contains(u.successorId())) {
                violations.add(u.id() + " names unknown successor " + u.successorId());
            }
        }
        for (int year = 2012; year <= 2026; year++) {
            Map<String, String> owner = new HashMap<>();
            for (Unit u : units) {
                if (!u.validIn(year)) {
                    continue;
                }
                for (String name : namesOf(u)) {
                    String key = u.province() + "|" + normalize(name);
                    String previous = owner.putIfAbsent(key, u.id());
                    if (previous != null && !previous.equals(u.id())) {
                        violations.add("name '" + name + "' is shared by " + previous + " and " + u.id() + " in " + year);
                    }
                }
            }
        }
    }

    void checkMethodology() {
        trees.forEach((key, tree) -> {
            Set<String> codes = new HashSet<>();
            for (Item i : tree) {
                if (!codes.add(i.code())) {
                    violations.add(key + ": duplicate code " + i.code());
                }
                if (i.max() <= 0) {
                    violations.add(key + ": max_points must be > 0 for " + i.code());
                }
                if (!i.parent().isEmpty() && tree.stream().noneMatch(x -> x.code().equals(i.parent()))) {
                    violations.add(key + ": " + i.code() + " has no parent");
                }
            }
            for (Item parent : tree) {
                List<Item> children = children(tree, parent.code());
                double sum = children.stream().mapToDouble(Item::max).sum();
                if (!children.isEmpty() && Math.abs(sum - parent.max()) > 0.001) {
                    violations.add(key + ": children of " + parent.code() + " sum to " + sum + ", not " + parent.max());
                }
            }
        });
    }

    void checkScores() {
        Map<String, Score> seen = new HashMap<>();
        for (Score s : scores) {
            Unit u;
            try {
                u = resolve(s.province(), s.year(), s.unit());
            } catch (IllegalStateException e) {
                violations.add(s.file() + ": " + e.getMessage());
                continue;
            }
            String key = s.province() + "|" + s.year() + "|" + u.id() + "|" + s.index() + "|" + s.code();
            Score other = seen.putIfAbsent(key, s);
            if (other != null) { // never twice, not even with the same value: each figure has one provenance
                violations.add("duplicate key " + key + " in " + other.file() + " and " + s.file());
            }
            checkValue(s, u);
        }
    }

    void checkValue(Score s, Unit u) {
        String where = s.file() + " " + s.province() + " " + s.year() + " " + s.unit() + " " + s.index() + " " + s.code();
        if (s.code().equals("RANK")) {
            if (!s.score().matches("[1-9][0-9]*")) {
                violations.add(where + ": RANK must be a positive integer");
            }
            return;
        }
        if (s.score().equals("NA")) {
            if (s.code().equals("TOTAL")) {
                violations.add(where + ": TOTAL cannot be NA");
            }
            return;
        }
        int maxDecimals = s.index().equals("PAPI") ? 4 : 2;
        for (String number : new String[]{s.score(), s.selfScore()}) {
            if (!number.isEmpty() && decimals(number) > maxDecimals) {
                violations.add(where + ": more than " + maxDecimals + " decimals in " + number);
            }
        }
        double value = Double.parseDouble(s.score());
        double max = 100;
        if (s.code().equals("TOTAL") && s.index().equals("PAPI")) {
            List<Item> tree = tree(s.province(), u.tier(), s.year(), s.index());
            max = tree.stream().filter(i -> !i.code().contains(".")).mapToDouble(Item::max).sum();
            if (tree.isEmpty()) {
                violations.add(where + ": a PAPI TOTAL needs the year's tree (its maximum is the tree's)");
            }
        } else if (!s.code().equals("TOTAL")) {
            List<Item> tree = tree(s.province(), u.tier(), s.year(), s.index());
            Item item = tree.stream().filter(i -> i.code().equals(s.code())).findFirst().orElse(null);
            if (item == null) {
                violations.add(where + ": no methodology item " + s.code());
                return;
            }
            max = item.max();
        }
        if (value < 0 || value > max + 1e-9) {
            violations.add(where + ": " + value + " outside [0, " + max + "]");
        }
        if (!s.selfScore().isEmpty() && Double.parseDouble(s.selfScore()) > max + 1e-9) {
            violations.add(where + ": self_score above the maximum");
        }
    }

    static final Set<String> TARGET_KINDS = Set.of("score_at_least", "max", "rank_at_most", "increase_points",
            "rank_improve");

    /**
     * Contract 1.4: a known unit of that province, valid in the target's year (a year after the bundled data may be
     * planned ahead); a kind of the contract; code TOTAL or an item of that province / tier / year / index's tree
     * (which must exist); value blank for max, blank (= 1) or a whole number >= 1 for rank_improve, which is on TOTAL
     * only, a whole number >= 1 for rank_at_most, a number otherwise; no unit-year-index-code-kind twice. Seed 002's
     * appendices give the same criteria as the 2023 scores of BKN-SCT (full marks / below), followed by prev_code.
     */
    void checkTargets() {
        Set<String> keys = new HashSet<>();
        for (Target t : targets) {
            Unit u = units.stream().filter(x -> x.id().equals(t.unitId())).findFirst().orElse(null);
            if (u == null || !u.province().equals(t.province())) {
                violations.add("target for unknown unit " + t.unitId() + " in " + t.province());
                continue;
            }
            if (!u.validIn(t.year()) && t.year() <= 2025) {
                violations.add("target for " + t.unitId() + " in " + t.year() + ", outside its valid years");
            }
            if (!TARGET_KINDS.contains(t.kind())) {
                violations.add("target " + t + ": unknown kind");
            }
            if (!keys.add(t.unitId() + "|" + t.year() + "|" + t.index() + "|" + t.code() + "|" + t.kind())) {
                violations.add("target " + t + " given twice");
            }
            // a target ahead of the bundled data (no tree and no scores for its year yet, e.g. PAPI 2024) names an
            // item of the latest tree up to 3 years earlier; otherwise an item of its own year's tree
            List<Item> tree = tree(t.province(), u.tier(), t.year(), t.index());
            boolean dataThatYear = scores.stream().anyMatch(sc -> sc.year() == t.year() && sc.index().equals(t.index())
                    && sc.province().equals(t.province()));
            for (int back = 1; back <= 3 && tree.isEmpty() && !dataThatYear; back++) {
                tree = tree(t.province(), u.tier(), t.year() - back, t.index());
            }
            List<Item> codes = tree;
            if (!t.code().equals("TOTAL") && codes.stream().noneMatch(i -> i.code().equals(t.code()))) {
                violations.add("target code " + t.code() + " not in the " + t.province() + " " + u.tier() + " "
                        + t.year() + " " + t.index() + " tree");
            }
            boolean rankKind = t.kind().equals("rank_improve") || t.kind().equals("rank_at_most");
            if (t.kind().equals("rank_improve") && !t.code().equals("TOTAL")) {
                violations.add("target " + t + ": rank_improve must be on TOTAL");
            }
            if (t.kind().equals("max") != t.value().isEmpty() && !t.kind().equals("rank_improve")) {
                violations.add("target " + t + ": value must be blank exactly for kind max (or rank_improve)");
            }
            if (!t.value().isEmpty()) {
                try {
                    double v = Double.parseDouble(t.value());
                    if (rankKind && (v < 1 || v != Math.rint(v))) {
                        violations.add("target " + t + ": a rank target's value is a whole number >= 1");
                    }
                    if (t.kind().equals("score_at_least") && !t.code().equals("TOTAL")) {
                        tree.stream().filter(i -> i.code().equals(t.code())).findFirst()
                                .filter(i -> v > i.max() + 1e-9)
                                .ifPresent(i -> violations.add("target " + t + ": above the item's maximum " + i.max()));
                    }
                } catch (NumberFormatException e) {
                    violations.add("target " + t + ": value is not a number");
                }
            }
        }
        checkSeed002Appendices();
    }

    /** Phụ lục 1 / 2 targets of BKN-SCT 2024 = the 2023 full-mark / below-full criteria, followed by prev_code. */
    void checkSeed002Appendices() {
        List<Item> tree2024 = tree(BAC_KAN.name(), "department", 2024, "PAR");
        java.util.function.Function<String, String> prev = code -> tree2024.stream()
                .filter(i -> i.code().equals(code)).findFirst()
                .map(i -> i.prevCode().isEmpty() ? i.code() : i.prevCode()).orElse("?" + code);
        for (Object[] appendix : new Object[][]{{"Phụ lục 1", BKN_SCT_PL1, BKN_SCT_2023_FULL},
                {"Phụ lục 2", BKN_SCT_PL2, BKN_SCT_2023_BELOW}}) {
            Set<String> of2023 = new TreeSet<>();
            for (String[] c : (String[][]) appendix[1]) {
                of2023.add(prev.apply(c[1]));
            }
            @SuppressWarnings("unchecked")
            Set<String> scored = new TreeSet<>((List<String>) appendix[2]);
            if (!of2023.equals(scored)) {
                violations.add("seed 002 " + appendix[0] + ": targets on 2023 items " + of2023
                        + " but the 2023 scores put " + scored + " there");
            }
        }
    }

    /** Contract 1.6: no two rows for the same table and year, members >= 1, and never fewer than the units held. */
    void checkTableSizes() {
        for (int i = 0; i < tableSizes.size(); i++) {
            TableSize a = tableSizes.get(i);
            if (a.members() < 1 || (a.yearTo() != null && a.yearTo() < a.yearFrom())) {
                violations.add("tables.csv: bad row " + a);
            }
            for (int j = i + 1; j < tableSizes.size(); j++) {
                TableSize b = tableSizes.get(j);
                boolean sameTable = a.province().equals(b.province()) && a.tier().equals(b.tier())
                        && a.index().equals(b.index());
                int lastA = a.yearTo() == null ? Integer.MAX_VALUE : a.yearTo();
                int lastB = b.yearTo() == null ? Integer.MAX_VALUE : b.yearTo();
                if (sameTable && a.yearFrom() <= lastB && b.yearFrom() <= lastA) {
                    violations.add("tables.csv: rows overlap: " + a + " and " + b);
                }
            }
        }
        Map<String, Set<String>> held = new TreeMap<>();
        for (Score s : scores) {
            Unit u = resolve(s.province(), s.year(), s.unit());
            held.computeIfAbsent(s.province() + "|" + u.tier() + "|" + s.index() + "|" + s.year(), k -> new TreeSet<>())
                    .add(u.id());
        }
        held.forEach((key, ids) -> {
            String[] k = key.split("\\|");
            for (TableSize t : tableSizes) {
                if (t.province().equals(k[0]) && t.tier().equals(k[1]) && t.index().equals(k[2])
                        && t.covers(Integer.parseInt(k[3])) && t.members() < ids.size()) {
                    violations.add("tables.csv: " + key + " holds " + ids.size() + " units, more than " + t.members());
                }
            }
        });
    }

    /** Must-hold fact: LCI-STTTT is 11th of 19 in Lào Cai 2022, with a 0.05 margin on both sides. */
    void checkLaoCaiSttt2022() {
        Map<String, Double> official = officialValues("Lào Cai", "department", 2022, "PAR");
        double mine = round2(official.getOrDefault("LCI-STTTT", -1.0));
        long above = official.values().stream().filter(v -> round2(v) > mine).count();
        long below = official.values().stream().filter(v -> round2(v) < mine).count();
        boolean margins = official.entrySet().stream().filter(e -> !e.getKey().equals("LCI-STTTT"))
                .allMatch(e -> Math.abs(round2(e.getValue()) - mine) >= 0.05 - 1e-9);
        if (mine != 87.13 || official.size() != 19 || above != 10 || below != 8 || !margins) {
            violations.add("LCI-STTTT 2022: value " + mine + ", " + above + " above, " + below + " below of "
                    + official.size() + " (margins ok: " + margins + ")");
        }
    }

    /** Published ranks that the product will recompute differently: printed, they are expected warnings. */
    void reportPublishedRankDifferences() {
        Set<String> tables = new LinkedHashSet<>();
        for (Score s : scores) {
            if (s.code().equals("RANK")) {
                tables.add(s.province() + "|" + resolve(s.province(), s.year(), s.unit()).tier() + "|" + s.year() + "|" + s.index());
            }
        }
        for (String table : tables) {
            String[] k = table.split("\\|");
            Map<String, Double> held = officialValues(k[0], k[1], Integer.parseInt(k[2]), k[3]);
            boolean partial = tableSizes.stream().anyMatch(t -> t.province().equals(k[0]) && t.tier().equals(k[1])
                    && t.index().equals(k[3]) && t.covers(Integer.parseInt(k[2])) && t.members() > held.size());
            if (partial) {
                continue; // contract 2: a partial table keeps its published ranks (rank_basis published), no warning
            }
            Map<String, Integer> computed = ranks(held);
            for (Score s : scores) {
                if (!s.code().equals("RANK") || !s.province().equals(k[0]) || s.year() != Integer.parseInt(k[2])
                        || !s.index().equals(k[3])) {
                    continue;
                }
                Unit u = resolve(s.province(), s.year(), s.unit());
                if (!u.tier().equals(k[1])) {
                    continue;
                }
                Integer mine = computed.get(u.id());
                if (mine == null || mine != Integer.parseInt(s.score())) {
                    expectedWarnings.add(String.format("%s %s %s %s %s: published RANK %s, computed %s of %d (%s)",
                            k[0], k[1], k[2], k[3], u.id(), s.score(), mine == null ? "none (no TOTAL)" : mine,
                            computed.size(), s.file()));
                }
            }
        }
    }

    /** Published TOTALs that differ from the components' index by more than 0.01 (contract: a warning). */
    void reportUnreconciledTotals() {
        Map<String, Map<String, String>> byUnitYear = new LinkedHashMap<>();
        Map<String, String[]> context = new HashMap<>();
        for (Score s : scores) {
            Unit u = resolve(s.province(), s.year(), s.unit());
            String key = s.province() + "|" + u.tier() + "|" + s.year() + "|" + s.index() + "|" + u.id();
            byUnitYear.computeIfAbsent(key, k -> new HashMap<>()).put(s.code(), s.score());
        }
        byUnitYear.forEach((key, given) -> {
            String[] k = key.split("\\|");
            if (!given.containsKey("TOTAL")) {
                return;
            }
            Double index = indexValue(tree(k[0], k[1], Integer.parseInt(k[2]), k[3]), given, k[3]);
            double total = Double.parseDouble(given.get("TOTAL"));
            if (index != null && Math.abs(index - total) > 0.01) {
                expectedWarnings.add(String.format(Locale.ROOT, "%s %s %s %s %s: TOTAL %s not reconciled, index_value %.4f",
                        k[0], k[1], k[2], k[3], k[4], given.get("TOTAL"), index));
            }
        });
    }

    // ------------------------------------------------------------------ plausibility (data/README.md)

    /** Largest year-over-year change of a unit's official value, and of a table's mean, that the data may show. */
    static final double MAX_YEARLY_CHANGE = 6.0;
    static final double MAX_TABLE_SHIFT = 3.0;

    /**
     * Measures what makes the synthetic data believable and stops on what would not be: the share of deepest
     * items at full marks, year-over-year changes of units and of whole tables, rank moves, LCI-STTTT 2021's
     * place, and the seed-002 facts of BKN-SCT 2023. The figures are printed and quoted in data/README.md.
     */
    void checkPlausibility() {
        Map<String, Map<String, Map<String, String>>> byTable = new TreeMap<>();
        for (Score s : scores) {
            Unit u = resolve(s.province(), s.year(), s.unit());
            byTable.computeIfAbsent(s.province() + "|" + u.tier() + "|" + s.year() + "|" + s.index(), k -> new TreeMap<>())
                    .computeIfAbsent(u.id(), k -> new HashMap<>()).put(s.code(), s.score());
        }
        // full marks among the deepest scored items
        int[] assessed = new int[2];
        int[] survey = new int[2];
        int[] criteria = new int[2];
        byTable.forEach((key, unitsScores) -> {
            String[] k = key.split("\\|");
            List<Item> tree = tree(k[0], k[1], Integer.parseInt(k[2]), k[3]);
            unitsScores.forEach((id, given) -> {
                for (Item leaf : tree) {
                    String v = given.get(leaf.code());
                    if (!isLeaf(tree, leaf) || v == null || v.equals("NA")) {
                        continue;
                    }
                    int full = Math.abs(Double.parseDouble(v) - leaf.max()) < 1e-9 ? 1 : 0;
                    int[] bucket = leaf.kind().equals("survey") ? survey : assessed;
                    bucket[0] += full;
                    bucket[1]++;
                    if (leaf.kind().equals("assessed") && leaf.code().contains(".")) {
                        criteria[0] += full;
                        criteria[1]++;
                    }
                }
            });
        });
        double assessedShare = 100.0 * assessed[0] / assessed[1];
        plausibility.add(String.format(Locale.ROOT, "deepest assessed items at full marks: %d of %d = %.1f %% "
                        + "(criteria below a domain: %.1f %%); survey items: %d of %d = %.1f %%; all deepest items: %.1f %%",
                assessed[0], assessed[1], assessedShare, 100.0 * criteria[0] / criteria[1], survey[0], survey[1],
                100.0 * survey[0] / survey[1], 100.0 * (assessed[0] + survey[0]) / (assessed[1] + survey[1])));
        if (assessedShare < 40 || assessedShare > 55) {
            violations.add(String.format(Locale.ROOT, "full marks on %.1f %% of deepest assessed items, not 40-55 %%", assessedShare));
        }
        // year-over-year changes within the province tables (the national tables hold real figures only)
        Map<String, Map<String, Double>> official = new TreeMap<>();
        byTable.forEach((key, unitsScores) -> {
            String[] k = key.split("\\|");
            if (!k[0].equals(VN)) {
                Map<String, Double> values = officialValues(k[0], k[1], Integer.parseInt(k[2]), k[3]);
                if (!values.isEmpty()) {
                    official.put(key, values);
                }
            }
        });
        List<Double> changes = new ArrayList<>();
        String largest = "";
        double largestChange = -1;
        String largestShift = "";
        double largestShiftValue = -1;
        int moves = 0;
        int smallMoves = 0;
        int largestMove = 0;
        String largestMoveAt = "";
        for (Map.Entry<String, Map<String, Double>> e : official.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int year = Integer.parseInt(k[2]);
            Map<String, Double> before = official.get(k[0] + "|" + k[1] + "|" + (year - 1) + "|" + k[3]);
            if (before == null) {
                continue;
            }
            Map<String, Integer> rankNow = ranks(e.getValue());
            Map<String, Integer> rankBefore = ranks(before);
            double shiftSum = 0;
            int shiftCount = 0;
            for (Map.Entry<String, Double> v : e.getValue().entrySet()) {
                Double previous = before.get(v.getKey());
                if (previous == null) {
                    List<Double> predecessors = units.stream()
                            .filter(x -> v.getKey().equals(x.successorId()) && before.containsKey(x.id()))
                            .map(x -> before.get(x.id())).collect(Collectors.toList());
                    previous = predecessors.isEmpty() ? null
                            : predecessors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                }
                if (previous == null) {
                    continue;
                }
                double change = v.getValue() - previous;
                changes.add(Math.abs(change));
                shiftSum += change;
                shiftCount++;
                if (Math.abs(change) > largestChange) {
                    largestChange = Math.abs(change);
                    largest = String.format(Locale.ROOT, "%s %s %s %d: %.2f -> %.2f", k[0], k[3], v.getKey(), year,
                            previous, v.getValue());
                }
                if (before.containsKey(v.getKey()) && before.size() == e.getValue().size()) {
                    int move = Math.abs(rankBefore.get(v.getKey()) - rankNow.get(v.getKey()));
                    moves++;
                    smallMoves += move <= 5 ? 1 : 0;
                    if (move > largestMove) {
                        largestMove = move;
                        largestMoveAt = String.format(Locale.ROOT, "%s %s %s %d: %d -> %d of %d", k[0], k[3],
                                v.getKey(), year, rankBefore.get(v.getKey()), rankNow.get(v.getKey()), e.getValue().size());
                    }
                }
            }
            double shift = shiftSum / shiftCount;
            if (Math.abs(shift) > largestShiftValue) {
                largestShiftValue = Math.abs(shift);
                largestShift = String.format(Locale.ROOT, "%s %s %s %d: %+.2f", k[0], k[1], k[3], year, shift);
            }
            if (Math.abs(shift) > MAX_TABLE_SHIFT) {
                violations.add(String.format(Locale.ROOT, "%s: the units move by %+.2f on average", e.getKey(), shift));
            }
        }
        Collections.sort(changes);
        plausibility.add(String.format(Locale.ROOT, "year-over-year change of a unit's value: median %.2f, 90th percentile "
                        + "%.2f, largest %.2f (%s), over %d unit-years", changes.get(changes.size() / 2),
                changes.get((int) (changes.size() * 0.9)), largestChange, largest, changes.size()));
        plausibility.add(String.format(Locale.ROOT, "largest mean change of a whole table: %s", largestShift));
        plausibility.add(String.format(Locale.ROOT, "rank moves within +-5 places: %d of %d = %.1f %%; largest %d (%s)",
                smallMoves, moves, 100.0 * smallMoves / moves, largestMove, largestMoveAt));
        if (largestChange > MAX_YEARLY_CHANGE) {
            violations.add("a unit's value changes by more than " + MAX_YEARLY_CHANGE + " in a year: " + largest);
        }
        if (100.0 * smallMoves / moves < 90) {
            violations.add("fewer than 90 % of rank moves within +-5 places");
        }
        // LCI-STTTT 2021 (derived 91.80) in a middle-upper place
        Map<String, Integer> laoCai2021 = ranks(official.get("Lào Cai|department|2021|PAR"));
        int rank2021 = laoCai2021.getOrDefault("LCI-STTTT", 0);
        plausibility.add(String.format(Locale.ROOT, "LCI-STTTT 2021 (derived 91.80): rank %d of %d", rank2021,
                laoCai2021.size()));
        if (rank2021 < 4 || rank2021 > 8) {
            violations.add("LCI-STTTT 2021 ranks " + rank2021 + ", not in a middle-upper place (4-8)");
        }
        // seed 002: BKN-SCT 2023, full marks exactly on Phụ lục 1, below full marks on Phụ lục 2
        Map<String, String> sct = byTable.get("Bắc Kạn|department|2023|PAR").get("BKN-SCT");
        List<Item> tree = tree("Bắc Kạn", "department", 2023, "PAR");
        for (Item item : tree) {
            if (!isLeaf(tree, item)) {
                continue;
            }
            boolean full = Math.abs(Double.parseDouble(sct.get(item.code())) - item.max()) < 1e-9;
            if (BKN_SCT_2023_FULL.contains(item.code()) != full && (full || BKN_SCT_2023_FULL.contains(item.code())
                    || BKN_SCT_2023_BELOW.contains(item.code()))) {
                violations.add("BKN-SCT 2023 " + item.code() + (full ? " at" : " below") + " full marks, against seed 002");
            }
        }
        plausibility.add(String.format(Locale.ROOT, "BKN-SCT 2023 (seed 002): %d criteria at full marks (Phụ lục 1), "
                + "%d below (Phụ lục 2)", BKN_SCT_2023_FULL.size(), BKN_SCT_2023_BELOW.size()));
    }

    final List<String> plausibility = new ArrayList<>();

    // ------------------------------------------------------------------ name resolution

    /** Resolves a score file's unit text to the one unit of that province valid that year (contract 1.1). */
    final Map<String, Unit> resolved = new HashMap<>();

    Unit resolve(String province, int year, String text) {
        String key = province + "|" + year + "|" + text;
        Unit known = resolved.get(key);
        if (known != null) {
            return known;
        }
        Unit u = resolveUncached(province, year, text);
        resolved.put(key, u);
        return u;
    }

    Unit resolveUncached(String province, int year, String text) {
        String wanted = normalize(text);
        List<Unit> matches = units.stream().filter(u -> u.province().equals(province) && u.validIn(year))
                .filter(u -> u.id().equals(text) || namesOf(u).stream().anyMatch(n -> normalize(n).equals(wanted)))
                .collect(Collectors.toList());
        if (matches.size() != 1) {
            throw new IllegalStateException("'" + text + "' resolves to " + matches.size() + " units in "
                    + province + " " + year);
        }
        return matches.get(0);
    }

    static List<String> namesOf(Unit u) {
        List<String> names = new ArrayList<>(List.of(u.name(), u.shortName()));
        names.addAll(u.aliases());
        return names;
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    // ------------------------------------------------------------------ writing

    void writeAll() throws IOException {
        Path reference = DATA.resolve("reference");
        Files.createDirectories(reference);
        write(reference.resolve("units.csv"), unitRows());
        write(reference.resolve("methodology.csv"), methodologyRows());
        write(reference.resolve("targets.csv"), targetRows());
        write(reference.resolve("tables.csv"), tableSizeRows());
        Path scoresDir = DATA.resolve("scores");
        deleteOldScoreFiles(scoresDir);
        Map<String, List<Score>> byFile = new TreeMap<>();
        scores.forEach(s -> byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<Score>> e : byFile.entrySet()) {
            List<String> lines = new ArrayList<>();
            lines.add("province,year,unit,index,code,score,self_score,provenance,source");
            for (Score s : e.getValue()) {
                lines.add(String.join(",", csv(s.province()), String.valueOf(s.year()), csv(s.unit()), s.index(),
                        s.code(), s.score(), s.selfScore(), provenance(s.file()), csv(sourceOf(s))));
            }
            Path file = scoresDir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            write(file, lines);
        }
        System.out.println("Wrote " + units.size() + " units, " + trees.values().stream().mapToInt(List::size).sum()
                + " methodology items, " + targets.size() + " targets, " + scores.size() + " score rows in "
                + byFile.size() + " files.");
        System.out.println("Plausibility of the synthetic data:");
        plausibility.forEach(n -> System.out.println("  " + n));
        System.out.println("Fitting the synthetic values to the real figures:");
        fitNotes.forEach(n -> System.out.println("  " + n));
        System.out.println("Expected warnings when the product reads this data (" + expectedWarnings.size() + "):");
        expectedWarnings.forEach(w -> System.out.println("  " + w));
    }

    /** Contract 1.3 provenance of a row, fixed by the folder it is written to (see data/README.md). */
    static String provenance(String file) {
        if (file.startsWith("real/")) {
            return "published";
        }
        if (file.startsWith("derived/")) {
            return "derived";
        }
        if (file.startsWith("third-party/")) {
            return "third_party";
        }
        if (file.startsWith("synthetic/")) {
            return "synthetic";
        }
        throw new IllegalStateException("score file outside real/derived/third-party/synthetic: " + file);
    }

    /** The row's `source`: the citation for real, derived and third-party rows; a fixed label for synthetic ones. */
    static String sourceOf(Score s) {
        return s.source().isEmpty() && s.file().startsWith("synthetic/") ? SRC_SYNTHETIC : s.source();
    }

    /** Old generated score files are removed so a renamed file never lingers with duplicate keys. */
    static void deleteOldScoreFiles(Path scoresDir) throws IOException {
        if (!Files.isDirectory(scoresDir)) {
            return;
        }
        List<Path> old;
        try (var walk = Files.walk(scoresDir)) {
            old = walk.filter(f -> f.toString().endsWith(".csv")).collect(Collectors.toList());
        }
        for (Path f : old) {
            Files.delete(f);
        }
    }

    List<String> unitRows() {
        List<String> lines = new ArrayList<>();
        lines.add("unit_id,province,tier,name,short_name,unit_type,aliases,valid_from,valid_to,successor_id");
        for (Unit u : units) {
            lines.add(String.join(",", u.id(), csv(u.province()), u.tier(), csv(u.name()), csv(u.shortName()), u.type(),
                    csv(String.join("|", u.aliases())), String.valueOf(u.validFrom()),
                    u.validTo() == null ? "" : String.valueOf(u.validTo()), u.successorId() == null ? "" : u.successorId()));
        }
        return lines;
    }

    List<String> methodologyRows() {
        List<String> lines = new ArrayList<>();
        lines.add("province,tier,year,index,code,parent_code,name,max_points,kind,prev_code");
        for (List<Item> tree : trees.values()) {
            for (Item i : tree) {
                lines.add(String.join(",", csv(i.province()), i.tier(), String.valueOf(i.year()), i.index(), i.code(),
                        i.parent(), csv(i.name()), trim(i.max()), i.kind(), i.prevCode()));
            }
        }
        return lines;
    }

    List<String> targetRows() {
        List<String> lines = new ArrayList<>();
        lines.add("province,unit_id,year,index,code,kind,value,source");
        for (Target t : targets) {
            lines.add(String.join(",", csv(t.province()), t.unitId(), String.valueOf(t.year()), t.index(), t.code(),
                    t.kind(), t.value(), csv(t.source())));
        }
        return lines;
    }

    List<String> tableSizeRows() {
        List<String> lines = new ArrayList<>();
        lines.add("province,tier,index,year_from,year_to,members");
        for (TableSize t : tableSizes) {
            lines.add(String.join(",", csv(t.province()), t.tier(), t.index(), String.valueOf(t.yearFrom()),
                    t.yearTo() == null ? "" : String.valueOf(t.yearTo()), String.valueOf(t.members())));
        }
        return lines;
    }

    static void write(Path file, List<String> lines) throws IOException {
        String text = lines.stream().map(l -> Normalizer.normalize(l, Normalizer.Form.NFC))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ small helpers

    static boolean isLeaf(List<Item> tree, Item item) {
        return children(tree, item.code()).isEmpty();
    }

    static List<Item> children(List<Item> tree, String code) {
        return tree.stream().filter(i -> i.parent().equals(code)).collect(Collectors.toList());
    }

    static String topCode(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** Orders codes as a planner reads them: 1.2 before 1.10. */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** A Random per purpose, unit and year, so values do not shift when unrelated code changes order. */
    static Random rng(String purpose, String key, int year) {
        return new Random(SEED ^ ((long) (purpose + "|" + key + "|" + year).hashCode() << 16));
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String trim(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String hundredths(long h) {
        return BigDecimal.valueOf(h, 2).stripTrailingZeros().toPlainString();
    }

    static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static List<String> without(List<String> list, String... removed) {
        List<String> copy = new ArrayList<>(list);
        copy.removeAll(Arrays.asList(removed));
        return List.copyOf(copy);
    }

    static void fail(String message) {
        System.err.println("GenerateSampleData: " + message);
        System.exit(1);
    }
}
