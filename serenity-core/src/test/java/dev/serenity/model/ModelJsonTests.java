package dev.serenity.model;

import java.util.List;

import dev.serenity.json.DiscordJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How model records read Discord's JSON beyond plain fields.
 */
class ModelJsonTests {

	private final JsonMapper mapper = DiscordJson.mapper();

	@Test
	void absentListsAreEmptyAndImmutable() {
		Message message = this.mapper.readValue("{\"id\":\"1\",\"embeds\":null}", Message.class);
		assertThat(message.embeds()).isEmpty();
		assertThat(message.mentions()).isEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> message.mentions().add(null));
		assertThat(this.mapper.readValue("{}", Guild.class).members()).isEmpty();
	}

	@Test
	void nullElementsOfArraysAreDropped() {
		Member member = this.mapper.readValue("{\"roles\":[\"1\",null,\"2\"]}", Member.class);
		assertThat(member.roles()).containsExactly(Snowflake.of(1), Snowflake.of(2));
	}

	@Test
	void unknownEnumValuesBecomeUnknown() {
		Channel channel = this.mapper.readValue("{\"id\":\"1\",\"type\":99}", Channel.class);
		assertThat(channel.type()).isEqualTo(ChannelType.UNKNOWN);
		Presence presence = this.mapper.readValue("{\"status\":\"gaming\",\"client_status\":{\"web\":\"dnd\"}}",
				Presence.class);
		assertThat(presence.status()).isEqualTo(OnlineStatus.UNKNOWN);
		assertThat(presence.clientStatus().web()).isEqualTo(OnlineStatus.DND);
		assertThat(this.mapper.readValue("{\"type\":42}", Component.class).type()).isEqualTo(ComponentType.UNKNOWN);
	}

	@Test
	void overwriteTypesOfV6AndV10AreRead() {
		PermissionOverwrite v10 = this.mapper.readValue("{\"id\":\"1\",\"type\":1,\"allow\":\"8\",\"deny\":\"0\"}",
				PermissionOverwrite.class);
		PermissionOverwrite v6 = this.mapper.readValue("{\"id\":\"1\",\"type\":\"member\",\"allow\":8,\"deny\":0}",
				PermissionOverwrite.class);
		assertThat(v6).isEqualTo(v10);
		assertThat(v10.type()).isEqualTo(OverwriteType.MEMBER);
		assertThat(this.mapper.readValue("{\"type\":\"role\"}", PermissionOverwrite.class).type())
			.isEqualTo(OverwriteType.ROLE);
		assertThat(this.mapper.readValue("{\"type\":\"team\"}", PermissionOverwrite.class).type())
			.isEqualTo(OverwriteType.UNKNOWN);
	}

	@Test
	void roleTagFlagsArePresentWhenNull() {
		Role role = this.mapper.readValue("{\"tags\":{\"premium_subscriber\":null,\"bot_id\":\"5\"}}", Role.class);
		assertThat(role.tags().premiumSubscriber()).isTrue();
		assertThat(role.tags().availableForPurchase()).isNull();
		assertThat(role.tags().botId()).isEqualTo(Snowflake.of(5));
		ObjectNode written = this.mapper.valueToTree(role);
		assertThat(written.get("tags").has("premium_subscriber")).isTrue();
		assertThat(written.get("tags").get("premium_subscriber").isNull()).isTrue();
		assertThat(written.get("tags").has("available_for_purchase")).isFalse();
	}

	@Test
	void componentsReadEveryKindIncludingNestedOnes() {
		Component container = this.mapper.readValue("""
				{"type":17,"accent_color":703487,"components":[
				  {"type":10,"content":"# Hi"},
				  {"type":9,"components":[{"type":10,"content":"text"}],
				   "accessory":{"type":11,"media":{"url":"attachment://a.png"},"spoiler":true}},
				  {"type":1,"components":[{"type":3,"custom_id":"pick","options":[
				    {"label":"A","value":"a","default":true}],"min_values":1,"max_values":1}]},
				  {"type":23,"custom_id":"ok","default":false}]}
				""", Component.class);
		assertThat(container.type()).isEqualTo(ComponentType.CONTAINER);
		assertThat(container.components()).hasSize(4);
		Component section = container.components().get(1);
		assertThat(section.accessory().media().url()).isEqualTo("attachment://a.png");
		Component.SelectOption option = container.components().get(2).components().get(0).options().get(0);
		assertThat(option.isDefault()).isTrue();
		assertThat(container.components().get(3).isDefault()).isFalse();
		assertThat(this.mapper.writeValueAsString(option)).contains("\"default\":true");
	}

	@Test
	void modalSubmissionValuesOfAnyScalarTypeAreReadAsText() {
		Component checkbox = this.mapper.readValue("{\"type\":23,\"custom_id\":\"c\",\"value\":true}",
				Component.class);
		assertThat(checkbox.value()).isEqualTo("true");
	}

	@Test
	void interactionOptionValuesKeepTheirType() {
		InteractionData data = this.mapper.readValue("""
				{"name":"cmd","type":1,"options":[
				  {"name":"text","type":3,"value":"hi"},{"name":"count","type":4,"value":3},
				  {"name":"ratio","type":10,"value":0.5},{"name":"flag","type":5,"value":true},
				  {"name":"who","type":6,"value":"80351110224678912"},
				  {"name":"group","type":2,"options":[{"name":"sub","type":1,"options":[]}]}]}
				""", InteractionData.class);
		List<InteractionOption> options = data.options();
		assertThat(data.type()).isEqualTo(ApplicationCommandType.CHAT_INPUT);
		assertThat(options.get(0).stringValue()).isEqualTo("hi");
		assertThat(options.get(1).longValue()).isEqualTo(3L);
		assertThat(options.get(1).value()).isInstanceOf(Long.class);
		assertThat(options.get(2).doubleValue()).isEqualTo(0.5);
		assertThat(options.get(3).booleanValue()).isTrue();
		assertThat(options.get(4).snowflakeValue()).isEqualTo(Snowflake.of(80351110224678912L));
		assertThat(options.get(4).type()).isEqualTo(ApplicationCommandOptionType.USER);
		assertThat(options.get(5).option("sub").type()).isEqualTo(ApplicationCommandOptionType.SUB_COMMAND);
		assertThat(options.get(5).value()).isNull();
	}

	@Test
	void interactionToStringHidesTheToken() {
		Interaction interaction = this.mapper.readValue("{\"id\":\"1\",\"type\":2,\"token\":\"secret-token\"}",
				Interaction.class);
		assertThat(interaction.token()).isEqualTo("secret-token");
		assertThat(interaction.toString()).doesNotContain("secret-token").contains("<redacted>");
	}

	@Test
	void invokerIsTheMembersUserInGuildsAndTheUserInDms() {
		Interaction inGuild = this.mapper.readValue("{\"member\":{\"user\":{\"id\":\"7\"}}}", Interaction.class);
		Interaction inDm = this.mapper.readValue("{\"user\":{\"id\":\"8\"}}", Interaction.class);
		assertThat(inGuild.invoker().id()).isEqualTo(Snowflake.of(7));
		assertThat(inDm.invoker().id()).isEqualTo(Snowflake.of(8));
	}

	@Test
	void resolvedDataIsKeyedBySnowflake() {
		ResolvedData resolved = this.mapper.readValue(
				"{\"users\":{\"5\":{\"id\":\"5\"}},\"members\":{\"5\":{\"nick\":\"n\",\"roles\":[]}}}",
				ResolvedData.class);
		assertThat(resolved.users().get(Snowflake.of(5)).id()).isEqualTo(Snowflake.of(5));
		assertThat(resolved.members().get(Snowflake.of(5)).nick()).isEqualTo("n");
		assertThat(resolved.roles()).isEmpty();
	}

	@Test
	void messageAuthorMemberCombinesTheAuthorWithThePartialMember() {
		Message message = this.mapper.readValue(
				"{\"guild_id\":\"3\",\"author\":{\"id\":\"9\",\"username\":\"u\"},\"member\":{\"nick\":\"Nick\"}}",
				Message.class);
		Member member = message.authorMember();
		assertThat(member.user().id()).isEqualTo(Snowflake.of(9));
		assertThat(member.guildId()).isEqualTo(Snowflake.of(3));
		assertThat(member.displayName()).isEqualTo("Nick");
		assertThat(this.mapper.readValue("{}", Message.class).authorMember()).isNull();
	}

	@Test
	void auditLogChangesCannotBeModified() {
		AuditLogEntry entry = this.mapper.readValue(
				"{\"changes\":[{\"key\":\"$add\",\"new_value\":[{\"id\":\"1\",\"name\":\"r\"}]}]}", AuditLogEntry.class);
		AuditLogEntry.Change change = entry.changes().get(0);
		((tools.jackson.databind.node.ArrayNode) change.newValue()).removeAll();
		assertThat(change.newValue()).hasSize(1);
	}

	@Test
	void emojiMentionsFollowDiscordsSyntax() {
		assertThat(this.mapper.readValue("{\"name\":\"🔥\"}", Emoji.class).mention()).isEqualTo("🔥");
		assertThat(this.mapper.readValue("{\"id\":\"4\",\"name\":\"a\",\"animated\":true}", Emoji.class).mention())
			.isEqualTo("<a:a:4>");
	}

	@Test
	void helperMethodsAreNotWrittenAsProperties() {
		User user = this.mapper.readValue("{\"id\":\"1\",\"username\":\"u\"}", User.class);
		assertThat(this.mapper.writeValueAsString(user)).isEqualTo("{\"id\":\"1\",\"username\":\"u\"}");
		Channel thread = this.mapper.readValue("{\"id\":\"1\",\"type\":11}", Channel.class);
		assertThat(thread.thread()).isTrue();
		assertThat(this.mapper.valueToTree(thread).has("thread")).isFalse();
	}

}
