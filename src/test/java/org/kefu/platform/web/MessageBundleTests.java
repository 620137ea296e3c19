package org.kefu.platform.web;

import org.kefu.platform.ProblemType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import java.util.ArrayList;

/** Every visible string exists in both languages: a key missing in one would show up as a raw key. */
class MessageBundleTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.\\-]+)[}(]");

    /** messages.properties and each module's i18n/<module>.properties, each with its _zh_CN twin. */
    static List<String> bundles() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        Path i18n = Path.of("src/main/resources/i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> files = Files.list(i18n)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                        .sorted().forEach(n -> bundles.add("i18n/" + n.replace(".properties", "")));
            }
        }
        return bundles;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            assertThat(load(bundle + "_zh_CN.properties").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties application = load("application.properties");
        assertThat(List.of(application.getProperty("spring.messages.basename").split(",")))
                .containsExactlyInAnyOrderElementsOf(bundles());
    }

    private static Set<String> allEnglishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundles()) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
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
        assertThat(allEnglishKeys()).containsAll(used);
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
    void chineseBundlesAreReallyChinese() throws IOException {
        for (String bundle : bundles()) {
            assertMostlyChinese(load(bundle + "_zh_CN.properties"));
        }
    }

    private static void assertMostlyChinese(Properties zh) {
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
