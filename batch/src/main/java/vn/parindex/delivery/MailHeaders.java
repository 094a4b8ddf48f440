package vn.parindex.delivery;

import java.text.Normalizer;

/**
 * Text from the data on its way into a mail header (a subject made of unit names, a subscriber's name): NFC, every
 * control character — CR and LF above all, which would start a header of their own — made a space, runs of spaces
 * one, at most {@code limit} characters. Jakarta Mail then encodes what is not ASCII (RFC 2047) and folds the line.
 */
final class MailHeaders {
    private MailHeaders() {
    }

    static String text(String value, int limit) {
        if (value == null) {
            return "";
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        String single = nfc.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ").replaceAll("\\s+", " ").strip();
        if (single.codePointCount(0, single.length()) <= limit) {
            return single;
        }
        return single.substring(0, single.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
