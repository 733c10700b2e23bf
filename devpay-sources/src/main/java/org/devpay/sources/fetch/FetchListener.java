package org.devpay.sources.fetch;

import java.util.OptionalLong;
import org.devpay.sources.catalog.DatasetFile;

/**
 * Hears a fetch as it runs, so a presenter can draw a progress bar; every started file ends in one
 * {@link #finished} call.
 */
public interface FetchListener {
  /** Hears nothing. */
  FetchListener NONE = new FetchListener() {};

  /**
   * A file's transfer starts.
   *
   * @param file the file
   * @param totalBytes its full size, when known
   * @param startingAt bytes already held (a resumed download starts past 0)
   */
  default void started(DatasetFile file, OptionalLong totalBytes, long startingAt) {}

  /** Bytes of the file held so far. */
  default void progressed(DatasetFile file, long bytesHeld) {}

  /** The file is done, whatever the outcome. */
  default void finished(FileFetch result) {}
}
