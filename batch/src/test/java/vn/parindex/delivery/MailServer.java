package vn.parindex.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail, in process, speaking the protocol over a socket): SMTPS (TLS from the
 * first byte, GreenMail's self-signed certificate) with a login required, on a port of its own that stays the same
 * when the server is stopped and started again ("the server is down tonight, back tomorrow").
 */
public final class MailServer implements AutoCloseable {
    public static final String USER = "parindex";
    public static final String PASSWORD = "mật-khẩu-thử";
    public static final String FROM = "parindex <noreply@sonoivu.example.gov.vn>";

    private final int port;
    private GreenMail server;

    public MailServer() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        server.setUser("noreply@sonoivu.example.gov.vn", USER, PASSWORD);
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public int port() {
        return port;
    }

    /** Every mail received since the server was last started. */
    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** The PARINDEX_* settings of a delivery through this server (retries kept short). */
    public Map<String, String> settings() {
        return Map.of("PARINDEX_SMTP_URL", "smtps://127.0.0.1:" + port, "PARINDEX_SMTP_USER", USER,
                "PARINDEX_SMTP_PASSWORD", PASSWORD, "PARINDEX_MAIL_FROM", FROM,
                "PARINDEX_PUBLIC_URL", "https://parindex.example.gov.vn", "PARINDEX_SMTP_TRUST", "127.0.0.1",
                "PARINDEX_SMTP_RETRY_DELAYS", "0.05,0.1", "PARINDEX_SMTP_TIMEOUT", "10");
    }

    public MailSettings mailSettings() {
        return MailSettings.from(settings()::get);
    }

    /** As system properties, which override the environment: for a nightly job run in this JVM. */
    public void setSystemProperties() {
        settings().forEach(System::setProperty);
    }

    public static void clearSystemProperties() {
        List.of("PARINDEX_SMTP_URL", "PARINDEX_SMTP_USER", "PARINDEX_SMTP_PASSWORD", "PARINDEX_MAIL_FROM",
                "PARINDEX_PUBLIC_URL", "PARINDEX_SMTP_TRUST", "PARINDEX_SMTP_RETRY_DELAYS", "PARINDEX_SMTP_TIMEOUT")
                .forEach(System::clearProperty);
    }

    @Override
    public void close() {
        server.stop();
    }
}
