package org.kefu.platform.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the NUL character; text containing one would fail deep in an insert as a
 * 500. JSON strings with it are refused up front as an invalid field; form fields simply lose it.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

    static final String NUL = "\u0000";

    @Bean
    JacksonModule noNulInJsonStrings() {
        return new SimpleModule("kefu-no-nul").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = super.deserialize(parser, context);
                if (value != null && value.contains(NUL)) {
                    return (String) context.handleWeirdStringValue(String.class, value, "contains a NUL character");
                }
                return value;
            }
        });
    }

    @ControllerAdvice
    static class FormFields {
        @InitBinder
        void dropNul(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(NUL, false) {
                @Override
                public void setAsText(String text) {
                    // StringTrimmerEditor also trims whitespace; keep what people typed apart from NUL.
                    setValue(text == null ? null : text.replace(NUL, ""));
                }
            });
        }
    }
}
