/** Embedded DuckDB store. */
package org.devpay.store;
