package dev.serenity.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The round-trip helper itself: it must notice lost and changed fields, and only those.
 */
class JsonRoundTripTests {

	@Test
	void equalValuesInAnotherFormPass() {
		JsonNode original = json("{\"id\":175928847299117063,\"accent_color\":16711680.0,\"bot\":true}");
		User user = DiscordJson.mapper().treeToValue(original, User.class);
		JsonRoundTrip comparison = JsonRoundTrip.assertNoMappedFieldLost(original, user);
		assertThat(comparison.unmapped()).isEmpty();
	}

	@Test
	void changedValueIsReported() {
		JsonNode original = json("{\"id\":\"1\",\"username\":\"a\"}");
		User other = DiscordJson.mapper().readValue("{\"id\":\"2\",\"username\":\"a\"}", User.class);
		assertThat(JsonRoundTrip.compare(original, other).failures()).singleElement()
			.asString()
			.startsWith("$.id: \"1\" became \"2\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> JsonRoundTrip.assertNoMappedFieldLost(original, other));
	}

	@Test
	void jsonPropertyNamesAreHonoured() {
		JsonNode original = json("{\"id\":\"1\",\"display\":\"shown\"}");
		Renamed renamed = DiscordJson.mapper().treeToValue(original, Renamed.class);
		JsonRoundTrip comparison = JsonRoundTrip.assertNoMappedFieldLost(original, renamed);
		assertThat(comparison.unmapped()).isEmpty();
	}

	@Test
	void mappedFieldThatDecodingDropsIsReported() {
		Dropping dropping = new Dropping(Snowflake.of(1), null);
		assertThat(JsonRoundTrip.compare(json("{\"id\":\"1\",\"name\":\"x\"}"), dropping).failures()).singleElement()
			.asString()
			.contains("$.name: lost");
	}

	@Test
	void unmappedPropertiesAreCollectedNotFailed() {
		JsonNode original = json("{\"id\":\"1\",\"_trace\":[\"x\"],\"items\":[{\"id\":\"2\",\"extra\":1}]}");
		Holder holder = DiscordJson.mapper().treeToValue(original, Holder.class);
		JsonRoundTrip comparison = JsonRoundTrip.assertNoMappedFieldLost(original, holder);
		assertThat(comparison.unmapped()).containsExactlyInAnyOrder("$._trace", "$.items[].extra");
	}

	@Test
	void shorterListIsReported() {
		JsonNode original = json("{\"id\":\"1\",\"items\":[{\"id\":\"2\"},{\"id\":\"3\"}]}");
		Holder holder = DiscordJson.mapper().readValue("{\"id\":\"1\",\"items\":[{\"id\":\"2\"}]}", Holder.class);
		assertThat(JsonRoundTrip.compare(original, holder).failures()).singleElement()
			.asString()
			.contains("2 elements became 1");
	}

	private static JsonNode json(String text) {
		return DiscordJson.mapper().readTree(text);
	}

	record Renamed(Snowflake id, @JsonProperty("display") String name) {
	}

	record Dropping(Snowflake id, String name) {
	}

	record Holder(Snowflake id, java.util.List<Dropping> items) {
	}

}
