package dev.sesref.daemon;

import java.io.IOException;
import java.io.Writer;

/**
 * The server's side of the reply: every line a command prints goes out as one frame, tagged with the
 * stream it was printed to, so the client can put it back on its own stdout or stderr.
 *
 * <pre>
 * o TEXT   a line of standard output        e TEXT   a line of standard error
 * O TEXT   standard output's last, unended   E TEXT   standard error's last, unended
 * x CODE   the command's exit code, always the last frame
 * </pre>
 * (no space after the tag: {@code "obuilt 16 pages"}).
 */
final class Frames {
    private final Writer socket;
    private boolean broken;

    Frames(Writer socket) {
        this.socket = socket;
    }

    /** A writer for one stream; {@code tag} is 'o' or 'e'. */
    Writer stream(char tag) {
        return new Stream(tag);
    }

    synchronized void exit(int code) {
        send('x', Integer.toString(code));
        flushSocket();
    }

    private synchronized void flushSocket() {
        if (broken) {
            return;
        }
        try {
            socket.flush();
        } catch (IOException e) {
            broken = true;
        }
    }

    // A client that went away (Ctrl-C) must not stop the command: it finishes, and what it prints is dropped.
    private synchronized void send(char tag, CharSequence text) {
        if (broken) {
            return;
        }
        try {
            socket.append(tag).append(text).append('\n');
        } catch (IOException e) {
            broken = true;
        }
    }

    private final class Stream extends Writer {
        private final char tag;
        private final StringBuilder line = new StringBuilder();

        Stream(char tag) {
            this.tag = tag;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            synchronized (Frames.this) {
                for (int i = off; i < off + len; i++) {
                    if (buf[i] == '\n') {
                        send(tag, line);
                        line.setLength(0);
                    } else {
                        line.append(buf[i]);
                    }
                }
            }
        }

        @Override
        public void flush() {
            // Ended lines go out now (a long check shows its progress); a partial line waits for its end or close.
            flushSocket();
        }

        @Override
        public void close() {
            synchronized (Frames.this) {
                if (line.length() > 0) {
                    send(Character.toUpperCase(tag), line);
                    line.setLength(0);
                }
            }
        }
    }
}
