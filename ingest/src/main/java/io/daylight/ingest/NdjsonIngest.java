package io.daylight.ingest;

import io.daylight.core.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads contract-v1 NDJSON: one JSON object per line, UTF-8, blank lines skipped. Every line ends
 * as exactly one of accepted, rejected (with a reason, kept whole) or a duplicate of an id already
 * accepted by this reader. Not thread-safe; one instance per ingest stream.
 */
public final class NdjsonIngest {
  private static final int CHUNK = 1 << 16;
  private final EventParser parser = new EventParser();
  private final Set<String> seen;
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
    this.seen = dedupe ? new HashSet<>() : null;
  }

  public IngestStats read(InputStream in, String source, IngestSink sink) throws IOException {
    byte[] buf = new byte[CHUNK];
    int start = 0;
    int end = 0;
    long lineNo = 0;
    long lines = 0, accepted = 0, rejected = 0, duplicates = 0;
    boolean oversized = false;
    boolean eof = false;
    int scanFrom = 0;
    while (true) {
      int nl = -1;
      for (int i = Math.max(start, scanFrom); i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      if (nl < 0 && !eof) {
        // Need more bytes: compact, grow if the line so far fills the buffer, then read.
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, end - start);
          end -= start;
          start = 0;
        }
        scanFrom = end;
        if (end == buf.length) {
          if (buf.length > EventParser.MAX_LINE_BYTES) {
            // Keep the head of an oversized line for the rejection; drop the rest of it.
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
        continue;
      }
      int lineEnd = nl < 0 ? end : nl;
      if (nl < 0 && start == end) break;
      lineNo++;
      currentLine = lineNo;
      int s = start;
      int e = lineEnd;
      while (s < e && isSpace(buf[s])) s++;
      while (e > s && isSpace(buf[e - 1])) e--;
      start = nl < 0 ? end : nl + 1;
      scanFrom = start;
      if (s == e && !oversized) continue;
      lines++;
      if (oversized) {
        rejected++;
        sink.rejected(new Rejection(lineNo, source,
            "line exceeds 1 MiB; raw keeps its first 1 MiB or more", EventParser.text(buf, s, e - s)));
        oversized = false;
        continue;
      }
      Event event;
      try {
        event = parser.parse(buf, s, e - s);
      } catch (InvalidEventException ex) {
        rejected++;
        sink.rejected(new Rejection(lineNo, source, ex.getMessage(), EventParser.text(buf, s, e - s)));
        continue;
      }
      if (seen != null && !seen.add(event.id())) {
        duplicates++;
        continue;
      }
      accepted++;
      sink.accepted(event, Arrays.copyOfRange(buf, s, e));
      if (nl < 0) break;
    }
    return new IngestStats(lines, accepted, rejected, duplicates);
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

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  /** Reads a whole string (tests, HTTP bodies). */
  public IngestStats read(String ndjson, String source, IngestSink sink) throws IOException {
    return read(new java.io.ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), source, sink);
  }
}
