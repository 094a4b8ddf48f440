package vn.parindex.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;
import vn.parindex.marts.DeliveryStatus;
import vn.parindex.publish.Warehouse;

/**
 * Subscriptions on the bundled data, night after night, against a real SMTP server (GreenMail over SMTPS with a
 * login): the first night sends one mail per valid address with the right figures and workbooks, the same night
 * again sends nothing, a later date sends only the tasks that changed, and a night with the server down publishes
 * all the same and keeps its mails, which go out once when the server is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionDeliveryTest {
    private static final String STTTT = "vanphong@sotttt.laocai.example.gov.vn";
    private static final String HOME_AFFAIRS = "cchc@sonoivu.backan.example.gov.vn";
    private static final String SCT = "vanphong@sct.backan.example.gov.vn";
    private static final String SKHDT = "lanhdao@skhdt.tuyenquang.example.gov.vn";
    /** BKN's tasks fall due on 31/12/2024: not yet due soon, due soon, overdue. */
    private static final LocalDate NIGHT_1 = LocalDate.of(2024, 11, 15);
    private static final LocalDate NIGHT_2 = LocalDate.of(2024, 12, 15);
    private static final LocalDate NIGHT_3 = LocalDate.of(2025, 1, 5);

    @TempDir
    static Path dir;
    private static Path warehouse;
    private static Path subscriptions;
    private static MailServer server;
    private static Set<String> firstNight;

    @BeforeAll
    static void start() {
        warehouse = dir.resolve("warehouse");
        subscriptions = TestInputs.write(dir.resolve("subscriptions.csv"), """
                email,name,province,unit,index,send
                vanphong@sotttt.laocai.example.gov.vn,Văn phòng Sở TT&TT,Lào Cai,Sở TT&TT,,briefing;tasks
                cchc@sonoivu.backan.example.gov.vn,Phòng CCHC Sở Nội vụ,Bắc Kạn,,,
                vanphong@sct.backan.example.gov.vn,Văn phòng Sở Công Thương,Bắc Kạn,BKN-SCT,,tasks
                lanhdao@skhdt.tuyenquang.example.gov.vn,Lãnh đạo Sở KH&ĐT,Tuyên Quang,TQG-SKHDT,PAR,briefing
                VANPHONG@sotttt.laocai.example.gov.vn,,Lào Cai,LCI-STTTT,PAR,tasks
                not-an-address,X,Lào Cai,LCI-STP,,
                a@b.example.gov.vn,Y,Hà Nội,,,
                c@d.example.gov.vn,Z,Lào Cai,Sở Không Có,,
                e@f.example.gov.vn,W,Lào Cai,LCI-STP,,sms
                """);
        server = new MailServer();
        server.setSystemProperties();
    }

    @AfterAll
    static void stop() {
        MailServer.clearSystemProperties();
        server.close();
    }

    private static RunOutcome night(LocalDate asOf) {
        Path bundled = Path.of("..", "data").toAbsolutePath().normalize();
        return NightlyRunner.run(new RunRequest(bundled, warehouse, "local[2]", false, asOf)
                .withDelivery(subscriptions, null), RepositorySettings.h2In(warehouse));
    }

    private static Map<String, ReceivedMail> byAddress(List<ReceivedMail> mails) {
        return mails.stream().collect(Collectors.toMap(ReceivedMail::to, m -> m));
    }

    private static Map<String, String> unitYear(String unitId) {
        return TestInputs.readCsv(warehouse.resolve("current/extracts/unit_year.csv")).stream()
                .filter(r -> r.get("unit_id").equals(unitId) && r.get("index").equals("PAR"))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String comma(String number) {
        return new BigDecimal(number).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    @Test
    @Order(1)
    void theFirstNightSendsOneMailPerValidAddressWithTheFiguresAndTheWorkbooks() throws Exception {
        RunOutcome outcome = night(NIGHT_1);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().contains("\nmail: 4 mails composed; 4 sent"), outcome.summary());
        String file = subscriptions.toString();
        assertEquals(List.of(file + ":7 [email] invalid_address", file + ":8 [province] unknown_province",
                        file + ":9 [unit] unknown_unit", file + ":10 [send] unknown_send"),
                outcome.problems().stream().filter(i -> i.file().equals(file))
                        .map(i -> i.location() + " " + i.rule()).toList());
        List<ReceivedMail> mails = ReceivedMail.all(server.received());
        assertEquals(4, mails.size());
        Map<String, ReceivedMail> to = byAddress(mails);
        assertEquals(Set.of(STTTT, HOME_AFFAIRS, SCT, SKHDT), to.keySet(), "one mail per address, rows merged");

        // the unit's latest result, as unit_year has it, and its three largest losses, as loss_drivers has them
        ReceivedMail sttt = to.get(STTTT);
        Map<String, String> result = unitYear("LCI-STTTT");
        String year = result.get("year");
        assertTrue(sttt.text().contains("Sở Thông tin và Truyền thông (Lào Cai) — Chỉ số CCHC năm " + year), sttt.text());
        assertTrue(sttt.text().contains("Chỉ số: " + comma(result.get("official_value")) + " (số liệu minh họa)"),
                sttt.text());
        assertTrue(sttt.text().contains("Xếp hạng: " + result.get("rank") + "/" + result.get("rank_of")
                + " (tính từ điểm) · kém đơn vị dẫn đầu " + comma(result.get("gap_to_best")) + " điểm"), sttt.text());
        assertTrue(sttt.text().contains("So với năm trước: " + (result.get("delta").startsWith("-") ? "\u2212"
                + comma(result.get("delta").substring(1)) : "+" + comma(result.get("delta"))) + " điểm"), sttt.text());
        List<Map<String, String>> drivers = TestInputs.readCsv(warehouse.resolve("current/extracts/loss_drivers.csv"))
                .stream().filter(r -> r.get("unit_id").equals("LCI-STTTT") && r.get("year").equals(year)
                        && r.get("index").equals("PAR")).limit(3).toList();
        for (Map<String, String> driver : drivers) {
            assertTrue(sttt.text().contains(driver.get("position") + ". " + driver.get("code") + " " + driver.get("name")
                    + "\n   Điểm chưa đạt: " + comma(driver.get("points_lost"))), sttt.text());
        }
        assertTrue(sttt.text().contains("https://parindex.example.gov.vn/unit/LCI-STTTT?index=PAR&year=" + year));
        assertTrue(sttt.text().contains("Nhiệm vụ cần xử lý — Sở Thông tin và Truyền thông (Lào Cai)"));
        assertTrue(sttt.html().contains("<a href=\"https://parindex.example.gov.vn/plan/LCI-STTTT?index=PAR\">"),
                sttt.html());
        assertEquals(List.of("LCI-STTTT_PAR_" + year + ".xlsx", "nhiem-vu_LCI-STTTT_PAR.xlsx"),
                List.copyOf(sttt.attachments().keySet()));

        // the attached workbooks, opened with POI: the unit briefing shows the value, the task list every task
        List<String> briefing = ReceivedMail.cells(sttt.attachments().get("LCI-STTTT_PAR_" + year + ".xlsx"));
        double value = Double.parseDouble(result.get("official_value"));
        assertTrue(briefing.stream().anyMatch(c -> c.endsWith(" = " + value)), "the official value: " + briefing);
        assertTrue(briefing.stream().anyMatch(c -> c.contains("Sở Thông tin và Truyền thông")));
        long tasks = TestInputs.readCsv(warehouse.resolve("current/extracts/task_status.csv")).stream()
                .filter(r -> r.get("unit_id").equals("LCI-STTTT") && r.get("index").equals("PAR")).count();
        List<String> taskList = ReceivedMail.cells(sttt.attachments().get("nhiem-vu_LCI-STTTT_PAR.xlsx"));
        assertTrue(taskList.stream().anyMatch(c -> c.endsWith(" = " + tasks + " nhiệm vụ")
                || c.contains("· " + tasks + " nhiệm vụ")), taskList.subList(0, 5).toString());
        assertEquals(tasks, taskList.stream().filter(c -> c.matches("Nhiệm vụ!A\\d+ = 202\\d\\.0")).count(),
                "one row per task, its plan year in column A");

        // the province as a whole: both of its ranking tables with their workbooks, and every unit's tasks
        ReceivedMail province = to.get(HOME_AFFAIRS);
        assertTrue(province.text().contains("Bắc Kạn — Sở, ban, ngành — Chỉ số CCHC năm 2024"), province.text());
        assertTrue(province.text().contains("Bắc Kạn — UBND cấp huyện — Chỉ số CCHC năm 2024"), province.text());
        assertEquals(List.of("bac-kan_department_PAR_2024.xlsx", "bac-kan_district_PAR_2024.xlsx",
                "nhiem-vu_bac-kan_PAR.xlsx"), List.copyOf(province.attachments().keySet()));
        List<String> ranking = ReceivedMail.cells(province.attachments().get("bac-kan_department_PAR_2024.xlsx"));
        TestInputs.readCsv(warehouse.resolve("current/extracts/unit_year.csv")).stream()
                .filter(r -> r.get("province").equals("Bắc Kạn") && r.get("tier").equals("department")
                        && r.get("year").equals("2024") && r.get("index").equals("PAR"))
                .forEach(r -> {
                    assertTrue(ranking.stream().anyMatch(c -> c.endsWith(" = " + r.get("unit_name"))), r.get("unit_name"));
                    assertTrue(province.text().contains(r.get("unit_name")), r.get("unit_name"));
                });
        assertTrue(province.text().contains("0 sắp đến hạn"), province.text());
        assertEquals(List.of("nhiem-vu_BKN-SCT_PAR.xlsx"), List.copyOf(to.get(SCT).attachments().keySet()));
        assertFalse(to.get(SKHDT).text().contains("Nhiệm vụ cần xử lý"), "briefing only");
        assertEquals(4, mails.stream().map(ReceivedMail::messageId).distinct().count());
        firstNight = mails.stream().map(ReceivedMail::messageId).collect(Collectors.toSet());

        DeliveryStatus status = DeliveryStatus.read(warehouse).orElseThrow();
        assertEquals(List.of(4, 4, 0, 0, 4, 4), List.of(status.subscribers(), status.composed(), status.waiting(),
                status.failed(), status.sent(), status.skippedRows()));
    }

    @Test
    @Order(2)
    void theSameNightAgainSendsNothing() throws Exception {
        RunOutcome outcome = night(NIGHT_1);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().startsWith("input unchanged"), outcome.summary());
        assertFalse(outcome.summary().contains("mail:"), outcome.summary());
        assertEquals(4, server.received().size(), "nothing more was sent");
    }

    @Test
    @Order(3)
    void aLaterDateSendsOnlyTheTasksThatChanged() throws Exception {
        RunOutcome outcome = night(NIGHT_2);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().contains("mail: 2 mails composed; 2 sent"), outcome.summary());
        // the server keeps its mails by mailbox: the new ones are those whose Message-ID it did not have
        List<ReceivedMail> mails = ReceivedMail.all(server.received());
        assertEquals(6, mails.size());
        Map<String, ReceivedMail> to = byAddress(mails.stream().filter(m -> !firstNight.contains(m.messageId())).toList());
        assertEquals(Set.of(HOME_AFFAIRS, SCT), to.keySet(), "Bắc Kạn's tasks are due soon now; nothing else changed");
        ReceivedMail province = to.get(HOME_AFFAIRS);
        assertEquals(List.of("nhiem-vu_bac-kan_PAR.xlsx"), List.copyOf(province.attachments().keySet()),
                "the tasks part alone: the ranking tables did not change");
        assertFalse(province.text().contains("Sở, ban, ngành — Chỉ số CCHC"), province.text());
        assertTrue(province.text().contains("Sắp đến hạn · Hạn: 31/12/2024"), province.text());
        assertTrue(province.subject().startsWith("parindex 15/12/2024: các đơn vị tỉnh Bắc Kạn: 0 quá hạn, "),
                province.subject());
        assertTrue(to.get(SCT).text().contains("0 quá hạn, 4 sắp đến hạn"), to.get(SCT).text());
    }

    @Test
    @Order(4)
    void withTheServerDownTheSnapshotIsPublishedAndTheMailsWait() throws Exception {
        String before = new Warehouse(warehouse).currentManifest().orElseThrow().id();
        server.stop();

        RunOutcome outcome = night(NIGHT_3);

        assertEquals(RunOutcome.OK, outcome.exitCode(), "the publish keeps its exit code: " + outcome.summary());
        assertNotEquals(before, new Warehouse(warehouse).currentManifest().orElseThrow().id(), "published");
        assertTrue(outcome.summary().contains("mail: 2 mails composed; 2 mails waiting: the server smtps://127.0.0.1:"
                + server.port() + " cannot take mail now: "), outcome.summary());
        assertEquals(2, waiting());
        DeliveryStatus status = DeliveryStatus.read(warehouse).orElseThrow();
        assertEquals(2, status.waiting());
        assertTrue(status.reason().contains("cannot take mail now"), status.reason());
    }

    @Test
    @Order(5)
    void theKeptMailsGoOutOnceWhenTheServerIsBack() throws Exception {
        server.start(); // a fresh server: what it receives now is all that is sent

        RunOutcome outcome = night(NIGHT_3);

        assertTrue(outcome.summary().startsWith("input unchanged"), "a no-op run: " + outcome.summary());
        assertTrue(outcome.summary().endsWith("\nmail: 2 sent"), outcome.summary());
        List<ReceivedMail> mails = ReceivedMail.all(server.received());
        assertEquals(Set.of(HOME_AFFAIRS, SCT), byAddress(mails).keySet());
        assertEquals(2, mails.size());
        assertTrue(byAddress(mails).get(SCT).text().contains("4 quá hạn, 0 sắp đến hạn"));
        assertEquals(0, waiting());
        assertEquals(0, DeliveryStatus.read(warehouse).orElseThrow().waiting());

        night(NIGHT_3);
        assertEquals(2, server.received().size(), "each once");
    }

    private static long waiting() throws Exception {
        try (Stream<Path> files = Files.list(DeliveryStatus.outbox(warehouse))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).count();
        }
    }
}
