package vn.parindex.dashboard.web;

import vn.parindex.dashboard.snapshot.RankingKey;

/**
 * Addresses of the Kế hoạch views and of the plan downloads the briefing module serves: beside {@link UnitLinks},
 * since the unit, province and plan pages link to one another.
 */
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
    public static Url draft(String unitId, String index, int year) {
        return Url.of("plans", unitId + ".docx").param("year", year).param("index", index);
    }

    /** The unit's tasks of one plan year (Excel), built by the briefing module: its year is the plan year. */
    public static Url taskList(String unitId, String index, int planYear) {
        return Url.of("plans", unitId, "tasks.xlsx").param("year", planYear).param("index", index);
    }

    /** A province's tasks of every plan year (Excel), built by the briefing module. */
    public static Url provinceTaskList(String province, String index) {
        return Url.of("plans", "tasks.xlsx").param("province", province).param("index", index);
    }
}
