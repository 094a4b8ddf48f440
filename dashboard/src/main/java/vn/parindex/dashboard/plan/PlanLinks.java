package vn.parindex.dashboard.plan;

import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.Url;

/** Addresses of the Kế hoạch views and of the plan downloads the briefing module serves. */
public final class PlanLinks {
    private PlanLinks() {
    }

    /** A unit's Kế hoạch view of a results year (the plan for the year after is drafted from it). */
    public static Url unit(String unitId, String index, Integer year) {
        return Url.of("plan", unitId).param("index", index).param("year", year);
    }

    public static Url province(RankingKey key) {
        return SelectionLinks.url("plan", key);
    }

    /** The draft plan for year + 1 (Word), built by the briefing module. */
    static Url draft(String unitId, String index, int year) {
        return Url.of("plans", unitId + ".docx").param("year", year).param("index", index);
    }

    /** The unit's tasks of one plan year (Excel), built by the briefing module: its year is the plan year. */
    static Url taskList(String unitId, String index, int planYear) {
        return Url.of("plans", unitId, "tasks.xlsx").param("year", planYear).param("index", index);
    }

    /** A province's tasks of every plan year (Excel), built by the briefing module. */
    static Url provinceTaskList(String province, String index) {
        return Url.of("plans", "tasks.xlsx").param("province", province).param("index", index);
    }
}
