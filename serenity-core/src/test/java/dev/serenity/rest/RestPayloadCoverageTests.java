package dev.serenity.rest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.client.GatewayBot;
import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.Application;
import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.ApplicationEmojis;
import dev.serenity.model.Ban;
import dev.serenity.model.Channel;
import dev.serenity.model.Embed;
import dev.serenity.model.Emoji;
import dev.serenity.model.Entitlement;
import dev.serenity.model.GatewayInfo;
import dev.serenity.model.Guild;
import dev.serenity.model.GuildOnboarding;
import dev.serenity.model.GuildPreview;
import dev.serenity.model.GuildScheduledEvent;
import dev.serenity.model.GuildTemplate;
import dev.serenity.model.GuildWidget;
import dev.serenity.model.GuildWidgetSettings;
import dev.serenity.model.Integration;
import dev.serenity.model.Invite;
import dev.serenity.model.InviteTargetUsersJob;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.MessageSearchIndexing;
import dev.serenity.model.OAuth2Token;
import dev.serenity.model.Role;
import dev.serenity.model.Sku;
import dev.serenity.model.Snowflake;
import dev.serenity.model.SoundboardSound;
import dev.serenity.model.Sticker;
import dev.serenity.model.StickerPack;
import dev.serenity.model.Subscription;
import dev.serenity.model.UserGuild;
import dev.serenity.model.Webhook;
import dev.serenity.model.WelcomeScreen;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every REST body in {@code ../shared/discord-payloads/rest/} decodes to its type: a file whose name this test does
 * not know fails it, so a new payload cannot go unchecked. The per-family tests (messages, channels, guilds, users
 * and webhooks, commands, the rest in {@link RestPayloadDecodingTests}) check the decoded values; this one checks
 * that nothing is left out and that each decoded object kept the payload's id.
 */
class RestPayloadCoverageTests {

	private static final ObjectMapper MAPPER = DiscordJson.mapper();

	/** File name prefix (before {@code -NN.json}) to the type its body decodes to; errors decode as exceptions. */
	private static final Map<String, JavaType> TYPES = new LinkedHashMap<>();

	static {
		type("FRAGMENT_embed", Embed.class);
		list("GET_application_commands", ApplicationCommand.class);
		type("GET_application_current", Application.class);
		type("GET_application_emojis", ApplicationEmojis.class);
		list("GET_application_entitlements", Entitlement.class);
		list("GET_application_skus", Sku.class);
		type("GET_channel", Channel.class);
		list("GET_channel_invites", Invite.class);
		type("GET_channel_message", Message.class);
		type("GET_gateway", GatewayInfo.class);
		type("GET_gateway_bot", GatewayBot.class);
		type("GET_guild", Guild.class);
		type("GET_guild_ban", Ban.class);
		type("GET_guild_emoji", Emoji.class);
		list("GET_guild_integrations", Integration.class);
		type("GET_guild_member", Member.class);
		type("GET_guild_messages_search_not_indexed", MessageSearchIndexing.class);
		type("GET_guild_onboarding", GuildOnboarding.class);
		type("GET_guild_preview", GuildPreview.class);
		type("GET_guild_role", Role.class);
		TYPES.put("GET_guild_role_member_counts",
				MAPPER.getTypeFactory().constructMapType(Map.class, Snowflake.class, Integer.class));
		list("GET_guild_scheduled_events", GuildScheduledEvent.class);
		list("GET_guild_soundboard_sounds", SoundboardSound.class);
		type("GET_guild_template", GuildTemplate.class);
		type("GET_guild_welcome_screen", WelcomeScreen.class);
		type("GET_guild_widget", GuildWidget.class);
		type("GET_guild_widget_settings", GuildWidgetSettings.class);
		type("GET_invite", Invite.class);
		type("GET_invite_target_users_job", InviteTargetUsersJob.class);
		type("GET_sku_subscription", Subscription.class);
		type("GET_soundboard_default_sound", SoundboardSound.class);
		type("GET_sticker", Sticker.class);
		type("GET_sticker_pack", StickerPack.class);
		type("GET_users_me_guilds_element", UserGuild.class);
		type("GET_webhook", Webhook.class);
		type("PATCH_guild_member", Member.class);
		type("POST_channel_message", Message.class);
		type("POST_oauth2_token", OAuth2Token.class);
	}

	@Test
	void everySharedRestBodyDecodesToItsType() {
		List<Path> files = SharedPayloads.jsonFiles("rest");
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String prefix = name.replaceFirst("-\\d+\\.json$", "");
			byte[] body = SharedPayloads.read(file);
			if (prefix.startsWith("ERROR_")) {
				int status = prefix.startsWith("ERROR_429") ? 429 : 400;
				DiscordRestException error = DiscordErrors.parse(Route.get("/users/@me"), status, "application/json",
						body, null, MAPPER);
				assertThat(error.jsonBody()).as(name).isTrue();
				assertThat(error.discordMessage()).as(name).isNotBlank();
				continue;
			}
			JavaType type = TYPES.get(prefix);
			if (type == null) {
				fail("No type for " + name + ": add it to RestPayloadCoverageTests and a value test to its family");
			}
			Object decoded = MAPPER.readValue(body, type);
			assertThat(decoded).as(name).isNotNull();
			JsonNode tree = MAPPER.readTree(body);
			if (tree.isObject() && tree.hasNonNull("id") && !(decoded instanceof Map)) {
				assertThat(MAPPER.valueToTree(decoded).path("id").asString()).as(name + " keeps its id")
					.isEqualTo(tree.path("id").asString());
			}
		}
	}

	private static void type(String prefix, Class<?> type) {
		TYPES.put(prefix, MAPPER.constructType(type));
	}

	private static void list(String prefix, Class<?> element) {
		TYPES.put(prefix, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
	}

}
