package dev.serenity.simulator;

import java.time.Instant;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application command routes: Discord's validation (50035 naming the field), unknown commands (10063), the
 * per-type limits (30032) and upserts by name.
 */
class ApplicationCommandRoutesTests {

	private final ManualClock clock = new ManualClock(Instant.parse("2025-06-01T12:00:00Z"));

	private DiscordSimulator discord;

	private String global;

	private String guildCommands;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(this.clock);
		SimGuild guild = this.discord.control().createGuild("Commands");
		this.global = "/applications/" + Long.toUnsignedString(this.discord.applicationId()) + "/commands";
		this.guildCommands = "/applications/" + Long.toUnsignedString(this.discord.applicationId()) + "/guilds/"
				+ Long.toUnsignedString(guild.id()) + "/commands";
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private Reply rest(String method, String path, String body) {
		return HttpTestClient.bot(this.discord, method, path, body);
	}

	private static JsonNode fieldError(Reply reply, String... path) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(400);
		assertThat(reply.body().get("code").asInt()).isEqualTo(50035);
		JsonNode node = reply.body().get("errors");
		for (String part : path) {
			node = node.path(part);
		}
		return node.path("_errors").path(0);
	}

	@Test
	void createStoresTheCommandWithDiscordsDefaults() {
		Reply reply = rest("POST", this.global, "{\"name\":\"ping\",\"description\":\"Answers pong\"}");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode command = reply.body();
		assertThat(command.get("type").asInt()).isEqualTo(1);
		assertThat(command.get("application_id").asString()).isEqualTo(Long.toUnsignedString(
				this.discord.applicationId()));
		assertThat(command.get("integration_types")).hasSize(1);
		assertThat(command.get("default_member_permissions").isNull()).isTrue();
		assertThat(command.has("guild_id")).isFalse();
		Reply again = rest("POST", this.global, "{\"name\":\"ping\",\"description\":\"Still pong\"}");
		assertThat(again.body().get("id")).isEqualTo(command.get("id"));
		assertThat(again.body().get("version")).isNotEqualTo(command.get("version"));
		assertThat(rest("GET", this.global, null).body()).hasSize(1);
	}

	@Test
	void invalidNamesAndDescriptionsAre50035NamingTheField() {
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"Ping\",\"description\":\"x\"}"), "name")
			.get("code").asString()).isEqualTo("APPLICATION_COMMAND_INVALID_NAME");
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"ping\",\"description\":\"\"}"), "description")
			.get("code").asString()).isEqualTo("BASE_TYPE_BAD_LENGTH");
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"Report\",\"type\":3,\"description\":\"x\"}"),
				"description").get("code").asString()).isEqualTo("BASE_TYPE_BAD_LENGTH");
		assertThat(rest("POST", this.global, "{\"name\":\"Report It\",\"type\":3}").status()).isEqualTo(200);
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"a\",\"description\":\"x\",\"options\":["
				+ "{\"type\":3,\"name\":\"opt\",\"description\":\"o\"},"
				+ "{\"type\":3,\"name\":\"req\",\"description\":\"r\",\"required\":true}]}"), "options")
			.get("code").asString()).isEqualTo("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID");
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"a\",\"description\":\"x\",\"options\":["
				+ "{\"type\":4,\"name\":\"n\",\"description\":\"n\",\"choices\":[{\"name\":\"one\",\"value\":\"1\"}]}"
				+ "]}"), "options", "0", "choices", "0", "value").get("code").asString())
			.isEqualTo("NUMBER_TYPE_COERCE");
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"a\",\"description\":\"x\",\"options\":["
				+ "{\"type\":4,\"name\":\"n\",\"description\":\"n\",\"min_value\":5,\"max_value\":1}]}"),
				"options", "0", "min_value").isMissingNode()).isFalse();
		assertThat(fieldError(rest("POST", this.global, "{\"name\":\"a\",\"description\":\"x\","
				+ "\"name_localizations\":{\"xx\":\"a\"}}"), "name_localizations", "xx").get("code").asString())
			.isEqualTo("ENUM_TYPE_COERCE");
		assertThat(rest("GET", this.global, null).body()).hasSize(1);
	}

	@Test
	void bulkOverwriteRefusesDuplicateNamesAndReplacesEverything() {
		assertThat(fieldError(rest("PUT", this.guildCommands, "[{\"name\":\"a\",\"description\":\"x\"},"
				+ "{\"name\":\"a\",\"description\":\"y\"}]"), "1", "name").get("code").asString())
			.isEqualTo("APPLICATION_COMMANDS_DUPLICATE_NAME");
		Reply first = rest("PUT", this.guildCommands, "[{\"name\":\"a\",\"description\":\"x\"},"
				+ "{\"name\":\"a\",\"type\":2}]");
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.body()).hasSize(2);
		String id = first.body().get(0).get("id").asString();
		Reply second = rest("PUT", this.guildCommands, "[{\"name\":\"a\",\"description\":\"z\"}]");
		assertThat(second.body().get(0).get("id").asString()).isEqualTo(id);
		assertThat(rest("GET", this.guildCommands, null).body()).hasSize(1);
		String userCommand = first.body().get(1).get("id").asString();
		Reply gone = rest("GET", this.guildCommands + "/" + userCommand, null);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.body().get("code").asInt()).isEqualTo(10063);
	}

	@Test
	void the101stSlashCommandIs30032() {
		StringBuilder body = new StringBuilder("[");
		for (int i = 0; i < 100; i++) {
			body.append((i > 0) ? "," : "").append("{\"name\":\"c").append(i).append("\",\"description\":\"x\"}");
		}
		assertThat(rest("PUT", this.global, body + "]").status()).isEqualTo(200);
		Reply reply = rest("POST", this.global, "{\"name\":\"extra\",\"description\":\"x\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().get("code").asInt()).isEqualTo(30032);
		assertThat(rest("POST", this.global, "{\"name\":\"Extra\",\"type\":2}").status())
			.as("the limit counts per type").isEqualTo(200);
		Reply tooMany = rest("PUT", this.global, body + ",{\"name\":\"extra\",\"description\":\"x\"}]");
		assertThat(tooMany.body().get("code").asInt()).isEqualTo(30032);
	}

	@Test
	void editChangesOnlyGivenFieldsAndDeleteForgets() {
		String id = rest("POST", this.guildCommands, "{\"name\":\"a\",\"description\":\"x\",\"nsfw\":true}").body()
			.get("id")
			.asString();
		rest("POST", this.guildCommands, "{\"name\":\"b\",\"description\":\"x\"}");
		Reply edited = rest("PATCH", this.guildCommands + "/" + id, "{\"description\":\"new\"}");
		assertThat(edited.body().get("description").asString()).isEqualTo("new");
		assertThat(edited.body().get("nsfw").asBoolean()).isTrue();
		assertThat(fieldError(rest("PATCH", this.guildCommands + "/" + id, "{\"name\":\"b\"}"), "name").get("code")
			.asString()).isEqualTo("APPLICATION_COMMANDS_DUPLICATE_NAME");
		assertThat(rest("DELETE", this.guildCommands + "/" + id, null).status()).isEqualTo(204);
		assertThat(rest("DELETE", this.guildCommands + "/" + id, null).body().get("code").asInt()).isEqualTo(10063);
		assertThat(rest("GET", this.global.replace(Long.toUnsignedString(this.discord.applicationId()), "1"), null)
			.status()).as("another application's commands").isEqualTo(403);
	}

}
