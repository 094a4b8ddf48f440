package vn.parindex.dashboard.web;

/** A request the dashboard cannot answer because of what the client sent: 400 or 404, with a message. */
public final class ClientError extends RuntimeException {
    private final int status;
    private final Html details;

    private ClientError(int status, String message, Html details) {
        super(message, null, false, false);
        this.status = status;
        this.details = details;
    }

    private ClientError(int status, String message) {
        this(status, message, null);
    }

    /** A 404 whose page also offers a way on (links to the years that exist, to a merged unit's successor). */
    public static ClientError notFound(String message, Html details) {
        return new ClientError(404, message, details);
    }

    /** What the error page shows under the message, or null. */
    public Html details() {
        return details;
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
