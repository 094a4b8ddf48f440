package vn.parindex.briefing;

import java.util.HashMap;
import java.util.Map;
import vn.parindex.briefings.MartRow;
import vn.parindex.marts.MartSchema;

/**
 * Where each column of one mart sits in the rows {@link vn.parindex.marts.MartReader} hands over (the mart's declared
 * order), so such a row reads by column name as the briefings' mapping wants it. Built once per mart, not per row.
 */
final class MartColumns {
    private final Map<String, Integer> positions = new HashMap<>();

    MartColumns(MartSchema mart) {
        for (int i = 0; i < mart.columns().size(); i++) {
            positions.put(mart.columns().get(i).name(), i);
        }
    }

    /** The row by column name; a column the mart does not declare reads as blank, as one an older file lacks does. */
    MartRow row(Object[] values) {
        return column -> {
            Integer position = positions.get(column);
            return position == null ? null : values[position];
        };
    }
}
