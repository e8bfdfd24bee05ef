package dev.gatehouse.archfixture.bootstrap;

/** Violates rule 7d: java.util.logging. */
public class UsesJavaUtilLogging {
    public void log() {
        java.util.logging.Logger.getLogger("fixture").info("fixture");
    }
}
