package org.devpay.core.model;

/** Whether pay is base salary only or total compensation; the two are never compared. */
public enum PayScope {
  BASE,
  TOTAL
}
