package org.partnerledger.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.startup.Tomcat;
import org.partnerledger.web.security.ResourceServerSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Gives every service the same strict JSON, body limit and problem+json answers by merely being on the classpath:
 * from its controllers, from Spring Boot's error page and from Tomcat itself. Runs before Boot's error page
 * configuration so that {@link ProblemErrorPage} takes the place of Boot's.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication
@Import({ProblemResponses.class, ProblemErrorPage.class, CanonicalUuids.class, ResourceServerSecurity.class})
public class WebSupportAutoConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return new StrictJson();
    }

    @Bean
    BoundedJsonRequests boundedJsonRequests() {
        return new BoundedJsonRequests();
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${partnerledger.http.max-body-size:256KB}") DataSize maxBodySize, ObjectMapper objectMapper) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(maxBodySize.toBytes(), objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class OnTomcat {

        @Bean
        ProblemsFromTomcat problemsFromTomcat() {
            return new ProblemsFromTomcat();
        }
    }
}
