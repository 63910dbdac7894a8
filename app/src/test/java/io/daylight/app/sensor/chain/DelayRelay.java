package io.daylight.app.sensor.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay that delays every chunk by a configured one-way delay, in each direction, plus
 * optional stalls: with probability {@code stallP} a chunk is held up an extra U(0, stallMaxMs),
 * and because TCP delivers in order, every chunk behind it waits too (head-of-line blocking, how
 * Wi-Fi retransmissions and cellular handovers show up to an application). Chunks released
 * after a stall go out back to back: the bunching a relayed session leaves in key timing.
 * Settings can change while connections are open, so one VNC session serves every condition.
 */
final class DelayRelay implements AutoCloseable {
  private final ServerSocket server;
  private final int targetPort;
  private volatile double oneWayMs;
  private volatile double stallP;
  private volatile double stallMaxMs;
  private final SplittableRandom random;
  private volatile boolean closed;

  DelayRelay(int targetPort, long seed) throws IOException {
    this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.random = new SplittableRandom(seed);
    Thread t = new Thread(this::accept, "relay-accept");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** One-way delay added in each direction, ms; stalls as in the class comment. */
  void set(double oneWayMs, double stallP, double stallMaxMs) {
    this.oneWayMs = oneWayMs;
    this.stallP = stallP;
    this.stallMaxMs = stallMaxMs;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket in = server.accept();
        Socket out = new Socket();
        out.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        in.setTcpNoDelay(true);
        out.setTcpNoDelay(true);
        pipe(in, out, "up");
        pipe(out, in, "down");
      } catch (IOException e) {
        if (!closed) throw new IllegalStateException("relay accept failed", e);
      }
    }
  }

  private record Chunk(byte[] data, long dueNanos) {}

  private void pipe(Socket from, Socket to, String name) {
    LinkedBlockingQueue<Chunk> q = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      long lastDue = 0;
      byte[] buf = new byte[64 * 1024];
      try (InputStream in = from.getInputStream()) {
        int n;
        while ((n = in.read(buf)) > 0) {
          long now = System.nanoTime();
          double extra;
          synchronized (random) {
            extra = random.nextDouble() < stallP ? random.nextDouble() * stallMaxMs : 0;
          }
          long due = now + (long) ((oneWayMs + extra) * 1e6);
          due = Math.max(due, lastDue); // in order: nothing overtakes a stalled chunk
          lastDue = due;
          q.add(new Chunk(Arrays.copyOf(buf, n), due));
        }
      } catch (IOException e) {
        // the peer closed: the writer drains what is queued
      }
      q.add(new Chunk(null, 0));
    }, "relay-read-" + name);
    Thread writer = new Thread(() -> {
      try (OutputStream out = to.getOutputStream()) {
        while (true) {
          Chunk c = q.take();
          if (c.data() == null) break;
          long wait;
          while ((wait = c.dueNanos() - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
          out.write(c.data());
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // connection gone
      } finally {
        try {
          to.shutdownOutput();
        } catch (IOException e) {
          // already closed
        }
      }
    }, "relay-write-" + name);
    reader.setDaemon(true);
    writer.setDaemon(true);
    reader.start();
    writer.start();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
