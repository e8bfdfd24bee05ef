package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.SecurityEventLog;

class InMemorySecurityEventLogTest extends AuditLogContract {
    private final InMemorySecurityEventLog log = new InMemorySecurityEventLog();

    @Override
    protected SecurityEventLog log() {
        return log;
    }

    @Override
    protected AuditEventQueries queries() {
        return log;
    }
}
