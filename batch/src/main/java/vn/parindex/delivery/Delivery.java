package vn.parindex.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.DeliveryStatus;
import vn.parindex.marts.Manifest;
import vn.parindex.quality.Issue;
import vn.parindex.reference.UnitRegistry;

/**
 * The delivery of the subscriptions' mails after a nightly run (contract section 6), in this order: after a run that
 * published a snapshot, each subscriber's news is built from it and compared, part by part, with the last news queued
 * for that address and subscription; a mail with the changed parts is put into the outbox; then every waiting mail
 * — this run's and those an earlier run could not send — goes to the SMTP server, oldest first. A run that published
 * nothing only sends what waits. Nothing here stops or undoes the publish: the caller keeps its exit code and says
 * what the summary says ("3 mails waiting: …"). With a mail folder (--mail-dir) each subscriber's full mail is
 * written there instead, nothing is sent and the outbox is left alone.
 */
public final class Delivery {
    /** The sender of a preview when PARINDEX_MAIL_FROM is not set: nothing is sent, the mail only needs one. */
    private static final InternetAddress PREVIEW_SENDER = new InternetAddress();

    static {
        PREVIEW_SENDER.setAddress("parindex@localhost");
    }

    /** How long sent and failed mails are kept in the outbox (the ledger keeps what they carried). */
    private static final Duration KEEP_SENT = Duration.ofDays(60);

    private Delivery() {
    }

    /**
     * What one run asks of the delivery.
     *
     * @param subscriptions the subscriptions file, or null; mailDir the preview folder, or null
     * @param snapshot the snapshot the news comes from (the one just published, or the current one), or null
     * @param published whether this run published that snapshot
     */
    public record Request(Path warehouse, Path subscriptions, Path mailDir, LocalDate asOf, Path snapshot,
                          boolean published) {
    }

    /** What it did: one line for the console (null when there was nothing to do), and the subscriptions' problems. */
    public record Report(String summary, List<Issue> issues) {
        static final Report NOTHING = new Report(null, List.of());
    }

    /** With the settings of the environment (PARINDEX_SMTP_URL and the others, see the docs). */
    public static Report run(Request request, Supplier<UnitRegistry> units) throws IOException {
        return run(request, units, MailSettings.fromEnvironment(), Instant.now());
    }

    static Report run(Request request, Supplier<UnitRegistry> units, MailSettings settings, Instant now)
            throws IOException {
        if (request.mailDir() != null) {
            return preview(request, units, settings, now);
        }
        Outbox outbox = new Outbox(DeliveryStatus.outbox(request.warehouse()));
        if (request.subscriptions() == null && !outbox.exists()) {
            return Report.NOTHING;
        }
        List<Issue> issues = new ArrayList<>();
        Map<String, String> ledger = outbox.ledger();
        int subscribers = 0;
        int skipped = 0;
        int composed = 0;
        String notComposed = null;
        if (request.subscriptions() != null && request.published() && request.snapshot() != null) {
            SubscriptionsFile.Read read = read(request, units);
            issues.addAll(read.issues());
            subscribers = read.subscribers().size();
            skipped = (int) read.issues().stream().filter(i -> i.line() > 0).map(Issue::line).distinct().count();
            InternetAddress from = sender(settings);
            if (from == null) {
                notComposed = "PARINDEX_MAIL_FROM is not set to one mail address: no mail composed";
            } else {
                Composition composition = new Composition(request, settings, from, now);
                composed = composition.queue(read.subscribers(), outbox, ledger);
                issues.addAll(composition.problems());
            }
        }
        outbox.saveLedger(ledger);
        boolean composing = request.subscriptions() != null && request.published();
        if (!composing && outbox.waiting().isEmpty()) {
            return Report.NOTHING; // an unchanged night with nothing waiting: the last delivery stays the last one
        }
        OutboxFlush.Result flush = OutboxFlush.flush(outbox, settings);
        outbox.prune(now.minus(KEEP_SENT));
        String snapshotId = request.snapshot() == null ? null : snapshotInfo(request.snapshot()).id();
        new DeliveryStatus(now.toString(), snapshotId, subscribers, skipped, composed, flush.sent(), flush.waiting(),
                flush.failed(), flush.reason() != null ? flush.reason() : notComposed, flush.failures())
                .write(request.warehouse());
        return new Report(summary(request, subscribers, composed, flush, notComposed), issues);
    }

    private static SubscriptionsFile.Read read(Request request, Supplier<UnitRegistry> units) {
        return SubscriptionsFile.read(request.subscriptions(), units.get(), request.asOf().getYear());
    }

    /** PARINDEX_MAIL_FROM as one address ("parindex <noreply@sonoivu.example.gov.vn>" is fine), or null. */
    static InternetAddress sender(MailSettings settings) {
        if (settings.from() == null) {
            return null;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(settings.from(), true);
            return parsed.length == 1 ? parsed[0] : null;
        } catch (AddressException e) {
            return null;
        }
    }

