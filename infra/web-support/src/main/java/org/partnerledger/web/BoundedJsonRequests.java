package org.partnerledger.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Bounds what a request body may hold, and refuses a field named twice, when Spring MVC reads it. Only there: the
 * application's mapper also reads what clients built on it receive, where the same bounds would be arbitrary.
 */
class BoundedJsonRequests implements WebMvcConfigurer {

    /**
     * Far below Jackson's defaults (depth 1,000, numbers of 1,000 digits, strings of 20 million characters, no bound
     * on tokens) and still above anything a valid request holds: its longest text is 10,000 characters, it has no
     * numbers, it nests four deep, and the largest (100 partners) is some 640 tokens. Past these the parser stops at
     * once, before any of it is bound or validated: validating a list of 50,000 invalid items, which fits in 256 KB,
     * costs seconds.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(100)
            .maxStringLength(16_384)
            .maxNameLength(256)
            .maxTokenCount(1_000)
            .build();

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                ? bounded((MappingJackson2HttpMessageConverter) converter) : converter);
    }

    private static MappingJackson2HttpMessageConverter bounded(MappingJackson2HttpMessageConverter json) {
        ObjectMapper mapper = json.getObjectMapper();
        JsonFactory factory = mapper.getFactory().copy()
                .setStreamReadConstraints(LIMITS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        MappingJackson2HttpMessageConverter bounded = new MappingJackson2HttpMessageConverter(mapper.copyWith(factory));
        bounded.setSupportedMediaTypes(json.getSupportedMediaTypes());
        return bounded;
    }
}
