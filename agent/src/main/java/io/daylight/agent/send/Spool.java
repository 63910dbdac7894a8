package io.daylight.agent.send;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local directory of NDJSON batches so nothing is lost while the laptop is offline or the
 * server is down. Each batch is one file, written once (append-only), forced to disk before it
 * counts as spooled, and deleted only after the server answered 2xx. Names sort in write order
 * (zero-padded time then sequence), so batches go out oldest first. A crash mid-write leaves a
 * {@code .part} file that is never sent: the batch was not yet acknowledged to anyone.
 */
public final class Spool {
  private final Path dir;
  private long seq;

  public Spool(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** Writes the lines as one batch file, fsynced; returns its path. */
  public synchronized Path append(List<String> lines, long nowMs) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String l : lines) b.append(l).append('\n');
    String name = String.format("%015d-%09d", nowMs, seq++);
    Path part = dir.resolve(name + ".part");
    try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) ch.write(buf);
      ch.force(true);
    }
    Path done = dir.resolve(name + ".ndjson");
    Files.move(part, done, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return done;
  }

  /** Spooled batches, oldest first. */
  public List<Path> pending() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList());
    }
  }

  /** Called after a 2xx: the server has the batch. */
  public void delivered(Path batch) throws IOException {
    Files.deleteIfExists(batch);
  }
}
