package dev.gatehouse.archfixture.application;

/** Violates rule 7e: the core logs, here through the JDK's System.Logger. */
public class LogsFromTheCore {
    public void log() {
        System.getLogger("fixture").log(System.Logger.Level.INFO, "fixture");
    }
}
