package jp.medsec.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every label exists in Japanese and in English. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/jp/medsec/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> ja = new TreeSet<>(load("messages_ja.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertEquals(Set.of(), onlyJa, "missing in English");
        assertEquals(Set.of(), onlyEn, "missing in Japanese");
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : new String[]{"messages_ja.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/jp/medsec/web/" + name)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key)).forEach(twice::add);
            }
            assertEquals(Set.of(), twice, "defined twice in " + name + " (the later one silently wins)");
        }
    }

    /** Every refusal a rule raises with a literal code is worded in both languages (else the page falls back to English). */
    @Test
    void everyRuleCodeIsWorded() throws IOException {
        java.util.regex.Pattern raised = java.util.regex.Pattern.compile("(?:RuleViolation|InputRejected)\\(\"([A-Za-z]+\\.[A-Za-z.]+)\"");
        Set<String> codes = new TreeSet<>();
        for (String module : new String[]{"../domain/src/main/java", "../ejb/src/main/java"}) {
            java.nio.file.Path root = java.nio.file.Path.of(module);
            if (!java.nio.file.Files.isDirectory(root)) {
                continue;
            }
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    java.util.regex.Matcher m = raised.matcher(java.nio.file.Files.readString(file));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(codes.size() > 20, "the sources were found: " + codes);
        for (String name : new String[]{"messages_ja.properties", "messages_en.properties"}) {
            Properties bundle = load(name);
            Set<String> unworded = new TreeSet<>();
            codes.stream().filter(c -> bundle.getProperty("rule." + c) == null).forEach(unworded::add);
            assertEquals(Set.of(), unworded, "rule codes without a sentence in " + name);
        }
    }
}
