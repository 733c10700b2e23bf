package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * Where the store file is, and which setting chose it: the {@code --db} option, else the {@value
 * #ENVIRONMENT_VARIABLE} environment variable, else {@value #DEFAULT_FILE_NAME} in the working
 * directory. The environment is passed in, so the rule is testable without touching the real one.
 *
 * @param path the store file, as given (a relative path is relative to the working directory)
 * @param origin the setting that chose it
 */
public record StoreLocation(Path path, Origin origin) {
  /** The environment variable that names the store file when no option does. */
  public static final String ENVIRONMENT_VARIABLE = "DEVPAY_DB";

  /** The store file used when neither the option nor the environment names one. */
  public static final String DEFAULT_FILE_NAME = "devpay.duckdb";

  /** Which setting chose the store file, so the CLI can say why it uses that file. */
  public enum Origin {
    OPTION,
    ENVIRONMENT,
    DEFAULT
  }

  public StoreLocation {
    requireNonNull(path, "path is null");
    requireNonNull(origin, "origin is null");
  }

  /**
   * Applies the precedence: option, then environment variable, then the default file. A blank
   * environment variable counts as unset, as shells leave exported-but-empty variables around.
   *
   * @throws DevpayException (USER_INPUT) when the option or the variable is not a usable path
   */
  public static StoreLocation resolve(Optional<Path> option, Map<String, String> environment) {
    requireNonNull(option, "option is null");
    requireNonNull(environment, "environment is null");
    if (option.isPresent()) {
      if (option.get().toString().isBlank()) {
        throw new DevpayException(ErrorCategory.USER_INPUT, "--db needs a file path");
      }
      return new StoreLocation(option.get(), Origin.OPTION);
    }
    String variable = environment.getOrDefault(ENVIRONMENT_VARIABLE, "");
    if (!variable.isBlank()) {
      try {
        return new StoreLocation(Path.of(variable.strip()), Origin.ENVIRONMENT);
      } catch (InvalidPathException e) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            ENVIRONMENT_VARIABLE + " is not a usable path: " + e.getMessage(),
            e);
      }
    }
    return new StoreLocation(Path.of(DEFAULT_FILE_NAME), Origin.DEFAULT);
  }
}
