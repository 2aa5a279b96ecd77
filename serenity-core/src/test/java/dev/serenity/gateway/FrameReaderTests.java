package dev.serenity.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The envelope reader: what it extracts from well-formed payloads, and that every hostile payload ends as a
 * {@link MalformedFrameException} (never another exception or error).
 */
class FrameReaderTests {

	private static final String GUILD = "290926798999357250";

	private static final String MESSAGE = "{\"id\":\"334385199974967042\",\"channel_id\":\"290926798999357249\","
			+ "\"guild_id\":\"" + GUILD + "\",\"content\":\"Supa Hot \u00e9\ud83d\udd25\",\"author\":{\"id\":\"1\"}}";

	private static GatewayFrame read(String json) {
		return FrameReader.read(bytes(json));
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	@Test
	void dispatchEnvelopeIsRead() {
		GatewayFrame frame = read("{\"t\":\"MESSAGE_CREATE\",\"s\":1005,\"op\":0,\"d\":" + MESSAGE + "}");
		assertThat(frame.op()).isZero();
		assertThat(frame.isDispatch()).isTrue();
		assertThat(frame.sequence()).isEqualTo(1005);
		assertThat(frame.type()).isEqualTo("MESSAGE_CREATE");
		assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
		assertThat(frame.hasData()).isTrue();
		assertThat(frame.dataAsString()).isEqualTo(MESSAGE);
	}

	@Test
	void controlPayloadHasNoTypeNoSequenceAndNoGuild() {
		GatewayFrame frame = read("{\"op\":10,\"d\":{\"heartbeat_interval\":41250,\"guild_id\":\"5\"},\"s\":null,"
				+ "\"t\":null}");
		assertThat(frame.op()).isEqualTo(10);
		assertThat(frame.isDispatch()).isFalse();
		assertThat(frame.sequence()).isEqualTo(-1);
		assertThat(frame.type()).isNull();
		assertThat(frame.guildId()).isZero();
		assertThat(frame.dataAsString()).isEqualTo("{\"heartbeat_interval\":41250,\"guild_id\":\"5\"}");
	}

	@Test
	void payloadWithoutDataHasNoData() {
		GatewayFrame frame = read("{\"op\":11}");
		assertThat(frame.op()).isEqualTo(11);
		assertThat(frame.hasData()).isFalse();
		assertThat(frame.dataOffset()).isEqualTo(-1);
		assertThat(frame.dataAsString()).isEqualTo("null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE" })
	void guildEventsTakeTheGuildFromTheirId(String type) {
		GatewayFrame frame = read("{\"op\":0,\"s\":2,\"t\":\"" + type + "\",\"d\":{\"name\":\"x\",\"id\":\"" + GUILD
				+ "\",\"unavailable\":false}}");
		assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
	}

	@ParameterizedTest
	@ValueSource(strings = { "CHANNEL_CREATE", "MESSAGE_CREATE", "USER_UPDATE", "GUILD_ROLE_CREATE" })
	void otherEventsNeverTakeTheGuildFromTheirId(String type) {
		GatewayFrame frame = read("{\"op\":0,\"s\":2,\"t\":\"" + type + "\",\"d\":{\"id\":\"" + GUILD + "\"}}");
		assertThat(frame.guildId()).isZero();
	}

	@Test
	void guildIdInDataWinsOverIdForGuildEvents() {
		GatewayFrame frame = read("{\"op\":0,\"s\":2,\"t\":\"GUILD_UPDATE\",\"d\":{\"id\":\"7\",\"guild_id\":\"" + GUILD
				+ "\"}}");
		assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
	}

	@Test
	void directMessageHasNoGuild() {
		GatewayFrame frame = read("{\"op\":0,\"s\":3,\"t\":\"MESSAGE_CREATE\",\"d\":{\"id\":\"334385199974967042\","
				+ "\"channel_id\":\"1\",\"content\":\"hi\",\"guild_id\":null}}");
		assertThat(frame.guildId()).isZero();
	}

	@Test
	void nestedGuildIdIsNotTheEventsGuild() {
		GatewayFrame frame = read("{\"op\":0,\"s\":3,\"t\":\"MESSAGE_CREATE\",\"d\":{\"message_reference\":"
				+ "{\"guild_id\":\"" + GUILD + "\"},\"member\":{\"guild_id\":\"9\"},\"id\":\"4\"}}");
		assertThat(frame.guildId()).isZero();
	}

	@Test
	void dataBeforeTheOtherFieldsIsRead() {
		GatewayFrame frame = read("{ \"d\" : " + MESSAGE + " , \"s\" : 7 , \"t\" : \"MESSAGE_CREATE\" , \"op\" : 0 }");
		assertThat(frame.sequence()).isEqualTo(7);
		assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
		assertThat(frame.dataAsString()).isEqualTo(MESSAGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{ \"a\" : [ 1 , { \"b\" : \"\\\"}\" } ] }", "[1,2,{\"c\":null}]", "[]",
			"\"false\"", "\"with \\\"escapes\\\" and \u00e9\"", "\"\"", "42", "-1.5e3", "true", "false", "null" })
	void dataOffsetsGiveBackExactlyTheDataJson(String data) {
		GatewayFrame frame = read("{\"op\":9,\"d\":" + data + ",\"s\":null}");
		assertThat(frame.hasData()).isTrue();
		assertThat(frame.dataAsString()).isEqualTo(data);
		GatewayFrame last = read("{\"op\":9,\"d\":" + data + "}");
		assertThat(last.dataAsString()).isEqualTo(data);
	}

	@Test
	void dataOffsetsCountBytesNotCharacters() {
		String data = "{\"name\":\"\u00e9\u00e8\u4e2d\ud83d\udd25\",\"n\":1}";
		GatewayFrame frame = read("{\"t\":\"\u4e2d\u6587\",\"op\":0,\"s\":1,\"d\":" + data + "}");
		assertThat(frame.type()).isEqualTo("\u4e2d\u6587");
		assertThat(frame.dataAsString()).isEqualTo(data);
	}

	@Test
	void multiMegabyteStringInDataIsAccepted() {
		String big = "x".repeat(3 * 1024 * 1024);
		String data = "{\"guild_id\":\"" + GUILD + "\",\"content\":\"" + big + "\"}";
		GatewayFrame frame = read("{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":" + data + "}");
		assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
		assertThat(frame.dataLength()).isEqualTo(data.length());
		assertThat(frame.dataAsString()).isEqualTo(data);
	}

	static Stream<Arguments> hostilePayloads() {
		String deep = "[".repeat(10_000) + "]".repeat(10_000);
		String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
		return Stream.of(
				hostile("truncated object", "{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"id\":\"1\""),
				hostile("truncated after a comma", "{\"op\":1,"),
				hostile("truncated inside a string", "{\"op\":0,\"t\":\"MESSAGE_CRE"),
				hostile("truncated inside a skipped string", "{\"op\":0,\"t\":\"X\",\"d\":{\"content\":\"abc"),
				hostile("only an opening brace", "{"),
				hostile("UTF-8 byte order mark", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
						bytes("{\"op\":11}"))),
				hostile("'op' twice", "{\"op\":0,\"op\":11,\"d\":null}"),
				hostile("'s' twice", "{\"op\":0,\"s\":1,\"s\":2,\"t\":\"X\",\"d\":{}}"),
				hostile("'t' twice", "{\"op\":0,\"s\":1,\"t\":\"A\",\"t\":\"B\",\"d\":{}}"),
				hostile("'d' twice", "{\"op\":0,\"s\":1,\"t\":\"A\",\"d\":{},\"d\":{\"guild_id\":\"1\"}}"),
				hostile("NaN as sequence", "{\"op\":0,\"s\":NaN,\"t\":\"X\",\"d\":{}}"),
				hostile("NaN inside skipped data", "{\"op\":0,\"s\":1,\"t\":\"X\",\"d\":{\"v\":NaN}}"),
				hostile("Infinity inside skipped data", "{\"op\":0,\"s\":1,\"t\":\"X\",\"d\":{\"v\":[-Infinity]}}"),
				hostile("two payloads concatenated", "{\"op\":11}{\"op\":11}"),
				hostile("two payloads on two lines", "{\"op\":11}\n{\"op\":0,\"s\":1,\"t\":\"X\",\"d\":{}}"),
				hostile("trailing garbage", "{\"op\":11} x"),
				hostile("sequence beyond 64 bits", "{\"op\":0,\"s\":18446744073709551616,\"t\":\"X\",\"d\":{}}"),
				hostile("sequence beyond the number length limit",
						"{\"op\":0,\"s\":" + "9".repeat(100) + ",\"t\":\"X\",\"d\":{}}"),
				hostile("negative sequence", "{\"op\":0,\"s\":-1,\"t\":\"X\",\"d\":{}}"),
				hostile("fractional sequence", "{\"op\":0,\"s\":1.5,\"t\":\"X\",\"d\":{}}"),
				hostile("sequence as a string", "{\"op\":0,\"s\":\"1\",\"t\":\"X\",\"d\":{}}"),
				hostile("guild id beyond 64 bits",
						"{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"18446744073709551616\"}}"),
				hostile("guild id beyond a signed long",
						"{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"9223372036854775808\"}}"),
				hostile("guild id of letters",
						"{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"12ab\"}}"),
				hostile("negative guild id", "{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"-5\"}}"),
				hostile("empty guild id", "{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"\"}}"),
				hostile("guild's own id not a snowflake",
						"{\"op\":0,\"s\":1,\"t\":\"GUILD_CREATE\",\"d\":{\"id\":\"" + "1".repeat(40) + "\"}}"),
				hostile("dispatch with null 't'", "{\"op\":0,\"s\":1,\"t\":null,\"d\":{}}"),
				hostile("dispatch without 't'", "{\"op\":0,\"s\":1,\"d\":{}}"),
				hostile("'t' not a string", "{\"op\":0,\"s\":1,\"t\":5,\"d\":{}}"),
				hostile("no 'op'", "{\"s\":1,\"t\":\"X\",\"d\":{}}"),
				hostile("'op' as a string", "{\"op\":\"0\",\"t\":\"X\",\"d\":{}}"),
				hostile("'op' beyond an int", "{\"op\":4294967296}"),
				hostile("'op' negative", "{\"op\":-1}"),
				hostile("10,000-deep arrays in data", "{\"op\":0,\"s\":1,\"t\":\"X\",\"d\":" + deep + "}"),
				hostile("10,000-deep objects in data", "{\"op\":0,\"s\":1,\"t\":\"X\",\"d\":" + deepObject + "}"),
				hostile("10,000-deep arrays in a skipped field", "{\"op\":0,\"s\":1,\"t\":\"X\",\"z\":" + deep + "}"),
				hostile("an array", "[{\"op\":11}]"), hostile("a string", "\"{\\\"op\\\":11}\""),
				hostile("a number", "11"), hostile("null", "null"), hostile("empty", ""),
				hostile("only whitespace", "  \n\t"));
	}

	private static Arguments hostile(String name, String json) {
		return hostile(name, bytes(json));
	}

	private static Arguments hostile(String name, byte[] payload) {
		return Arguments.of(Named.of(name, payload));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostilePayloads")
	void hostilePayloadIsRejectedAsMalformed(byte[] payload) {
		assertThatExceptionOfType(MalformedFrameException.class).isThrownBy(() -> FrameReader.read(payload));
	}

	static Stream<Arguments> invalidUtf8() {
		byte[] head = bytes("{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"a");
		byte[] tail = bytes("b\",\"guild_id\":\"" + GUILD + "\"},\"x\":\"");
		byte[] end = bytes("\"}");
		return Stream.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC3, (byte) 0x28 },
				new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF4, (byte) 0x90, 0x40 },
				new byte[] { (byte) 0xE2, (byte) 0x82 })
			.map((bad) -> Arguments.of(Named.of("bytes " + hex(bad), concat(head, bad, tail, bad, end))));
	}

