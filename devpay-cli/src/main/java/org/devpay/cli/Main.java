package org.devpay.cli;

/** Entry point of the runnable jar; the commands arrive with the spine issue. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("devpay");
  }
}
