package org.partnerledger.query.rebuild;

import org.partnerledger.query.QueryServiceApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read models once more, bound to the shadow schema: a second, web-less application context of this service in
 * the same JVM, whose pool connects to {@link ShadowSchema#SHADOW} (Flyway migrates it from nothing), and whose
 * listeners have consumer groups of their own ({@code <prefix>-dashboard}...) that start at the topic's first
 * record, skipping what the live ones dead-lettered already. It has a small pool and small fetches, being a guest
 * in the live service's heap.
 */
@Component
class ShadowReadModels {

    /** What the shadow shares with the live service, as the live service was configured. */
    private static final List<String> INHERITED = List.of("spring.datasource.username",
            "spring.datasource.password", "spring.kafka.bootstrap-servers", "partnerledger.kafka.topic",
            "partnerledger.kafka.partitions", "partnerledger.kafka.retry.initial-interval",
            "partnerledger.kafka.retry.max-interval", "spring.security.oauth2.resourceserver.jwt.issuer-uri");

    private final Environment environment;

    ShadowReadModels(Environment environment) {
        this.environment = environment;
    }

    ConfigurableApplicationContext start(String groupPrefix) {
        Map<String, String> properties = new LinkedHashMap<>();
        INHERITED.forEach(key -> {
            String value = environment.getProperty(key);
            if (value != null) {
                properties.put(key, value);
            }
        });
        properties.put("spring.datasource.url", inShadow(environment.getRequiredProperty("spring.datasource.url")));
        properties.put("spring.datasource.hikari.pool-name", "rebuild");
        properties.put("spring.datasource.hikari.maximum-pool-size", "6");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.flyway.schemas", ShadowSchema.SHADOW);
        properties.put("spring.flyway.default-schema", ShadowSchema.SHADOW);
        properties.put("partnerledger.kafka.group-prefix", groupPrefix);
        properties.put("partnerledger.kafka.dead-letters", "false");
        properties.put("spring.kafka.listener.concurrency", "1");
        properties.put("spring.kafka.consumer.max-poll-records", "500");
        properties.put("spring.kafka.consumer.properties.fetch.max.bytes", "1048576");
        properties.put("spring.kafka.consumer.properties.max.partition.fetch.bytes", "1048576");
        properties.put("spring.application.name", "query-service-rebuild");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.jmx.enabled", "false");
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .run(arguments.toArray(String[]::new));
    }

    static String inShadow(String jdbcUrl) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + ShadowSchema.SHADOW;
    }
}
