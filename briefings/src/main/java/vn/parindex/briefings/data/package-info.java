/**
 * What a briefing is made of: the snapshot's data ({@link vn.parindex.briefings.data.BriefingData}) and what a
 * caller asks for (a comparison, a task list, a plan draft). The entry points ({@code vn.parindex.briefings}) and the
 * writers ({@code vn.parindex.briefings.internal}) both depend on it, it on neither: no package cycle.
 */
package vn.parindex.briefings.data;
