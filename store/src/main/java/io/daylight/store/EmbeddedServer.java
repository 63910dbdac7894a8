package io.daylight.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server owned by this process, on a persistent directory.
 *
 * <p>Layout of the directory the caller names: {@code pg/} the cluster, {@code superuser.secret}
 * the superuser's password (0600), {@code pg/server.log} the server's log, {@code owner.lock}
 * locked by the process that owns the server while it runs. The operating system drops that lock
 * when the process dies, even by kill -9, which is how a server left running by a dead owner is
 * told apart from one whose owner is alive (and must not be touched).
 *
 * <p>Why not zonky's {@code EmbeddedPostgres} class (only its binaries are used): by default it
 * starts the server with {@code -F} (fsync off), which an acknowledged-means-durable store cannot
 * have; it
 * can drop root only through user namespaces, which Docker's default seccomp profile forbids (see
 * {@link RunAs}); it runs initdb in place, so a kill during initdb leaves a directory that looks
 * initialised; and after the owning JVM is killed with -9, pg_ctl's daemonised server lives on
 * and blocks the next start. This class handles each of these:
 *
 * <ul>
 *   <li>fsync, full_page_writes and synchronous_commit are set on the command line, so a commit
 *       has reached the disk before the client hears of it;
 *   <li>initdb writes into {@code pg.initdb/}, renamed to {@code pg/} only when it succeeded;
 *   <li>a server left running by a dead owner is stopped (fast shutdown) before starting, a
 *       {@code postmaster.pid} whose pid now belongs to another program is removed, and a
 *       {@code postmaster.pid} of a dead server is left to PostgreSQL, which recovers from WAL;
 *   <li>it listens on 127.0.0.1 only, with no Unix socket, and asks for the password (SCRAM) kept
 *       in {@code superuser.secret}, so other local accounts cannot use the database.
 * </ul>
 */
final class EmbeddedServer implements AutoCloseable {
  static final String SUPERUSER = "postgres";
  static final String DATABASE = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
  private static final String CLUSTER = "pg";
  private static final String SECRET = "superuser.secret";
  private static final String OWNER_LOCK = "owner.lock";
  // Generous bounds, far above what was measured here (initdb 1-4 s, start 0.1-0.5 s on a
  // loaded 2-core machine): they only keep a wedged command from hanging the application.
  private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(3);
  private static final int PG_CTL_WAIT_SECONDS = 120;
  private static final Duration PG_CTL_TIMEOUT = Duration.ofSeconds(PG_CTL_WAIT_SECONDS + 30);
  /**
   * Start attempts, 0.3 s, 0.6 s, ... apart. A retry covers two short-lived conditions: the
   * backends of a server killed with -9 hold its shared memory until they notice their parent
   * died ("pre-existing shared memory block is still in use"), and a free port picked by this
   * process can be taken by another before the server binds it.
   */
  private static final int START_ATTEMPTS = 5;

  private final Path binaries;
  private final Path cluster;
  private final RunAs runAs;
  private final int port;
  private final String password;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Thread shutdownHook;

  private final FileChannel ownerLock;

