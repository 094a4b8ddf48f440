package vn.parindex.job;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;

/** Reads back what a job execution handed on in its ExecutionContext (RunKeys), as the job repository keeps it. */
final class JobContexts {
    private JobContexts() {
    }

    /**
     * The context of the newest job execution: Spring Batch's default serializer writes it as Base64 of a Java
     * serialized map, in SHORT_CONTEXT, or in SERIALIZED_CONTEXT when it is long.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> newest(Connection connection) throws Exception {
        try (ResultSet row = connection.createStatement().executeQuery(
                "SELECT SHORT_CONTEXT, SERIALIZED_CONTEXT FROM BATCH_JOB_EXECUTION_CONTEXT"
                        + " ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
            if (!row.next()) {
                throw new AssertionError("no job execution context in the repository");
            }
            String text = row.getString(2) != null ? row.getString(2) : row.getString(1);
            byte[] serialized = Base64.getMimeDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
                return (Map<String, Object>) in.readObject();
            }
        }
    }
}
