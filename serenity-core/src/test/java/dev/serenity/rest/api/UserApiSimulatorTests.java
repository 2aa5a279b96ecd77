package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.ChannelCreateEvent;
import dev.serenity.event.GuildDeleteEvent;
import dev.serenity.event.GuildMemberRemoveEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.UserUpdateEvent;
import dev.serenity.model.Channel;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import dev.serenity.model.UserGuild;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link UserApi} against the simulator: each endpoint's request as the simulator received it, the world it
 * changed, the gateway dispatch a connected client got, and Discord's errors as typed exceptions.
 */
class UserApiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_MEMBERS, GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT. */
	private static final long INTENTS = 1 | 2 | 512 | 4096 | 32768;

	private static List<Object> events;

	private static SimulatedBot bot;

	private static DiscordSimulator simulator;

	private static DiscordClient client;

	private static UserApi api;

	private static SimGuild guild;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot(SimulatorConfig.builder().guilds(0).build());
		simulator = bot.simulator;
		events = bot.events;
		SimulatorControl.GuildWithMember scene = simulator.control().createGuildWithMember("Users", "alice");
		guild = scene.guild();
		alice = scene.member();
		client = bot.connect(INTENTS).client;
		api = new UserApi(client.rest());
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	@Test
	void currentUserAndOtherUsersAreRead() {
		User me = api.currentUser().block(TIMEOUT);
		assertThat(me.id()).isEqualTo(Snowflake.of(simulator.control().world().bot().id()));
		assertThat(me.bot()).isTrue();
		assertThat(api.get(Snowflake.of(alice.id())).block(TIMEOUT).username()).isEqualTo("alice");
		assertThat(bot.last("GET", "/users/" + alice.id()).route()).isEqualTo("GET /users/{user_id}");
	}

	@Test
	void unknownUserIsATypedError() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(Snowflake.of(123456789L)).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.is(JsonErrorCode.UNKNOWN_USER)).isTrue();
			});
	}

	@Test
	void modifyCurrentUserSendsADataUriAndDispatchesUserUpdate() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 9 };
		User changed = api.modifyCurrentUser(CurrentUserEdit.builder()
			.username("serenity-bot")
			.avatar(Patch.of(ImageData.png(png)))
			.build()).block(TIMEOUT);
		assertThat(changed.username()).isEqualTo("serenity-bot");
		assertThat(changed.avatar()).matches("[0-9a-f]{32}");
		JsonNode body = body(bot.last("PATCH", "/users/@me"));
		assertThat(body.get("avatar").asString()).startsWith("data:image/png;base64,");
		assertThat(body.has("banner")).isFalse();
		assertThat(simulator.control().world().bot().avatar()).isEqualTo(changed.avatar());
		UserUpdateEvent update = bot.awaitEvent(UserUpdateEvent.class,
				(e) -> "serenity-bot".equals(e.user().username()));
		assertThat(update.user().avatar()).isEqualTo(changed.avatar());
	}

	@Test
	void guildsArePagedWithTheQuery() {
		SimGuild second = simulator.control().createGuild("Second");
		List<UserGuild> all = api.guilds(UserGuildQuery.first().includeCounts()).block(TIMEOUT);
		assertThat(all).extracting(UserGuild::id).contains(Snowflake.of(guild.id()), Snowflake.of(second.id()));
		assertThat(all).allSatisfy((g) -> assertThat(g.approximateMemberCount()).isPositive());
		assertThat(bot.last("GET", "/users/@me/guilds").query()).contains("limit=200").contains("with_counts=true");
		List<UserGuild> after = api.guilds(UserGuildQuery.after(Snowflake.of(guild.id()), 1)).block(TIMEOUT);
		assertThat(after).singleElement().satisfies((g) -> {
			assertThat(g.id()).isEqualTo(Snowflake.of(second.id()));
			assertThat(g.approximateMemberCount()).isNull();
		});
		assertThat(bot.last("GET", "/users/@me/guilds").query()).contains("after=" + guild.id()).contains("limit=1");
	}

	@Test
	void currentMemberIsTheBotsMembership() {
		Member member = api.currentMember(Snowflake.of(guild.id())).block(TIMEOUT);
		assertThat(member.user().id()).isEqualTo(Snowflake.of(simulator.control().world().bot().id()));
	}

	@Test
	void leavingAGuildDispatchesGuildDelete() {
		SimGuild leaving = simulator.control().createGuild("Leaving");
		api.leaveGuild(Snowflake.of(leaving.id())).block(TIMEOUT);
		assertThat(bot.last("DELETE", "/users/@me/guilds/" + leaving.id()).status()).isEqualTo(204);
		assertThat(leaving.members()).doesNotContainKey(simulator.control().world().bot().id());
		GuildDeleteEvent delete = bot.awaitEvent(GuildDeleteEvent.class,
				(e) -> e.id().equals(Snowflake.of(leaving.id())));
		assertThat(delete.removed()).isTrue();
		bot.awaitEvent(GuildMemberRemoveEvent.class, (e) -> e.guildId().equals(Snowflake.of(leaving.id())));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.leaveGuild(Snowflake.of(leaving.id())).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_GUILD)).isTrue());
	}

	@Test
	void dmOpensTheChannelAndSendsTheMessage() {
		Channel channel = api.createDm(Snowflake.of(alice.id())).block(TIMEOUT);
		assertThat(channel.type()).isEqualTo(ChannelType.DM);
		assertThat(body(bot.last("POST", "/users/@me/channels")).get("recipient_id").asString())
			.isEqualTo(Long.toString(alice.id()));
		Message sent = api.dm(Snowflake.of(alice.id()), MessageCreate.of("psst")).block(TIMEOUT);
		assertThat(sent.channelId()).isEqualTo(channel.id());
		bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(sent.id()));
		assertThat(events).noneMatch((e) -> e instanceof ChannelCreateEvent create
				&& create.channel().id().equals(channel.id()));
	}
}
