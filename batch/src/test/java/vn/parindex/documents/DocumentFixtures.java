package vn.parindex.documents;

/** The document fixtures other packages' tests use. */
public final class DocumentFixtures {
    private DocumentFixtures() {
    }

    /** The published annex of the workbook tests as the decision's Word file. */
    public static byte[] wordAnnex() {
        return DocumentAnnexTest.wordAnnex().bytes();
    }
}
