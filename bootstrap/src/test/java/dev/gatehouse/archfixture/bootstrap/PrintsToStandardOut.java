package dev.gatehouse.archfixture.bootstrap;

/** Violates rule 7c: writes to a standard stream. */
public class PrintsToStandardOut {
    public void print() {
        System.out.println("fixture");
    }
}
