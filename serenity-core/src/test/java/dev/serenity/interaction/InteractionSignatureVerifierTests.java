package dev.serenity.interaction;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;

import dev.serenity.simulator.HttpInteractionDelivery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link InteractionSignatureVerifier} with keys made by the JDK: right and wrong signatures, keys and timestamps.
 */
class InteractionSignatureVerifierTests {

	private static final Instant NOW = Instant.parse("2026-11-23T22:00:00Z");

	private static final byte[] BODY = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);

	private final KeyPair keys = HttpInteractionDelivery.generateKeys();

	private final InteractionSignatureVerifier verifier = new InteractionSignatureVerifier(HttpInteractionDelivery.publicKey(this.keys),
			InstantSource.fixed(NOW), Duration.ofSeconds(30));

	static String sign(KeyPair keys, String timestamp, byte[] body) throws Exception {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(keys.getPrivate());
		signature.update(timestamp.getBytes(StandardCharsets.UTF_8));
		signature.update(body);
		return HexFormat.of().formatHex(signature.sign());
	}

	@Test
	void acceptsARequestSignedWithTheApplicationsKey() throws Exception {
		String timestamp = Long.toString(NOW.getEpochSecond());
		assertThat(this.verifier.verify(sign(this.keys, timestamp, BODY), timestamp, BODY))
			.isEqualTo(InteractionSignatureVerifier.Result.VALID);
	}

	@Test
	void rejectsAChangedBody() throws Exception {
		String timestamp = Long.toString(NOW.getEpochSecond());
		String signature = sign(this.keys, timestamp, BODY);
		assertThat(this.verifier.verify(signature, timestamp, "{\"type\":2}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(InteractionSignatureVerifier.Result.BAD_SIGNATURE);
	}

	@Test
	void rejectsASignatureOfAnotherKey() throws Exception {
		String timestamp = Long.toString(NOW.getEpochSecond());
		assertThat(this.verifier.verify(sign(HttpInteractionDelivery.generateKeys(), timestamp, BODY), timestamp, BODY))
			.isEqualTo(InteractionSignatureVerifier.Result.BAD_SIGNATURE);
	}

	@Test
	void rejectsAStaleTimestamp() throws Exception {
		String timestamp = Long.toString(NOW.minusSeconds(31).getEpochSecond());
		assertThat(this.verifier.verify(sign(this.keys, timestamp, BODY), timestamp, BODY))
			.isEqualTo(InteractionSignatureVerifier.Result.STALE_TIMESTAMP);
	}

	@Test
	void rejectsMalformedOrMissingHeaders() {
		assertThat(this.verifier.verify("zz", "1", BODY)).isEqualTo(InteractionSignatureVerifier.Result.BAD_SIGNATURE);
		assertThat(this.verifier.verify(null, "1", BODY))
			.isEqualTo(InteractionSignatureVerifier.Result.MISSING_HEADERS);
	}

	@Test
	void aKeyThatIsNotHexNamesThePublicKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InteractionSignatureVerifier("not-a-key", InstantSource.system(), Duration.ofSeconds(5)))
			.withMessageContaining("'publicKey'");
	}

}
