package vn.parindex.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The delivery's settings, from the environment (contract section 6): PARINDEX_SMTP_URL ({@code smtp://host:port},
 * {@code smtps://host:port}; {@code ?starttls=required} refuses a server that does not offer STARTTLS),
 * PARINDEX_SMTP_USER and PARINDEX_SMTP_PASSWORD, PARINDEX_MAIL_FROM, PARINDEX_PUBLIC_URL; and, with defaults,
 * PARINDEX_SMTP_RETRY_DELAYS (seconds between the tries of one mail, default {@code 1,2,4}: four tries),
 * PARINDEX_SMTP_TIMEOUT (seconds, default 30) and PARINDEX_SMTP_TRUST (hosts whose certificate is accepted without
 * checking it against the JVM's trust store — a relay with a self-signed certificate; default none). A Java system
 * property of the same name overrides the variable (tests, or a launcher's JAVA_OPTS). The password is never
 * logged nor written anywhere.
 */
record MailSettings(String smtpUrl, String user, String password, String from, String publicUrl,
                    List<Duration> retryDelays, Duration timeout, String trust) {

    static MailSettings fromEnvironment() {
        return from(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(name);
        });
    }

    static MailSettings from(UnaryOperator<String> setting) {
        return new MailSettings(blankIsNull(setting.apply("PARINDEX_SMTP_URL")),
                blankIsNull(setting.apply("PARINDEX_SMTP_USER")), setting.apply("PARINDEX_SMTP_PASSWORD"),
                blankIsNull(setting.apply("PARINDEX_MAIL_FROM")), blankIsNull(setting.apply("PARINDEX_PUBLIC_URL")),
                delays(setting.apply("PARINDEX_SMTP_RETRY_DELAYS")),
                seconds(setting.apply("PARINDEX_SMTP_TIMEOUT"), Duration.ofSeconds(30)),
                blankIsNull(setting.apply("PARINDEX_SMTP_TRUST")));
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "1,2,4" (seconds, decimals allowed); unreadable parts are left out, a blank value means the default. */
    private static List<Duration> delays(String text) {
        if (text == null || text.isBlank()) {
            return List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        }
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            Duration delay = seconds(part, null);
            if (delay != null) {
                delays.add(delay);
            }
        }
        return List.copyOf(delays);
    }

    private static Duration seconds(String text, Duration fallback) {
        try {
            double seconds = Double.parseDouble(text == null ? "" : text.strip());
            return seconds >= 0 && seconds <= 3600 ? Duration.ofMillis(Math.round(seconds * 1000)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** For logs: everything but the password. */
    @Override
    public String toString() {
        return "MailSettings[smtp=" + smtpUrl + ", user=" + user + ", from=" + from + ", publicUrl=" + publicUrl
                + ", retryDelays=" + retryDelays + ", timeout=" + timeout + ", trust=" + trust + "]";
    }
}
