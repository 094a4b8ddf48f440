package vn.parindex.dashboard.web;

import vn.parindex.dashboard.snapshot.Snapshot;

/** One view of the dashboard: builds its page (tables and charts included) for the request's parameters. */
@FunctionalInterface
public interface View {
    /** @throws ClientError for a malformed (400) or unknown (404) parameter */
    Page build(Snapshot snapshot, Params params);
}
