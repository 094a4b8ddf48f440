package vn.parindex.reference;

/** One scored item of a methodology tree: a domain (level 1), criterion or sub-criterion, with its maximum. */
public record MethodologyItem(TreeKey tree, String code, String parentCode, String name, double maxPoints,
                              String kind, String prevCode, int level, String sortKey) {

    /** The code this item had in the previous year's tree (blank prev_code means the same code). */
    public String previousCode() {
        return prevCode == null || prevCode.isEmpty() ? code : prevCode;
    }

    public boolean isDomain() {
        return parentCode == null || parentCode.isEmpty();
    }
}
