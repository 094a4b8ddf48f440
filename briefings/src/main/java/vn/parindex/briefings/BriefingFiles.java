package vn.parindex.briefings;

import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.marts.records.TableKey;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The briefings' file names, in ASCII so every file system and URL takes them: the nightly ones under a snapshot's
 * briefings/ folder, province/&lt;province-slug&gt;_&lt;tier&gt;_&lt;index&gt;_&lt;year&gt;.xlsx, and the names the
 * dashboard gives its on-demand downloads (unit/&lt;unit_id&gt;_&lt;index&gt;_&lt;year&gt;.xlsx and the others). Ids are
 * percent-encoded, so two ids never share a file name ("LCI-X Y" and "LCI-X/Y" are LCI-X%20Y and LCI-X%2FY).
 */
public final class BriefingFiles {
    private BriefingFiles() {
    }

    public static Path province(Path briefings, TableKey table) {
        return briefings.resolve("province").resolve(String.join("_", slug(table.province()), safe(table.tier()),
                safe(table.index()), String.valueOf(table.year())) + ".xlsx");
    }

    public static Path unit(Path briefings, UnitYear unitYear) {
        return briefings.resolve("unit").resolve(String.join("_", safe(unitYear.unitId()), safe(unitYear.index()),
                String.valueOf(unitYear.year())) + ".xlsx");
    }

    /** The draft plan made from a unit-year's results, named by the year it plans: du-thao-ke-hoach_&lt;unit&gt;_&lt;index&gt;_&lt;Y+1&gt;.docx. */
    public static String planDraftName(UnitYear results) {
        return String.join("_", "du-thao-ke-hoach", safe(results.unitId()), safe(results.index()),
                String.valueOf(results.year() + 1)) + ".docx";
    }

    /** nhiem-vu_&lt;unit id or province slug&gt;_&lt;index&gt;[_&lt;plan year&gt;].xlsx */
    public static String tasksName(TaskListRequest request) {
        String scope = request.provinceWide() ? slug(request.province()) : safe(request.unitId());
        return String.join("_", "nhiem-vu", scope, safe(request.index()))
                + (request.planYear() == null ? "" : "_" + request.planYear()) + ".xlsx";
    }

    /** "Lào Cai" → "lao-cai", "Đắk Lắk" → "dak-lak": diacritics dropped, đ is d, anything else a hyphen. */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * Letters, digits and '-' stay; every other character (a '/', a space, '.', '_' and '%' themselves) becomes
     * %XX of its UTF-8 bytes: one-to-one, so distinct ids never overwrite each other, and never a path.
     */
    static String safe(String part) {
        StringBuilder out = new StringBuilder();
        for (byte b : part.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
