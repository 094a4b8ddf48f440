package vn.parindex.ingest;

import java.util.List;
import vn.parindex.quality.Issue;

/** The validating processor's verdict on one line: the staged score, or the problems it has. */
public record CheckedLine(String file, int line, StagedScore score, List<Issue> issues, ProvinceYear provinceYear) {
}
