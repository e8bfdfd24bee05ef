package dev.gatehouse.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import org.slf4j.Marker;

/**
 * Silences, below INFO and whatever level a deployer sets, the few loggers that print SQL bind
 * values or protocol messages with their parameters: they would print password hashes, the
 * private signing keys and refresh-token hashes. jOOQ's execute logging is also switched off in
 * its settings (see the persistence adapter); this covers the driver and anything that comes back.
 * Installed by {@code logback-spring.xml}, so it holds from the first line logged.
 */
public final class BindValueLoggersFilter extends TurboFilter {
    static final Set<String> SILENCED = Set.of(
            "org.jooq.tools.LoggerListener", // "-> with bind values", result rows
            "org.jooq.impl.DefaultBinding", // "Binding variable 1 : …"
            "org.postgresql.core.v3.QueryExecutorImpl", // "FE=> Bind(… $1=<…>)" at FINEST
            "org.springframework.jdbc.core.StatementCreatorUtils" // "Setting SQL statement parameter value"
            );

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || level == null || level.isGreaterOrEqual(Level.INFO) || !enabledFor(logger, level)) {
            return FilterReply.NEUTRAL;
        }
        return SILENCED.contains(logger.getName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /**
     * Logback asks this filter on every {@code isDebugEnabled()} of every logger, dozens of times a
     * request. A level the logger is not enabled for is refused after a neutral answer anyway, so
     * the name is looked up only when the logger would print.
     */
    private static boolean enabledFor(Logger logger, Level level) {
        return level.isGreaterOrEqual(logger.getEffectiveLevel());
    }
}
