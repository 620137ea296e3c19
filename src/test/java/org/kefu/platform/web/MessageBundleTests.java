package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every visible string exists in both languages: a key missing in one would show up as a raw key. */
class MessageBundleTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.\\-]+)[}(]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyProblemTypeIsExplainedInBothLanguages() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Set<String> keys = load(bundle).stringPropertyNames();
            for (ProblemType type : ProblemType.values()) {
                assertThat(keys).as(bundle).contains(type.titleKey(), type.detailKey(),
                        "problem." + type.slug() + ".explain", "error.page." + type.slug());
            }
        }
    }

    @Test
    void chineseBundleIsReallyChinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        long withHan = zh.stringPropertyNames().stream()
                .filter(key -> zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(zh.size() * 8L / 10);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
