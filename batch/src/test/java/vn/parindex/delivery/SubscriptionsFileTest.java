package vn.parindex.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.MainAccess;
import vn.parindex.TestInputs;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.reference.UnitRegistry;

/** The subscriptions file (contract section 6) read against the worked example's units. */
class SubscriptionsFileTest {
    @TempDir
    Path dir;
    private Path input;
    private UnitRegistry units;

    @BeforeEach
    void loadUnits() throws Exception {
        input = TestInputs.copyExampleInput(dir);
        units = ReferenceDataLoader.load(input).units();
    }

    private SubscriptionsFile.Read read(String text) {
        return SubscriptionsFile.read(TestInputs.write(dir.resolve("subscriptions.csv"), text), units, 2024);
    }

    @Test
    void unitsByNameOrAliasBlankIndexIsParBlankSendIsBothAndRowsForOneAddressMerge() {
        SubscriptionsFile.Read read = read("""
                email,name,province,unit,index,send
                vanphong@stp.example.gov.vn,Văn phòng Sở Tư pháp,tỉnh mẫu,Sở TP,,briefing
                VanPhong@STP.Example.gov.vn,,Tỉnh Mẫu,X-TP,PAR,tasks
                vanphong@stp.example.gov.vn,Khác,Tỉnh Mẫu,Sở Tư pháp,SIPAS,
                cchc@snv.example.gov.vn,Phòng CCHC,Tỉnh Mẫu,,,briefing;tasks
                """);

        assertEquals(List.of(), read.issues());
        assertEquals(2, read.subscribers().size(), "one subscriber per address (the domain in any case)");
        Subscriber office = read.subscribers().get(0);
        assertEquals("Văn phòng Sở Tư pháp", office.name(), "the first name given");
        assertEquals(List.of(new Subscription("Tỉnh Mẫu", "X-TP", "PAR", EnumSet.allOf(NewsKind.class)),
                new Subscription("Tỉnh Mẫu", "X-TP", "SIPAS", Set.of())), office.subscriptions());
        Subscriber homeAffairs = read.subscribers().get(1);
        assertEquals(List.of(new Subscription("Tỉnh Mẫu", null, "PAR", EnumSet.allOf(NewsKind.class))),
                homeAffairs.subscriptions());
        assertTrue(homeAffairs.subscriptions().get(0).provinceWide());
    }

    @Test
    void aUnitMergedAwayIsStillFoundByItsName() {
        // Sở TT&TT existed in 2023 only (merged into X-KHCN2): the only unit of that name
        SubscriptionsFile.Read read = read("email,province,unit\nvp@tttt.example.gov.vn,Tỉnh Mẫu,Sở TT&TT\n");
        assertEquals(List.of(), read.issues());
        assertEquals("X-TTTT", read.subscribers().get(0).subscriptions().get(0).unitId());
    }

    @Test
    void everyProblemOfABadRowIsReportedWithItsLineAndTheRowIsSkippedTheOthersServed() {
        SubscriptionsFile.Read read = read("""
                email,name,province,unit,index,send
                not-an-address,X,Tỉnh Mẫu,Sở TP,,
                a@b.example,Y,Hà Nội,,,
                c@d.example,Z,Tỉnh Mẫu,Sở Không Có,,
                e@f.example,W,Tỉnh Mẫu,X-NV,,sms
                "g@h.example
                Bcc: x@evil.example",V,Tỉnh Mẫu,X-NV,,
                i@j.example,U,Tỉnh Mẫu,X-NV,CPI,
                Văn Phòng <k@l.example>,T,Tỉnh Mẫu,X-NV,,
                ,S,,,,briefing;news
                ok@snv.example.gov.vn,Được,Tỉnh Mẫu,X-NV,,tasks
                """);

        String file = dir.resolve("subscriptions.csv").toString();
        List<String> found = read.issues().stream()
                .map(i -> i.file().equals(file) + " " + i.line() + " " + i.column() + " " + i.rule()).toList();
        assertEquals(List.of("true 2 email invalid_address", "true 3 province unknown_province",
                "true 4 unit unknown_unit", "true 5 send unknown_send", "true 6 email invalid_address",
                "true 8 index unknown_index", "true 9 email invalid_address", "true 10 email missing_value",
                "true 10 province missing_value", "true 10 send unknown_send"), found);
        assertTrue(read.issues().stream().allMatch(i -> i.severity() == Issue.Severity.ERROR
                && i.action().equals(SubscriptionsFile.SKIPPED)));
        assertEquals(List.of("ok@snv.example.gov.vn"), read.subscribers().stream().map(Subscriber::address).toList());
    }

    @Test
    void aMissingFileOrAMissingColumnIsOneProblemAndNobodyIsServed() {
        SubscriptionsFile.Read missing = SubscriptionsFile.read(dir.resolve("none.csv"), units, 2024);
        assertEquals(List.of("unreadable_file"), missing.issues().stream().map(Issue::rule).toList());
        SubscriptionsFile.Read noProvince = read("email,unit\na@b.example,X-NV\n");
        assertEquals(List.of("missing_column"), noProvince.issues().stream().map(Issue::rule).toList());
        assertEquals(List.of(), noProvince.subscribers());
    }

    @Test
    void validateWithSubscriptionsListsEveryProblemAndExitsTwo() {
        Path file = TestInputs.write(dir.resolve("subscriptions.csv"),
                "email;province;unit\nbad;Tỉnh Mẫu;X-NV\nok@snv.example.gov.vn;Tỉnh Mẫu;Sở Nội vụ\nc@d.example;Nơi Khác;\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = MainAccess.exitCode(new String[] {"validate", "--input", input.toString(), "--subscriptions",
                file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, printed);
        assertTrue(printed.contains(file + ":2 [email] invalid_address"), printed);
        assertTrue(printed.contains(file + ":4 [province] unknown_province"), printed);
        assertTrue(printed.contains("1 addresses served (1 subscriptions), 2 rows skipped"), printed);

        TestInputs.write(file, "email,province\nok@snv.example.gov.vn,Tỉnh Mẫu\n");
        assertEquals(0, MainAccess.exitCode(new String[] {"validate", "--input", input.toString(), "--subscriptions",
                file.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }
}
