package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serenity.json.DiscordJson;
import dev.serenity.model.Component;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The checks of interaction responses and of the interaction endpoints' arguments, before any request.
 */
class InteractionRequestTests {

	private static final Component ROW = DiscordJson.mapper()
		.readValue("{\"type\":1,\"components\":[{\"type\":4,\"custom_id\":\"a\",\"label\":\"A\",\"style\":1}]}",
				Component.class);

	@Test
	void eachTypeWritesItsCallbackTypeAndData() {
		assertThat(InteractionResponse.pong().toJson()).containsExactly(Map.entry("type", 1));
		assertThat(InteractionResponse.deferUpdate().toJson()).containsExactly(Map.entry("type", 6));
		assertThat(InteractionResponse.launchActivity().toJson()).containsExactly(Map.entry("type", 12));
		@SuppressWarnings("deprecation")
		Map<String, Object> premium = InteractionResponse.premiumRequired().toJson();
		assertThat(premium).containsExactly(Map.entry("type", 10));
		assertThat(InteractionResponse.message("hi").toJson()).containsEntry("type", 4)
			.containsEntry("data", Map.of("content", "hi"));
		assertThat(InteractionResponse.deferMessage(true).toJson()).containsEntry("type", 5)
			.containsEntry("data", Map.of("flags", 64));
		assertThat(InteractionResponse.deferMessage(false).toJson()).containsOnlyKeys("type");
		assertThat(InteractionResponse.updateMessage(MessageEdit.content("new")).toJson()).containsEntry("type", 7)
			.containsEntry("data", Map.of("content", "new"));
		Map<String, Object> ephemeral = InteractionResponse.message(MessageCreate.builder()
			.content("quiet")
			.flags(MessageCreate.SUPPRESS_EMBEDS)
			.build(), true).toJson();
		assertThat(((Map<?, ?>) ephemeral.get("data")).get("flags")).isEqualTo(64 | MessageCreate.SUPPRESS_EMBEDS);
		Map<String, Object> autocomplete = InteractionResponse.autocomplete(List.of(CommandChoice.of("One", 1)))
			.toJson();
		assertThat(autocomplete).containsEntry("type", 8);
		assertThat(autocomplete.get("data").toString()).contains("value=1");
		Map<?, ?> modal = (Map<?, ?>) InteractionResponse.modal("form", "Title", List.of(ROW)).toJson().get("data");
		assertThat(modal.get("custom_id")).isEqualTo("form");
		assertThat(modal.get("title")).isEqualTo("Title");
	}

	@Test
	void autocompleteTakesAtMost25Choices() {
		List<CommandChoice> choices = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			choices.add(CommandChoice.of("c" + i, "v" + i));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> InteractionResponse.autocomplete(choices))
			.withMessageContaining("'choices' may hold at most 25");
		assertThat(InteractionResponse.autocomplete(List.of()).choices()).isEmpty();
	}

	@Test
	void modalsNeedAnIdATitleOfAtMost45CharactersAnd1To5Components() {
		assertThatIllegalArgumentException().isThrownBy(() -> InteractionResponse.modal("", "Title", List.of(ROW)))
			.withMessageContaining("'customId' must have 1 to 100");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InteractionResponse.modal("form", "x".repeat(46), List.of(ROW)))
			.withMessageContaining("'title' must have 1 to 45");
		assertThatIllegalArgumentException().isThrownBy(() -> InteractionResponse.modal("form", "Title", List.of()))
			.withMessageContaining("'components' of a MODAL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InteractionResponse.modal("form", "Title", List.of(ROW, ROW, ROW, ROW, ROW, ROW)))
			.withMessageContaining("'components' may hold at most 5");
	}

	@Test
	void dataMustFitTheType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InteractionResponse(InteractionCallbackType.PONG, MessageCreate.of("x"), null, false,
					List.of(), null, null, List.of()))
			.withMessageContaining("'message'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InteractionResponse(InteractionCallbackType.DEFERRED_UPDATE_MESSAGE, null, null, true,
					List.of(), null, null, List.of()))
			.withMessageContaining("'ephemeral' is only for");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InteractionResponse(InteractionCallbackType.PONG, null, null, false, List.of(), "id",
					null, List.of()))
			.withMessageContaining("only for MODAL");
		assertThatIllegalArgumentException().isThrownBy(() -> InteractionResponse.message(null, false))
			.withMessageContaining("'message' must not be null");
	}

	@Test
	void endpointArgumentsAreCheckedBeforeAnyRequest() {
		try (DiscordRest rest = DiscordRest.builder(RestConfig.builder("token-that-is-never-sent")
			.baseUrl("http://127.0.0.1:9/api/v10")
			.build()).build()) {
			InteractionApi api = new InteractionApi(rest, Snowflake.of(1));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> api.respond(Snowflake.of(2), " ", InteractionResponse.pong()))
				.withMessageContaining("'token' must not be blank");
			assertThatIllegalArgumentException().isThrownBy(() -> api.respond(Snowflake.of(2), "t", null))
				.withMessageContaining("'response' must not be null");
			assertThatIllegalArgumentException().isThrownBy(() -> api.editFollowup("t", null, MessageEdit.content("x")))
				.withMessageContaining("'messageId' must not be null");
			assertThatIllegalArgumentException().isThrownBy(() -> new InteractionApi(rest, Snowflake.of(0)))
				.withMessageContaining("'applicationId'");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ApplicationCommandApi(rest, Snowflake.of(1)).getGuild(null, Snowflake.of(1)))
				.withMessageContaining("'guildId' must not be null");
		}
	}

}
