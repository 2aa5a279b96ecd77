package dev.serenity.gateway.compression;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link GatewayDecompressor#create} and {@link TransportCompression}.
 */
class GatewayDecompressorTests {

	@Test
	void createReturnsTheDecompressorOfEachCompression() {
		try (GatewayDecompressor none = GatewayDecompressor.create(TransportCompression.NONE, 1024);
				GatewayDecompressor zlib = GatewayDecompressor.create(TransportCompression.ZLIB_STREAM, 1024);
				GatewayDecompressor zstd = GatewayDecompressor.create(TransportCompression.ZSTD_STREAM, 1024)) {
			assertThat(none).isInstanceOf(PassThroughDecompressor.class);
			assertThat(zlib).isInstanceOf(ZlibStreamDecompressor.class);
			assertThat(zstd).isInstanceOf(ZstdStreamDecompressor.class);
		}
	}

	@Test
	void zstdWithoutZstdJniOnTheClassPathFailsSayingWhatToAdd() {
		List<String> asked = new ArrayList<>();
		assertThatIllegalStateException()
			.isThrownBy(() -> GatewayDecompressors.create(TransportCompression.ZSTD_STREAM, 1024, (name) -> {
				asked.add(name);
				return false;
			}))
			.withMessageContaining("com.github.luben:zstd-jni")
			.withMessageContaining("zlib-stream");
		assertThat(asked).containsExactly("com.github.luben.zstd.ZstdDecompressCtx");
	}

	@Test
	void zlibAndNoneNeverLookForZstdJni() {
		try (GatewayDecompressor zlib = GatewayDecompressors.create(TransportCompression.ZLIB_STREAM, 1024,
				(name) -> false);
				GatewayDecompressor none = GatewayDecompressors.create(TransportCompression.NONE, 1024,
						(name) -> false)) {
			assertThat(zlib).isInstanceOf(ZlibStreamDecompressor.class);
			assertThat(none).isInstanceOf(PassThroughDecompressor.class);
		}
	}

	@Test
	void classPresenceCheckFindsZstdJniOnTheTestClassPath() {
		assertThat(GatewayDecompressors.isClassPresent(GatewayDecompressors.ZSTD_CONTEXT_CLASS)).isTrue();
		assertThat(GatewayDecompressors.isClassPresent("com.example.Missing")).isFalse();
	}

	@Test
	void nonPositiveLimitIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GatewayDecompressor.create(TransportCompression.ZLIB_STREAM, 0))
			.withMessageContaining("maxPayloadBytes");
	}

	@Test
	void noCompressionReturnsMessagesUnchangedWithinTheLimit() {
		byte[] message = "{\"op\":11}".getBytes(StandardCharsets.UTF_8);
		try (GatewayDecompressor none = GatewayDecompressor.create(TransportCompression.NONE, message.length)) {
			assertThat(none.decompress(message)).isEqualTo(message);
			assertThatExceptionOfType(GatewayPayloadTooLargeException.class)
				.isThrownBy(() -> none.decompress(new byte[message.length + 1]));
		}
	}

	@Test
	void queryValuesAreThoseOfTheGatewayUrl() {
		assertThat(TransportCompression.NONE.queryValue()).isNull();
		assertThat(TransportCompression.ZLIB_STREAM.queryValue()).isEqualTo("zlib-stream");
		assertThat(TransportCompression.ZSTD_STREAM.queryValue()).isEqualTo("zstd-stream");
		for (TransportCompression compression : TransportCompression.values()) {
			assertThat(TransportCompression.fromQueryValue(compression.queryValue())).isSameAs(compression);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> TransportCompression.fromQueryValue("gzip"))
			.withMessageContaining("gzip");
	}

}
