package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop accepts exactly what Spring Security's expression accepts. */
class RequestFirewallTest {
    /** The expression StrictHttpFirewall checks header names and values with by default. */
    private static final Pattern SPRING_SECURITY_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithTheExpressionOnEdgeCases() {
        List<String> values = List.of(
                "",
                "text/html",
                "Bearer eyJ.abc",
                "é ü 漢字 😀",
                "a\u0000b",
                "\t",
                "\r\n",
                "\u007f",
                "\u0085",
                "\u009f",
                "\u00a0",
                "\u2028",
                "\ud800",
                "a\udc00",
                "\ud83d\ude00",
                "\u0378",
                "\uffff",
                "\ufeff",
                "\u200b",
                "\ue000",
                new String(Character.toChars(0xE0001)),
                new String(Character.toChars(0x10FFFF)),
                // printable ASCII first, then the characters around its edges and beyond it
                "Bearer eyJ.abc\u001f",
                "Bearer eyJ.abc\u007f",
                "Bearer eyJ.abc~ ",
                "Bearer eyJ.abc\u0378",
                "Bearer eyJ.abc\u00e9tait",
                "Bearer eyJ.abc\ud83d\ude00x",
                "Bearer eyJ.abc\ud83d");
        for (String value : values) {
            assertSameAnswer(value);
        }
    }

    @Test
    void agreesWithTheExpressionOnEveryCharAndOnRandomStrings() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertSameAnswer(String.valueOf((char) c));
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x250));
            }
            assertSameAnswer(value.toString());
        }
    }

    private static void assertSameAnswer(String value) {
        assertThat(RequestFirewall.assignedAndNotControl(value))
                .as("%s", value.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(SPRING_SECURITY_RULE.matcher(value).matches());
    }
}