	private static String hex(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (byte b : bytes) {
			text.append(String.format("%02X ", b));
		}
		return text.toString().trim();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidUtf8")
	void invalidUtf8InsideSkippedStringsIsAcceptedOrRejectedAsMalformed(byte[] payload) {
		Throwable thrown = catchThrowable(() -> {
			GatewayFrame frame = FrameReader.read(payload);
			assertThat(frame.type()).isEqualTo("MESSAGE_CREATE");
			assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
		});
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(MalformedFrameException.class);
		}
	}

	static Stream<Arguments> otherEncodings() {
		String json = "{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"" + GUILD + "\"}}";
		return Stream.of(Arguments.of(Named.of("UTF-16BE", json.getBytes(StandardCharsets.UTF_16BE))),
				Arguments.of(Named.of("UTF-16LE", json.getBytes(StandardCharsets.UTF_16LE))),
				Arguments.of(Named.of("UTF-16 with byte order mark", json.getBytes(StandardCharsets.UTF_16))),
				Arguments.of(Named.of("UTF-32BE", json.getBytes(java.nio.charset.Charset.forName("UTF-32BE")))),
				Arguments.of(Named.of("UTF-16LE byte order mark only", new byte[] { (byte) 0xFF, (byte) 0xFE, '{' })));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherEncodings")
	void payloadsNotInUtf8AreRejectedAsMalformed(byte[] payload) {
		assertThatExceptionOfType(MalformedFrameException.class).isThrownBy(() -> FrameReader.read(payload));
	}

	@Test
	void invalidUtf8InTheEventNameIsRejectedAsMalformed() {
		byte[] payload = concat(bytes("{\"op\":0,\"s\":1,\"t\":\"MESSAGE"), new byte[] { (byte) 0xC3, (byte) 0x28 },
				bytes("\",\"d\":{}}"));
		assertThatExceptionOfType(MalformedFrameException.class).isThrownBy(() -> FrameReader.read(payload));
	}

	@Test
	void invalidUtf8InTheGuildIdIsRejectedAsMalformed() {
		byte[] payload = concat(bytes("{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"guild_id\":\"12"),
				new byte[] { (byte) 0xFF }, bytes("\"}}"));
		assertThatExceptionOfType(MalformedFrameException.class).isThrownBy(() -> FrameReader.read(payload));
	}

	@Test
	void loneSurrogateEscapesAreValidJson() {
		GatewayFrame frame = read("{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"\\ud800 \\udfff\","
				+ "\"guild_id\":\"" + GUILD + "\"}}");
		assertThat(frame.guildId()).isEqualTo(Long.parseLong(GUILD));
		assertThat(frame.dataAsString()).contains("\\ud800");
	}

	@Test
	void nestingUpToTheLimitIsAccepted() {
		int depth = FrameReader.MAX_NESTING_DEPTH - 2;
		String data = "[".repeat(depth) + "]".repeat(depth);
		GatewayFrame frame = read("{\"op\":0,\"s\":1,\"t\":\"X\",\"d\":" + data + "}");
		assertThat(frame.dataAsString()).isEqualTo(data);
	}

	@Test
	void largestSequenceIsAccepted() {
		GatewayFrame frame = read("{\"op\":0,\"s\":" + Long.MAX_VALUE + ",\"t\":\"X\",\"d\":{\"guild_id\":\""
				+ Long.MAX_VALUE + "\"}}");
		assertThat(frame.sequence()).isEqualTo(Long.MAX_VALUE);
		assertThat(frame.guildId()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void unknownTopLevelFieldsAreSkipped() {
		GatewayFrame frame = read("{\"op\":0,\"_trace\":[\"x\",{\"y\":[1,2]}],\"s\":4,\"t\":\"FUTURE_EVENT\","
				+ "\"d\":{\"new_field\":{\"deep\":[true,null,1.5]}}}");
		assertThat(frame.type()).isEqualTo("FUTURE_EVENT");
		assertThat(frame.sequence()).isEqualTo(4);
		assertThat(frame.dataAsString()).isEqualTo("{\"new_field\":{\"deep\":[true,null,1.5]}}");
	}

}
