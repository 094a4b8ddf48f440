package vn.parindex.ingest;

import java.util.List;
import java.util.Set;
import vn.parindex.quality.Issue;

/**
 * The outcome of ingest: the rows of accepted files, the quarantined files, the province-years those files spoke
 * about (whose earlier data is kept), and every problem found.
 */
public record IngestResult(List<StagedScore> accepted, List<String> acceptedFiles, List<String> quarantinedFiles,
                           Set<ProvinceYear> protectedProvinceYears, List<Issue> issues) {

    public boolean anyQuarantined() {
        return !quarantinedFiles.isEmpty();
    }
}
