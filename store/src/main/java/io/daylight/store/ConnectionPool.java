package io.daylight.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.Driver;

/**
 * A small pool of PostgreSQL connections. Opening one costs a TCP handshake and a SCRAM exchange
 * (4,096 PBKDF2 rounds, PostgreSQL's default scram_iterations), too much for each HTTP request.
 *
 * <p>Every connection sets {@code synchronous_commit=on} for its session, so an append that
 * returned has been flushed to the server's disk even on an external server configured otherwise.
 * A borrowed connection's {@code close()} returns it, rolled back to autocommit; a connection
 * that idled longer than {@link #CHECK_AFTER_IDLE} is checked before it is handed out again.
 */
final class ConnectionPool implements DataSource, AutoCloseable {
  private static final Duration CHECK_AFTER_IDLE = Duration.ofSeconds(30);
  private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);
  private static final int CHECK_TIMEOUT_SECONDS = 5;

  private final String url;
  private final Properties properties;
  private final Semaphore permits;
  private final Deque<Idle> idle = new ArrayDeque<>();
  private final Driver driver = new Driver();
  private volatile boolean closed;

  private record Idle(Connection connection, long since) {}

  ConnectionPool(String url, String user, String password, int size) {
    this.url = url;
    this.properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) properties.setProperty("password", password);
    properties.setProperty("options", "-c synchronous_commit=on");
    properties.setProperty("ApplicationName", "daylight");
    this.permits = new Semaphore(size, true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) throw new SQLException("connection pool is closed");
    try {
      if (!permits.tryAcquire(BORROW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLException("no database connection free after " + BORROW_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
    try {
      return lend(takeOrOpen());
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection takeOrOpen() throws SQLException {
    while (true) {
      Idle next;
      synchronized (idle) {
        next = idle.pollFirst();
      }
      if (next == null) break;
      boolean stale = System.nanoTime() - next.since() > CHECK_AFTER_IDLE.toNanos();
      if (!stale || next.connection().isValid(CHECK_TIMEOUT_SECONDS)) return next.connection();
      closeQuietly(next.connection());
    }
    Connection opened = driver.connect(url, properties);
    if (opened == null) throw new SQLException("not a PostgreSQL JDBC URL: " + url);
    return opened;
  }

  private Connection lend(Connection physical) {
    boolean[] returned = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              synchronized (returned) {
                if (!returned[0]) {
                  returned[0] = true;
                  giveBack(physical);
                }
              }
              return null;
            }
            case "isClosed" -> {
              synchronized (returned) {
                return returned[0] || physical.isClosed();
              }
            }
            case "unwrap", "isWrapperFor" -> { }
            default -> {
              synchronized (returned) {
                if (returned[0]) throw new SQLException("connection already returned to the pool");
              }
            }
          }
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void giveBack(Connection physical) {
    try {
      if (closed || physical.isClosed()) {
        closeQuietly(physical);
        return;
      }
      if (!physical.getAutoCommit()) {
        physical.rollback();
        physical.setAutoCommit(true);
      }
      synchronized (idle) {
        idle.addFirst(new Idle(physical, System.nanoTime()));
      }
    } catch (SQLException e) {
      closeQuietly(physical);
    } finally {
      permits.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      for (Idle i : idle) closeQuietly(i.connection());
      idle.clear();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // A connection being discarded; the server ends its session either way.
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool connects as the account it was made with");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // The pool logs nothing through JDBC's log writer.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    properties.setProperty("loginTimeout", Integer.toString(seconds));
  }

  @Override
  public int getLoginTimeout() {
    return Integer.parseInt(properties.getProperty("loginTimeout", "0"));
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) return iface.cast(this);
    throw new SQLException("not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
