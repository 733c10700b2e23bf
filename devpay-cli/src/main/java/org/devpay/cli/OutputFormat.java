package org.devpay.cli;

/** The output formats of the analysis commands. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
