package dev.serenity.rest.api;

import dev.serenity.event.GuildAuditLogEntryCreateEvent;
import dev.serenity.event.GuildUpdateEvent;
import dev.serenity.model.AuditLog;
import dev.serenity.model.AuditLogEntry;
import dev.serenity.model.Guild;
import dev.serenity.model.GuildPreview;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.GuildScene.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link GuildApi} against the simulator: get with counts, preview, and edit with its GUILD_UPDATE.
 */
class GuildApiSimulatorTests {

	private static GuildScene scene;

	private static GuildApi api;

	@BeforeAll
	static void start() {
		scene = new GuildScene();
		api = new GuildApi(scene.client.rest());
	}

	@AfterAll
	static void stop() {
		scene.close();
	}

	@Test
	void getWithCountsAsksForThemAndReadsThem() {
		Guild guild = api.get(scene.guildId(), true).block(TIMEOUT);
		assertThat(guild.name()).isEqualTo(scene.guild.name());
		assertThat(guild.approximateMemberCount()).isEqualTo(scene.guild.members().size());
		assertThat(scene.last("GET", "/guilds/" + scene.guild.id()).query()).isEqualTo("with_counts=true");
		assertThat(api.get(scene.guildId(), false).block(TIMEOUT).approximateMemberCount()).isNull();
	}

	@Test
	void previewReadsThePublicFields() {
		GuildPreview preview = api.preview(scene.guildId()).block(TIMEOUT);
		assertThat(preview.id()).isEqualTo(scene.guildId());
		assertThat(preview.approximateMemberCount()).isEqualTo(scene.guild.members().size());
		assertThat(preview.features()).isEmpty();
	}

	@Test
	void editSendsOnlyTheChangedFieldsAndDispatchesGuildUpdate() {
		SimChannel text = scene.simulator.control().defaultChannel(scene.guild.id());
		GuildEdit edit = GuildEdit.builder()
			.name("Renamed Guild")
			.verificationLevel(2)
			.systemChannelId(Snowflake.of(text.id()))
			.build();
		Guild guild = api.edit(scene.guildId(), edit, "rebrand").block(TIMEOUT);
		assertThat(guild.name()).isEqualTo("Renamed Guild");
		assertThat(guild.verificationLevel()).isEqualTo(2);
		assertThat(guild.systemChannelId()).isEqualTo(Snowflake.of(text.id()));
		RestRecord record = scene.last("PATCH", "/guilds/" + scene.guild.id());
		assertThat(record.auditLogReason()).isEqualTo("rebrand");
		JsonNode body = GuildScene.body(record);
		assertThat(body.propertyNames()).containsExactly("name", "verification_level", "system_channel_id");
		assertThat(scene.guild.name()).isEqualTo("Renamed Guild");
		scene.awaitEvent(GuildUpdateEvent.class, (e) -> "Renamed Guild".equals(e.guild().name()));
	}

	@Test
	void changesAreInTheAuditLogAndDispatchAuditLogEntryCreate() {
		api.edit(scene.guildId(), GuildEdit.builder().description("audited").build(), "for the log").block(TIMEOUT);
		AuditLog log = api.auditLog(scene.guildId(), AuditLogQuery.latest(5).withActionType(1)).block(TIMEOUT);
		assertThat(scene.last("GET", "/audit-logs").query()).isEqualTo("limit=5&action_type=1");
		AuditLogEntry entry = log.auditLogEntries().get(0);
		assertThat(entry.reason()).isEqualTo("for the log");
		assertThat(entry.userId().value()).isEqualTo(scene.simulator.control().world().bot().id());
		assertThat(log.users()).extracting((user) -> user.id().value())
			.contains(scene.simulator.control().world().bot().id());
		assertThat(scene.awaitEvent(GuildAuditLogEntryCreateEvent.class, (e) -> e.entry().id().equals(entry.id()))
			.entry().guildId()).isEqualTo(scene.guildId());
	}

	@Test
	void anInvalidChannelIsAFieldErrorAndAnUnknownGuildIs10004() {
		GuildEdit edit = GuildEdit.builder().afkChannelId(Snowflake.of(scene.guild.id() + 1)).build();
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.edit(scene.guildId(), edit, null).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.errorCode()).contains(JsonErrorCode.INVALID_FORM_BODY);
				assertThat(ex.fieldErrors()).containsKey("afk_channel_id");
			});
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(Snowflake.of(scene.guild.id() + 7), false).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.errorCode()).contains(JsonErrorCode.UNKNOWN_GUILD));
	}

}
