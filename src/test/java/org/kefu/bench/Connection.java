package org.kefu.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * A blocking keep-alive HTTP/1.1 connection that sends prepared bytes and reads the answer's status and
 * body length, nothing more. The JDK's HttpClient spent ~1.5 ms of CPU per request — as much as Kefu's
 * own intake — on the same two cores it was measuring; this costs a few dozen microseconds.
 */
final class Connection implements AutoCloseable {

    private final URI server;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    Connection(URI server) {
        this.server = server;
    }

    /**
     * Sends {@code call} and returns the status code. A kept-alive connection the server has closed in the
     * meantime fails before any answer byte arrives; only then is the request sent again on a new one, so
     * no request can reach the server twice.
     */
    int exchange(Call call) throws IOException {
        boolean reused = socket != null;
        if (!reused) {
            open();
        }
        try {
            out.write(call.bytes());
            out.flush();
            return readResponse();
        } catch (StaleConnection closedBeforeAnswer) {
            close();
            if (!reused) {
                throw closedBeforeAnswer;
            }
            open();
            out.write(call.bytes());
            out.flush();
            return readResponse();
        } catch (IOException failed) {
            close();
            throw failed;
        }
    }

    /** The connection ended before the first byte of an answer. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("connection closed before the answer");
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    private int readResponse() throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new StaleConnection();
        }
        String status = (char) first + line();
        if (status.length() < 12) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
                skip(size);
                line();
            }
            line();
        } else if (length > 0) {
            skip(length);
        }
        if (close) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing a broken connection: nothing to keep
        }
        socket = null;
    }
}
