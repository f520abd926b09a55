package org.partnerledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Projects the partnership events from Kafka into read models and serves them. */
@SpringBootApplication
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }

    /** One clock for every "today" the read models derive (overdue actions), so tests can pin it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
