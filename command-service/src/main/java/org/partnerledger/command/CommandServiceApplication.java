package org.partnerledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
public class CommandServiceApplication {

    /** Axon reports usage to its vendor unless told not to; partners' data stays on their own infrastructure. */
    private static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
        }
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /** Rules about dates ask this clock, so tests can fix "today". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
