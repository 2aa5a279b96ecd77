package dev.serenity.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.serenity.gateway.GatewayIntent;
import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.Snowflake;
import dev.serenity.simulator.gateway.EventIntents;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGES;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGE_POLLS;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGE_REACTIONS;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGE_TYPING;
import static dev.serenity.gateway.GatewayIntent.GUILDS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MEMBERS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGES;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGE_POLLS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGE_REACTIONS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGE_TYPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventTypeTests {

	/** Every dispatch name of discord-protocol.md §4, with the abbreviations written out. */
	private static final List<String> PROTOCOL_NAMES = List.of("READY", "RESUMED", "RATE_LIMITED",
			"APPLICATION_COMMAND_PERMISSIONS_UPDATE", "AUTO_MODERATION_RULE_CREATE", "AUTO_MODERATION_RULE_UPDATE",
			"AUTO_MODERATION_RULE_DELETE", "AUTO_MODERATION_ACTION_EXECUTION", "CHANNEL_CREATE", "CHANNEL_UPDATE",
			"CHANNEL_DELETE", "CHANNEL_PINS_UPDATE", "CHANNEL_INFO", "VOICE_CHANNEL_STATUS_UPDATE",
			"VOICE_CHANNEL_START_TIME_UPDATE", "THREAD_CREATE", "THREAD_UPDATE", "THREAD_DELETE", "THREAD_LIST_SYNC",
			"THREAD_MEMBER_UPDATE", "THREAD_MEMBERS_UPDATE", "ENTITLEMENT_CREATE", "ENTITLEMENT_UPDATE",
			"ENTITLEMENT_DELETE", "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "GUILD_AUDIT_LOG_ENTRY_CREATE",
			"GUILD_BAN_ADD", "GUILD_BAN_REMOVE", "GUILD_MEMBER_REMOVE", "GUILD_EMOJIS_UPDATE", "GUILD_STICKERS_UPDATE",
			"GUILD_INTEGRATIONS_UPDATE", "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE", "GUILD_MEMBERS_CHUNK",
			"GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE", "GUILD_ROLE_DELETE", "GUILD_SCHEDULED_EVENT_CREATE",
			"GUILD_SCHEDULED_EVENT_UPDATE", "GUILD_SCHEDULED_EVENT_DELETE", "GUILD_SCHEDULED_EVENT_USER_ADD",
			"GUILD_SCHEDULED_EVENT_USER_REMOVE", "GUILD_SOUNDBOARD_SOUND_CREATE", "GUILD_SOUNDBOARD_SOUND_UPDATE",
			"GUILD_SOUNDBOARD_SOUND_DELETE", "GUILD_SOUNDBOARD_SOUNDS_UPDATE", "SOUNDBOARD_SOUNDS",
			"INTEGRATION_CREATE", "INTEGRATION_UPDATE", "INTEGRATION_DELETE", "INTERACTION_CREATE", "INVITE_CREATE",
			"INVITE_DELETE", "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "MESSAGE_DELETE_BULK",
			"MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE", "MESSAGE_REACTION_REMOVE_ALL",
			"MESSAGE_REACTION_REMOVE_EMOJI", "MESSAGE_POLL_VOTE_ADD", "MESSAGE_POLL_VOTE_REMOVE", "PRESENCE_UPDATE",
			"STAGE_INSTANCE_CREATE", "STAGE_INSTANCE_UPDATE", "STAGE_INSTANCE_DELETE", "SUBSCRIPTION_CREATE",
			"SUBSCRIPTION_UPDATE", "SUBSCRIPTION_DELETE", "TYPING_START", "USER_UPDATE", "VOICE_CHANNEL_EFFECT_SEND",
			"VOICE_STATE_UPDATE", "VOICE_SERVER_UPDATE", "WEBHOOKS_UPDATE");

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]*[A-Z]");

	@Test
	void everyProtocolNameHasExactlyOneType() {
		assertThat(EventType.all().stream().map(EventType::name))
			.containsExactlyInAnyOrderElementsOf(PROTOCOL_NAMES);
		for (String name : PROTOCOL_NAMES) {
			EventType<?> type = EventType.forName(name);
			assertThat(type).as(name).isNotNull();
			assertThat(type.name()).isEqualTo(name).isEqualTo(type.toString());
			assertThat(type.eventClass()).as(name).isNotNull();
			assertThat(DiscordEvent.class).isAssignableFrom(type.eventClass());
		}
	}

	@Test
	void everyFullNameWrittenInTheProtocolSheetIsKnown() throws IOException {
		Path sheet = SharedPayloads.sharedDirectory().resolve("discord-protocol.md");
		String section = Files.readString(sheet).split("## 4\\. ")[1].split("\n## ")[0];
		Set<String> names = new LinkedHashSet<>();
		for (String line : section.split("\n")) {
			if (!line.startsWith("| ") || line.startsWith("| t ")) {
				continue;
			}
			String cell = line.split("\\|")[1].replace("\\", "");
			String previous = null;
			for (String part : cell.split("[,/]")) {
				Matcher matcher = NAME.matcher(part.trim());
				if (!matcher.matches()) {
					continue;
				}
				String name = matcher.group();
				if (!name.contains("_") && previous != null) {
					name = previous.substring(0, previous.lastIndexOf('_') + 1) + name;
				}
				names.add(name);
				previous = name;
			}
		}
		assertThat(names).hasSizeGreaterThan(60);
		assertThat(names).allSatisfy((name) -> assertThat(EventType.forName(name)).as(name).isNotNull());
	}

	@Test
	void unknownNamesHaveNoType() {
		assertThat(EventType.forName("PRESENCES_REPLACE")).isNull();
		assertThat(EventType.forName("message_create")).isNull();
		assertThat(EventType.forName(null)).isNull();
	}

	@Test
	void intentsFollowTheProtocolTable() {
		assertThat(EventType.MESSAGE_CREATE.intents()).containsExactlyInAnyOrder(GUILD_MESSAGES, DIRECT_MESSAGES);
		assertThat(EventType.MESSAGE_DELETE_BULK.intents()).containsExactly(GUILD_MESSAGES);
		assertThat(EventType.MESSAGE_REACTION_ADD.intents())
			.containsExactlyInAnyOrder(GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGE_REACTIONS);
		assertThat(EventType.TYPING_START.intents())
			.containsExactlyInAnyOrder(GUILD_MESSAGE_TYPING, DIRECT_MESSAGE_TYPING);
		assertThat(EventType.MESSAGE_POLL_VOTE_REMOVE.intents())
			.containsExactlyInAnyOrder(GUILD_MESSAGE_POLLS, DIRECT_MESSAGE_POLLS);
		assertThat(EventType.CHANNEL_PINS_UPDATE.intents()).containsExactlyInAnyOrder(GUILDS, DIRECT_MESSAGES);
		assertThat(EventType.THREAD_MEMBERS_UPDATE.intents()).containsExactlyInAnyOrder(GUILDS, GUILD_MEMBERS);
		assertThat(EventType.GUILD_CREATE.intents()).containsExactly(GUILDS);
		assertThat(EventType.VOICE_CHANNEL_START_TIME_UPDATE.intents()).containsExactly(GUILDS);
		assertThat(EventType.GUILD_MEMBER_UPDATE.intents()).containsExactly(GUILD_MEMBERS);
		assertThat(EventType.GUILD_BAN_ADD.intents()).containsExactly(GatewayIntent.GUILD_MODERATION);
		assertThat(EventType.GUILD_SOUNDBOARD_SOUNDS_UPDATE.intents()).containsExactly(GatewayIntent.GUILD_EXPRESSIONS);
		assertThat(EventType.INTEGRATION_DELETE.intents()).containsExactly(GatewayIntent.GUILD_INTEGRATIONS);
		assertThat(EventType.VOICE_CHANNEL_EFFECT_SEND.intents()).containsExactly(GatewayIntent.GUILD_VOICE_STATES);
		assertThat(EventType.PRESENCE_UPDATE.intents()).containsExactly(GatewayIntent.GUILD_PRESENCES);
		assertThat(EventType.GUILD_SCHEDULED_EVENT_USER_ADD.intents())
			.containsExactly(GatewayIntent.GUILD_SCHEDULED_EVENTS);
		assertThat(EventType.AUTO_MODERATION_RULE_DELETE.intents())
			.containsExactly(GatewayIntent.AUTO_MODERATION_CONFIGURATION);
		assertThat(EventType.AUTO_MODERATION_ACTION_EXECUTION.intents())
			.containsExactly(GatewayIntent.AUTO_MODERATION_EXECUTION);
	}

	@Test
	void ungatedEventsHaveNoIntents() {
		for (EventType<?> type : List.of(EventType.READY, EventType.RESUMED, EventType.INTERACTION_CREATE,
				EventType.USER_UPDATE, EventType.VOICE_SERVER_UPDATE, EventType.GUILD_MEMBERS_CHUNK,
				EventType.SOUNDBOARD_SOUNDS, EventType.CHANNEL_INFO, EventType.RATE_LIMITED,
				EventType.APPLICATION_COMMAND_PERMISSIONS_UPDATE, EventType.ENTITLEMENT_CREATE,
				EventType.SUBSCRIPTION_DELETE)) {
			assertThat(type.intents()).as(type.name()).isEmpty();
			assertThat(type.enabledBy(Set.of())).isTrue();
		}
	}

	@Test
	void messageContentGatesNoEvent() {
		assertThat(EventType.all()).noneMatch((type) -> type.intents().contains(GatewayIntent.MESSAGE_CONTENT));
	}

	@Test
	void intentsAgreeWithTheSimulatorsFiltering() {
		for (EventType<?> type : EventType.all()) {
			for (boolean inGuild : new boolean[] { true, false }) {
				if (EventIntents.allows(type.name(), inGuild, 0)) {
					continue;
				}
				Set<GatewayIntent> enabling = EnumSet.allOf(GatewayIntent.class)
					.stream()
					.filter((intent) -> EventIntents.allows(type.name(), inGuild, intent.bit()))
					.collect(Collectors.toSet());
				assertThat(type.intents()).as("%s in %s", type.name(), inGuild ? "guilds" : "DMs")
					.containsAll(enabling);
			}
		}
	}

	@Test
	void enabledByNeedsOneOfTheIntents() {
		assertThat(EventType.MESSAGE_CREATE.enabledBy(Set.of(DIRECT_MESSAGES))).isTrue();
		assertThat(EventType.MESSAGE_CREATE.enabledBy(Set.of(GUILDS, GatewayIntent.MESSAGE_CONTENT))).isFalse();
	}

	@Test
	void wrappingTypesBindTheModelObject() {
		assertThat(EventType.MESSAGE_CREATE.payloadClass()).isEqualTo(dev.serenity.model.Message.class);
		assertThat(EventType.GUILD_BAN_ADD.payloadClass()).isEqualTo(GuildBanAddEvent.class);
	}

	@Test
	void decodeReadsDFromTheMiddleOfAFrameAndLeavesTheRest() {
		String frame = "{\"t\":\"GUILD_BAN_ADD\",\"op\":0,\"d\":{\"guild_id\":\"1\",\"user\":{\"id\":\"2\"},"
				+ "\"extra\":[1,{\"a\":2}]},\"s\":42}";
		try (JsonParser parser = DiscordJson.mapper().createParser(frame)) {
			while (!"d".equals(parser.currentName()) || parser.currentToken() != JsonToken.PROPERTY_NAME) {
				parser.nextToken();
			}
			parser.nextToken();
			GuildBanAddEvent event = EventType.GUILD_BAN_ADD.decode(parser);
			assertThat(event.guildId()).isEqualTo(Snowflake.of(1));
			assertThat(event.user().id()).isEqualTo(Snowflake.of(2));
			assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
			assertThat(parser.currentName()).isEqualTo("s");
			assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
			assertThat(parser.getIntValue()).isEqualTo(42);
		}
	}

	@Test
	void decodeWrapsModelObjects() {
		MessageCreateEvent event = EventType.MESSAGE_CREATE
			.decode(DiscordJson.mapper().readTree("{\"id\":\"5\",\"content\":\"hi\",\"guild_id\":\"6\"}"));
		assertThat(event.message().content()).isEqualTo("hi");
		assertThat(event.message().guildId()).isEqualTo(Snowflake.of(6));
		assertThat(DiscordJson.mapper().writeValueAsString(event)).startsWith("{\"id\":\"5\"");
		assertThat(DiscordJson.mapper().readValue("{\"id\":\"5\"}", MessageCreateEvent.class).message().id())
			.isEqualTo(Snowflake.of(5));
	}

	@Test
	void nullDIsOnlyAcceptedForResumed() {
		assertThat(EventType.RESUMED.decode(DiscordJson.mapper().nullNode())).isEqualTo(new ResumedEvent());
		assertThat(EventType.RESUMED.decode(DiscordJson.mapper().readTree("{\"_trace\":[\"x\"]}")))
			.isEqualTo(new ResumedEvent());
		assertThatExceptionOfType(MismatchedInputException.class)
			.isThrownBy(() -> EventType.MESSAGE_CREATE.decode(DiscordJson.mapper().nullNode()))
			.withMessageContaining("MESSAGE_CREATE");
		try (JsonParser parser = DiscordJson.mapper().createParser("null")) {
			parser.nextToken();
			assertThatExceptionOfType(MismatchedInputException.class)
				.isThrownBy(() -> EventType.GUILD_CREATE.decode(parser));
		}
	}

	@Test
	void guildDeleteTellsRemovedFromUnavailable() {
		assertThat(new GuildDeleteEvent(Snowflake.of(1), null).removed()).isTrue();
		assertThat(new GuildDeleteEvent(Snowflake.of(1), true).removed()).isFalse();
		GuildCreateEvent outage = EventType.GUILD_CREATE
			.decode(DiscordJson.mapper().readTree("{\"id\":\"1\",\"unavailable\":true}"));
		assertThat(outage.unavailable()).isTrue();
	}

	@Test
	void secretsAreLeftOutOfToString() {
		VoiceServerUpdateEvent voice = new VoiceServerUpdateEvent("voice-token", Snowflake.of(1), "host");
		assertThat(voice.toString()).doesNotContain("voice-token").contains("host");
		InteractionCreateEvent interaction = EventType.INTERACTION_CREATE
			.decode(DiscordJson.mapper().readTree("{\"id\":\"1\",\"token\":\"interaction-token\"}"));
		assertThat(interaction.toString()).doesNotContain("interaction-token");
	}

	@Test
	void readyExposesItsShard() {
		ReadyEvent ready = EventType.READY.decode(DiscordJson.mapper().readTree("{\"v\":10,\"shard\":[3,8]}"));
		assertThat(ready.shardId()).isEqualTo(3);
		assertThat(ready.shardCount()).isEqualTo(8);
		ReadyEvent unsharded = EventType.READY.decode(DiscordJson.mapper().readTree("{\"v\":10}"));
		assertThat(unsharded.shardId()).isZero();
		assertThat(unsharded.shardCount()).isEqualTo(1);
		assertThat(unsharded.guilds()).isEmpty();
	}

	@Test
	void membersChunkKnowsItsLastChunk() {
		assertThat(EventType.GUILD_MEMBERS_CHUNK
			.decode(DiscordJson.mapper().readTree("{\"chunk_index\":2,\"chunk_count\":3}"))
			.last()).isTrue();
		assertThat(EventType.GUILD_MEMBERS_CHUNK
			.decode(DiscordJson.mapper().readTree("{\"chunk_index\":0,\"chunk_count\":3,\"not_found\":[5,\"6\"]}"))
			.notFound()).containsExactly(Snowflake.of(5), Snowflake.of(6));
	}

}
