package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.BootstrapAdminRecord;

class InMemoryBootstrapAdminRecordTest extends BootstrapAdminRecordContract {
    private final InMemoryBootstrapAdminRecord record = new InMemoryBootstrapAdminRecord();

    @Override
    protected BootstrapAdminRecord record() {
        return record;
    }
}
