package vn.parindex.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * A subscriber's address as the subscriptions file writes it: one plain ASCII address (local@domain), no display
 * name (the file's name column is that), no white space or control characters, nothing a mail header could be
 * split on. Checked with Jakarta Mail's strict RFC 822 parser.
 */
final class MailAddresses {
    private MailAddresses() {
    }

    /** Why the address cannot be used, or empty when it can. */
    static Optional<String> problem(String written) {
        if (written.isEmpty()) {
            return Optional.of("the address is empty");
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return Optional.of("'" + shown(written) + "' is not a mail address (only letters, digits and "
                        + "punctuation of ASCII, no spaces)");
            }
        }
        try {
            InternetAddress parsed = new InternetAddress(written, true);
            parsed.validate();
            int at = written.lastIndexOf('@');
            if (parsed.getPersonal() != null || !written.equals(parsed.getAddress()) || at <= 0
                    || at == written.length() - 1 || parsed.isGroup()) {
                return Optional.of("'" + shown(written) + "' is not a single mail address (local@domain)");
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("'" + shown(written) + "' is not a mail address: " + e.getMessage());
        }
    }

    /**
     * The form two rows are compared by: in any case (RFC 5321 lets a local part's case matter, but no mail system a
     * department uses makes VanPhong@ and vanphong@ two mailboxes, and two mails would be one too many).
     */
    static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    /** At most 100 characters of what was written, for a message. */
    private static String shown(String written) {
        String printable = written.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
