package org.lwm2m.gateway.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded payloads that a decoder should mostly refuse: random bytes, near misses made of the format's own
 * characters, and valid payloads truncated, extended or with a byte changed.
 */
public final class Garbage {

    private final Random random;
    private final int maxLength;
    private final String alphabet;
    private final byte[] asciiAlphabet;

    /**
     * @param maxLength the bound (exclusive) on the length of random bytes and of near-miss text
     * @param alphabet the characters the format is made of, for near misses; may be empty for a binary format
     */
    public Garbage(Random random, int maxLength, String alphabet) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
        this.random = random;
        this.maxLength = maxLength;
        this.alphabet = alphabet;
        this.asciiAlphabet = alphabet.chars().filter(c -> c < 0x80).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Random bytes, shorter than the maximum length. */
    public byte[] bytes() {
        byte[] b = new byte[random.nextInt(maxLength)];
        random.nextBytes(b);
        return b;
    }

    /** Random characters of the alphabet in UTF-8, fewer than the maximum length; empty for an empty alphabet. */
    public byte[] text() {
        if (alphabet.isEmpty()) {
            return new byte[0];
        }
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The valid payload cut short, extended by up to three bytes, with one byte replaced or one bit flipped; random
     * bytes for an empty payload. The valid array is not changed.
     */
    public byte[] mutated(byte[] valid) {
        if (valid.length == 0) {
            return bytes();
        }
        byte[] changed = valid.clone();
        int at = random.nextInt(changed.length);
        switch (random.nextInt(5)) {
            case 0 -> changed = Arrays.copyOf(valid, at);
            case 1 -> changed[at] = (byte) random.nextInt(256);
            case 2 -> changed[at] = (byte) (changed[at] ^ (1 << random.nextInt(8)));
            case 3 -> changed[at] = formatByte();
            default -> {
                changed = Arrays.copyOf(valid, valid.length + 1 + random.nextInt(3));
                for (int i = valid.length; i < changed.length; i++) {
                    changed[i] = formatByte();
                }
            }
        }
        return changed;
    }

    /** The i-th payload of a run, in turn: {@link #bytes()}, {@link #text()}, {@link #mutated} of a valid one. */
    public byte[] next(int i, Supplier<byte[]> valid) {
        return switch (i % 3) {
            case 0 -> bytes();
            case 1 -> text();
            default -> mutated(valid.get());
        };
    }

    /** A byte of the alphabet's ASCII characters, or any byte if it has none. */
    private byte formatByte() {
        return asciiAlphabet.length == 0 ? (byte) random.nextInt(256)
                : asciiAlphabet[random.nextInt(asciiAlphabet.length)];
    }
}
