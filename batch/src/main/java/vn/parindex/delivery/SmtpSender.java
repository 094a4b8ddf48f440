package vn.parindex.delivery;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's mails through one SMTP connection (Eclipse Angus Mail), each exactly as stored. A mail is tried
 * again after each of the retry delays, on a new connection, while the server cannot be reached or answers "try
 * later"; then the delivery stops (every later mail would meet the same server). A login the server refuses, or a
 * sender it refuses, stops it at once. A recipient, or a mail, that the server refuses for good (a 5xx answer to
 * RCPT or DATA) fails that mail alone.
 */
final class SmtpSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSender.class);

    /** What became of one mail. */
    sealed interface Result permits Accepted, Refused, Unavailable {
    }

    /** The server took it. */
    record Accepted() implements Result {
    }

    /** The server refused this mail for good. */
    record Refused(String reason) implements Result {
    }

    /** The server could not be used: this mail and the rest wait. */
    record Unavailable(String reason) implements Result {
    }

    /** How long to wait between tries (tests use short ones). */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final SmtpServer server;
    private final MailSettings settings;
    private final Session session;
    private final Sleeper sleeper;
    private Transport transport;

    SmtpSender(MailSettings settings, Sleeper sleeper) {
        this.server = SmtpServer.parse(settings.smtpUrl());
        this.settings = settings;
        this.sleeper = sleeper;
        this.session = Session.getInstance(properties(server, settings));
    }

    SmtpSender(MailSettings settings) {
        this(settings, duration -> Thread.sleep(duration.toMillis()));
    }

    private static Properties properties(SmtpServer server, MailSettings settings) {
        String p = "mail." + server.protocol() + ".";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", server.protocol());
        properties.put(p + "host", server.host());
        properties.put(p + "port", String.valueOf(server.port()));
        properties.put(p + "auth", String.valueOf(settings.user() != null));
        long timeout = settings.timeout().toMillis();
        properties.put(p + "connectiontimeout", String.valueOf(timeout));
        properties.put(p + "timeout", String.valueOf(timeout));
        properties.put(p + "writetimeout", String.valueOf(timeout));
        // a host trusted without its certificate being checked (PARINDEX_SMTP_TRUST) is not checked for its name either
        properties.put(p + "ssl.checkserveridentity", String.valueOf(settings.trust() == null));
        if (server.protocol().equals("smtp")) {
            properties.put(p + "starttls.enable", "true");
            properties.put(p + "starttls.required", String.valueOf(server.startTlsRequired()));
        }
        if (settings.trust() != null) {
            properties.put(p + "ssl.trust", settings.trust());
        }
        return properties;
    }

    Result send(byte[] eml) {
        MimeMessage message;
        Address[] recipients;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(eml));
            recipients = message.getAllRecipients();
        } catch (MessagingException e) {
            return new Refused("the stored mail cannot be read: " + e.getMessage());
        }
        if (recipients == null || recipients.length == 0) {
            return new Refused("the stored mail has no recipient");
        }
        List<Duration> delays = settings.retryDelays();
        String reason = null;
        for (int attempt = 0; attempt <= delays.size(); attempt++) {
            if (attempt > 0 && !pause(delays.get(attempt - 1))) {
                break;
            }
            try {
                connected().sendMessage(message, recipients);
                return new Accepted();
            } catch (AuthenticationFailedException e) {
                disconnect();
                return new Unavailable("the server " + server + " refused the login of '" + settings.user() + "': "
                        + message(e));
            } catch (MessagingException e) {
                Result refused = refusal(e);
                if (refused != null) {
                    return refused;
                }
                reason = "the server " + server + " cannot take mail now: " + message(e);
                LOG.warn("mail try {} of {} failed: {}", attempt + 1, delays.size() + 1, reason);
                disconnect();
            }
        }
        return new Unavailable(reason);
    }

    /** A refusal for good of the sender (stop), of the recipient or of the mail (this mail fails), or null. */
    private Result refusal(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPSenderFailedException sender && sender.getReturnCode() >= 500) {
                return new Unavailable("the server " + server + " refuses the sender " + settings.from() + ": "
                        + message(sender));
            }
            if (e instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                return new Refused("the server refuses the recipient " + address.getAddress() + ": " + message(address));
            }
            if (e instanceof SMTPSendFailedException sent && sent.getReturnCode() >= 500
                    && !(e instanceof SMTPAddressFailedException) && !(e instanceof SMTPSenderFailedException)
                    && sent.getCommand() != null && !sent.getCommand().startsWith("MAIL")
                    && !sent.getCommand().startsWith("RCPT")) {
                return new Refused("the server refuses the mail: " + message(sent));
            }
        }
        return null;
    }

    private boolean pause(Duration delay) {
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            disconnect();
            Transport fresh = session.getTransport(server.protocol());
            fresh.connect(server.host(), server.port(), settings.user(), settings.password());
            transport = fresh;
        }
        return transport;
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone already
            }
            transport = null;
        }
    }

    /** The deepest message of the failure, on one line (server answers often end in CR LF). */
    private static String message(Exception failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            deepest = cause;
        }
        String top = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String detail = deepest == failure || deepest.getMessage() == null ? ""
                : " (" + deepest.getClass().getSimpleName() + ": " + deepest.getMessage() + ")";
        return (top + detail).replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        disconnect();
    }
}
