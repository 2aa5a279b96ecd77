package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;

import dev.serenity.event.ChannelCreateEvent;
import dev.serenity.event.ChannelDeleteEvent;
import dev.serenity.event.ChannelUpdateEvent;
import dev.serenity.event.TypingStartEvent;
import dev.serenity.model.Channel;
import dev.serenity.model.ChannelType;
import dev.serenity.model.OverwriteType;
import dev.serenity.model.PermissionOverwrite;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.SimulatedBot.TIMEOUT;
import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ChannelApi} against the simulator: the request the simulator received, the world it changed, the gateway
 * dispatch the client got, and Discord's errors as typed exceptions.
 */
class ChannelApiSimulatorTests {

	private static SimulatedBot bot;

	private static ChannelApi api;

	private static SimGuild guild;

	private static SimChannel general;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot();
		var scene = bot.simulator.control().createGuildWithMember("Channels", "alice");
		guild = scene.guild();
		general = scene.channel();
		alice = scene.member();
		api = new ChannelApi(bot.client.rest());
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	private static Snowflake id(long id) {
		return Snowflake.of(id);
	}

	@Test
	void createGuildChannelSendsTheBodyAndDispatchesChannelCreate() {
		Channel created = api.createGuildChannel(id(guild.id()), ChannelCreate.builder("Bot Talk")
			.topic("bots only")
			.rateLimitPerUser(5)
			.build(), "setting up").block(TIMEOUT);
		assertThat(created.name()).isEqualTo("bot-talk");
		assertThat(created.type()).isEqualTo(ChannelType.GUILD_TEXT);
		var record = bot.last("POST", "/guilds/" + guild.id() + "/channels");
		assertThat(record.auditLogReason()).isEqualTo("setting up");
		assertThat(body(record).properties()).extracting(Map.Entry::getKey)
			.containsExactly("name", "topic", "rate_limit_per_user");
		assertThat(bot.simulator.control().world().channel(created.id().value()).topic()).isEqualTo("bots only");
		assertThat(bot.awaitEvent(ChannelCreateEvent.class, (e) -> e.channel().id().equals(created.id())).channel()
			.rateLimitPerUser()).isEqualTo(5);
		assertThat(api.guildChannels(id(guild.id())).block(TIMEOUT)).extracting(Channel::id).contains(created.id());
	}

	@Test
	void editPatchesOnlyGivenFieldsAndDispatchesChannelUpdate() {
		SimChannel target = bot.simulator.control().createChannel(guild.id(), "edited", SimChannel.GUILD_TEXT);
		Channel edited = api.edit(id(target.id()), ChannelEdit.builder().topic("new topic").nsfw(true).build())
			.block(TIMEOUT);
		assertThat(edited.topic()).isEqualTo("new topic");
		JsonNode body = body(bot.last("PATCH", "/channels/" + target.id()));
		assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("topic", "nsfw");
		assertThat(bot.awaitEvent(ChannelUpdateEvent.class,
				(e) -> e.channel().id().equals(edited.id()) && Boolean.TRUE.equals(e.channel().nsfw())).channel()
			.topic()).isEqualTo("new topic");

		api.edit(id(target.id()), ChannelEdit.builder().topic(null).build()).block(TIMEOUT);
		JsonNode cleared = body(bot.last("PATCH", "/channels/" + target.id()));
		assertThat(cleared.get("topic").isNull()).isTrue();
		assertThat(bot.simulator.control().world().channel(target.id()).topic()).isNull();
	}

