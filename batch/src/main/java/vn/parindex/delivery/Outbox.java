package vn.parindex.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * WAREHOUSE/outbox/: the mails that wait (&lt;id&gt;.eml, the bytes the server is sent, and &lt;id&gt;.json, what it
 * carries), sent/ (moved there once the server accepted them), failed/ (refused for good, with the reason) and
 * ledger.json (per address and subscription, the hash of the last news queued for it). Every file is written under
 * a temporary name and renamed, so none is ever half there. A mail waits from the moment its .eml is in place (its
 * .json is written first) until it is moved away: a run killed at any moment loses none and, on the next run, sends
 * again only the one whose move had not happened when the server accepted it.
 */
final class Outbox {
    static final String SENT = "sent";
    static final String FAILED = "failed";
    private static final String EML = ".eml";
    private static final String JSON_SUFFIX = ".json";
    private static final String LEDGER = "ledger.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    Outbox(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    boolean exists() {
        return Files.isDirectory(folder);
    }

    /** A mail in the outbox: what it carries, and its stored bytes. */
    record Waiting(OutboxMail mail, Path eml) {
        byte[] bytes() throws IOException {
            return Files.readAllBytes(eml);
        }
    }

    /** Puts a mail in the outbox: its .json, then its .eml; from then on it waits. */
    void queue(OutboxMail mail, byte[] eml) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve(mail.id() + JSON_SUFFIX), JSON.writeValueAsBytes(mail));
        write(folder.resolve(mail.id() + EML), eml);
    }

    /** An id no mail of the outbox, sent or failed, has: the time, then a number (ids sort in queueing order). */
    String newId(Instant at, int number) {
        String stamp = at.toString().replaceAll("[-:]", "").replaceAll("\\.\\d+", "");
        for (int n = number; ; n++) {
            String id = stamp + "-" + String.format("%04d", n);
            if (!known(id)) {
                return id;
            }
        }
    }

    private boolean known(String id) {
        for (Path place : List.of(folder, folder.resolve(SENT), folder.resolve(FAILED))) {
            if (Files.exists(place.resolve(id + EML)) || Files.exists(place.resolve(id + JSON_SUFFIX))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The waiting mails in queueing order. Tidies first what a killed run left: temporary files, a .json whose .eml
     * was never written (the mail was not queued), a .json whose .eml was already moved to sent/ (the mail went).
     */
    List<Waiting> waiting() throws IOException {
        if (!exists()) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".tmp")) {
                Files.deleteIfExists(file);
            } else if (name.endsWith(JSON_SUFFIX) && !name.equals(LEDGER) && !name.equals(vn.parindex.marts.DeliveryStatus.FILE)) {
                String id = name.substring(0, name.length() - JSON_SUFFIX.length());
                Path eml = folder.resolve(id + EML);
                if (Files.exists(eml)) {
                    waiting.add(new Waiting(JSON.readValue(file.toFile(), OutboxMail.class), eml));
                } else if (Files.exists(folder.resolve(SENT).resolve(id + EML))) {
                    move(file, folder.resolve(SENT));
                } else {
                    Files.delete(file);
                }
            }
        }
        return waiting;
    }

    /** The server accepted it: the .eml moves to sent/ (from then on it is sent), then its .json. */
    void sent(Waiting mail) throws IOException {
        Path sent = folder.resolve(SENT);
        Files.createDirectories(sent);
        move(mail.eml(), sent);
        move(folder.resolve(mail.mail().id() + JSON_SUFFIX), sent);
    }

    /** The server refused it for good: moved to failed/, with the reason beside it. */
    void failed(Waiting mail, String reason) throws IOException {
        Path failed = folder.resolve(FAILED);
        Files.createDirectories(failed);
        write(failed.resolve(mail.mail().id() + JSON_SUFFIX), JSON.writeValueAsBytes(mail.mail().refused(reason)));
        move(mail.eml(), failed);
        Files.deleteIfExists(folder.resolve(mail.mail().id() + JSON_SUFFIX));
    }

    /**
     * The hash of the last news queued per ledger key: ledger.json with every waiting mail's news laid over it (a run
     * killed between queueing a mail and saving the ledger left it only there).
     */
    Map<String, String> ledger() throws IOException {
        Map<String, String> ledger = new TreeMap<>();
        Path file = folder.resolve(LEDGER);
        if (Files.isRegularFile(file)) {
            ledger.putAll(JSON.readValue(file.toFile(), Ledger.class).entries());
        }
        for (Waiting mail : waiting()) {
            ledger.putAll(mail.mail().news());
        }
        return ledger;
    }

    void saveLedger(Map<String, String> ledger) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve(LEDGER), JSON.writeValueAsBytes(new Ledger(new TreeMap<>(ledger))));
    }

    /** ledger.json: one entry per address and subscription. */
    private record Ledger(@com.fasterxml.jackson.annotation.JsonProperty("entries") Map<String, String> entries) {
        Ledger {
            entries = entries == null ? Map.of() : entries;
        }
    }

    /** The mails sent or failed before {@code before} are deleted (the ledger keeps what they carried). */
    void prune(Instant before) throws IOException {
        for (String place : List.of(SENT, FAILED)) {
            Path dir = folder.resolve(place);
            if (Files.isDirectory(dir)) {
                for (Path file : list(dir)) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void move(Path file, Path dir) throws IOException {
        Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
