package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.codec.CodecException;

/** The fuzz helper itself: it must tell a refusal from a crash, and fail on the crash. */
class DecoderFuzzTest {

    /** Accepts a decimal number of at most four digits, refuses other text, and crashes on a '!'. */
    private static Integer decodeSmallNumber(byte[] payload) throws CodecException {
        String text = new String(payload, StandardCharsets.US_ASCII);
        if (text.contains("!")) {
            throw new IllegalStateException("decoder bug");
        }
        if (!text.matches("[0-9]{1,4}")) {
            throw new CodecException("not a small number: " + text);
        }
        return Integer.valueOf(text);
    }

    private final DecoderFuzz<Integer> fuzz = DecoderFuzz.of("small numbers", DecoderFuzzTest::decodeSmallNumber);

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void tellsAcceptedFromRefused() {
        assertTrue(fuzz.accepts(ascii("123")));
        assertFalse(fuzz.accepts(ascii("12345")));
        assertEquals(2, fuzz.countRejected(4, i -> ascii(i % 2 == 0 ? "7" : "x")));
    }

    @Test
    void failsOnAnythingButACodecException() {
        AssertionError e = assertThrows(AssertionError.class, () -> fuzz.accepts(ascii("1!")));
        assertTrue(e.getMessage().contains("3121") && e.getMessage().contains("small numbers"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalStateException);
        assertThrows(AssertionError.class, () -> fuzz.countRejected(3, i -> ascii(i == 2 ? "!" : "1")));
        assertThrows(AssertionError.class, () -> fuzz.assertRejected(ascii("!")));
    }

    @Test
    void failsOnARefusalWithoutAMessage() {
        DecoderFuzz<Integer> silent = DecoderFuzz.of("silent", payload -> {
            throw new CodecException(" ");
        });
        assertThrows(AssertionError.class, () -> silent.accepts(ascii("1")));
        assertThrows(AssertionError.class, () -> silent.assertRejected(ascii("1")));
    }

    @Test
    void failsWhenWhatWasAcceptedFailsTheCheck() {
        DecoderFuzz<Integer> evenOnly = new DecoderFuzz<>("even numbers", DecoderFuzzTest::decodeSmallNumber,
                n -> {
                    if (n % 2 != 0) {
                        throw new CodecException("cannot write " + n + " back");
                    }
                });
        assertTrue(evenOnly.accepts(ascii("42")));
        AssertionError e = assertThrows(AssertionError.class, () -> evenOnly.accepts(ascii("43")));
        assertTrue(e.getMessage().contains("cannot write 43 back"), e.getMessage());
        DecoderFuzz<Integer> crashingCheck = new DecoderFuzz<>("crashing check", DecoderFuzzTest::decodeSmallNumber,
                n -> {
                    throw new IllegalArgumentException("writer bug");
                });
        AssertionError crash = assertThrows(AssertionError.class, () -> crashingCheck.accepts(ascii("1")));
        assertTrue(crash.getMessage().contains("writer bug") && crash.getMessage().contains("31"),
                crash.getMessage());
    }

    @Test
    void assertRejectedGivesTheRefusalOrFails() {
        CodecException refusal = fuzz.assertRejected(ascii("abc"));
        assertEquals("not a small number: abc", refusal.getMessage());
        AssertionError e = assertThrows(AssertionError.class, () -> fuzz.assertRejected(ascii("12")));
        assertTrue(e.getMessage().contains("accepted as 12"), e.getMessage());
    }

    @Test
    void refusesToBeBuiltWithoutItsParts() {
        DecoderFuzz.Decoder<Integer> decoder = DecoderFuzzTest::decodeSmallNumber;
        assertThrows(NullPointerException.class, () -> new DecoderFuzz<>(null, decoder, n -> { }));
        assertThrows(NullPointerException.class, () -> new DecoderFuzz<Integer>("x", null, n -> { }));
        assertThrows(NullPointerException.class, () -> new DecoderFuzz<>("x", decoder, null));
        assertSame(decoder, DecoderFuzz.of("x", decoder).decoder());
    }
}
