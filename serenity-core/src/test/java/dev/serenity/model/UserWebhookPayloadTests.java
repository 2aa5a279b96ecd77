package dev.serenity.model;

import java.nio.file.Path;
import java.util.List;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared REST payloads of the user, application and webhook families decode to {@link Webhook},
 * {@link Application} and {@link UserGuild}.
 */
class UserWebhookPayloadTests {

	@Test
	void everySharedWebhookDecodes() {
		List<Path> files = files("GET_webhook-");
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			Webhook webhook = decode(file, Webhook.class);
			assertThat(webhook.id()).as(file.toString()).isNotNull();
			assertThat(webhook.type()).as(file.toString()).isBetween(1, 3);
		}
		Webhook incoming = decode(file("GET_webhook-01.json"), Webhook.class);
		assertThat(incoming.type()).isEqualTo(Webhook.INCOMING);
		assertThat(incoming.name()).isEqualTo("test webhook");
		assertThat(incoming.channelId()).isEqualTo(Snowflake.of(199737254929760256L));
		assertThat(incoming.user().username()).isEqualTo("test");
		assertThat(incoming.token()).startsWith("3d89bb7572e0");
		assertThat(incoming.toString()).doesNotContain(incoming.token()).contains("<redacted>");
		Webhook follower = decode(file("GET_webhook-02.json"), Webhook.class);
		assertThat(follower.type()).isEqualTo(Webhook.CHANNEL_FOLLOWER);
		assertThat(follower.sourceGuild().name()).isEqualTo("Guildy name");
		assertThat(follower.sourceChannel().name()).isEqualTo("announcements");
		assertThat(follower.token()).isNull();
		Webhook application = decode(file("GET_webhook-03.json"), Webhook.class);
		assertThat(application.type()).isEqualTo(Webhook.APPLICATION);
		assertThat(application.applicationId()).isEqualTo(Snowflake.of(658822586720976555L));
		assertThat(application.channelId()).isNull();
	}

	@Test
	void everySharedCurrentApplicationDecodes() {
		List<Path> files = files("GET_application_current-");
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			Application application = decode(file, Application.class);
			assertThat(application.id()).as(file.toString()).isEqualTo(Snowflake.of(172150183260323840L));
			assertThat(application.name()).isEqualTo("Baba O-Riley");
			assertThat(application.flags()).isEqualTo(Application.GATEWAY_PRESENCE_LIMITED);
			assertThat(application.owner().username()).isEqualTo("i own a bot");
			assertThat(application.team().members()).singleElement()
				.satisfies((member) -> assertThat(member.user().username()).isEqualTo("Mr Owner"));
			assertThat(application.integrationTypesConfig().get("0").oauth2InstallParams().scopes())
				.containsExactly("applications.commands", "bot");
			assertThat(application.integrationTypesConfig().get("0").oauth2InstallParams().permissions())
				.isEqualTo(Permissions.of(2048));
			assertThat(application.interactionsEndpointUrl()).isNull();
			assertThat(application.eventWebhooksStatus()).isEqualTo(1);
			assertThat(application.tags()).isEmpty();
		}
	}

	@Test
	void everySharedCurrentUserGuildDecodes() {
		List<Path> files = files("GET_users_me_guilds_element-");
		assertThat(files).hasSizeGreaterThanOrEqualTo(2);
		UserGuild krew = decode(file("GET_users_me_guilds_element-01.json"), UserGuild.class);
		assertThat(krew.name()).isEqualTo("1337 Krew");
		assertThat(krew.owner()).isTrue();
		assertThat(krew.permissions()).isEqualTo(Permissions.of(36953089L));
		assertThat(krew.features()).contains("COMMUNITY", "ROLE_ICONS");
		assertThat(krew.approximateMemberCount()).isEqualTo(3268);
		assertThat(krew.approximatePresenceCount()).isEqualTo(784);
		UserGuild plain = decode(file("GET_users_me_guilds_element-02.json"), UserGuild.class);
		assertThat(plain.owner()).isFalse();
		assertThat(plain.features()).isEmpty();
		assertThat(plain.approximateMemberCount()).isNull();
		assertThat(plain.banner()).isNull();
	}

	private static List<Path> files(String prefix) {
		return SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((file) -> file.getFileName().toString().startsWith(prefix))
			.toList();
	}

	private static Path file(String name) {
		return files(name).stream().findFirst().orElseThrow();
	}

	private static <T> T decode(Path file, Class<T> type) {
		return DiscordJson.mapper().readValue(SharedPayloads.read(file), type);
	}

}