  private EmbeddedServer(Path binaries, Path cluster, RunAs runAs, int port, String password, FileChannel ownerLock) {
    this.ownerLock = ownerLock;
    this.binaries = binaries;
    this.cluster = cluster;
    this.runAs = runAs;
    this.port = port;
    this.password = password;
    // A normal JVM exit (end of main, SIGTERM, Ctrl-C) stops the server cleanly; kill -9 cannot,
    // which the next start handles.
    this.shutdownHook = new Thread(this::stop, "daylight-postgres-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts the server on {@code dataDir}, creating the cluster on first use.
   *
   * @param port the TCP port, or 0 for a free one
   * @param runAs the account to run as, or null to choose (see {@link RunAs#choose})
   */
  static EmbeddedServer start(Path dataDir, int port, RunAs runAs) throws IOException {
    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    requireOwnDirectory(dir);
    FileChannel ownerLock = lockOwnership(dir);
    try {
      return start(dir, port, runAs, ownerLock);
    } catch (IOException | RuntimeException e) {
      ownerLock.close();
      throw e;
    }
  }

  private static EmbeddedServer start(Path dir, int port, RunAs runAs, FileChannel ownerLock) throws IOException {
    Path binaries = PostgresBinaries.unpacked();
    RunAs account = runAs != null ? runAs : RunAs.choose(dir, binaries);
    account.prepare(dir);
    String password = secret(dir);
    Path cluster = dir.resolve(CLUSTER);
    if (!Files.isRegularFile(cluster.resolve("PG_VERSION"))) {
      initdb(binaries, dir, cluster, account, password);
    }
    account.own(cluster);
    stopLeftoverServer(binaries, cluster, account);
    String failure = "";
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int chosen = port != 0 ? port : freePort();
      Commands.Result result = Commands.run(account.wrap(List.of(
          binaries.resolve("bin/pg_ctl").toString(), "-D", cluster.toString(),
          "-l", cluster.resolve("server.log").toString(), "-w", "-t", Integer.toString(PG_CTL_WAIT_SECONDS),
          "-o", serverOptions(chosen), "start")), dir, PG_CTL_TIMEOUT);
      if (result.ok()) {
        log.info("PostgreSQL started on 127.0.0.1:{} for {} as {}", chosen, cluster, account);
        return new EmbeddedServer(binaries, cluster, account, chosen, password, ownerLock);
      }
      failure = result.output() + "\n" + logTail(cluster);
      log.warn("PostgreSQL start attempt {} of {} failed: {}", attempt, START_ATTEMPTS, result.output().trim());
      sleep(Duration.ofMillis(300L * attempt));
    }
    throw new StoreException("PostgreSQL did not start on " + cluster + ":\n" + failure);
  }

  int port() {
    return port;
  }

  String password() {
    return password;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  RunAs runAs() {
    return runAs;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyExiting) {
      // The hook is running or about to: it stops the server.
    }
    stop();
  }

  private void stop() {
    if (stopped.getAndSet(true)) return;
    Commands.Result result = pgCtlStop(binaries, cluster, runAs);
    if (!result.ok()) log.warn("PostgreSQL stop on {} failed: {}", cluster, result.output().trim());
    try {
      ownerLock.close(); // releases the lock
    } catch (IOException e) {
      log.warn("could not release {}: {}", cluster.resolveSibling(OWNER_LOCK), e.getMessage());
    }
  }

  /** {@code -c} settings; the shell that pg_ctl runs reads this string, hence the quoted ''. */
  private static String serverOptions(int port) {
    return String.join(" ",
        "-p", Integer.toString(port),
        "-c", "listen_addresses=127.0.0.1",
        "-c", "unix_socket_directories=''",
        "-c", "fsync=on",
        "-c", "full_page_writes=on",
        "-c", "synchronous_commit=on");
  }

  private static void initdb(Path binaries, Path dir, Path cluster, RunAs account, String password) throws IOException {
    Path staging = dir.resolve(CLUSTER + ".initdb");
    Path passwordFile = dir.resolve(CLUSTER + ".initdb.password");
    PostgresBinaries.deleteTree(staging);
    Files.createDirectories(staging);
    Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwx------"));
    account.own(staging);
    Files.deleteIfExists(passwordFile);
    Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    account.own(passwordFile);
    try {
      Commands.Result result = Commands.run(account.wrap(List.of(
          binaries.resolve("bin/initdb").toString(), "-D", staging.toString(),
          "-U", SUPERUSER, "--auth=scram-sha-256", "--pwfile=" + passwordFile,
          "-E", "UTF8", "--no-locale", "--no-instructions")), dir, INITDB_TIMEOUT);
      if (!result.ok()) throw new StoreException("initdb failed for " + cluster + ":\n" + result.output());
    } finally {
      Files.deleteIfExists(passwordFile);
    }
    Files.move(staging, cluster, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(dir);
    log.info("Created PostgreSQL cluster {}", cluster);
  }

  /**
   * Makes a rename in {@code dir} durable. Without it a crash soon after could bring back
   * {@code pg.initdb/}, which the next start would delete and re-create, with every event
   * acknowledged in between.
   */
  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /**
   * The directory's mode is changed and its contents are created here, so it must be empty or
   * one this class laid out: a mistyped {@code --data /tmp} must not turn /tmp into mode 0700.
   */
  private static void requireOwnDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> foreign = entries.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals(CLUSTER) && !name.startsWith(CLUSTER + ".initdb") && !name.startsWith(SECRET)
              && !name.equals(OWNER_LOCK))
          .limit(3).toList();
      if (!foreign.isEmpty()) {
        throw new StoreException(dir + " is neither empty nor a Daylight database directory (it holds "
            + String.join(", ", foreign) + "); name a new or empty directory");
      }
    }
  }

  /** Locks {@code owner.lock} for this process, or fails if a live process holds it. */
  private static FileChannel lockOwnership(Path dir) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameJvm) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new StoreException(dir + " is in use by another running Daylight process (or another database in this one)");
    }
    return channel;
  }

  /** The superuser's password, made once per data directory. */
  private static String secret(Path dir) throws IOException {
    Path file = dir.resolve(SECRET);
    if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8).trim();
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Path partial = dir.resolve(SECRET + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(partial, secret, StandardCharsets.UTF_8, StandardOpenOption.SYNC);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(dir);
    return secret;
  }

  /**
   * Clears the way after an owner that died without stopping its server. Called with the owner
   * lock held, so a live server on the cluster has no live owner.
   */
  private static void stopLeftoverServer(Path binaries, Path cluster, RunAs account) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) return;
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) return;
    long pid = Long.parseLong(lines.get(0).trim());
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) return; // gone: PostgreSQL itself treats the file as stale
    if (!isRunning(pid)) {
      // A zombie (killed, not yet reaped by init): PostgreSQL's kill(pid, 0) would call it alive.
      log.warn("{} names pid {}, a server that died and was not reaped yet; removing the stale file", pidFile, pid);
      Files.delete(pidFile);
      return;
    }
    Optional<Boolean> ours = isServerOf(pid, cluster);
    if (ours.isEmpty()) return;
    if (ours.get()) {
      log.warn("A PostgreSQL server (pid {}) was left running on {} by a process that died; stopping it", pid, cluster);
      Commands.Result result = pgCtlStop(binaries, cluster, account);
      if (!result.ok()) {
        log.warn("Fast shutdown failed ({}); killing pid {}", result.output().trim(), pid);
        process.get().destroyForcibly();
        if (!awaitGone(pid, Duration.ofSeconds(30))) {
          throw new StoreException("could not stop the leftover PostgreSQL server pid " + pid);
        }
      }
    } else {
      log.warn("{} names pid {}, which is now another program; removing the stale file", pidFile, pid);
      Files.delete(pidFile);
    }
  }

  /**
   * Waits until {@code pid} has exited. A dead server that nobody reaped yet (a zombie: when the
   * container's init does not reap orphans) counts as exited: it holds no files or memory.
   */
  static boolean awaitGone(long pid, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!isRunning(pid)) return true;
      sleep(Duration.ofMillis(20));
    }
    return !isRunning(pid);
  }

  private static boolean isRunning(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
      // The state follows the command name, which is in parentheses and may itself hold ") ".
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  /** Whether {@code pid} is a postgres server on {@code cluster}; empty when that cannot be read. */
  private static Optional<Boolean> isServerOf(long pid, Path cluster) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      List<String> args = new ArrayList<>(Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0")));
      if (args.isEmpty() || !args.get(0).endsWith("postgres")) return Optional.of(false);
      int d = args.indexOf("-D");
      return Optional.of(d >= 0 && d + 1 < args.size()
          && Path.of(args.get(d + 1)).toAbsolutePath().normalize().equals(cluster));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Commands.Result pgCtlStop(Path binaries, Path cluster, RunAs account) {
    return Commands.run(account.wrap(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", cluster.toString(),
        "-m", "fast", "-w", "-t", Integer.toString(PG_CTL_WAIT_SECONDS), "stop")), cluster.getParent(), PG_CTL_TIMEOUT);
  }

  private static String logTail(Path cluster) {
    try {
      List<String> lines = Files.readAllLines(cluster.resolve("server.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no server log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while starting PostgreSQL", e);
    }
  }
}
