package vn.parindex.dashboard.quality;

import vn.parindex.dashboard.web.Html;
import vn.parindex.marts.DeliveryStatus;

/**
 * The last delivery of the subscriptions' mails on the quality page: when, how many were put in the outbox, sent,
 * still waiting and why, refused by the server and why (the first reason; the others are in the outbox's failed/).
 */
final class DeliveryFacts {
    private DeliveryFacts() {
    }

    static Html of(DeliveryStatus status) {
        Html facts = new Html().element("h2", "Gửi thư theo đăng ký — lần gần nhất").open("dl", "class", "facts",
                        "id", "gui-thu")
                .element("dt", "Thời điểm").element("dd", status.at())
                .element("dt", "Bản dữ liệu").element("dd", status.snapshot() == null ? "–" : status.snapshot())
                .element("dt", "Người nhận theo đăng ký").element("dd", status.subscribers()
                        + (status.skippedRows() > 0 ? " (" + status.skippedRows() + " dòng đăng ký bị bỏ qua vì lỗi)" : ""))
                .element("dt", "Thư mới soạn").element("dd", status.composed())
                .element("dt", "Đã gửi").element("dd", status.sent())
                .element("dt", "Đang chờ gửi").element("dd", status.waiting() == 0 ? "0"
                        : status.waiting() + (status.reason() == null ? "" : " — " + status.reason()),
                        "class", status.waiting() > 0 ? "warn" : null)
                .element("dt", "Máy chủ từ chối").element("dd", status.failed() == 0 ? "0"
                        : status.failed() + " — " + status.failures().get(0).reason(),
                        "class", status.failed() > 0 ? "warn" : null);
        if (status.waiting() == 0 && status.reason() != null) {
            facts.element("dt", "Ghi chú").element("dd", status.reason());
        }
        return facts.close("dl");
    }
}
