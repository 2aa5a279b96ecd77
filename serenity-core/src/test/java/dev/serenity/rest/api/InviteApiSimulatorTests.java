package dev.serenity.rest.api;

import java.time.Duration;
import java.util.Map;

import dev.serenity.event.InviteCreateEvent;
import dev.serenity.event.InviteDeleteEvent;
import dev.serenity.model.Invite;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.serenity.rest.api.SimulatedBot.TIMEOUT;
import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link InviteApi} against the simulator: the request received, the invites stored, INVITE_CREATE/INVITE_DELETE
 * received, and Discord's errors as typed exceptions.
 */
class InviteApiSimulatorTests {

	private static SimulatedBot bot;

	private static InviteApi api;

	private static SimGuild guild;

	private static SimChannel general;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot();
		var scene = bot.simulator.control().createGuildWithMember("Invites", "alice");
		guild = scene.guild();
		general = scene.channel();
		api = new InviteApi(bot.client.rest());
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	@Test
	void createSendsTheSettingsAndDispatchesInviteCreate() {
		Invite invite = api.create(Snowflake.of(general.id()), InviteCreate.builder()
			.maxAge(Duration.ofHours(1))
			.maxUses(3)
			.unique(true)
			.build(), "for friends").block(TIMEOUT);
		assertThat(invite.maxAge()).isEqualTo(3600);
		assertThat(invite.maxUses()).isEqualTo(3);
		assertThat(invite.guild().id().value()).isEqualTo(guild.id());
		var record = bot.last("POST", "/channels/" + general.id() + "/invites");
		assertThat(record.auditLogReason()).isEqualTo("for friends");
		assertThat(body(record).properties()).extracting(Map.Entry::getKey)
			.containsExactly("max_age", "max_uses", "unique");
		assertThat(bot.simulator.control().world().channelStore().invite(invite.code())).isPresent();
		InviteCreateEvent event = bot.awaitEvent(InviteCreateEvent.class, (e) -> e.code().equals(invite.code()));
		assertThat(event.maxUses()).isEqualTo(3);
		assertThat(api.list(Snowflake.of(general.id())).block(TIMEOUT)).extracting(Invite::code)
			.contains(invite.code());
	}

	@Test
	void getAndDeleteByCodeDispatchInviteDelete() {
		Invite invite = api.create(Snowflake.of(general.id()), InviteCreate.builder().unique(true).build(), null)
			.block(TIMEOUT);
		Invite read = api.get(invite.code(), true).block(TIMEOUT);
		assertThat(read.approximateMemberCount()).isEqualTo(3);
		assertThat(bot.last("GET", "/invites/" + invite.code()).query()).isEqualTo("with_counts=true");
		Invite deleted = api.delete(invite.code(), "leak").block(TIMEOUT);
		assertThat(deleted.code()).isEqualTo(invite.code());
		bot.awaitEvent(InviteDeleteEvent.class, (e) -> e.code().equals(invite.code()));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(invite.code(), false).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.is(JsonErrorCode.UNKNOWN_INVITE)).isTrue();
			});
	}

	@Test
	void invitesToACategoryAreTheTypedError50024() {
		SimChannel category = bot.simulator.control().createChannel(guild.id(), "Stuff", SimChannel.GUILD_CATEGORY);
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.create(Snowflake.of(category.id()), InviteCreate.DEFAULT, null).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.INVALID_CHANNEL_TYPE)).isTrue());
	}

}
