package org.partnerledger.web.testing;

import org.partnerledger.web.WebSupportAutoConfiguration;
import org.partnerledger.web.security.AuditTrail;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@code @WebMvcTest} of a service's edge adds to its slice: web-support with its security, a directory that
 * admits the {@link TestCaller}s as {@link AdmitsTestCallers} says, and an audit trail that writes nowhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration(WebSupportAutoConfiguration.class)
@Import(AdmitsTestCallers.class)
@MockitoBean(types = AuditTrail.class)
public @interface EdgeUnderTest {
}
