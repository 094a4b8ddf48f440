package vn.parindex.documents;

import java.nio.file.Path;
import java.util.Locale;
import vn.parindex.grid.GridReader;
import vn.parindex.workbook.WorkbookGrids;

/**
 * The grid reader of a file by its name (contract 1.5, 1.8): .docx Word, .doc refused (the old format), .pdf PDF,
 * anything else a workbook (.xlsx, .xls). Each reader checks that the content is what the name says.
 */
public final class Documents {
    private Documents() {
    }

    public static GridReader reader(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return new WordGrids();
        }
        if (name.endsWith(".doc")) {
            return new OldWordFormat();
        }
        if (name.endsWith(".pdf")) {
            return new PdfGrids();
        }
        return new WorkbookGrids();
    }
}
