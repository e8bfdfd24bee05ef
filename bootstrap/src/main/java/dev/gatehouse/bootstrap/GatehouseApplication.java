package dev.gatehouse.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Gatehouse. Wiring is explicit: one configuration per adapter, one for the use cases. */
@SpringBootApplication
public class GatehouseApplication {
    public static void main(String[] args) {
        SpringApplication.run(GatehouseApplication.class, args);
    }
}
