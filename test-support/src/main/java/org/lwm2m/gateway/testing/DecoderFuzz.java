package org.lwm2m.gateway.testing;

import java.util.HexFormat;
import java.util.Objects;
import java.util.function.IntFunction;

import org.lwm2m.gateway.api.codec.CodecException;

/**
 * Feeds payloads to a decoder and checks that it answers each with a result or with a {@link CodecException}
 * carrying a message, never with anything else; a result must pass the acceptance check (typically: it writes
 * back and reads back the same).
 *
 * @param target what decodes, for failure messages, e.g. the path
 * @param <T> what the decoder returns
 */
public record DecoderFuzz<T>(String target, Decoder<T> decoder, Acceptance<T> acceptance) {

    /** A decoder under test, e.g. {@code payload -> codec.decode(path, payload, model)}. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(byte[] payload) throws CodecException;
    }

    /** What must hold of a decoded result; an exception from it fails the test. */
    @FunctionalInterface
    public interface Acceptance<T> {
        void check(T decoded) throws CodecException;
    }

    public DecoderFuzz {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(acceptance, "acceptance");
    }

    /** A fuzz that asks nothing of what the decoder accepts. */
    public static <T> DecoderFuzz<T> of(String target, Decoder<T> decoder) {
        return new DecoderFuzz<>(target, decoder, decoded -> { });
    }

    /**
     * Whether the decoder accepts the payload: true if it decodes and the result passes the acceptance check,
     * false if it is refused with a CodecException that has a message.
     *
     * @throws AssertionError if the decoder throws anything else, refuses without a message, or the check fails
     *         (with an AssertionError of its own or any exception)
     */
    public boolean accepts(byte[] payload) {
        Answer<T> answer = answer(payload);
        if (answer.refusal() != null) {
            return false;
        }
        try {
            acceptance.check(answer.decoded());
        } catch (CodecException | RuntimeException e) {
            throw new AssertionError(describe(payload) + " was accepted as " + answer.decoded()
                    + " but fails the check: " + e, e);
        }
        return true;
    }

    /**
     * How many of {@code runs} payloads the decoder refused; payload i is {@code payloads.apply(i)}.
     *
     * @throws AssertionError as {@link #accepts} does
     */
    public int countRejected(int runs, IntFunction<byte[]> payloads) {
        int rejected = 0;
        for (int i = 0; i < runs; i++) {
            rejected += accepts(payloads.apply(i)) ? 0 : 1;
        }
        return rejected;
    }

    /**
     * The CodecException the decoder refuses the payload with.
     *
     * @throws AssertionError if it accepts the payload, throws anything else, or refuses without a message
     */
    public CodecException assertRejected(byte[] payload) {
        Answer<T> answer = answer(payload);
        if (answer.refusal() == null) {
            throw new AssertionError(describe(payload) + " was accepted as " + answer.decoded());
        }
        return answer.refusal();
    }

    /** What the decoder made of a payload: a result, or a refusal with a message. */
    private record Answer<T>(T decoded, CodecException refusal) {
    }

    private Answer<T> answer(byte[] payload) {
        try {
            return new Answer<>(decoder.decode(payload), null);
        } catch (CodecException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError(describe(payload) + " was refused without a message", e);
            }
            return new Answer<>(null, e);
        } catch (RuntimeException e) {
            throw new AssertionError(describe(payload) + " threw " + e, e);
        }
    }

    private String describe(byte[] payload) {
        return "decoding " + HexFormat.of().formatHex(payload) + " at " + target;
    }
}
