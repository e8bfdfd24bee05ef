package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the filter lets through, on a logger context of its own, read back from a list appender. */
class BindValueLoggersFilterTest {
    private static final String BIND_VALUES = "org.jooq.impl.DefaultBinding";
    private static final String ORDINARY = "dev.gatehouse.Ordinary";

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> printed = new ListAppender<>();

    @BeforeEach
    void installTheFilterAndAnAppender() {
        BindValueLoggersFilter filter = new BindValueLoggersFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        printed.setContext(context);
        printed.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(printed);
        root.setLevel(Level.INFO);
    }

    @Test
    void aBindValueLoggerSetToTracePrintsNothingBelowInfo() {
        Logger bindValues = context.getLogger(BIND_VALUES);
        bindValues.setLevel(Level.TRACE);

        bindValues.trace("Binding variable 1 : {}", "a password hash");
        bindValues.debug("Binding variable 2 : {}", "a refresh-token hash");

        assertThat(bindValues.isDebugEnabled()).isFalse();
        assertThat(printed.list).isEmpty();
    }

    @Test
    void aBindValueLoggerStillPrintsInfoAndAbove() {
        Logger bindValues = context.getLogger(BIND_VALUES);
        bindValues.setLevel(Level.TRACE);

        bindValues.info("no bind values here");
        bindValues.warn("nor here");

        assertThat(printed.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("no bind values here", "nor here");
    }

    @Test
    void anotherLoggerSetToDebugPrintsDebug() {
        Logger ordinary = context.getLogger(ORDINARY);
        ordinary.setLevel(Level.DEBUG);

        ordinary.debug("an ordinary line");
        ordinary.trace("below its level");

        assertThat(ordinary.isDebugEnabled()).isTrue();
        assertThat(printed.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("an ordinary line");
    }

    @Test
    void aLoggerAtInfoPrintsNoDebugWhetherSilencedOrNot() {
        Logger bindValues = context.getLogger(BIND_VALUES);
        Logger ordinary = context.getLogger(ORDINARY);

        bindValues.debug("Binding variable 1 : {}", "a password hash");
        ordinary.debug("an ordinary line");

        assertThat(bindValues.isDebugEnabled()).isFalse();
        assertThat(ordinary.isDebugEnabled()).isFalse();
        assertThat(printed.list).isEmpty();
    }

    @Test
    void aDeployerWhoSetsEveryLoggerToTraceStillGetsNoBindValues() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);
        for (String name : BindValueLoggersFilter.SILENCED) {
            context.getLogger(name).debug("a secret for {}", name);
        }
        context.getLogger(ORDINARY).trace("an ordinary trace line");

        assertThat(printed.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("an ordinary trace line");
    }
}