    private static String summary(Request request, int subscribers, int composed, OutboxFlush.Result flush,
                                  String notComposed) {
        List<String> said = new ArrayList<>();
        if (composed > 0) {
            said.add(composed + (composed == 1 ? " mail" : " mails") + " composed");
        } else if (request.subscriptions() != null && request.published() && notComposed == null) {
            said.add("nothing new for " + subscribers + (subscribers == 1 ? " subscriber" : " subscribers"));
        }
        if (notComposed != null) {
            said.add(notComposed);
        }
        if (flush.sent() > 0) {
            said.add(flush.sent() + " sent");
        }
        if (flush.failed() > 0) {
            said.add(flush.failed() + " refused by the server (outbox/failed/): " + flush.failures().get(0).reason());
        }
        if (flush.waiting() > 0) {
            said.add(flush.waiting() + (flush.waiting() == 1 ? " mail" : " mails") + " waiting: " + flush.reason());
        }
        return said.isEmpty() ? null : "mail: " + String.join("; ", said);
    }

    private static Report preview(Request request, Supplier<UnitRegistry> units, MailSettings settings, Instant now)
            throws IOException {
        if (request.subscriptions() == null) {
            return new Report("mail: --mail-dir without --subscriptions: nothing to preview", List.of());
        }
        if (request.snapshot() == null) {
            return new Report("mail: no published snapshot to preview mails from", List.of());
        }
        SubscriptionsFile.Read read = read(request, units);
        InternetAddress from = sender(settings);
        Composition composition = new Composition(request, settings, from != null ? from : PREVIEW_SENDER, now);
        int written = composition.preview(read.subscribers(), new EmlPreviews(request.mailDir()));
        List<Issue> issues = new ArrayList<>(read.issues());
        issues.addAll(composition.problems());
        return new Report("mail: " + written + (written == 1 ? " mail" : " mails") + " written to "
                + request.mailDir() + " (a preview: nothing sent)", issues);
    }

    /** The snapshot's id and creation time, as its workbooks name them. */
    static SnapshotInfo snapshotInfo(Path snapshot) throws IOException {
        Manifest manifest = Manifest.read(snapshot);
        Instant created;
        try {
            created = ZonedDateTime.parse(manifest.createdAt()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            created = Instant.EPOCH;
        }
        return new SnapshotInfo(manifest.id(), created);
    }

    /** The news of one run made into mails, for the outbox or for a preview. */
    private static final class Composition {
        private final MailComposer composer;
        private final NewsDesk desk;
        private final Instant now;

        Composition(Request request, MailSettings settings, InternetAddress from, Instant now) throws IOException {
            SnapshotInfo info = snapshotInfo(request.snapshot());
            this.now = now;
            this.composer = new MailComposer(from, request.asOf(), info.id());
            this.desk = new NewsDesk(request.snapshot(), info, new Links(settings.publicUrl()),
                    request.subscriptions().toString());
        }

        /** Queues a mail for each subscriber with news the ledger does not have; the ledger is updated. */
        int queue(List<Subscriber> subscribers, Outbox outbox, Map<String, String> ledger) throws IOException {
            Map<Subscriber, List<NewsPart>> news = desk.parts(subscribers,
                    (subscriber, key, hash) -> !hash.equals(ledger.get(ledgerKey(subscriber, key))));
            int number = 0;
            for (Map.Entry<Subscriber, List<NewsPart>> mail : news.entrySet()) {
                String id = outbox.newId(now, ++number);
                Map<String, String> carried = new java.util.TreeMap<>();
                mail.getValue().forEach(part -> carried.put(ledgerKey(mail.getKey(), part.key()), part.hash()));
                outbox.queue(new OutboxMail(id, mail.getKey().address(), carried, now.toString(), null),
                        compose(id, mail.getKey(), mail.getValue()));
                ledger.putAll(carried);
            }
            return news.size();
        }

        /** Writes every subscriber's whole mail (all its parts) into the preview folder. */
        int preview(List<Subscriber> subscribers, EmlPreviews previews) throws IOException {
            Map<Subscriber, List<NewsPart>> news = desk.parts(subscribers, (subscriber, key, hash) -> true);
            int number = 0;
            for (Map.Entry<Subscriber, List<NewsPart>> mail : news.entrySet()) {
                number++;
                previews.write(number, mail.getKey().address(),
                        compose("preview-" + number, mail.getKey(), mail.getValue()));
            }
            return number;
        }

        private byte[] compose(String id, Subscriber subscriber, List<NewsPart> parts) throws IOException {
            try {
                return composer.compose(id, subscriber, parts, now);
            } catch (MessagingException e) {
                throw new IOException("cannot compose the mail to " + subscriber.address() + ": " + e.getMessage(), e);
            }
        }

        List<Issue> problems() {
            return desk.problems();
        }
    }

    /** The ledger's key of one subscription's news to one address. */
    static String ledgerKey(Subscriber subscriber, String key) {
        return MailAddresses.key(subscriber.address()) + " " + key;
    }
}
