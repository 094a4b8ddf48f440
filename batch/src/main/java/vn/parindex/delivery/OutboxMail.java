package vn.parindex.delivery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the outbox keeps beside each mail (&lt;id&gt;.json next to &lt;id&gt;.eml): its id, its recipient, the news it
 * carries (ledger key to content hash) and when it was made; for a mail the server refused for good, why.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OutboxMail(@JsonProperty("id") String id, @JsonProperty("to") String to,
                  @JsonProperty("news") Map<String, String> news, @JsonProperty("created_at") String createdAt,
                  @JsonProperty("reason") String reason) {
    OutboxMail {
        news = news == null ? Map.of() : new TreeMap<>(news);
    }

    OutboxMail refused(String why) {
        return new OutboxMail(id, to, news, createdAt, why);
    }
}
