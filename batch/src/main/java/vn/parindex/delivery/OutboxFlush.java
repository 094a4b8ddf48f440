package vn.parindex.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.marts.DeliveryStatus;

/**
 * Sends the outbox's waiting mails, oldest first, through the SMTP server: each accepted mail is moved to sent/ at
 * once, each refused for good to failed/; when the server cannot be used the rest wait, with the reason. With
 * -Dparindex.haltAfterAcceptedMails=N the JVM halts, as if killed, right after the server accepted the N-th mail
 * and before it is moved (the kill test's fault: the one mail in flight).
 */
final class OutboxFlush {
    static final String HALT_AFTER_ACCEPTED = "parindex.haltAfterAcceptedMails";

    /** What a flush did. */
    record Result(int sent, int failed, int waiting, String reason, List<DeliveryStatus.Failure> failures) {
        static final Result NOTHING = new Result(0, 0, 0, null, List.of());
    }

    private OutboxFlush() {
    }

    static Result flush(Outbox outbox, MailSettings settings) throws IOException {
        List<Outbox.Waiting> waiting = outbox.waiting();
        if (waiting.isEmpty()) {
            return Result.NOTHING;
        }
        if (settings.smtpUrl() == null) {
            return new Result(0, 0, waiting.size(), "PARINDEX_SMTP_URL is not set", List.of());
        }
        int sent = 0;
        List<DeliveryStatus.Failure> failures = new ArrayList<>();
        SmtpSender sender;
        try {
            sender = new SmtpSender(settings);
        } catch (IllegalArgumentException e) {
            return new Result(0, 0, waiting.size(), e.getMessage(), List.of());
        }
        try (sender) {
            for (int i = 0; i < waiting.size(); i++) {
                Outbox.Waiting mail = waiting.get(i);
                SmtpSender.Result result = sender.send(mail.bytes());
                if (result instanceof SmtpSender.Accepted) {
                    haltIfAsked(sent + 1);
                    outbox.sent(mail);
                    sent++;
                } else if (result instanceof SmtpSender.Refused refused) {
                    outbox.failed(mail, refused.reason());
                    failures.add(new DeliveryStatus.Failure(mail.mail().id(), refused.reason()));
                } else if (result instanceof SmtpSender.Unavailable unavailable) {
                    return new Result(sent, failures.size(), waiting.size() - i, unavailable.reason(), failures);
                }
            }
        }
        return new Result(sent, failures.size(), 0, null, failures);
    }

    private static void haltIfAsked(int accepted) {
        Integer haltAfter = Integer.getInteger(HALT_AFTER_ACCEPTED);
        if (haltAfter != null && haltAfter == accepted) {
            Runtime.getRuntime().halt(137);
        }
    }
}
