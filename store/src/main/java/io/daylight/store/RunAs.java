package io.daylight.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which operating-system account the embedded PostgreSQL server runs as.
 *
 * <p>PostgreSQL refuses to start as root ("root execution of the PostgreSQL server is not
 * permitted"), and this project's machines and CI run as root. Nothing may be installed by hand,
 * so the server drops root itself, with tools every Debian/Ubuntu/RHEL base image has
 * (util-linux):
 *
 * <ol>
 *   <li>{@link #CURRENT_USER}: not root, nothing to do.
 *   <li>{@link #NOBODY} (preferred for root): {@code setpriv --reuid=65534 --regid=65534
 *       --clear-groups} runs initdb, pg_ctl and so the server as the unprivileged overflow account
 *       (uid/gid 65534 is {@code nobody}/{@code nogroup} on Debian and {@code nobody} on RHEL 8+).
 *       The database directory is chowned to it. This really gives up root: a compromised server
 *       cannot write root's files. It needs CAP_SETUID, which root has even in a default Docker
 *       container, and a data directory whose ancestors the account can traverse (not under
 *       {@code /root}, mode 0700).
 *   <li>{@link #USER_NAMESPACE}: {@code unshare -U} starts the server in a new user namespace
 *       where root is unmapped, so PostgreSQL sees itself as uid 65534 and its root-owned data
 *       directory as owned by 65534 too, and starts. This is what zonky's EmbeddedPostgres does
 *       for root. It works anywhere on disk, but the kernel still sees uid 0 on files, and
 *       Docker's default seccomp profile forbids new user namespaces; so it is the fallback.
 * </ol>
 *
 * Each choice is probed by actually running it, so an unusable one is never picked.
 */
enum RunAs {
  CURRENT_USER, NOBODY, USER_NAMESPACE;

  /** The overflow uid/gid, "nobody" on Linux distributions (see the class comment). */
  private static final int NOBODY_ID = 65534;
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  /** The account for a server whose files live under {@code dataDir}, run from {@code binaries}. */
  static RunAs choose(Path dataDir, Path binaries) throws IOException {
    if (currentUid() != 0) return CURRENT_USER;
    NOBODY.prepare(dataDir);
    Commands.Result nobody = Commands.run(NOBODY.wrap(List.of("/bin/sh", "-c",
        "test -x \"$0\" && test -x \"$1\"", dataDir.toString(), binaries.resolve("bin/postgres").toString())),
        null, PROBE_TIMEOUT);
    if (nobody.ok()) return NOBODY;
    USER_NAMESPACE.prepare(dataDir);
    Commands.Result namespace = Commands.run(USER_NAMESPACE.wrap(List.of("id", "-u")), null, PROBE_TIMEOUT);
    if (namespace.ok() && !namespace.output().trim().equals("0")) return USER_NAMESPACE;
    throw new StoreException("Running as root, and PostgreSQL will not run as root. Neither way to "
        + "drop root worked: setpriv to uid " + NOBODY_ID + " (" + nobody.output().trim() + "; its data "
        + "directory " + dataDir + " must be reachable by that account, so not under a 0700 home) nor "
        + "unshare -U (" + namespace.output().trim() + "). Run as a normal user, or move the data directory.");
  }

  /**
   * Sets the mode of the directory that holds the cluster, the secret and the staging area: the
   * {@link #NOBODY} account must traverse it to reach its cluster (it still cannot list it or read
   * the root-owned secret); otherwise only the owner may enter.
   */
  void prepare(Path dataDir) throws IOException {
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString(this == NOBODY ? "rwx--x--x" : "rwx------"));
  }

  /** The command that runs {@code command} as this account. */
  List<String> wrap(List<String> command) {
    List<String> wrapped = new ArrayList<>();
    switch (this) {
      case NOBODY -> wrapped.addAll(List.of("setpriv", "--reuid=" + NOBODY_ID, "--regid=" + NOBODY_ID, "--clear-groups"));
      case USER_NAMESPACE -> wrapped.addAll(List.of("unshare", "-U"));
      case CURRENT_USER -> { }
    }
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * Makes this account own {@code path} and everything below it. Needed when the same data
   * directory was last run under another choice (for example created by a normal user, now run by
   * root), because PostgreSQL insists on owning its directory.
   */
  void own(Path path) throws IOException {
    int uid = switch (this) {
      case NOBODY -> NOBODY_ID;
      case USER_NAMESPACE -> 0;
      case CURRENT_USER -> currentUid();
    };
    if (owner(path) == uid) return;
    if (this == CURRENT_USER) {
      throw new StoreException(path + " belongs to uid " + owner(path) + "; run as that user");
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(p, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  static int currentUid() throws IOException {
    // /proc/self belongs to the effective uid of the process that looks at it.
    return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
  }

  private static int owner(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
  }
}
