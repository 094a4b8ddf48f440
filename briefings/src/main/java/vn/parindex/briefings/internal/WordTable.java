package vn.parindex.briefings.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A bordered table of fixed column widths (in twips) whose header row repeats on every page, as the seeds' task
 * tables: rows of text cells, group rows ("I | Công tác chỉ đạo, điều hành") spanning the columns after the first,
 * and empty rows for the planner to fill in.
 */
public final class WordTable {
    static final int POINTS = 12;
    private static final String HEADER_FILL = "DDEBF7";
    private static final String GROUP_FILL = "F2F2F2";

    private final XWPFTable table;
    private final int[] widths;

    WordTable(XWPFTable table, int[] widths, String... headers) {
        this.table = table;
        this.widths = widths.clone();
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        table.setWidth(String.valueOf(total));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < widths.length; column++) {
            XWPFTableCell cell = cell(header, column);
            cell.setColor(HEADER_FILL);
            write(cell, headers[column], true, ParagraphAlignment.CENTER);
        }
    }

    /** A row of texts (null: an empty cell); the first column, the number, centred. */
    public void row(String... texts) {
        XWPFTableRow row = table.createRow();
        for (int column = 0; column < widths.length; column++) {
            String text = column < texts.length ? texts[column] : null;
            write(cell(row, column), text, false, column == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
    }

    /** A row whose first cell is a number and whose second spans the rest, in bold: a domain heading. */
    public void group(String number, String title) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        XWPFTableCell first = cell(row, 0);
        first.setColor(GROUP_FILL);
        write(first, number, true, ParagraphAlignment.CENTER);
        XWPFTableCell spanning = cell(row, 1);
        spanning.setColor(GROUP_FILL);
        int rest = 0;
        for (int column = 1; column < widths.length; column++) {
            rest += widths[column];
        }
        spanning.setWidth(String.valueOf(rest));
        spanning.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.length - 1L));
        while (row.getTableCells().size() > 2) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        write(spanning, title, true, ParagraphAlignment.LEFT);
    }

    private XWPFTableCell cell(XWPFTableRow row, int column) {
        XWPFTableCell cell = row.getCell(column);
        if (cell == null) {
            cell = row.addNewTableCell();
        }
        cell.setWidth(String.valueOf(widths[column]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
        return cell;
    }

    private static void write(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        WordParagraph paragraph = new WordParagraph(cell.getParagraphs().get(0), POINTS).align(alignment);
        paragraph.paragraph().setSpacingAfter(0);
        if (bold) {
            paragraph.bold(text);
        } else {
            paragraph.text(text);
        }
    }
}
