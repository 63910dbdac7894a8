package io.daylight.adapters.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far each watched file has been consumed: per file its identity (the file system's file key,
 * on Linux device and inode), the size seen, a fingerprint of its first bytes, and the byte offset
 * just past the last complete line handed on. Saved by writing a temporary file, forcing it to
 * disk, renaming it over the old one and forcing the directory, so a crash leaves either the old
 * or the new checkpoint, never a torn one.
 */
final class Checkpoint {
  /** One file's position. {@code head} is a hash of its first {@link DirectoryWatcher#HEAD_BYTES} bytes (or fewer). */
  record Position(String key, long size, long offset, String head) {}

  private final Path file;
  private final Map<String, Position> positions = new TreeMap<>();

  private Checkpoint(Path file) {
    this.file = file;
  }

  static Checkpoint load(Path file) throws IOException {
    Checkpoint c = new Checkpoint(file);
    if (!Files.exists(file)) return c;
    JsonNode root = Contract.JSON.readTree(Files.readAllBytes(file));
    for (JsonNode f : root.path("files")) {
      c.positions.put(f.path("path").asText(), new Position(f.path("key").asText(null), f.path("size").asLong(),
          f.path("offset").asLong(), f.path("head").asText(null)));
    }
    return c;
  }

  Position get(String path) {
    return positions.get(path);
  }

  void put(String path, Position p) {
    positions.put(path, p);
  }

  void save() throws IOException {
    ObjectNode root = Contract.JSON.createObjectNode();
    root.put("version", 1);
    ArrayNode files = root.putArray("files");
    positions.forEach((path, p) -> {
      ObjectNode f = files.addObject();
      f.put("path", path);
      f.put("key", p.key());
      f.put("size", p.size());
      f.put("offset", p.offset());
      f.put("head", p.head());
    });
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve(file.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(ByteBuffer.wrap(root.toString().getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory(dir);
  }

  /** Makes the rename itself durable where the platform allows opening a directory (Linux, macOS). */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
      // Windows cannot open a directory as a channel; its rename is already journalled by NTFS.
    }
  }
}
