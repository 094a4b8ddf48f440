package vn.parindex.dashboard.web;

import vn.parindex.text.Names;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The request's parameters, checked for form (length, characters, syntax): a malformed one is a 400. */
public final class Params {
    public static final Set<String> INDEXES = Set.of("PAR", "SIPAS", "PAPI");
    public static final List<String> TIERS = List.of("department", "district", "commune", "province");
    private static final int MAX_LENGTH = 200;
    private static final int MAX_VALUES = 60;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INDEX = Pattern.compile("[A-Za-z]{1,16}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Context ctx;

    public Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The value in NFC, or null when absent or blank. */
    public String optional(String name) {
        String value;
        try {
            value = ctx.queryParam(name);
        } catch (RuntimeException e) {
            throw ClientError.badRequest("tham số " + name + " không đọc được");
        }
        return checked(name, value);
    }

    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw ClientError.badRequest("thiếu tham số " + name);
        }
        return value;
    }

    /** Every value of a repeated parameter (e.g. unit=A&amp;unit=B), blanks dropped. */
    public List<String> all(String name) {
        List<String> values;
        try {
            values = ctx.queryParams(name);
        } catch (RuntimeException e) {
            throw ClientError.badRequest("tham số " + name + " không đọc được");
        }
        if (values.size() > MAX_VALUES) {
            throw ClientError.badRequest("quá nhiều giá trị cho " + name);
        }
        return values.stream().map(v -> checked(name, v)).filter(v -> v != null).distinct().toList();
    }

    public String path(String name) {
        String value = checked(name, ctx.pathParam(name));
        if (value == null) {
            throw ClientError.badRequest("thiếu " + name);
        }
        return value;
    }

    public Integer year(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        if (!YEAR.matcher(value).matches()) {
            throw ClientError.badRequest(name + " phải là một năm (4 chữ số)");
        }
        return Integer.valueOf(value);
    }

    /** PAR unless given; well-formed but not one of PAR, SIPAS, PAPI is an unknown index (404). */
    public String index() {
        String value = optional("index");
        if (value == null) {
            return "PAR";
        }
        if (!INDEX.matcher(value).matches()) {
            throw ClientError.badRequest("index phải là PAR, SIPAS hoặc PAPI");
        }
        String index = value.toUpperCase(Locale.ROOT);
        if (!INDEXES.contains(index)) {
            throw ClientError.notFound("không có chỉ số " + value);
        }
        return index;
    }

    public String tier() {
        String value = optional("tier");
        if (value == null) {
            return "department";
        }
        String tier = value.toLowerCase(Locale.ROOT);
        if (!TIERS.contains(tier)) {
            throw ClientError.badRequest("tier phải là một trong " + String.join(", ", TIERS));
        }
        return tier;
    }

    private static String checked(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH || CONTROL.matcher(value).find()) {
            throw ClientError.badRequest("tham số " + name + " không hợp lệ");
        }
        String text = Names.nfc(value).strip();
        return text.isEmpty() ? null : text;
    }
}
