package dev.serenity.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.gateway.GatewayIntent;
import dev.serenity.model.OnlineStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata IDEs read for {@code discord.*}: the generated file describes every property, and the
 * hints of {@code META-INF/additional-spring-configuration-metadata.json} name real values.
 */
class DiscordConfigurationMetadataTests {

	private static final Map<String, JsonNode> properties = new LinkedHashMap<>();

	private static final Map<String, JsonNode> hints = new LinkedHashMap<>();

	@BeforeAll
	static void readMetadata() throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		for (URL url : Collections.list(DiscordConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = mapper.readTree(in);
				metadata.path("properties").forEach((property) -> put(properties, property));
				metadata.path("hints").forEach((hint) -> put(hints, hint));
			}
		}
		assertThat(properties).as("discord.* properties in the metadata").containsKey("discord.token");
	}

	private static void put(Map<String, JsonNode> target, JsonNode node) {
		String name = node.path("name").asString("");
		if (name.startsWith("discord.")) {
			target.put(name, node);
		}
	}

	@Test
	void everyPropertyHasADescriptionInTheProjectsStyle() {
		List<String> problems = new ArrayList<>();
		properties.forEach((name, property) -> {
			String description = property.path("description").asString("");
			if (description.isBlank()) {
				problems.add(name + " has no description (Javadoc on its field)");
			}
			else if (description.startsWith("The ") || description.startsWith("A ")) {
				problems.add(name + " starts with 'The' or 'A': " + description);
			}
			else if ("java.lang.Boolean".equals(property.path("type").asString(""))
					&& !description.startsWith("Whether")) {
				problems.add(name + " is a boolean whose description does not start with 'Whether'");
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void defaultsTakenFromTheLibrarysConstantsAreInTheMetadata() {
		DiscordProperties defaults = new DiscordProperties();
		assertThat(properties.get("discord.rest.base-url").path("defaultValue").asString())
			.isEqualTo(defaults.getRest().getBaseUrl());
		assertThat(properties.get("discord.rest.global-limit").path("defaultValue").asInt())
			.isEqualTo(defaults.getRest().getGlobalLimit());
		assertThat(properties.get("discord.rest.max-retries").path("defaultValue").asInt())
			.isEqualTo(defaults.getRest().getMaxRetries());
		assertThat(properties.get("discord.gateway.compression").path("defaultValue").asString())
			.isEqualTo(defaults.getGateway().getCompression().name());
		assertThat(properties.get("discord.gateway.large-threshold").path("defaultValue").asInt())
			.isEqualTo(defaults.getGateway().getLargeThreshold());
		assertThat(properties.get("discord.listener.lane-capacity").path("defaultValue").asInt())
			.isEqualTo(defaults.getListener().getLaneCapacity());
		assertThat(java.time.Duration.parse("PT" + properties.get("discord.rest.request-timeout")
			.path("defaultValue")
			.asString()
			.toUpperCase())).isEqualTo(defaults.getRest().getRequestTimeout());
		assertThat(java.time.Duration.parse("PT" + properties.get("discord.startup.timeout")
			.path("defaultValue")
			.asString()
			.toUpperCase())).isEqualTo(defaults.getStartup().getTimeout());
		assertThat(org.springframework.util.unit.DataSize
			.parse(properties.get("discord.gateway.max-frame-size").path("defaultValue").asString()))
			.isEqualTo(defaults.getGateway().getMaxFrameSize());
	}

	@Test
	void intentHintsListEveryIntentAndMarkThePrivilegedOnes() {
		Map<String, String> values = hintValues("discord.intents");
		assertThat(values.keySet())
			.containsExactlyElementsOf(Arrays.stream(GatewayIntent.values()).map(GatewayIntent::name).toList());
		for (GatewayIntent intent : GatewayIntent.values()) {
			assertThat(values.get(intent.name())).as(intent.name())
				.isNotBlank()
				.satisfies((description) -> assertThat(description.contains("Privileged"))
					.isEqualTo(intent.privileged()));
		}
	}

	@Test
	void statusHintsAreTheStatusesABotCanSetAndBind() {
		Map<String, String> values = hintValues("discord.presence.status");
		assertThat(values.keySet()).containsExactly("online", "idle", "dnd", "invisible");
		for (String value : values.keySet()) {
			Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("status", value)));
			assertThat(binder.bind("status", OnlineStatus.class).get().value()).isEqualTo(value);
		}
	}

	@Test
	void everyHintNamesAnExistingPropertyAndDescribesEachValue() {
		assertThat(hints).isNotEmpty();
		hints.forEach((name, hint) -> {
			assertThat(properties).as("property of hint " + name).containsKey(name);
			hint.path("values")
				.forEach((value) -> assertThat(value.path("description").asString("")).as(name + " " + value)
					.isNotBlank());
		});
	}

	private static Map<String, String> hintValues(String name) {
		assertThat(hints).containsKey(name);
		Map<String, String> values = new LinkedHashMap<>();
		hints.get(name)
			.path("values")
			.forEach((value) -> values.put(value.path("value").asString(), value.path("description").asString("")));
		return values;
	}

}
