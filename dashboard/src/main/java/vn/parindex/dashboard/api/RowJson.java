package vn.parindex.dashboard.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.HiddenCharacters;

/**
 * Rows as JSON objects keyed by the extract's column names, in column order; blanks are null; text without bidi
 * controls, like the extracts.
 */
final class RowJson extends StdSerializer<MartRow> {
    private RowJson() {
        super(MartRow.class);
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new SimpleModule().addSerializer(MartRow.class, new RowJson()));
    }

    @Override
    public void serialize(MartRow row, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        List<String> names = row.mart().names();
        for (int i = 0; i < names.size(); i++) {
            json.writeFieldName(names.get(i));
            Object value = row.value(i);
            provider.defaultSerializeValue(value instanceof String text
                    ? HiddenCharacters.withoutBidiControls(text) : value, json);
        }
        json.writeEndObject();
    }
}
