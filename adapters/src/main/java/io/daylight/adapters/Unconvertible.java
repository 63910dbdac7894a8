package io.daylight.adapters;

/**
 * Why one vendor record produced no event: either it is broken or incomplete for the contract
 * ({@link #reject}), or it is a kind of record the contract does not carry ({@link #skip}).
 */
public final class Unconvertible extends Exception {
  private final boolean skip;

  private Unconvertible(String reason, boolean skip) {
    super(reason, null, false, false);
    this.skip = skip;
  }

  public static Unconvertible reject(String reason) {
    return new Unconvertible(reason, false);
  }

  public static Unconvertible skip(String reason) {
    return new Unconvertible(reason, true);
  }

  public boolean isSkip() {
    return skip;
  }
}
