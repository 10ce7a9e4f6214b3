package com.lawfirm.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The load generator's HTTP/1.1 client: one kept-alive connection per client thread, requests written as bytes,
 * answers read to their end and only their status kept. The JDK's HttpClient cost the machine about 0.2 ms of its two
 * cores per request (its selector thread, futures and executor hand-offs), taken from the service it measured; a load
 * generator on a machine of its own costs the service nothing. Answers are framed by Content-Length or chunked, as
 * Tomcat sends them; a {@code Connection: close} answer is read to its end and the next request connects again.
 */
final class PlainHttp {

    private final String host;
    private final int port;
    private final String authorization;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    PlainHttp(String baseUrl, String authorization) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.authorization = authorization;
    }

    /** The status of a POST of {@code json} to {@code path}, or -1 when the exchange failed. */
    int post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        return exchange(head, body);
    }

    /** The status of a GET of {@code path}, or -1 when the exchange failed. */
    int get(String path) {
        byte[] head = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        return exchange(head, new byte[0]);
    }

    private int exchange(byte[] head, byte[] body) {
        Connection connection = connections.get();
        try {
            if (connection == null) {
                connection = new Connection(host, port);
                connections.set(connection);
            }
            int status = connection.exchange(head, body);
            if (connection.closed) {
                connections.remove();
            }
            return status;
        } catch (IOException | RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            connections.remove();
            return -1;
        }
    }

    /** One connection, used by one thread at a time. */
    private static final class Connection {
        private final Socket socket = new Socket();
        private final InputStream in;
        private final OutputStream out;
        private boolean closed;

        Connection(String host, int port) throws IOException {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        }

        int exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(body);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = colon < 0 ? header : header.substring(0, colon).trim();
                String value = colon < 0 ? "" : header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closed = value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers, none expected
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closed) {
                close();
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong(extension < 0 ? size.trim() : size.substring(0, extension).trim(), 16);
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("the answer ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        /** A header line, without its CRLF; the headers are ASCII. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // it is being dropped either way
            }
        }
    }
}
