package dev.serenity.json;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import dev.serenity.event.EventType;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.model.Component;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.model.SoundboardSound;
import dev.serenity.model.User;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Broken and hostile input fails with a {@link JacksonException} (never an {@link Error}) or decodes harmlessly.
 */
class MalformedInputTests {

	private final JsonMapper mapper = DiscordJson.mapper();

	@Test
	void snowflakeStringOf2To63FailsNamingTheField() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"id\":\"9223372036854775808\"}", User.class))
			.withMessageContaining("'/id'")
			.withMessageContaining("2^63");
	}

	@Test
	void snowflakeStringBeyond64BitsFailsNamingTheField() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"author\":{\"id\":\"18446744073709551616\"}}", Message.class))
			.withMessageContaining("'/author/id'");
	}

	@Test
	void snowflakeIntegerBeyond63BitsFailsNamingTheField() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"mention_roles\":[\"1\",18446744073709551615]}", Message.class))
			.withMessageContaining("'/mention_roles/1'")
			.withMessageContaining("2^63");
	}

	@Test
	void negativeSnowflakeFails() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"id\":-5}", User.class))
			.withMessageContaining("'/id'");
	}

	@Test
	void snowflakeWithNonDigitsFails() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"id\":\"12a\"}", User.class))
			.withMessageContaining("'/id'")
			.withMessageContaining("digits");
	}

	@Test
	void snowflakeOfWrongJsonTypeFails() {
		assertThatExceptionOfType(MismatchedInputException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"id\":{\"x\":1}}", User.class));
	}

	@Test
	void tenThousandLevelsOfArraysFailWithStreamConstraints() {
		String json = "[".repeat(10_000) + "]".repeat(10_000);
		assertThatExceptionOfType(StreamConstraintsException.class).isThrownBy(() -> this.mapper.readTree(json))
			.withMessageContaining(String.valueOf(DiscordJson.MAX_NESTING_DEPTH));
	}

	@Test
	void tenThousandNestedComponentsFailWithStreamConstraints() {
		String json = "{\"components\":[".repeat(10_000) + "]}".repeat(10_000);
		Throwable thrown = catchThrowable(() -> this.mapper.readValue(json, Message.class));
		assertThat(thrown).isInstanceOf(StreamConstraintsException.class);
	}

	@Test
	void tenThousandNestedReferencedMessagesFailWithStreamConstraints() {
		String json = "{\"referenced_message\":".repeat(10_000) + "{}" + "}".repeat(10_000);
		Throwable thrown = catchThrowable(() -> EventType.MESSAGE_CREATE.decode(parserAtStart(json)));
		assertThat(thrown).isInstanceOf(StreamConstraintsException.class);
	}

	@Test
	void deepestAcceptedNestingDecodesOnASmallStack() throws InterruptedException {
		int levels = DiscordJson.MAX_NESTING_DEPTH - 1;
		String messages = "{\"referenced_message\":".repeat(levels) + "{}" + "}".repeat(levels);
		int componentLevels = DiscordJson.MAX_NESTING_DEPTH / 2 - 1;
		String components = "{\"components\":[".repeat(componentLevels) + "{\"type\":1}" + "]}".repeat(componentLevels);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				Message message = this.mapper.readValue(messages, Message.class);
				assertThat(message.referencedMessage()).isNotNull();
				Component component = this.mapper.readValue(components, Component.class);
				assertThat(component.components()).hasSize(1);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "small-stack", 256 * 1024);
		thread.start();
		thread.join();
		assertThat(failure.get()).isNull();
	}

	@Test
	void nanFailsAsBrokenJson() {
		assertThatExceptionOfType(StreamReadException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"volume\":NaN}", SoundboardSound.class));
	}

	@Test
	void infinityFailsAsBrokenJson() {
		assertThatExceptionOfType(StreamReadException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"volume\":-Infinity}", SoundboardSound.class));
	}

	@Test
	void duplicateKeysAreToleratedAndTheLastWins() {
		User user = this.mapper.readValue("{\"id\":\"1\",\"username\":\"a\",\"id\":\"2\"}", User.class);
		assertThat(user.id()).isEqualTo(Snowflake.of(2));
		assertThat(user.username()).isEqualTo("a");
	}

	@Test
	void escapedLoneSurrogateDecodesAsItIs() {
		Message message = this.mapper.readValue("{\"content\":\"a\\ud800b\"}", Message.class);
		assertThat(message.content()).isEqualTo("a\ud800b");
	}

	@Test
	void rawSurrogateBytesDecodeOrFailCleanly() {
		byte[] json = { '{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0,
				(byte) 0x80, '"', '}' };
		Throwable thrown = catchThrowable(() -> this.mapper.readValue(json, Message.class));
		assertThat(thrown).satisfiesAnyOf((ex) -> assertThat(ex).isNull(),
				(ex) -> assertThat(ex).isInstanceOf(JacksonException.class));
	}

	@Test
	void invalidUtf8FailsCleanly() {
		byte[] json = { '{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"',
				'}' };
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.mapper.readValue(json, Message.class));
	}

	@Test
	void multiMegabyteStringBelowTheLimitDecodes() {
		String content = "x".repeat(4 * 1024 * 1024);
		Message message = this.mapper.readValue("{\"content\":\"" + content + "\"}", Message.class);
		assertThat(message.content()).hasSize(content.length());
	}

	@Test
	void stringAboveTheLimitFailsWithStreamConstraints() {
		byte[] json = ("{\"content\":\"" + "x".repeat(DiscordJson.MAX_STRING_LENGTH + 1) + "\"}")
			.getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(StreamConstraintsException.class)
			.isThrownBy(() -> this.mapper.readValue(json, Message.class));
	}

	@Test
	void hugeSnowflakeStringFailsWithAShortMessage() {
		String digits = "9".repeat(1_000_000);
		Throwable thrown = catchThrowable(() -> this.mapper.readValue("{\"id\":\"" + digits + "\"}", User.class));
		assertThat(thrown).isInstanceOf(JacksonException.class);
		assertThat(thrown.getMessage()).hasSizeLessThan(1_000);
	}

	@Test
	void numberWithTooManyDigitsFailsWithStreamConstraints() {
		String json = "{\"accent_color\":" + "1".repeat(5_000) + "}";
		assertThatExceptionOfType(StreamConstraintsException.class)
			.isThrownBy(() -> this.mapper.readValue(json, User.class));
	}

	@Test
	void truncatedJsonFailsCleanly() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"id\":\"1\",\"username\":\"a", User.class));
	}

	@Test
	void wrongTypesFailCleanly() {
		assertThatExceptionOfType(MismatchedInputException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"mentions\":{\"id\":\"1\"}}", Message.class));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"username\":[1,2]}", User.class));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"timestamp\":\"yesterday\"}", Message.class))
			.withMessageContaining("'/timestamp'");
	}

	@Test
	void dispatchWhoseDIsNotAnObjectFailsCleanly() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> EventType.MESSAGE_CREATE.decode(parserAtStart("42")));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> EventType.GUILD_BAN_ADD.decode(parserAtStart("\"text\"")));
	}

	@Test
	void nullForPrimitivesIsAccepted() {
		JsonNode d = this.mapper.readTree("{\"v\":null,\"session_id\":\"s\"}");
		assertThat(EventType.READY.decode(d).v()).isZero();
	}

	@Test
	void trailingTokensAfterAValueAreIgnored() {
		User user = this.mapper.readValue("{\"id\":\"1\"} {\"id\":\"2\"}", User.class);
		assertThat(user.id()).isEqualTo(Snowflake.of(1));
	}

	@Test
	void everyFailureIsAJacksonExceptionNotAnError() {
		String[] inputs = { "", "{", "}", "[]", "null", "{\"id\":}", "{\"id\":\"1\"", "{'id':'1'}", "{\"id\":01}",
				"{\"content\":\"\\u12\"}", "{\"embeds\":[{\"fields\":{}}]}", "{\"type\":\"many\"}",
				"{\"reactions\":[{\"count\":1e999999}]}", "{\"flags\":1.5e3}" };
		for (String input : inputs) {
			Throwable thrown = catchThrowable(() -> EventType.MESSAGE_CREATE.decode(parserAtStart(input)));
			assertThat(thrown).as("input %s", input)
				.satisfiesAnyOf((ex) -> assertThat(ex).isNull(),
						(ex) -> assertThat(ex).isInstanceOf(JacksonException.class));
		}
	}

	@Test
	void eventsNeverWrapNull() {
		Throwable thrown = catchThrowable(() -> new MessageCreateEvent(null));
		assertThat(thrown).isInstanceOf(NullPointerException.class);
	}

	private JsonParser parserAtStart(String json) {
		JsonParser parser = this.mapper.createParser(json);
		parser.nextToken();
		return parser;
	}

}
