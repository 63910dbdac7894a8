package io.daylight.app.security;

/** A refusal with its HTTP status; the message goes to the client, so it never holds a secret. */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
