package dev.serenity.gateway.compression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.serenity.simulator.gateway.compression.ZlibStreamEncoder;
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
 * {@link ZlibStreamDecompressor} against the simulator's {@link ZlibStreamEncoder}.
 */
class ZlibStreamDecompressorTests {

	private static final int LIMIT = GatewayDecompressor.DEFAULT_MAX_PAYLOAD_BYTES;

	@Test
	void manyPayloadsAreDecodedInOrderByOneDecompressor() {
		List<String> payloads = dispatches(300);
		List<byte[]> messages = encode(new ZlibStreamEncoder(), payloads);
		List<String> decoded = new ArrayList<>();
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT)) {
			for (byte[] message : messages) {
				decoded.add(utf8(decompressor.decompress(message)));
			}
		}
		assertThat(decoded).containsExactlyElementsOf(payloads);
	}

	@Test
	void payloadLargerThanTheEncoderChunkIsDecodedWhole() {
		String payload = randomDispatch(200_000, 42);
		List<byte[]> messages = encode(new ZlibStreamEncoder(), List.of(payload));
		assertThat(messages.get(0).length).isGreaterThan(16 * 1024);
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT)) {
			assertThat(utf8(decompressor.decompress(messages.get(0)))).isEqualTo(payload);
		}
	}

	@Test
	void payloadSplitAcrossTwoMessagesIsReturnedWhenTheSecondArrives() {
		List<String> payloads = List.of(dispatch(1, "first"), dispatch(2, "second ".repeat(50)), dispatch(3, "third"));
		List<byte[]> messages = encode(new ZlibStreamEncoder(), payloads);
		byte[] split = messages.get(1);
		int half = split.length / 2;
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT)) {
			assertThat(utf8(decompressor.decompress(messages.get(0)))).isEqualTo(payloads.get(0));
			assertThat(decompressor.decompress(Arrays.copyOfRange(split, 0, half))).isNull();
			assertThat(utf8(decompressor.decompress(Arrays.copyOfRange(split, half, split.length))))
				.isEqualTo(payloads.get(1));
			assertThat(utf8(decompressor.decompress(messages.get(2)))).isEqualTo(payloads.get(2));
		}
	}

	@Test
	void syncFlushMarkerSplitAcrossMessagesIsRecognised() {
		List<String> payloads = List.of(dispatch(1, "marker split"));
		byte[] message = encode(new ZlibStreamEncoder(), payloads).get(0);
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT)) {
			assertThat(decompressor.decompress(Arrays.copyOfRange(message, 0, message.length - 2))).isNull();
			assertThat(utf8(decompressor.decompress(Arrays.copyOfRange(message, message.length - 2, message.length))))
				.isEqualTo(payloads.get(0));
		}
	}

	@Test
	void freshDecompressorCannotDecodeALaterMessageOfTheStream() {
		List<byte[]> messages = encode(new ZlibStreamEncoder(), List.of(dispatch(1, "one"), dispatch(2, "two")));
		try (ZlibStreamDecompressor fresh = new ZlibStreamDecompressor(LIMIT)) {
			assertThatExceptionOfType(GatewayDecompressionException.class)
				.isThrownBy(() -> fresh.decompress(messages.get(1)))
				.withMessageContaining("Corrupt zlib-stream data")
				.withMessageContaining("each connection needs its own decompressor");
		}
	}

	@Test
	void decompressorThatFailedRefusesFurtherMessages() {
		List<byte[]> messages = encode(new ZlibStreamEncoder(), List.of(dispatch(1, "one"), dispatch(2, "two")));
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT)) {
			assertThatExceptionOfType(GatewayDecompressionException.class)
				.isThrownBy(() -> decompressor.decompress(messages.get(1)));
			assertThatExceptionOfType(GatewayDecompressionException.class)
				.isThrownBy(() -> decompressor.decompress(messages.get(0)))
				.withMessageContaining("reconnect with a new one");
		}
	}

	@Test
	void corruptDataEndingInASyncFlushIsRejected() {
		// a valid zlib header, then a deflate block of the reserved (invalid) type 11
		byte[] garbage = { 0x78, (byte) 0x9C, 0x07, 0x37, 0x42, 0x11, 0, 0, (byte) 0xFF, (byte) 0xFF };
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT)) {
			assertThatExceptionOfType(GatewayDecompressionException.class)
				.isThrownBy(() -> decompressor.decompress(garbage));
		}
	}

	@Test
	void payloadLargerThanTheLimitIsRejectedNamingTheLimitAndTheSetting() {
		String payload = dispatch(1, "y".repeat(5_000));
		List<byte[]> messages = encode(new ZlibStreamEncoder(), List.of(payload));
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(4_096)) {
			assertThatExceptionOfType(GatewayPayloadTooLargeException.class)
				.isThrownBy(() -> decompressor.decompress(messages.get(0)))
				.withMessageContaining("4096 bytes")
				.withMessageContaining("maxFrameSize")
				.satisfies((ex) -> assertThat(ex.limit()).isEqualTo(4_096));
		}
	}

	@Test
	void highlyCompressiblePayloadIsStoppedAtTheLimitNotInflatedWhole() {
		String bomb = dispatch(1, " ".repeat(8 * 1024 * 1024));
		List<byte[]> messages = encode(new ZlibStreamEncoder(), List.of(bomb));
		assertThat(messages.get(0).length).isLessThan(64 * 1024);
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(64 * 1024)) {
			assertThatExceptionOfType(GatewayPayloadTooLargeException.class)
				.isThrownBy(() -> decompressor.decompress(messages.get(0)));
		}
	}

	@Test
	void compressedInputThatNeverEndsAPayloadIsRejectedOnceLargerThanTheLimit() {
		byte[] chunk = new byte[1_500];
		Arrays.fill(chunk, (byte) 0x55);
		// the compressed buffer may exceed the limit only by deflate's worst-case overhead (here 1,025 bytes)
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(2_000)) {
			assertThat(decompressor.decompress(chunk)).isNull();
			assertThat(decompressor.decompress(chunk)).isNull();
			assertThatExceptionOfType(GatewayPayloadTooLargeException.class)
				.isThrownBy(() -> decompressor.decompress(chunk));
		}
	}

	@Test
	void payloadOfExactlyTheLimitIsAccepted() {
		String payload = dispatch(1, "z".repeat(1_000));
		int size = payload.length();
		List<byte[]> messages = encode(new ZlibStreamEncoder(), List.of(payload));
		try (ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(size)) {
			assertThat(utf8(decompressor.decompress(messages.get(0)))).isEqualTo(payload);
		}
	}

	@Test
	void closeIsIdempotentAndEndsUse() {
		ZlibStreamDecompressor decompressor = new ZlibStreamDecompressor(LIMIT);
		decompressor.close();
		decompressor.close();
		assertThatIllegalStateException().isThrownBy(() -> decompressor.decompress(new byte[] { 1 }))
			.withMessage("Decompressor is closed");
	}

}
