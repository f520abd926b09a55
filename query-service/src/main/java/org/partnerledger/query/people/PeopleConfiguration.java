package org.partnerledger.query.people;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    /**
     * Last of the filters, after Spring Security's, which has read the token by then. Registered here rather than
     * as a component, so that web slices of other views do not need the profiles.
     */
    @Bean
    FilterRegistrationBean<ProfileFromToken> profileFromToken(PersonProfiles profiles) {
        FilterRegistrationBean<ProfileFromToken> registration =
                new FilterRegistrationBean<>(new ProfileFromToken(profiles));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
