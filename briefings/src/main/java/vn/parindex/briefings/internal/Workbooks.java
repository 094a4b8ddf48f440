package vn.parindex.briefings.internal;

import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.data.SnapshotInfo;

/** A new workbook with its document properties, and sheet names Excel accepts. */
public final class Workbooks {
    private Workbooks() {
    }

    public static XSSFWorkbook create(String title, SnapshotInfo snapshot) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(SafeCells.printable(title));
        core.setSubjectProperty("Bản dữ liệu " + snapshot.id());
        core.setCreator("parindex");
        core.setCreated(Optional.of(Date.from(snapshot.createdAt())));
        return workbook;
    }

    /** At most 31 characters and none of []:*?/\ — else Excel asks to repair the file. */
    public static String sheetName(String name) {
        return WorkbookUtil.createSafeSheetName(SafeCells.printable(name), '-');
    }
}
