package dev.serenity.gateway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.serenity.json.SharedPayloads;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link FrameReader} checks JSON with a hand-written scanner; these tests hold it to a strict JSON parser (Jackson,
 * with the same limits) on Discord's payloads and on thousands of mutations of them: whatever Jackson rejects the
 * reader rejects, and whatever Jackson reads as a well-formed envelope the reader reads with the same {@code d}.
 */
class FrameReaderAgreesWithJacksonTests {

	private static final long SEED = 20261123L;

	private static final JsonMapper STRICT = mapper(true);

	private static final JsonMapper LENIENT_DUPLICATES = mapper(false);

	private static JsonMapper mapper(boolean strictDuplicates) {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(FrameReader.MAX_NESTING_DEPTH)
				.maxNumberLength(EnvelopeScanner.MAX_NUMBER_LENGTH)
				.build())
			.configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
			.build();
		return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
	}

	@Test
	void readsEverySharedPayloadWithTheDataJacksonReads() {
		List<byte[]> payloads = sharedPayloads();
		for (byte[] payload : payloads) {
			JsonNode tree = STRICT.readTree(payload);
			GatewayFrame frame = FrameReader.read(payload);
			assertThat(frame.op()).isEqualTo(tree.get("op").intValue());
			assertThat(frame.hasData()).isEqualTo(tree.has("d"));
			if (tree.has("d")) {
				assertThat(STRICT.readTree(frame.dataAsString())).isEqualTo(tree.get("d"));
			}
		}
	}

	@Test
	void agreesWithJacksonOnMutatedPayloads() {
		List<byte[]> payloads = sharedPayloads();
		payloads.add(bytes("{\"op\":0,\"s\":12,\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"a\\\"b\\\\c\\u00e9\\ud83d\\ude00"
				+ " \u00e9\u4e2d\ud83d\udd25\",\"n\":[-0.5e+10,1E3,0,true,false,null],\"guild_id\":\"42\"}}"));
		Random random = new Random(SEED);
		byte[] alphabet = bytes("{}[]\":,\\/ \t\n0123456789-+.eEtrufalsn\u00e9x");
		int accepted = 0;
		int rejected = 0;
		for (int round = 0; round < 20_000; round++) {
			byte[] original = payloads.get(random.nextInt(payloads.size()));
			byte[] mutated = mutate(original, random, alphabet);
			Boolean expected = expectation(mutated);
			if (expected == null) {
				continue;
			}
			if (expected) {
				GatewayFrame frame = read(mutated);
				JsonNode d = STRICT.readTree(mutated).get("d");
				if (d != null) {
					assertThat(STRICT.readTree(frame.dataAsString())).isEqualTo(d);
				}
				accepted++;
			}
			else {
				assertThatExceptionOfType(MalformedFrameException.class)
					.as(() -> "accepted " + new String(mutated, StandardCharsets.UTF_8))
					.isThrownBy(() -> FrameReader.read(mutated));
				rejected++;
			}
		}
		assertThat(accepted).isGreaterThan(1_000);
		assertThat(rejected).isGreaterThan(1_000);
	}

	private static GatewayFrame read(byte[] payload) {
		try {
			return FrameReader.read(payload);
		}
		catch (MalformedFrameException ex) {
			return fail("rejected valid " + new String(payload, StandardCharsets.UTF_8), ex);
		}
	}

	/**
	 * Whether the reader must accept (true) or reject (false) the payload; {@code null} when JSON is valid but has
	 * duplicate names (the reader rejects duplicates only of the envelope's own fields).
	 */
	private static Boolean expectation(byte[] payload) {
		JsonNode tree;
		try {
			tree = LENIENT_DUPLICATES.readTree(payload);
		}
		catch (JacksonException ex) {
			return false;
		}
		try {
			STRICT.readTree(payload);
		}
		catch (JacksonException ex) {
			return null;
		}
		if (tree == null || !tree.isObject()) {
			return false;
		}
		JsonNode op = tree.get("op");
		JsonNode s = tree.get("s");
		JsonNode t = tree.get("t");
		boolean valid = op != null && op.isInt() && op.intValue() >= 0
				&& (s == null || s.isNull() || (s.isIntegralNumber() && s.canConvertToLong() && s.longValue() >= 0))
				&& (t == null || t.isNull() || t.isString());
		if (valid && op.intValue() == 0) {
			JsonNode d = tree.get("d");
			JsonNode guild = (d != null && d.isObject()) ? d.get("guild_id") : null;
			valid = t != null && t.isString() && (guild == null || !guild.isString()
					|| guild.stringValue().matches("[0-9]{1,18}|[0-8][0-9]{18}"));
			if (valid && guild == null && d != null && d.isObject() && t.stringValue().startsWith("GUILD_")
					&& d.get("id") != null && d.get("id").isString()) {
				return null;
			}
		}
		return valid;
	}

	private static byte[] mutate(byte[] original, Random random, byte[] alphabet) {
		int at = random.nextInt(original.length);
		byte value = alphabet[random.nextInt(alphabet.length)];
		switch (random.nextInt(3)) {
			case 0 -> {
				byte[] copy = original.clone();
				copy[at] = value;
				return copy;
			}
			case 1 -> {
				byte[] copy = new byte[original.length + 1];
				System.arraycopy(original, 0, copy, 0, at);
				copy[at] = value;
				System.arraycopy(original, at, copy, at + 1, original.length - at);
				return copy;
			}
			default -> {
				byte[] copy = new byte[original.length - 1];
				System.arraycopy(original, 0, copy, 0, at);
				System.arraycopy(original, at + 1, copy, at, original.length - at - 1);
				return copy;
			}
		}
	}

	private static List<byte[]> sharedPayloads() {
		List<byte[]> payloads = new ArrayList<>();
		for (Path file : SharedPayloads.jsonFiles("gateway")) {
			payloads.add(SharedPayloads.read(file));
		}
		return payloads;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
