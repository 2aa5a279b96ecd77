package dev.serenity.rest;

import dev.serenity.model.Snowflake;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Route}: paths, major parameters, exemptions and validation.
 */
class RouteTests {

	@Test
	void majorParameterIsTheChannelGuildOrWebhookAtTheStartOfThePath() {
		assertThat(Route.post("/channels/{channel.id}/messages", 123).majorParameter()).isEqualTo("channels/123");
		assertThat(Route.get("/channels/{channel.id}/messages/{message.id}", 123, 456).majorParameter())
			.isEqualTo("channels/123");
		assertThat(Route.get("/guilds/{guild.id}/members/{user.id}", Snowflake.of(7), 8).majorParameter())
			.isEqualTo("guilds/7");
		assertThat(Route.get("/webhooks/{webhook.id}", 9).majorParameter()).isEqualTo("webhooks/9");
		assertThat(Route.get("/users/@me").majorParameter()).isEmpty();
		assertThat(Route.put("/applications/{application.id}/guilds/{guild.id}/commands", 1, 7).majorParameter())
			.as("guild commands: one bucket per guild").isEqualTo("guilds/7");
		String callback = Route.post("/interactions/{interaction.id}/{interaction.token}/callback", 5, "secret-token")
			.majorParameter();
		assertThat(callback).as("one bucket per interaction, the token hashed").startsWith("interactions/5/#")
			.doesNotContain("secret-token");
		assertThat(Route.post("/interactions/{interaction.id}/{interaction.token}/callback", 6, "secret-token")
			.majorParameter()).isNotEqualTo(callback);
		assertThat(Route.get("/users/{user.id}/channels", 5).majorParameter()).isEmpty();
	}

	@Test
	void webhookTokenIsPartOfTheMajorParameterButNeverShown() {
		Route first = Route.post("/webhooks/{webhook.id}/{webhook.token}", 9, "secret-token-one");
		Route second = Route.post("/webhooks/{webhook.id}/{webhook.token}", 9, "secret-token-two");
		assertThat(first.majorParameter()).startsWith("webhooks/9/#").doesNotContain("secret");
		assertThat(first.majorParameter()).isNotEqualTo(second.majorParameter())
			.isEqualTo(Route.post("/webhooks/{webhook.id}/{webhook.token}", 9, "secret-token-one").majorParameter());
		assertThat(first.toString()).isEqualTo("POST /webhooks/{webhook.id}/{webhook.token}");
		assertThat(first.path()).isEqualTo("/webhooks/9/secret-token-one");
	}

	@Test
	void interactionRoutesAreRecognized() {
		assertThat(Route.post("/interactions/{interaction.id}/{interaction.token}/callback", 1, "t").interaction())
			.isTrue();
		assertThat(Route.patch("/webhooks/{application.id}/{interaction.token}/messages/@original", 1, "t")
			.interaction()).isTrue();
		assertThat(Route.post("/webhooks/{webhook.id}/{webhook.token}", 1, "t").interaction()).isFalse();
		assertThat(Route.post("/channels/{channel.id}/messages", 1).interaction()).isFalse();
	}

	@Test
	void pathEncodesEachValueAsOneSegment() {
		Route reaction = Route.put("/channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me", 1, 2,
				"👍 thumbs/up");
		assertThat(reaction.path()).isEqualTo("/channels/1/messages/2/reactions/%F0%9F%91%8D%20thumbs%2Fup/@me");
		assertThat(reaction.values()).containsExactly("1", "2", "👍 thumbs/up");
		assertThat(reaction.variables()).containsExactly("channel.id", "message.id", "emoji");
		assertThat(reaction.key()).isEqualTo("PUT /channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me");
	}

	@Test
	void onlyGetPutAndDeleteAreIdempotent() {
		assertThat(Route.get("/users/@me").idempotent()).isTrue();
		assertThat(Route.put("/guilds/{guild.id}/bans/{user.id}", 1, 2).idempotent()).isTrue();
		assertThat(Route.delete("/channels/{channel.id}", 1).idempotent()).isTrue();
		assertThat(Route.post("/channels/{channel.id}/messages", 1).idempotent()).isFalse();
		assertThat(Route.patch("/channels/{channel.id}", 1).idempotent()).isFalse();
	}

	@Test
	void badValuesFailNamingTheVariable() {
		assertThatIllegalArgumentException().isThrownBy(() -> Route.get("/channels/{channel.id}", (Object) null))
			.withMessageContaining("'channel.id' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> Route.get("/channels/{channel.id}", " "))
			.withMessageContaining("'channel.id' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Route.get("/channels/{channel.id}", -5L))
			.withMessageContaining("'channel.id' must not be negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Route.get("/channels/{channel.id}/messages/{message.id}", 1))
			.withMessageContaining("needs 2 path values [channel.id, message.id] but got 1");
	}

	@Test
	void badTemplatesFail() {
		assertThatIllegalArgumentException().isThrownBy(() -> Route.get("channels"))
			.withMessageContaining("'template'");
		assertThatIllegalArgumentException().isThrownBy(() -> Route.get("/channels?limit=5"))
			.withMessageContaining("'template'");
		assertThatIllegalArgumentException().isThrownBy(() -> Route.get("/channels/{channel.id"))
			.withMessageContaining("malformed variable");
		assertThatIllegalArgumentException().isThrownBy(() -> Route.of(null, "/users/@me"));
	}

	@Test
	void routesWithTheSameValuesAreEqual() {
		assertThat(Route.get("/channels/{channel.id}", 1))
			.isEqualTo(Route.of(HttpMethod.GET, "/channels/{channel.id}", "1"))
			.hasSameHashCodeAs(Route.get("/channels/{channel.id}", 1L))
			.isNotEqualTo(Route.get("/channels/{channel.id}", 2));
	}

}
