package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.in.rest.AcceptCharsetIgnoringFilter;
import dev.gatehouse.adapter.in.rest.RestAdapterConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The servlet filters the management port needs too. With {@code MANAGEMENT_SERVER_PORT} set, the
 * actuator runs in a child context with a servlet container of its own, which takes the main
 * context's security chain but none of its other filters. (Listed in
 * {@code META-INF/spring/…ManagementContextConfiguration.imports}; Boot loads it into that child only.)
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
public class ManagementPortFilters {

    @Bean
    public FilterRegistrationBean<AcceptCharsetIgnoringFilter> acceptCharsetIgnoringFilter() {
        return RestAdapterConfiguration.acceptCharsetIgnoringRegistration();
    }
}
