package vn.parindex.documents;

import java.nio.file.Path;
import java.util.List;
import vn.parindex.grid.Grid;
import vn.parindex.grid.GridReader;
import vn.parindex.grid.ReadProblem;

/**
 * An old Word 97–2003 file (.doc) is refused with what to do: POI's HWPF reads its text but not its tables' merged
 * cells reliably, and a table read wrongly is worse than one not read. Word and LibreOffice save it as .docx.
 */
final class OldWordFormat implements GridReader {

    @Override
    public List<Grid> read(Path file) throws ReadProblem {
        throw new ReadProblem("old_word_format", "an old Word 97-2003 file (.doc) is not read: its tables' merged"
                + " cells cannot be read reliably; open it in Word or LibreOffice and save it as a Word document"
                + " (.docx), or use the published PDF");
    }

    @Override
    public String kind() {
        return "an old Word document";
    }
}
