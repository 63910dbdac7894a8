package io.daylight.app.privacy;

import io.daylight.core.privacy.Pseudonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The operator's pseudonym key: 32 random bytes, hex, in a file outside the database (by default
 * {@code <data-dir>/pseudonym.key}; on a cluster, a mounted secret given with
 * {@code --pseudonym-key}). Created on first use, readable by its owner only. Whoever holds the
 * database without this file cannot tell which worker is which: keep backups of the two apart.
 */
public final class PseudonymKey {
  private static final SecureRandom RANDOM = new SecureRandom();

  private PseudonymKey() {}

  /** The key in {@code file}, creating a new random one there if there is none. */
  public static Pseudonyms loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        try {
          write(file, fresh(), false);
        } catch (FileAlreadyExistsException raced) {
          // another process created it first: use theirs
        }
      }
      return load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or create the pseudonym key " + file, e);
    }
  }

  /** The key in {@code file}; the file must exist and hold at least 64 hex characters. */
  public static Pseudonyms load(Path file) throws IOException {
    String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (hex.length() < 64 || !hex.matches("[0-9a-fA-F]+") || hex.length() % 2 != 0) {
      throw new IOException(file + " is not a pseudonym key (expected at least 64 hex characters: 32 random bytes)");
    }
    return new Pseudonyms(HexFormat.of().parseHex(hex));
  }

  /** 32 bytes from the platform's strong random source. */
  public static byte[] fresh() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return k;
  }

  /** Writes {@code key} to {@code file} (owner read/write only), atomically; {@code replace} allows an existing file. */
  public static void write(Path file, byte[] key, boolean replace) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".pseudonym", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the directory's ACL applies
      }
      Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
      if (replace) {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.createLink(file, tmp); // fails if the file exists: never overwrite a key by accident
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
