package dev.jango.web.server;

import dev.jango.web.http.Body;
import dev.jango.web.http.HttpException;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.http.SetCookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jetty core handler: reads the request (body within the limit) into an {@link HttpRequest}, calls the
 * dispatcher on the current (virtual) thread, and writes the {@link HttpResponse}, streaming bodies as they come.
 */
final class JettyBridge extends Handler.Abstract {
    private static final int CHUNK = 64 * 1024;

    private final Dispatcher dispatcher;
    private final RequestLimits limits;

    JettyBridge(Dispatcher dispatcher, RequestLimits limits) {
        super(InvocationType.BLOCKING);
        this.dispatcher = dispatcher;
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpResponse r;
        HttpRequest req = null;
        try {
            req = toRequest(request);
            r = dispatcher.dispatch(req);
        } catch (HttpException e) {
            // Body over the limit or unreadable: answered before any view runs.
            r = HttpResponse.text(e.status(), e.getMessage() + "\n").withHeader("Connection", "close");
        } catch (IOException e) {
            // The client stalled past the idle timeout (or went away) while sending the body: its fault, so a 408;
            // if the connection is already gone the write fails and Jetty just closes it.
            r = HttpResponse.text(408, "Request Timeout: the request body did not arrive in time\n")
                    .withHeader("Connection", "close");
        }
        try {
            write(request, response, r);
            callback.succeeded();
        } catch (Throwable t) {
            callback.failed(t);
        } finally {
            if (req != null) {
                req.deleteTemporaryFiles(); // spilled uploads live exactly as long as the request
            }
        }
        return true;
    }

    private HttpRequest toRequest(Request request) throws IOException {
        var uri = request.getHttpURI();
        String query = uri.getQuery();
        String decodedPath = uri.getDecodedPath();
        HttpRequest.Builder b = HttpRequest.builder(request.getMethod(),
                decodedPath == null || decodedPath.isEmpty() ? "/" : decodedPath, query == null ? "" : query);
        for (HttpField f : request.getHeaders()) {
            b.header(f.getName(), f.getValue());
        }
        b.secure(request.isSecure()).remoteAddress(Request.getRemoteAddr(request)).limits(limits);
        long declared = request.getLength();
        // HTTP/1.1 (the only protocol the connector speaks): a request with neither Content-Length nor
        // Transfer-Encoding has no body. Reading it anyway cost a GET ~16 KiB of buffers per request.
        if (declared == 0 || declared < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return b.build();
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            // Multipart bodies stream through the parser (big files to temporary files); others are read in memory.
            b.body(in, declared);
        }
        return b.build();
    }

    private static void write(Request request, Response response, HttpResponse r) throws IOException {
        response.setStatus(r.status());
        var headers = response.getHeaders();
        r.headers().forEach(headers::add);
        for (SetCookie c : r.cookies()) {
            headers.add(HttpHeader.SET_COOKIE, c.render());
        }
        boolean head = request.getMethod().equals("HEAD");
        switch (r.body()) {
            case Body.Bytes(byte[] bytes) -> {
                if (r.status() != 204 && r.status() != 304) {
                    headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
                }
                Content.Sink.write(response, true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes));
            }
            case Body.Streamed(Body.Writer writer) -> {
                if (head) {
                    Content.Sink.write(response, true, ByteBuffer.allocate(0));
                    return;
                }
                try (OutputStream out = Content.Sink.asOutputStream(response)) {
                    writer.writeTo(out);
                }
            }
            case Body.FileRange(var file, long offset, long length) -> {
                headers.put(HttpHeader.CONTENT_LENGTH, length);
                if (head) {
                    Content.Sink.write(response, true, ByteBuffer.allocate(0));
                    return;
                }
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    long pos = offset;
                    long end = offset + length;
                    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, length)));
                    while (pos < end) {
                        buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
                        int n = ch.read(buf, pos);
                        if (n < 0) {
                            throw new IOException(file + " shrank while being sent");
                        }
                        pos += n;
                        buf.flip();
                        Content.Sink.write(response, pos >= end, buf);
                    }
                    if (length == 0) {
                        Content.Sink.write(response, true, ByteBuffer.allocate(0));
                    }
                }
            }
        }
    }
}
