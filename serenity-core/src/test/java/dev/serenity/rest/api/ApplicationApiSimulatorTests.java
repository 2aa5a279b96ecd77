package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;

import dev.serenity.model.Application;
import dev.serenity.model.ApplicationRoleConnectionMetadata;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.rest.RestConfig;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ApplicationApi} against the simulator: the request the simulator received, the application it keeps and
 * Discord's errors as typed exceptions. No gateway event follows an application edit.
 */
class ApplicationApiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static SimulatedBot bot;

	private static DiscordSimulator simulator;

	private static DiscordRest rest;

	private static ApplicationApi api;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot(SimulatorConfig.builder().guilds(1).build());
		simulator = bot.simulator;
		rest = DiscordRest.builder(RestConfig.builder(simulator.token()).baseUrl(simulator.restUrl()).build()).build();
		api = new ApplicationApi(rest);
	}

	@AfterAll
	static void stop() {
		rest.close();
		bot.close();
	}

	@Test
	void currentApplicationHasTheBot() {
		Application application = api.current().block(TIMEOUT);
		assertThat(application.id()).isEqualTo(Snowflake.of(simulator.config().applicationId()));
		assertThat(application.bot().id()).isEqualTo(Snowflake.of(simulator.control().world().bot().id()));
		assertThat(application.approximateGuildCount()).isEqualTo(1);
		assertThat(application.verifyKey()).isNotBlank();
	}

	@Test
	void editSendsOnlyTheChangedFieldsAndTheyStay() {
		Application edited = api.editCurrent(ApplicationEdit.builder()
			.description(Patch.of("Relays messages"))
			.tags(Patch.of(List.of("relay", "tools")))
			.flags(Application.GATEWAY_PRESENCE_LIMITED)
			.icon(Patch.of(ImageData.png(new byte[] { 1, 2, 3 })))
			.build()).block(TIMEOUT);
		JsonNode body = body(bot.last("PATCH", "/applications/@me"));
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("description", "tags", "flags", "icon");
		assertThat(body.get("icon").asString()).startsWith("data:image/png;base64,");
		assertThat(edited.description()).isEqualTo("Relays messages");
		assertThat(edited.flags() & Application.GATEWAY_PRESENCE_LIMITED).isNotZero();
		assertThat(edited.flags() & Application.GATEWAY_MESSAGE_CONTENT_LIMITED).isZero();
		assertThat(edited.icon()).matches("[0-9a-f]{32}");
		Application again = api.current().block(TIMEOUT);
		assertThat(again.tags()).containsExactly("relay", "tools");
		assertThat(again.description()).isEqualTo("Relays messages");
	}

	@Test
	void discordRejectsAMalformedUrlAsATypedError() {
		ApplicationEdit edit = ApplicationEdit.builder().interactionsEndpointUrl(Patch.of("https://")).build();
		assertThatExceptionOfType(DiscordRestException.class).isThrownBy(() -> api.editCurrent(edit).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.is(JsonErrorCode.INVALID_FORM_BODY)).isTrue();
				assertThat(ex.fieldErrors()).containsKey("interactions_endpoint_url");
			});
	}

	@Test
	void roleConnectionMetadataIsReplacedAndRead() {
		Snowflake id = Snowflake.of(simulator.config().applicationId());
		ApplicationRoleConnectionMetadata level = new ApplicationRoleConnectionMetadata(2, "level", "Level", null,
				"Level at least", null);
		assertThat(api.updateRoleConnectionMetadata(id, List.of(level)).block(TIMEOUT)).containsExactly(level);
		assertThat(body(bot.last("PUT", "/role-connections/metadata")).get(0).get("key").asString()).isEqualTo("level");
		assertThat(api.roleConnectionMetadata(id).block(TIMEOUT)).containsExactly(level);
		assertThatIllegalArgumentException().isThrownBy(() -> api.updateRoleConnectionMetadata(id,
				List.of(new ApplicationRoleConnectionMetadata(9, "level", "Level", null, "d", null))))
			.withMessageContaining("'records[0].type'");
		assertThatIllegalArgumentException().isThrownBy(() -> api.updateRoleConnectionMetadata(id,
				List.of(new ApplicationRoleConnectionMetadata(1, "Bad Key", "Level", null, "d", null))))
			.withMessageContaining("'records[0].key'");
	}
}
