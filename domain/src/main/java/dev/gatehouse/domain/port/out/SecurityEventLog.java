package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.event.SecurityEvent;

/** Where security events go (the audit log). Called inside the unit of work of the change it records. */
public interface SecurityEventLog {
    void record(SecurityEvent event);
}