	@Test
	void permissionOverwritesAreSentAndDispatchedAsChannelUpdate() {
		SimChannel target = bot.simulator.control().createChannel(guild.id(), "private", SimChannel.GUILD_TEXT);
		PermissionOverwrite overwrite = new PermissionOverwrite(id(alice.id()), OverwriteType.MEMBER,
				Permissions.of(1024), Permissions.of(2048));
		api.editPermission(id(target.id()), overwrite, "hide").block(TIMEOUT);
		JsonNode body = body(bot.last("PUT", "/permissions/" + alice.id()));
		assertThat(body.get("type").asInt()).isEqualTo(1);
		assertThat(body.get("allow").asString()).isEqualTo("1024");
		assertThat(body.has("id")).isFalse();
		assertThat(bot.awaitEvent(ChannelUpdateEvent.class, (e) -> e.channel().id().value() == target.id()
				&& !e.channel().permissionOverwrites().isEmpty()).channel().permissionOverwrites().get(0).deny())
			.isEqualTo(Permissions.of(2048));
		api.deletePermission(id(target.id()), id(alice.id()), null).block(TIMEOUT);
		assertThat(bot.simulator.control().world().channel(target.id()).overwrites()).isEmpty();
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.deletePermission(id(target.id()), id(alice.id()), null).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_PERMISSION_OVERWRITE)).isTrue());
	}

	@Test
	void deleteAnswersTheChannelAndDispatchesChannelDelete() {
		SimChannel target = bot.simulator.control().createChannel(guild.id(), "doomed", SimChannel.GUILD_TEXT);
		Channel deleted = api.delete(id(target.id()), "cleanup").block(TIMEOUT);
		assertThat(deleted.name()).isEqualTo("doomed");
		assertThat(bot.last("DELETE", "/channels/" + target.id()).auditLogReason()).isEqualTo("cleanup");
		bot.awaitEvent(ChannelDeleteEvent.class, (e) -> e.channel().id().value() == target.id());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(id(target.id())).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.is(JsonErrorCode.UNKNOWN_CHANNEL)).isTrue();
			});
	}

	@Test
	void typingDispatchesTypingStart() {
		api.typing(id(general.id())).block(TIMEOUT);
		assertThat(bot.last("POST", "/channels/" + general.id() + "/typing").status()).isEqualTo(204);
		TypingStartEvent typing = bot.awaitEvent(TypingStartEvent.class,
				(e) -> e.channelId().value() == general.id());
		assertThat(typing.userId().value()).isEqualTo(bot.simulator.control().world().bot().id());
	}

	@Test
	void editPositionsMovesChannelsAndDispatchesChannelUpdate() {
		SimChannel target = bot.simulator.control().createChannel(guild.id(), "moved", SimChannel.GUILD_TEXT);
		api.editPositions(id(guild.id()), List.of(ChannelPosition.of(id(target.id()), 0)), null).block(TIMEOUT);
		assertThat(body(bot.last("PATCH", "/guilds/" + guild.id() + "/channels")).get(0).get("position").asInt())
			.isZero();
		assertThat(bot.simulator.control().world().channel(target.id()).position()).isZero();
		bot.awaitEvent(ChannelUpdateEvent.class,
				(e) -> e.channel().id().value() == target.id() && e.channel().position() == 0);
	}

	@Test
	void followingCreatesAWebhookInTheTargetChannelAndOnlyAnnouncementChannelsCanBeFollowed() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.follow(id(general.id()), id(general.id())).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.INVALID_CHANNEL_TYPE)).isTrue());
		SimChannel news = bot.simulator.control().createChannel(guild.id(), "news", SimChannel.GUILD_ANNOUNCEMENT);
		dev.serenity.model.FollowedChannel followed = api.follow(id(news.id()), id(general.id()), "news feed")
			.block(TIMEOUT);
		assertThat(followed.channelId().value()).isEqualTo(news.id());
		assertThat(bot.last("POST", "/channels/" + news.id() + "/followers").auditLogReason()).isEqualTo("news feed");
		assertThat(bot.simulator.control().world().webhooks().inChannel(general.id()))
			.as("the follower webhook lives in the target channel")
			.anySatisfy((webhook) -> assertThat(webhook.id()).isEqualTo(followed.webhookId().value()));
		bot.awaitEvent(dev.serenity.event.WebhooksUpdateEvent.class,
				(e) -> e.channelId().value() == general.id());
	}

	@Test
	void invalidNameIsTheTypedFormError() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.edit(id(general.id()), ChannelEdit.builder().rateLimitPerUser(10).build())
				.then(bot.client.rest().exchange(dev.serenity.rest.RestRequest.of(
						dev.serenity.rest.Route.patch("/channels/{channel.id}", general.id()))
					.withBody(Map.of("name", ""))))
				.block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.is(JsonErrorCode.INVALID_FORM_BODY)).isTrue();
				assertThat(ex.fieldErrors()).isNotEmpty();
			});
	}

}
