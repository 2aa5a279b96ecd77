package dev.serenity.gateway.compression;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.gateway.compression.ZstdStreamEncoder;
import org.junit.jupiter.api.Test;

import static dev.serenity.gateway.compression.EncodedStream.dispatch;
import static dev.serenity.gateway.compression.EncodedStream.dispatches;
import static dev.serenity.gateway.compression.EncodedStream.encode;
import static dev.serenity.gateway.compression.EncodedStream.randomDispatch;
import static dev.serenity.gateway.compression.EncodedStream.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link ZstdStreamDecompressor} against the simulator's {@link ZstdStreamEncoder}.
 */
class ZstdStreamDecompressorTests {

	private static final int LIMIT = GatewayDecompressor.DEFAULT_MAX_PAYLOAD_BYTES;

	@Test
	void manyPayloadsAreDecodedInOrderByOneDecompressor() {
		List<String> payloads = dispatches(300);
		List<byte[]> messages = encode(new ZstdStreamEncoder(), payloads);
		List<String> decoded = new ArrayList<>();
		try (ZstdStreamDecompressor decompressor = new ZstdStreamDecompressor(LIMIT)) {
			for (byte[] message : messages) {
				decoded.add(utf8(decompressor.decompress(message)));
			}
		}
		assertThat(decoded).containsExactlyElementsOf(payloads);
	}

	@Test
	void messageLargerThanTheDecoderBuffersIsDecodedWhole() {
		String payload = randomDispatch(300_000, 7);
		List<byte[]> messages = encode(new ZstdStreamEncoder(), List.of(dispatch(1, "hello"), payload));
		assertThat(messages.get(1).length).as("compressed size").isGreaterThan(128 * 1024);
		try (ZstdStreamDecompressor decompressor = new ZstdStreamDecompressor(LIMIT)) {
			assertThat(utf8(decompressor.decompress(messages.get(0)))).isEqualTo(dispatch(1, "hello"));
			assertThat(utf8(decompressor.decompress(messages.get(1)))).isEqualTo(payload);
		}
	}

	@Test
	void freshDecompressorCannotDecodeALaterMessageOfTheStream() {
		List<byte[]> messages = encode(new ZstdStreamEncoder(), List.of(dispatch(1, "one"), dispatch(2, "two")));
		try (ZstdStreamDecompressor fresh = new ZstdStreamDecompressor(LIMIT)) {
			assertThatExceptionOfType(GatewayDecompressionException.class)
				.isThrownBy(() -> fresh.decompress(messages.get(1)))
				.withMessageContaining("Corrupt zstd-stream data");
			assertThatExceptionOfType(GatewayDecompressionException.class)
				.isThrownBy(() -> fresh.decompress(messages.get(0)))
				.withMessageContaining("reconnect with a new one");
		}
	}

	@Test
	void payloadLargerThanTheLimitIsRejectedNamingTheLimitAndTheSetting() {
		String payload = dispatch(1, " ".repeat(4 * 1024 * 1024));
		List<byte[]> messages = encode(new ZstdStreamEncoder(), List.of(payload));
		try (ZstdStreamDecompressor decompressor = new ZstdStreamDecompressor(100_000)) {
			assertThatExceptionOfType(GatewayPayloadTooLargeException.class)
				.isThrownBy(() -> decompressor.decompress(messages.get(0)))
				.withMessageContaining("100000 bytes")
				.withMessageContaining("maxFrameSize");
		}
	}

	@Test
	void payloadOfExactlyTheLimitIsAccepted() {
		String payload = dispatch(1, "z".repeat(1_000));
		List<byte[]> messages = encode(new ZstdStreamEncoder(), List.of(payload));
		try (ZstdStreamDecompressor decompressor = new ZstdStreamDecompressor(payload.length())) {
			assertThat(utf8(decompressor.decompress(messages.get(0)))).isEqualTo(payload);
		}
	}

	@Test
	void closeIsIdempotentAndEndsUse() {
		ZstdStreamDecompressor decompressor = new ZstdStreamDecompressor(LIMIT);
		decompressor.close();
		decompressor.close();
		assertThatIllegalStateException().isThrownBy(() -> decompressor.decompress(new byte[] { 1 }))
			.withMessage("Decompressor is closed");
	}

}
