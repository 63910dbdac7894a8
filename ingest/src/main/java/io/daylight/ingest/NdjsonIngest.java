package io.daylight.ingest;

import io.daylight.core.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads contract-v1 NDJSON: one JSON object per line, UTF-8, blank lines skipped. Every line ends
 * as exactly one of accepted, rejected (with a reason, kept whole but for what could be typed
 * content: {@link RejectedKeystrokes}) or a duplicate of an id already accepted by this reader.
 * Not thread-safe; one instance per ingest stream.
 */
public final class NdjsonIngest {
  private static final int CHUNK = 1 << 16;
  private final EventParser parser = new EventParser();
  private final IdFingerprints seen;
  private long currentLine;

  /** A reader that drops repeated ids across everything it reads (batch scans). */
  public NdjsonIngest() {
    this(true);
  }

  /**
   * @param dedupe whether to remember ids in memory; a long-running service passes false and lets
   *     the store's unique key make ingestion idempotent instead
   */
  public NdjsonIngest(boolean dedupe) {
    this.seen = dedupe ? new IdFingerprints() : null;
  }

  public IngestStats read(InputStream in, String source, IngestSink sink) throws IOException {
    Lines lines = new Lines(in);
    Counts counts = new Counts();
    while (lines.next()) {
      currentLine = lines.number;
      if (lines.from == lines.to && !lines.oversized) continue;
      counts.lines++;
      handle(lines, source, sink, counts);
    }
    return new IngestStats(counts.lines, counts.accepted, counts.rejected, counts.duplicates);
  }

  private void handle(Lines l, String source, IngestSink sink, Counts counts) {
    if (l.oversized) {
      counts.rejected++;
      sink.rejected(new Rejection(l.number, source, "line exceeds 1 MiB; raw keeps its first 1 MiB or more",
          RejectedKeystrokes.keptRaw(EventParser.text(l.buf, l.from, l.to - l.from))));
      return;
    }
    Event event;
    try {
      event = parser.parse(l.buf, l.from, l.to - l.from);
    } catch (InvalidEventException ex) {
      counts.rejected++;
      sink.rejected(new Rejection(l.number, source, ex.getMessage(),
          RejectedKeystrokes.keptRaw(EventParser.text(l.buf, l.from, l.to - l.from))));
      return;
    }
    if (seen != null && !seen.add(event.id())) {
      counts.duplicates++;
      return;
    }
    counts.accepted++;
    sink.accepted(event, Arrays.copyOfRange(l.buf, l.from, l.to));
  }

  private static final class Counts {
    long lines, accepted, rejected, duplicates;
  }

  /**
   * Splits a stream into lines without decoding it: after {@link #next()}, the line's bytes, with
   * surrounding white space trimmed, are {@code buf[from, to)}. A line longer than 1 MiB keeps its
   * head and is marked oversized; the rest of it is dropped as it streams past.
   */
  private static final class Lines {
    final InputStream in;
    byte[] buf = new byte[CHUNK];
    int start, end, scanFrom, from, to;
    long number;
    boolean eof, oversized;

    Lines(InputStream in) {
      this.in = in;
    }

    boolean next() throws IOException {
      oversized = false;
      while (true) {
        int nl = indexOfNewline(buf, Math.max(start, scanFrom), end);
        if (nl < 0 && !eof) {
          fill();
          continue;
        }
        if (nl < 0 && start == end) return false;
        int lineEnd = nl < 0 ? end : nl;
        number++;
        int s = start;
        int e = lineEnd;
        while (s < e && isSpace(buf[s])) s++;
        while (e > s && isSpace(buf[e - 1])) e--;
        from = s;
        to = e;
        start = nl < 0 ? end : nl + 1;
        scanFrom = start;
        return true;
      }
    }

    private void fill() throws IOException {
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
      }
      scanFrom = end;
      if (end == buf.length) {
        if (buf.length > EventParser.MAX_LINE_BYTES) {
          oversized = true;
          end = EventParser.MAX_LINE_BYTES;
          scanFrom = end;
        } else {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) eof = true;
      else end += n;
    }

    private static int indexOfNewline(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') return i;
      }
      return -1;
    }

    private static boolean isSpace(byte b) {
      return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
  }

  /**
   * Parses one stored line again (replay after restart). The line was accepted once, so a failure
   * here means the contract changed underneath stored data: loud, not skipped.
   */
  public Event parseStored(byte[] line) {
    try {
      return parser.parse(line, 0, line.length);
    } catch (InvalidEventException e) {
      throw new IllegalStateException("stored event no longer parses: " + e.getMessage());
    }
  }

  /** The 1-based number, within the current read, of the line a sink callback is handling. */
  public long currentLine() {
    return currentLine;
  }

  /** Reads a whole string (tests, HTTP bodies). */
  public IngestStats read(String ndjson, String source, IngestSink sink) throws IOException {
    return read(new java.io.ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), source, sink);
  }
}
