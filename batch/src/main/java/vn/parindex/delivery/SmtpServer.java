package vn.parindex.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * PARINDEX_SMTP_URL read: {@code smtp://host[:port]} (port 25 by default; STARTTLS when the server offers it, and
 * required with {@code ?starttls=required}) or {@code smtps://host[:port]} (TLS from the start, port 465). The user
 * and password come from their own variables, never from the URL.
 */
record SmtpServer(String protocol, String host, int port, boolean startTlsRequired) {

    static SmtpServer parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("PARINDEX_SMTP_URL is not a URL (smtp://host:port or smtps://host:port)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw new IllegalArgumentException("PARINDEX_SMTP_URL must begin with smtp:// or smtps://");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("PARINDEX_SMTP_URL must not hold a user or password "
                    + "(use PARINDEX_SMTP_USER and PARINDEX_SMTP_PASSWORD)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("PARINDEX_SMTP_URL names no host");
        }
        String query = uri.getQuery() == null ? "" : uri.getQuery().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("smtps") ? 465 : 25;
        return new SmtpServer(scheme, uri.getHost(), port, query.contains("starttls=required"));
    }

    @Override
    public String toString() {
        return protocol + "://" + host + ":" + port;
    }
}
