package org.partnerledger.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.UUID;

/**
 * Path variables and request parameters that are UUIDs must be written as {@link StrictUuid} requires. An editor,
 * not a converter: when a converter refuses, Spring falls back on its default editor, {@code UUID.fromString}.
 */
@ControllerAdvice
class CanonicalUuids {

    @InitBinder
    void canonicalUuidsOnly(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(StrictUuid.parse(text));
            }
        });
    }
}
