package vn.parindex.dashboard.web;

/** A request the dashboard cannot answer because of what the client sent: 400 or 404, with a message. */
public final class ClientError extends RuntimeException {
    private final int status;

    private ClientError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ClientError badRequest(String message) {
        return new ClientError(400, message);
    }

    public static ClientError notFound(String message) {
        return new ClientError(404, message);
    }

    public int status() {
        return status;
    }
}
