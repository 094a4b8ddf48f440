package vn.parindex.briefings.internal;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A score's source as a province's document cites it: the title of the document ("QĐ 456/QĐ-UBND ngày 01/3/2023",
 * "KH/STTTT Lào Cai 2023 (kết quả 2022)"), never the words of our own data files ("seed 000:", "DERIVED from", the
 * arithmetic of a derived figure) nor our generator; a web page is cited by its site.
 */
final class SourceTitles {
    private static final Pattern KIND = Pattern.compile("(?i)^(derived from|third-party compiled dataset|third-party)\\s*");
    private static final Pattern SEED = Pattern.compile("(?i)^seed\\s*\\d+\\s*:\\s*");
    private static final Pattern ARITHMETIC = Pattern.compile(":\\s*[-+0-9.,;×/()\\s]*$|:\\s*rank\\b.*$");
    private static final Pattern WEB = Pattern.compile("https?://\\S+");
    private static final String GENERATOR = "parindex";

    private SourceTitles() {
    }

    /** The citation, or null when the source names no document a province could cite. */
    static String citation(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String text = SEED.matcher(KIND.matcher(source.strip()).replaceFirst("")).replaceFirst("");
        if (text.toLowerCase(Locale.ROOT).startsWith(GENERATOR)) {
            return null;
        }
        var web = WEB.matcher(text);
        if (web.find()) {
            String host = host(web.group());
            return host == null ? null : "tin đăng trên " + host;
        }
        text = ARITHMETIC.matcher(text).replaceFirst("").strip();
        return text.isEmpty() ? null : text;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
