package dev.outpost.publish;

import java.io.IOException;

/**
 * A site may not replace a folder: it is not Outpost's to delete. The message, for people, names
 * the folder, why, and what to do.
 */
public final class RefusedFolderException extends IOException {
  private static final long serialVersionUID = 1L;

  RefusedFolderException(String message) {
    super(message);
  }
}
