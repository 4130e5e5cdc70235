package dev.outpost;

/** The process exit codes, by name. */
public enum ExitCode {
  OK(0),
  /** The input has problems: the config or an incident file is invalid. */
  INVALID_INPUT(1),
  /** The command line itself is wrong. */
  USAGE(2),
  /** Reading or writing files failed. */
  IO_ERROR(3),
  /** A remote service failed or refused. */
  REMOTE_ERROR(4),
  /**
   * The output folder is not Outpost's to replace: it holds other files, the repository or the
   * sources. Nothing was written or deleted.
   */
  OUTPUT_REFUSED(5),
  /**
   * Some notifications could not be sent; they were not recorded and are sent on the next run.
   * Everything else was done.
   */
  NOT_ALL_SENT(6),
  /** A bug: something that should not happen did. */
  INTERNAL_ERROR(70);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
