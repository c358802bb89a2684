package org.disputesuite.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain loopback socket, for requests no HTTP client would send: raw header bytes,
 * broken paths, a body trickled one byte at a time.
 */
public final class RawHttp implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean closedByServer;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** Opens a connection and sends the bytes, typically a request head and perhaps part of a body. */
    public static RawHttp open(int port, byte[] start) {
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.getOutputStream().write(start);
            socket.getOutputStream().flush();
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole request in one go, answered and closed. */
    public static Answer exchange(int port, byte[] request) {
        try (RawHttp http = open(port, request)) {
            return http.answer();
        }
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends more bytes; false if the server has closed the connection. */
    public boolean send(byte[] more) {
        try {
            socket.getOutputStream().write(more);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server still keeps the connection open, reading what it sent meanwhile. */
    public boolean isOpen() {
        if (closedByServer) {
            return false;
        }
        try {
            socket.setSoTimeout(1);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    closedByServer = true;
                    return false;
                }
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            closedByServer = true;
            return false;
        }
    }

    /** Whether a complete answer has arrived (without waiting for one). */
    public boolean answered() {
        isOpen();
        return parse(received.toByteArray(), closedByServer) != null;
    }

    /** Waits for the answer to the request sent. */
    public Answer answer() {
        try {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                Answer answer = parse(received.toByteArray(), closedByServer);
                if (answer != null) {
                    return answer;
                }
                if (closedByServer) {
                    throw new IllegalStateException("The server closed the connection without a whole answer: "
                            + received.toString(StandardCharsets.ISO_8859_1));
                }
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException reset) {
                    n = -1;
                }
                if (n < 0) {
                    closedByServer = true;
                } else {
                    received.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static Answer parse(byte[] data, boolean complete) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return null;
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        byte[] rest = java.util.Arrays.copyOfRange(data, headEnd + 4, data.length);
        String body;
        if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            if (rest.length < length) {
                return null;
            }
            body = new String(rest, 0, length, StandardCharsets.UTF_8);
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(rest);
            if (body == null) {
                return null;
            }
        } else if (complete) {
            body = new String(rest, StandardCharsets.UTF_8);
        } else {
            return null;
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(data, at);
            if (lineEnd < 0) {
                return null;
            }
            int size = Integer.parseInt(new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0]
                    .trim(), 16);
            at = lineEnd + 2;
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            if (data.length < at + size + 2) {
                return null;
            }
            body.write(data, at, size);
            at += size + 2;
        }
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A status, the headers by lower-case name, and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
