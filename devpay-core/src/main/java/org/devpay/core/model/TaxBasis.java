package org.devpay.core.model;

/** Whether pay is before (gross) or after (net) income tax; the two are never compared. */
public enum TaxBasis {
  GROSS,
  NET
}
