package se.samverkansgrafen.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's server-wide error handler: answers the requests Jetty refuses before they reach
 * the application (a path with an encoded or ambiguous separator, {@code %00}, bad
 * percent-encoding, a URI or headers over the size limits, a malformed request line) the
 * way the application answers its own errors: problem details, or the HTML error page for
 * a browser asking for a page. When Jetty refuses a request before reading its headers
 * (414, 431), the Accept header is unknown and the answer is problem details.
 */
class JettyErrorHandler extends ErrorHandler {

    private final ErrorPageRenderer pages;

    JettyErrorHandler(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        // Only a reason Jetty states for the client; never a cause's toString() with its class name.
        String reason = cause instanceof HttpException http ? http.getReason() : cause == null ? message : null;
        String detail = reason != null && !reason.equals(ErrorFormat.reason(code)) ? reason : ErrorFormat.detail(code);
        // A request line Jetty could not parse has no headers and a placeholder path: neither is known.
        String path = request.getHeaders().size() == 0 ? null : path(request);
        byte[] body;
        String contentType;
        if (ErrorFormat.wantsHtml(path, request.getHeaders().get(HttpHeader.ACCEPT))) {
            body = pages.render(code, detail).getBytes(StandardCharsets.UTF_8);
            contentType = "text/html;charset=UTF-8";
        } else {
            body = ErrorFormat.problemJson(code, detail, path);
            contentType = ErrorFormat.PROBLEM_JSON;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        SecurityHeaders.apply(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String path(Request request) {
        try {
            return request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
