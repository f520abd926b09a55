package org.partnerledger.query;

import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** MockMvc's GET as {@link TestCaller#COORDINATOR} sends it, for edge tests about something else than who asks. */
public final class SignedInRequests {

    private SignedInRequests() {
    }

    public static MockHttpServletRequestBuilder get(String uriTemplate, Object... uriVariables) {
        return MockMvcRequestBuilders.get(uriTemplate, uriVariables)
                .header(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer());
    }
}
