package org.lwm2m.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GarbageTest {

    private static final String ALPHABET = "0123:;é";
    private static final byte[] VALID = "1234:5678".getBytes(StandardCharsets.US_ASCII);

    private static List<byte[]> run(long seed) {
        Garbage garbage = new Garbage(new Random(seed), 20, ALPHABET);
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            payloads.add(garbage.next(i, VALID::clone));
        }
        return payloads;
    }

    @Test
    void theSameSeedGivesTheSamePayloads() {
        List<byte[]> first = run(11);
        List<byte[]> second = run(11);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    @Test
    void randomBytesAndTextStayShorterThanTheMaximum() {
        Garbage garbage = new Garbage(new Random(12), 20, ALPHABET);
        for (int i = 0; i < 1000; i++) {
            assertTrue(garbage.bytes().length < 20);
            String text = new String(garbage.text(), StandardCharsets.UTF_8);
            assertTrue(text.length() < 20 && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0), text);
        }
        assertEquals(0, new Garbage(new Random(12), 20, "").text().length);
    }

    @Test
    void mutationsCutExtendAndChangeAValidPayloadWithoutTouchingIt() {
        Garbage garbage = new Garbage(new Random(13), 20, ALPHABET);
        byte[] valid = VALID.clone();
        int shorter = 0;
        int longer = 0;
        int changed = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] mutated = garbage.mutated(valid);
            if (mutated.length < valid.length) {
                assertArrayEquals(Arrays.copyOf(valid, mutated.length), mutated);
                shorter++;
            } else if (mutated.length > valid.length) {
                assertArrayEquals(valid, Arrays.copyOf(mutated, valid.length));
                longer++;
            } else if (!Arrays.equals(valid, mutated)) {
                changed++;
            }
        }
        assertArrayEquals(VALID, valid);
        assertTrue(shorter > 100 && longer > 100 && changed > 300, shorter + " " + longer + " " + changed);
    }

    @Test
    void anEmptyValidPayloadGivesRandomBytes() {
        Garbage garbage = new Garbage(new Random(14), 20, ALPHABET);
        assertTrue(garbage.mutated(new byte[0]).length < 20);
        assertFalse(run(15).stream().allMatch(p -> p.length == 0));
    }

    @Test
    void refusesAnEmptyLengthBound() {
        assertThrows(IllegalArgumentException.class, () -> new Garbage(new Random(16), 0, ALPHABET));
    }
}
