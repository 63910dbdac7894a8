package io.daylight.adapters.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.Importer;
import io.daylight.adapters.Importers;
import io.daylight.adapters.Mapping;
import io.daylight.ingest.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tails a directory of NDJSON files ({@code daylight watch DIR}) and hands each new complete line
 * on, as a contract-v1 line:
 * <ul>
 *   <li>{@code *.ndjson}, {@code *.jsonl}: contract lines, handed on as they are;</li>
 *   <li>files named {@code <format>-*} or {@code <format>.*} for a line-oriented import format
 *       ({@code okta}, {@code entra}, {@code gworkspace}, {@code osquery}, {@code git}): each line is
 *       one vendor record, converted by that importer, its events handed on, its rejections
 *       reported.</li>
 * </ul>
 * A line is consumed only once its newline is written, so a writer caught mid-line is read on a
 * later poll. A checkpoint ({@link Checkpoint}) records, per file, the offset after the last line
 * handed on; a restart resumes there. A file replaced under the same name (rotation: another
 * inode) or shorter than its offset (truncation) or whose first bytes changed (copy-truncate) is
 * read again from the start.
 *
 * <p>Delivery is at-least-once with a bound: the checkpoint is saved every
 * {@value #CHECKPOINT_EVERY} lines, at the end of each file and before a handler failure is
 * rethrown, so a hard kill repeats at most that many lines, and contract ids make ingestion
 * idempotent; nothing is lost.
 */
public final class DirectoryWatcher {
  /** Lines between checkpoint saves: bounds repeats after a hard kill against an fsync per line. */
  static final int CHECKPOINT_EVERY = 1000;
  /** Bytes fingerprinted at the head of each file to recognise copy-truncate rotation. */
  static final int HEAD_BYTES = 256;
  private static final List<String> LINE_FORMATS = List.of("okta", "entra", "gworkspace", "osquery", "git");

  /** Receives contract-v1 lines; a throw stops the poll after the checkpoint is saved. */
  public interface LineHandler {
    void line(Path file, byte[] contractLine) throws IOException;

    /** A vendor record that an importer could not convert. */
    default void rejected(Rejection r) {}
  }

  private final Path dir;
  private final Path checkpointFile;
  private final Mapping mapping;
  private final LineHandler handler;

  public DirectoryWatcher(Path dir, Path checkpointFile, Mapping mapping, LineHandler handler) {
    this.dir = dir;
    this.checkpointFile = checkpointFile;
    this.mapping = mapping;
    this.handler = handler;
  }

  /** Reads every watched file from its checkpoint to its last complete line; returns the lines handed on. */
  public long pollOnce() throws IOException {
    Checkpoint cp = Checkpoint.load(checkpointFile);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(Files::isRegularFile).filter(p -> !p.equals(checkpointFile) && kindOf(p) != null).sorted().forEach(files::add);
    }
    long handed = 0;
    for (Path f : files) handed += tail(f, kindOf(f), cp);
    return handed;
  }

  /** Polls until {@code keepGoing} says stop, sleeping {@code intervalMillis} between polls that found nothing. */
  public void run(long intervalMillis, java.util.function.BooleanSupplier keepGoing) throws IOException, InterruptedException {
    while (keepGoing.getAsBoolean()) {
      if (pollOnce() == 0) Thread.sleep(intervalMillis);
    }
  }

  /** "ndjson" for contract files, an import format name for vendor files, null for files not watched. */
  static String kindOf(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.endsWith(".tmp")) return null;
    for (String f : LINE_FORMATS) if (name.startsWith(f + "-") || name.startsWith(f + ".")) return f;
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) return "ndjson";
    return null;
  }

  private long tail(Path f, String kind, Checkpoint cp) throws IOException {
    String key = fileKey(f);
    String path = f.toAbsolutePath().normalize().toString();
    Checkpoint.Position at = cp.get(path);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = ch.size();
      String head = head(ch);
      long offset = 0;
      if (at != null && at.key() != null && at.key().equals(key) && size >= at.offset() && headMatches(at, head, ch)) {
        offset = at.offset();
      }
      if (offset == size) {
        cp.put(path, new Checkpoint.Position(key, size, offset, head));
        return 0;
      }
      Importer importer = kind.equals("ndjson") ? null : Importers.forFormat(kind, mapping);
      ch.position(offset);
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long lineStart = offset;
      long pos = offset;
      long handed = 0;
      int sinceSave = 0;
      try {
        while (ch.read(buf) > 0) {
          buf.flip();
          while (buf.hasRemaining()) {
            byte b = buf.get();
            pos++;
            if (b != '\n') {
              line.write(b);
              continue;
            }
            byte[] bytes = trim(line.toByteArray());
            line.reset();
            if (bytes.length > 0) {
              handed += hand(f, bytes, importer);
            }
            lineStart = pos;
            if (++sinceSave >= CHECKPOINT_EVERY) {
              cp.put(path, new Checkpoint.Position(key, size, lineStart, head));
              cp.save();
              sinceSave = 0;
            }
          }
          buf.clear();
        }
      } finally {
        // Progress up to the last line handed on survives a handler failure as well as a clean end.
        cp.put(path, new Checkpoint.Position(key, size, lineStart, head));
        cp.save();
      }
      return handed;
    }
  }

  private long hand(Path f, byte[] bytes, Importer importer) throws IOException {
    if (importer == null) {
      handler.line(f, bytes);
      return 1;
    }
    List<byte[]> events = new ArrayList<>(1);
    List<Rejection> rejections = new ArrayList<>(0);
    importer.convert(new ByteArrayInputStream(bytes), f.toString(), new ImportSink() {
      @Override public void event(ObjectNode event) {
        events.add(event.toString().getBytes(StandardCharsets.UTF_8));
      }

      @Override public void rejected(Rejection r) {
        rejections.add(r);
      }
    });
    for (Rejection r : rejections) handler.rejected(r);
    for (byte[] e : events) handler.line(f, e);
    return events.size();
  }

  private static byte[] trim(byte[] b) {
    int e = b.length;
    while (e > 0 && (b[e - 1] == '\r' || b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
    int s = 0;
    while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
    return s == 0 && e == b.length ? b : java.util.Arrays.copyOfRange(b, s, e);
  }

  /** The file system's identity of the file (Linux: device and inode); the path when it has none. */
  static String fileKey(Path f) throws IOException {
    Object k = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
    return k == null ? "path:" + f.toAbsolutePath() : k.toString();
  }

  private static String head(FileChannel ch) throws IOException {
    return hash(ch, (int) Math.min(HEAD_BYTES, ch.size()));
  }

  /** The stored fingerprint covered min(HEAD_BYTES, size then): compare the same span now. */
  private static boolean headMatches(Checkpoint.Position at, String headNow, FileChannel ch) throws IOException {
    if (at.head() == null) return true;
    int span = (int) Math.min(HEAD_BYTES, at.size());
    return at.head().equals(span == Math.min(HEAD_BYTES, ch.size()) ? headNow : hash(ch, span));
  }

  private static String hash(FileChannel ch, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    long p = 0;
    while (b.hasRemaining()) {
      int r = ch.read(b, p);
      if (r < 0) break;
      p += r;
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(b.array(), 0, b.position());
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
