package dev.serenity.json;

import java.time.Instant;
import java.util.Map;

import dev.serenity.model.ChannelType;
import dev.serenity.model.Message;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared mapper's configuration.
 */
class DiscordJsonTests {

	private final JsonMapper mapper = DiscordJson.mapper();

	@Test
	void mapperIsShared() {
		assertThat(DiscordJson.mapper()).isSameAs(DiscordJson.mapper());
	}

	@Test
	void streamReadConstraintsAreBounded() {
		var constraints = this.mapper.tokenStreamFactory().streamReadConstraints();
		assertThat(constraints.getMaxNestingDepth()).isEqualTo(DiscordJson.MAX_NESTING_DEPTH).isLessThan(1000);
		assertThat(constraints.getMaxStringLength()).isEqualTo(16 * 1024 * 1024);
	}

	@Test
	void propertiesAreSnakeCaseAndUnknownOnesIgnored() {
		Message message = this.mapper.readValue("{\"channel_id\":\"5\",\"brand_new_field\":{\"x\":[1]}}",
				Message.class);
		assertThat(message.channelId()).isEqualTo(Snowflake.of(5));
	}

	@Test
	void snowflakesAreWrittenAsStringsAndReadFromStringsOrIntegers() {
		assertThat(this.mapper.writeValueAsString(Snowflake.of(175928847299117063L)))
			.isEqualTo("\"175928847299117063\"");
		assertThat(this.mapper.readValue("\"175928847299117063\"", Snowflake.class).value())
			.isEqualTo(175928847299117063L);
		assertThat(this.mapper.readValue("175928847299117063", Snowflake.class).value())
			.isEqualTo(175928847299117063L);
	}

	@Test
	void snowflakeMapKeysRoundTrip() {
		Map<Snowflake, String> map = Map.of(Snowflake.of(42), "x");
		String json = this.mapper.writeValueAsString(map);
		assertThat(json).isEqualTo("{\"42\":\"x\"}");
		assertThat(this.mapper.readValue(json, new TypeReference<Map<Snowflake, String>>() {
		})).isEqualTo(map);
	}

	@Test
	void permissionsAreWrittenAsStringsAndReadFromStringsOrIntegers() {
		assertThat(this.mapper.writeValueAsString(Permissions.of(8))).isEqualTo("\"8\"");
		assertThat(this.mapper.readValue("\"18446744073709551615\"", Permissions.class).value()).isEqualTo(-1L);
		assertThat(this.mapper.readValue("37215297", Permissions.class).value()).isEqualTo(37215297L);
	}

	@Test
	void timestampsKeepMicrosecondsAndAreWrittenWithAnOffset() {
		Instant instant = this.mapper.readValue("\"2021-01-10T00:12:53.046928+00:00\"", Instant.class);
		assertThat(instant).isEqualTo(Instant.parse("2021-01-10T00:12:53.046928Z"));
		assertThat(this.mapper.readValue("\"2021-01-10T02:12:53+02:00\"", Instant.class))
			.isEqualTo(Instant.parse("2021-01-10T00:12:53Z"));
		assertThat(this.mapper.writeValueAsString(instant)).isEqualTo("\"2021-01-10T00:12:53.046928+00:00\"");
		assertThat(this.mapper.readValue("1611064029135", Instant.class)).isEqualTo(Instant.ofEpochMilli(1611064029135L));
	}

	@Test
	void unknownEnumValuesBecomeUnknown() {
		assertThat(this.mapper.readValue("99", ChannelType.class)).isEqualTo(ChannelType.UNKNOWN);
		assertThat(this.mapper.readValue("15", ChannelType.class)).isEqualTo(ChannelType.GUILD_FORUM);
		assertThat(this.mapper.writeValueAsString(ChannelType.GUILD_FORUM)).isEqualTo("15");
	}

	@Test
	void nullPropertiesAreLeftOutWhenWriting() {
		Message message = this.mapper.readValue("{\"id\":\"1\",\"content\":null}", Message.class);
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(message)).has("content")).isFalse();
	}

	@Test
	void readingFromTheMiddleOfAFrameLeavesTheRestReadable() {
		try (JsonParser parser = this.mapper.createParser("{\"op\":0,\"d\":{\"id\":\"7\"},\"s\":3,\"t\":\"X\"}")) {
			parser.nextToken();
			parser.nextToken();
			parser.nextToken();
			parser.nextToken();
			assertThat(parser.currentName()).isEqualTo("d");
			parser.nextToken();
			assertThat(this.mapper.readValue(parser, Message.class).id()).isEqualTo(Snowflake.of(7));
			assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
			assertThat(parser.currentName()).isEqualTo("s");
		}
	}

	@Test
	void builderDerivesAnIndependentMapper() {
		JsonMapper derived = DiscordJson.builder().build();
		assertThat(derived).isNotSameAs(this.mapper);
		assertThat(derived.readValue("\"9\"", Snowflake.class)).isEqualTo(Snowflake.of(9));
	}

	@Test
	void moduleConfiguresAnotherMapper() {
		JsonMapper plain = JsonMapper.builder().addModule(DiscordJson.module()).build();
		assertThat(plain.writeValueAsString(Snowflake.of(3))).isEqualTo("\"3\"");
		assertThat(plain.readValue("\"2017-07-11T17:27:07.299000+00:00\"", Instant.class))
			.isEqualTo(Instant.parse("2017-07-11T17:27:07.299Z"));
	}

}
