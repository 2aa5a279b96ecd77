package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.serenity.json.DiscordJson;
import dev.serenity.model.ChannelType;
import dev.serenity.model.ComponentType;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.api.component.ActionRow;
import dev.serenity.rest.api.component.Button;
import dev.serenity.rest.api.component.ComponentRules;
import dev.serenity.rest.api.component.Container;
import dev.serenity.rest.api.component.EntitySelect;
import dev.serenity.rest.api.component.FileDisplay;
import dev.serenity.rest.api.component.Label;
import dev.serenity.rest.api.component.MediaGallery;
import dev.serenity.rest.api.component.MediaItem;
import dev.serenity.rest.api.component.MessageComponent;
import dev.serenity.rest.api.component.Section;
import dev.serenity.rest.api.component.Separator;
import dev.serenity.rest.api.component.StringSelect;
import dev.serenity.rest.api.component.StringSelect.Option;
import dev.serenity.rest.api.component.TextDisplay;
import dev.serenity.rest.api.component.TextInput;
import dev.serenity.rest.api.component.Thumbnail;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Components and polls in message requests: the JSON they become (Discord's shape) and the checks that run before
 * anything is sent, each naming the field by its path.
 */
class ComponentRequestTests {

	private static final ActionRow BUTTONS = ActionRow.of(Button.primary("yes", "Yes"),
			Button.link("https://example.com", "Docs").withEmoji(ReactionEmoji.unicode("📘")));

	@Test
	void classicComponentsSerializeAsDiscordDocumentsThem() {
		MessageCreate message = MessageCreate.builder()
			.content("pick")
			.components(BUTTONS, ActionRow.of(StringSelect.of("colour", Option.of("Red", "red"),
					Option.of("Blue", "blue").withDescription("cold").asDefault()).withValues(0, 2)))
			.build();
		JsonNode json = json(message);
		assertThat(json.get("components")).isEqualTo(DiscordJson.mapper().readTree("""
				[{"type":1,"components":[{"type":2,"style":1,"label":"Yes","custom_id":"yes"},
				  {"type":2,"style":5,"label":"Docs","emoji":{"name":"📘"},"url":"https://example.com"}]},
				 {"type":1,"components":[{"type":3,"custom_id":"colour","options":[{"label":"Red","value":"red"},
				  {"label":"Blue","value":"blue","description":"cold","default":true}],
				  "min_values":0,"max_values":2}]}]"""));
		assertThat(json.has("flags")).isFalse();
	}

	@Test
	void componentsV2SerializeWithTheFlagAndNoLegacyFields() {
		MessageCreate message = MessageCreate.builder()
			.componentsV2(Container.of(TextDisplay.of("# Report"), Separator.of(),
					Section.of("CPU 93%", Thumbnail.of(MediaItem.of("https://example.com/cpu.png"))),
					MediaGallery.of(MediaGallery.Item.of(MediaItem.attachment("graph.png"))),
					FileDisplay.of("report.csv"), ActionRow.of(Button.danger("restart", "Restart")))
				.withAccentColor(0xFF0000))
			.file(RestFile.of("report.csv", new byte[1]))
			.build();
		JsonNode json = json(message);
		assertThat(json.get("flags").asInt()).isEqualTo(MessageCreate.IS_COMPONENTS_V2);
		assertThat(json.has("content")).isFalse();
		JsonNode container = json.get("components").get(0);
		assertThat(container.get("type").asInt()).isEqualTo(17);
		assertThat(container.get("accent_color").asInt()).isEqualTo(0xFF0000);
		assertThat(container.get("components").get(1)).isEqualTo(DiscordJson.mapper()
			.readTree("{\"type\":14,\"divider\":true,\"spacing\":1}"));
		assertThat(container.get("components").get(2).get("accessory").get("media").get("url").asString())
			.isEqualTo("https://example.com/cpu.png");
		assertThat(container.get("components").get(3).get("items").get(0).get("media").get("url").asString())
			.isEqualTo("attachment://graph.png");
		assertThat(container.get("components").get(4).get("file").get("url").asString())
			.isEqualTo("attachment://report.csv");
	}

	@Test
	void entitySelectsCarryChannelTypesAndDefaults() {
		EntitySelect select = EntitySelect.channels("where", ChannelType.GUILD_TEXT)
			.withValues(1, 2)
			.withDefaultValues(EntitySelect.DefaultValue.channel(Snowflake.of(42)));
		JsonNode json = DiscordJson.mapper().valueToTree(select.toJson());
		assertThat(json.get("type").asInt()).isEqualTo(ComponentType.CHANNEL_SELECT.value());
		assertThat(json.get("channel_types").get(0).asInt()).isEqualTo(ChannelType.GUILD_TEXT.value());
		assertThat(json.get("default_values").get(0).get("id").asString()).isEqualTo("42");
		assertThat(json.get("default_values").get(0).get("type").asString()).isEqualTo("channel");
	}

	@Test
	void classicLimitsNameThePath() {
		List<Button> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(Button.secondary("b" + i, "B"));
		}
		fails(() -> classic(ActionRow.of(six)), "'components[0].components' must hold 1 to 5");
		fails(() -> classic(ActionRow.of(Button.primary("a", "A"), StringSelect.of("s", Option.of("x", "x")))),
				"'components[0].components[1]' exceeds the width");
		fails(() -> classic(ActionRow.of(Button.primary("a", "A"), Button.primary("b", "B"),
				Button.primary("c".repeat(101), "C"))),
				"'components[0].components[2].custom_id' must have at most 100");
		fails(() -> classic(BUTTONS, ActionRow.of(Button.success("yes", "Again"))),
				"'components[1].components[0].custom_id' repeats 'yes'");
		fails(() -> classic(ActionRow.of(Button.primary("a", "l".repeat(81)))),
				"'components[0].components[0].label' must have at most 80");
		fails(() -> classic(ActionRow.of(Button.link("ftp://example.com", "x"))),
				"'components[0].components[0].url'");
		fails(() -> classic(ActionRow.of(new Button(null, Button.Style.PREMIUM, "Buy", null, null, Snowflake.of(1),
				null, false))), "'components[0].components[0].label' must not be set for a premium button");
		fails(() -> classic(ActionRow.of(new Button(null, Button.Style.PRIMARY, "x", null, "id", null,
				"https://example.com", false))), "'components[0].components[0].url' must not be set");
		fails(() -> classic(Collections.nCopies(6, ActionRow.of(Button.link("https://e.com", "e")))
			.toArray(MessageComponent.TopLevel[]::new)), "'components' may hold at most 5 action rows");
		fails(() -> classic(TextDisplay.of("hi")), "'components[0]' must be an action row");
		fails(() -> classic(ActionRow.of(TextInput.shortText("t").withLabel("T"))),
				"'components[0].components[0]' must not be a text input");
		assertThat(MessageCreate.builder().components(ActionRow.of(Button.premium(Snowflake.of(7)))).build()
			.components()).hasSize(1);
	}

	@Test
	void selectLimitsNameThePath() {
		List<Option> options = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			options.add(Option.of("o" + i, "v" + i));
		}
		fails(() -> classic(ActionRow.of(new StringSelect(null, "s", options, null, null, null, null, false))),
				"'components[0].components[0].options' must hold 1 to 25");
		fails(() -> classic(ActionRow.of(StringSelect.of("s", Option.of("a", "v"), Option.of("b", "v")))),
				"'components[0].components[0].options[1].value' repeats 'v'");
		fails(() -> classic(ActionRow.of(StringSelect.of("s", Option.of("a", "v").withDescription("d".repeat(101))))),
				"'components[0].components[0].options[0].description'");
		fails(() -> classic(ActionRow.of(StringSelect.of("s", Option.of("a", "v")).withValues(3, 2))),
				"'components[0].components[0].min_values' must not exceed max_values");
		fails(() -> classic(ActionRow.of(StringSelect.of("s", Option.of("a", "v")).withValues(0, 26))),
				"'components[0].components[0].max_values' must be 1 to 25");
		fails(() -> classic(ActionRow.of(StringSelect.of("s", Option.of("a", "v")).withPlaceholder("p".repeat(151)))),
				"'components[0].components[0].placeholder'");
		fails(() -> classic(ActionRow.of(new EntitySelect(ComponentType.USER_SELECT, null, "u", null, null,
				List.of(ChannelType.GUILD_TEXT), null, null, null, false))),
				"'components[0].components[0].channel_types' is only for channel selects");
		fails(() -> classic(ActionRow.of(EntitySelect.roles("r").withDefaultValues(
				EntitySelect.DefaultValue.user(Snowflake.of(1))))),
				"'components[0].components[0].default_values[0].type'");
		fails(() -> classic(ActionRow.of(EntitySelect.users("u").withDefaultValues(
				EntitySelect.DefaultValue.user(Snowflake.of(1)), EntitySelect.DefaultValue.user(Snowflake.of(2))))),
				"'components[0].components[0].default_values' has 2 entries but max_values is 1");
	}

	@Test
	void componentsV2LimitsNameThePath() {
		fails(() -> v2(Section.of("a", null)), "'components[0].accessory'");
		fails(() -> v2(new Section(null, Collections.nCopies(4, TextDisplay.of("t")),
				Button.primary("a", "A"))), "'components[0].components' must hold 1 to 3");
		fails(() -> v2(new MediaGallery(null, Collections.nCopies(11,
				MediaGallery.Item.of(MediaItem.of("https://e.com/a.png"))))),
				"'components[0].items' must hold 1 to 10");
		fails(() -> v2(new FileDisplay(null, MediaItem.of("https://e.com/a.txt"), false)),
				"'components[0].file.url' must be an attachment://");
		fails(() -> v2(new Separator(null, true, 3)), "'components[0].spacing'");
		fails(() -> v2(Container.of(TextDisplay.of("x")).withAccentColor(0x1000000)),
				"'components[0].accent_color'");
		fails(() -> v2(Container.of(TextDisplay.of("x".repeat(2001)), TextDisplay.of("y".repeat(2000)))),
				"text displays may have at most 4000 characters together but have 4001");
		fails(() -> v2(Collections.nCopies(41, Separator.of()).toArray(MessageComponent.TopLevel[]::new)),
				"'components' may hold at most 40");
		fails(() -> v2(new Container(null, Collections.nCopies(40, Separator.of()), null, false)),
				"'components' may hold at most 40 components in all but has 41");
		fails(() -> v2(Label.of("Name", TextInput.shortText("n"))), "'components[0]' must not be a label");
		fails(() -> MessageCreate.builder().content("x").componentsV2(TextDisplay.of("y")).build(),
				"'content' must not be set with IS_COMPONENTS_V2");
		fails(() -> MessageCreate.builder().poll(PollCreate.of("q", "a")).componentsV2(TextDisplay.of("y")).build(),
				"'poll' must not be set with IS_COMPONENTS_V2");
		fails(() -> MessageCreate.builder().flags(MessageCreate.IS_COMPONENTS_V2).build(), "'components'");
		assertThat(v2(Collections.nCopies(40, Separator.of()).toArray(MessageComponent.TopLevel[]::new))
			.components()).hasSize(40);
	}

	@Test
	void modalsTakeLabelsAndTextInputs() {
		ComponentRules.checkModal(List.of(Label.of("Name", TextInput.shortText("name").withLength(1, 32)),
				Label.of("Colour", StringSelect.of("colour", Option.of("Red", "red"))), TextDisplay.of("Thanks")));
		fails(() -> ComponentRules.checkModal(List.of(Label.of("l".repeat(46), TextInput.shortText("n")))),
				"'components[0].label' must have at most 45");
		fails(() -> ComponentRules.checkModal(List.of(Label.of("L", TextInput.paragraph("n").withLength(0, 4001)))),
				"'components[0].component.max_length' must be 1 to 4000");
		fails(() -> ComponentRules.checkModal(List.of(Label.of("L", TextInput.shortText("n")
			.withText(null, "p".repeat(101))))), "'components[0].component.placeholder'");
		fails(() -> ComponentRules.checkModal(List.of(ActionRow.of(TextInput.shortText("legacy")))),
				"'components[0].components[0].label' must be set");
		fails(() -> ComponentRules.checkModal(List.of()), "'components' must hold 1 to 5");
	}

	@Test
	void pollsSerializeAndNameTheirFields() {
		PollCreate poll = new PollCreate("Lunch?", List.of(new PollCreate.Answer("Pizza", ReactionEmoji.unicode("🍕")),
				PollCreate.Answer.of("Sushi")), 4, true, PollCreate.DEFAULT_LAYOUT_TYPE);
		JsonNode json = json(MessageCreate.builder().poll(poll).build()).get("poll");
		assertThat(json).isEqualTo(DiscordJson.mapper().readTree("""
				{"question":{"text":"Lunch?"},"answers":[{"poll_media":{"text":"Pizza","emoji":{"name":"🍕"}}},
				 {"poll_media":{"text":"Sushi"}}],"duration":4,"allow_multiselect":true,"layout_type":1}"""));
		fails(() -> PollCreate.of("q".repeat(301), "a"), "'poll.question.text' must have at most 300");
		fails(() -> PollCreate.of("q"), "'poll.answers' must hold 1 to 10");
		fails(() -> PollCreate.of("q", Collections.nCopies(11, "a").toArray(String[]::new)), "'poll.answers'");
		fails(() -> PollCreate.of("q", "a", "b".repeat(56)), "'poll.answers[1].text' must have at most 55");
		fails(() -> PollCreate.of("q", "a").withDuration(0), "'poll.duration'");
		fails(() -> PollCreate.of("q", "a").withDuration(769), "'poll.duration'");
		assertThat(PollCreate.of("q", "a").withDuration(768).duration()).isEqualTo(PollCreate.MAX_DURATION_HOURS);
		fails(() -> new PollCreate("q", List.of(PollCreate.Answer.of("a")), 1, false, 2), "'poll.layout_type'");
	}

	@Test
	void editsReplaceOrClearComponentsAndKeepTheOldConstructor() {
		JsonNode replaced = DiscordJson.mapper()
			.valueToTree(MessageEdit.builder().components(BUTTONS).build().toJson());
		assertThat(replaced.get("components").get(0).get("components").size()).isEqualTo(2);
		JsonNode cleared = DiscordJson.mapper().valueToTree(MessageEdit.builder().clearComponents().build().toJson());
		assertThat(cleared.get("components").isArray()).isTrue();
		assertThat(cleared.get("components").isEmpty()).isTrue();
		assertThat(new MessageEdit(Patch.of("x"), null, null, null, null, List.of()).components().present()).isFalse();
		assertThat(new MessageCreate("x", null, null, null, null, false, false, null, null, 0).components()).isEmpty();
		fails(() -> MessageEdit.builder().components(TextDisplay.of("t")).content("x")
			.flags(MessageCreate.IS_COMPONENTS_V2).build(), "'content' must not be set with IS_COMPONENTS_V2");
		fails(() -> MessageEdit.builder().components(BUTTONS, ActionRow.of(Button.primary("yes", "dup"))).build(),
				"'components[1].components[0].custom_id' repeats");
	}

	private static MessageCreate classic(MessageComponent.TopLevel... components) {
		return MessageCreate.builder().components(components).build();
	}

	private static MessageCreate v2(MessageComponent.TopLevel... components) {
		return MessageCreate.builder().componentsV2(components).build();
	}

	private static void fails(ThrowingCallable call, String message) {
		assertThatIllegalArgumentException().isThrownBy(call).withMessageContaining(message);
	}

	private static JsonNode json(MessageCreate message) {
		return DiscordJson.mapper().valueToTree(message.toJson());
	}

}
