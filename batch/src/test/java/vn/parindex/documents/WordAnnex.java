package vn.parindex.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.parindex.TestInputs;

/**
 * Builds a Word document the way a province writes the decision's annex or a plan: title paragraphs (in several
 * runs), then tables whose cells span columns ({@code gridSpan}) and rows ({@code vMerge}), a header row marked to
 * repeat on each page, and cells of several paragraphs. A cell text "\n" starts a new paragraph in the cell.
 */
public final class WordAnnex {
    /** A cell spanning {@code columns} columns; {@code down} true: merged with the cell of the row below it. */
    public record Span(String text, int columns, boolean down) {
    }

    /** The cell continuing a region merged down from the row above. */
    public static final Object CONTINUE = new Object();

    private final XWPFDocument document = new XWPFDocument();
    private XWPFTable table;
    private final int width;
    private int[] columnTwips;
    private boolean rowsWhole;

    public WordAnnex(int width, boolean landscape) {
        this.width = width;
        if (landscape) {
            var section = document.getDocument().getBody().addNewSectPr();
            var size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
            var margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(720));
            margins.setRight(BigInteger.valueOf(720));
            margins.setTop(BigInteger.valueOf(720));
            margins.setBottom(BigInteger.valueOf(720));
        }
    }

    /** A centred paragraph; its words in two runs, as Word splits them. */
    /** A paragraph as it is, left-aligned: prose. */
    public WordAnnex prose(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    public WordAnnex paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        int half = text.indexOf(' ', text.length() / 2);
        if (half < 0) {
            paragraph.createRun().setText(text);
        } else {
            paragraph.createRun().setText(text.substring(0, half));
            XWPFRun second = paragraph.createRun();
            second.setBold(true);
            second.setText(text.substring(half));
        }
        return this;
    }

    /** Starts a new table; the rows that follow belong to it. */
    public WordAnnex table(int... columnTwips) {
        table = document.createTable(1, width);
        table.removeRow(0);
        this.columnTwips = columnTwips;
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int twips : columnTwips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
        }
        return this;
    }

    /** A header row, marked to repeat at the top of each page. */
    public WordAnnex headerRow(Object... cells) {
        row(cells).setRepeatHeader(true);
        return this;
    }

    /** A row of cells: text, a {@link Span}, {@link #CONTINUE}, or a number. */
    public WordAnnex row(List<Object> cells) {
        row(cells.toArray());
        return this;
    }

    /** A row at least {@code twips} high (1/20 pt), so a short table runs over several pages. */
    public WordAnnex tallRow(int twips, Object... cells) {
        row(cells).setHeight(twips);
        return this;
    }

    public WordAnnex bodyRow(Object... cells) {
        row(cells);
        return this;
    }

    /** Rows from now on are never broken over a page (Word's "Allow row to break across pages" off). */
    public WordAnnex rowsWhole() {
        rowsWhole = true;
        return this;
    }

    private XWPFTableRow row(Object... cells) {
        XWPFTableRow row = table.createRow();
        if (rowsWhole) {
            row.setCantSplitRow(true);
        }
        while (row.getTableCells().size() > 0) {
            row.removeCell(0);
        }
        int column = 0;
        for (Object value : cells) {
            XWPFTableCell cell = row.addNewTableCell();
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            int columns = value instanceof Span span ? span.columns() : 1;
            int twips = 0;
            for (int i = column; i < column + columns && i < columnTwips.length; i++) {
                twips += columnTwips[i];
            }
            column += columns;
            var cellWidth = properties.addNewTcW();
            cellWidth.setW(BigInteger.valueOf(twips));
            cellWidth.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            String text;
            if (value == CONTINUE) {
                properties.addNewVMerge().setVal(STMerge.CONTINUE);
                text = "";
            } else if (value instanceof Span span) {
                if (span.columns() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span.columns()));
                }
                if (span.down()) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                text = span.text();
            } else {
                text = value == null ? "" : value.toString();
            }
            write(cell, text);
        }
        return row;
    }

    private static void write(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        first.createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    public byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path save(Path file) {
        return TestInputs.write(file, bytes());
    }
}
