package dev.serenity.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.serenity.client.GatewayBot;
import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.ApplicationEmojis;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Embed;
import dev.serenity.model.Emoji;
import dev.serenity.model.Entitlement;
import dev.serenity.model.GatewayInfo;
import dev.serenity.model.GuildOnboarding;
import dev.serenity.model.GuildScheduledEvent;
import dev.serenity.model.GuildTemplate;
import dev.serenity.model.GuildWidget;
import dev.serenity.model.GuildWidgetSettings;
import dev.serenity.model.Integration;
import dev.serenity.model.Message;
import dev.serenity.model.MessageSearchIndexing;
import dev.serenity.model.MessageType;
import dev.serenity.model.OAuth2Token;
import dev.serenity.model.Sku;
import dev.serenity.model.Snowflake;
import dev.serenity.model.SoundboardSound;
import dev.serenity.model.Sticker;
import dev.serenity.model.StickerPack;
import dev.serenity.model.Subscription;
import dev.serenity.model.WelcomeScreen;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every shared REST payload that no endpoint family covers decodes to its model type with
 * {@link DiscordJson#mapper()}: one test per file, each checking a few values.
 */
class RestPayloadDecodingTests {

	@Test
	void embedFragment() {
		Embed embed = read("FRAGMENT_embed-01.json", Embed.class);
		assertThat(embed.fields()).extracting(Embed.Field::name).containsExactly("Name", "Avatar URL");
		assertThat(embed.fields().get(0).inline()).isFalse();
		assertThat(embed.image().url()).endsWith("25a09a99ac0487bf846125084d9c7346.png");
		assertThat(embed.author().name()).isEqualTo("Reacton");
	}

	@Test
	void applicationEmojis() {
		ApplicationEmojis emojis = read("GET_application_emojis-01.json", ApplicationEmojis.class);
		assertThat(emojis.items()).singleElement().satisfies((emoji) -> {
			assertThat(emoji.name()).isEqualTo("LUL");
			assertThat(emoji.user().username()).isEqualTo("Luigi");
			assertThat(emoji.requireColons()).isTrue();
		});
	}

	@Test
	void applicationEntitlements() {
		List<Entitlement> entitlements = read("GET_application_entitlements-01.json", new TypeReference<>() {
		});
		Entitlement entitlement = entitlements.get(0);
		assertThat(entitlement.skuId()).isEqualTo(Snowflake.of(1019475255913222144L));
		assertThat(entitlement.type()).isEqualTo(8);
		assertThat(entitlement.consumed()).isFalse();
		assertThat(entitlement.endsAt()).isEqualTo(Instant.parse("2022-10-14T17:00:18.704163Z"));
	}

	@Test
	void applicationSkus() {
		List<Sku> skus = read("GET_application_skus-01.json", new TypeReference<>() {
		});
		assertThat(skus).extracting(Sku::type).containsExactly(Sku.SUBSCRIPTION_GROUP, Sku.SUBSCRIPTION);
		assertThat(skus.get(0).slug()).isEqualTo("test-premium");
		assertThat(skus.get(0).flags()).isEqualTo(128);
		assertThat(skus.get(1).applicationId()).isEqualTo(Snowflake.of(788708323867885999L));
	}

	@Test
	void guildEmoji() {
		Emoji emoji = read("GET_guild_emoji-01.json", Emoji.class);
		assertThat(emoji.id()).isEqualTo(Snowflake.of(41771983429993937L));
		assertThat(emoji.roles()).containsExactly(Snowflake.of(41771983429993000L), Snowflake.of(41771983429993111L));
		assertThat(emoji.animated()).isFalse();
	}

	@Test
	void guildIntegrations() {
		List<Integration> integrations = read("GET_guild_integrations-01.json", new TypeReference<>() {
		});
		assertThat(integrations).extracting(Integration::name).containsExactly("Reacton", "Discord4J 3 Test Bot");
		assertThat(integrations.get(0).account().id()).isEqualTo("344487830824943618");
		assertThat(integrations.get(0).application().bot().bot()).isTrue();
		assertThat(integrations.get(1).revoked()).isFalse();
	}

	@Test
	void guildMessageSearchNotIndexed() {
		for (String name : List.of("GET_guild_messages_search_not_indexed-01.json",
				"GET_guild_messages_search_not_indexed-02.json")) {
			MessageSearchIndexing answer = read(name, MessageSearchIndexing.class);
			assertThat(answer.code()).as(name).isEqualTo(MessageSearchIndexing.INDEX_NOT_READY);
			assertThat(answer.documentsIndexed()).as(name).isZero();
			assertThat(answer.retryAfter()).as(name).isEqualTo(2.0);
		}
	}

	@Test
	void guildOnboarding() {
		for (String name : List.of("GET_guild_onboarding-01.json", "GET_guild_onboarding-02.json")) {
			GuildOnboarding onboarding = read(name, GuildOnboarding.class);
			assertThat(onboarding.enabled()).as(name).isTrue();
			assertThat(onboarding.defaultChannelIds()).as(name).hasSize(7);
			GuildOnboarding.Prompt prompt = onboarding.prompts().get(0);
			assertThat(prompt.title()).isEqualTo("What do you want to do in this community?");
			assertThat(prompt.options().get(0).emoji().id()).isEqualTo(Snowflake.of(1070002302032826408L));
			assertThat(prompt.options().get(1).emoji().id()).isNull();
			assertThat(prompt.options().get(1).roleIds()).containsExactly(Snowflake.of(982014491980083211L));
		}
		assertThat(read("GET_guild_onboarding-01.json", GuildOnboarding.class).mode()).isNull();
		assertThat(read("GET_guild_onboarding-02.json", GuildOnboarding.class).mode()).isZero();
	}

	@Test
	void guildScheduledEvents() {
		List<GuildScheduledEvent> events = read("GET_guild_scheduled_events-01.json", new TypeReference<>() {
		});
		GuildScheduledEvent event = events.get(0);
		assertThat(event.name()).isEqualTo("A good event");
		assertThat(event.entityType()).isEqualTo(2);
		assertThat(event.scheduledStartTime()).isEqualTo(Instant.parse("2024-08-16T16:00:00Z"));
		assertThat(event.creator().globalName()).isEqualTo("Doc");
		assertThat(event.recurrenceRule().frequency()).isEqualTo(1);
	}

	@Test
	void guildSoundboardSounds() {
		List<SoundboardSound> sounds = read("GET_guild_soundboard_sounds-01.json", new TypeReference<>() {
		});
		assertThat(sounds).extracting(SoundboardSound::name).containsExactly("Yay", "quack");
		assertThat(sounds.get(0).emojiId()).isEqualTo(Snowflake.of(989193655938064464L));
		assertThat(sounds.get(1).emojiName()).isEqualTo("🦆");
		assertThat(sounds.get(1).guildId()).isNull();
	}

	@Test
	void guildTemplate() {
		for (String name : List.of("GET_guild_template-01.json", "GET_guild_template-02.json")) {
			GuildTemplate template = read(name, GuildTemplate.class);
			assertThat(template.code()).as(name).isEqualTo("hgM48av5Q69A");
			assertThat(template.usageCount()).isEqualTo(49605);
			assertThat(template.creator().username()).isEqualTo("hoges");
			assertThat(template.createdAt()).isEqualTo(Instant.parse("2020-04-02T21:10:38Z"));
			GuildTemplate.SourceGuild guild = template.serializedSourceGuild();
			assertThat(guild.afkTimeout()).isEqualTo(300);
			assertThat(guild.roles().get(0).id()).isZero();
			assertThat(guild.roles().get(0).permissions()).isEqualTo("104324689");
			assertThat(guild.channels().get(0).type()).isEqualTo(ChannelType.GUILD_CATEGORY);
			assertThat(guild.channels().get(1).parentId()).isEqualTo(1);
		}
	}

	@Test
	void guildWelcomeScreen() {
		for (String name : List.of("GET_guild_welcome_screen-01.json", "GET_guild_welcome_screen-02.json")) {
			WelcomeScreen screen = read(name, WelcomeScreen.class);
			assertThat(screen.welcomeChannels()).as(name).hasSize(5);
			assertThat(screen.welcomeChannels().get(0).channelId()).isEqualTo(Snowflake.of(697138785317814292L));
			assertThat(screen.welcomeChannels().get(0).emojiName()).isEqualTo("📡");
			assertThat(screen.description()).startsWith("Discord Developers");
		}
	}

	@Test
	void guildWidget() {
		GuildWidget widget = read("GET_guild_widget-01.json", GuildWidget.class);
		assertThat(widget.name()).isEqualTo("Test Server");
		assertThat(widget.channels()).extracting(GuildWidget.WidgetChannel::name)
			.containsExactly("elephant", "groovy-music");
		assertThat(widget.members().get(0).id()).isEqualTo("0");
		assertThat(widget.members().get(0).status()).isEqualTo("online");
		assertThat(widget.presenceCount()).isEqualTo(1);
	}

	@Test
	void guildWidgetSettings() {
		GuildWidgetSettings settings = read("GET_guild_widget_settings-01.json", GuildWidgetSettings.class);
		assertThat(settings.enabled()).isTrue();
		assertThat(settings.channelId()).isEqualTo(Snowflake.of(41771983444115456L));
	}

	@Test
	void skuSubscription() {
		Subscription subscription = read("GET_sku_subscription-01.json", Subscription.class);
		assertThat(subscription.skuIds()).containsExactly(Snowflake.of(1158857122189168803L));
		assertThat(subscription.entitlementIds()).isEmpty();
		assertThat(subscription.canceledAt()).isNull();
	}

	@Test
	void soundboardDefaultSound() {
		SoundboardSound sound = read("GET_soundboard_default_sound-01.json", SoundboardSound.class);
		assertThat(sound.soundId()).isEqualTo(Snowflake.of(1));
		assertThat(sound.volume()).isEqualTo(1.0);
		assertThat(sound.available()).isTrue();
	}

	@Test
	void sticker() {
		Sticker sticker = read("GET_sticker-01.json", Sticker.class);
		assertThat(sticker.name()).isEqualTo("Wave");
		assertThat(sticker.packId()).isEqualTo(Snowflake.of(847199849233514549L));
		assertThat(sticker.formatType()).isEqualTo(3);
		assertThat(sticker.sortValue()).isEqualTo(12);
	}

	@Test
	void stickerPack() {
		StickerPack pack = read("GET_sticker_pack-01.json", StickerPack.class);
		assertThat(pack.name()).isEqualTo("Wumpus Beyond");
		assertThat(pack.stickers()).isEmpty();
		assertThat(pack.coverStickerId()).isEqualTo(Snowflake.of(749053689419006003L));
		assertThat(pack.skuId()).isEqualTo(Snowflake.of(847199849233514547L));
	}

	@Test
	void gateway() {
		assertThat(read("GET_gateway-01.json", GatewayInfo.class).url()).isEqualTo("wss://gateway.discord.gg/");
	}

	@Test
	void gatewayBot() {
		GatewayBot bot = read("GET_gateway_bot-01.json", GatewayBot.class);
		assertThat(bot.shards()).isEqualTo(9);
		assertThat(bot.sessionStartLimit().remaining()).isEqualTo(999);
		assertThat(bot.sessionStartLimit().resetAfter()).isEqualTo(Duration.ofHours(4));
		assertThat(bot.sessionStartLimit().maxConcurrency()).isEqualTo(1);
	}

	@Test
	void channelMessages() {
		Message reply = read("GET_channel_message-01.json", Message.class);
		assertThat(reply.type()).isEqualTo(MessageType.REPLY);
		assertThat(reply.content()).isEqualTo("cool.");
		assertThat(reply.messageReference().messageId()).isEqualTo(Snowflake.of(775214933398782002L));
		assertThat(reply.referencedMessage().id()).isEqualTo(Snowflake.of(775214933398782002L));
		Message sticker = read("GET_channel_message-02.json", Message.class);
		assertThat(sticker.author().username()).isEqualTo("alpha;helix");
		assertThat(sticker.stickers()).extracting(Sticker::name).containsExactly("Scared");
	}

	@Test
	void createdMessages() {
		Message sent = read("POST_channel_message-01.json", Message.class);
		assertThat(sent.id()).isEqualTo(Snowflake.of(690957527890001990L));
		assertThat(sent.content()).isEqualTo("<@134127815531560960> x");
		assertThat(sent.author().username()).isEqualTo("Reacton");
		Message forward = read("POST_channel_message-02.json", Message.class);
		assertThat(forward.flags()).isEqualTo(16384);
		assertThat(forward.messageReference().type()).isEqualTo(1);
		assertThat(forward.messageSnapshots()).singleElement()
			.satisfies((snapshot) -> assertThat(snapshot.message().content()).startsWith("What is Lorem Ipsum?"));
	}

	@Test
	void oauth2Tokens() {
		OAuth2Token user = read("POST_oauth2_token-01.json", OAuth2Token.class);
		assertThat(user.scope()).isEqualTo("connections identify");
		assertThat(user.expiresIn()).isEqualTo(604800L);
		assertThat(user.tokenType()).isEqualTo("Bearer");
		OAuth2Token bot = read("POST_oauth2_token-02.json", OAuth2Token.class);
		assertThat(bot.scope()).isEqualTo("bot");
		assertThat(bot.guild().name()).isEqualTo("Server");
		assertThat(bot.guild().id()).isEqualTo(Snowflake.of(2909267986347357250L));
		assertThat(bot.toString()).doesNotContain(bot.accessToken()).doesNotContain(bot.refreshToken());
		OAuth2Token webhook = read("POST_oauth2_token-03.json", OAuth2Token.class);
		assertThat(webhook.webhook().channelId()).isEqualTo(Snowflake.of(345626669224982402L));
		assertThat(webhook.webhook().name()).isEqualTo("testwebhook");
		assertThat(webhook.toString()).doesNotContain(webhook.webhook().token())
			.doesNotContain(webhook.accessToken());
	}

	private static <T> T read(String name, Class<T> type) {
		return DiscordJson.mapper().readValue(SharedPayloads.read(file(name)), type);
	}

	private static <T> T read(String name, TypeReference<T> type) {
		return DiscordJson.mapper().readValue(SharedPayloads.read(file(name)), type);
	}

	private static Path file(String name) {
		Path file = SharedPayloads.sharedDirectory().resolve("discord-payloads").resolve("rest").resolve(name);
		assumeTrue(Files.isRegularFile(file), "No shared payload " + name);
		return file;
	}

}
