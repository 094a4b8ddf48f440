package vn.parindex.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before any Javalin handler runs (a request it cannot parse: a bad URI, an
 * oversized header): the same security headers as every page, and a short body that echoes nothing.
 */
public final class JettyErrorPages extends ErrorHandler {
    public JettyErrorPages() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.names().forEach((name, value) -> fields.put(name, value));
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(("{\"error\":\"yêu cầu không hợp lệ\",\"status\":" + status + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.names().forEach(response::setHeader);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(("{\"error\":\"lỗi\",\"status\":" + response.getStatus() + "}")
                .getBytes(StandardCharsets.UTF_8));
        baseRequest.setHandled(true);
    }
}
