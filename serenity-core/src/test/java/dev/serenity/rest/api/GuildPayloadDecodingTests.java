package dev.serenity.rest.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.Ban;
import dev.serenity.model.Guild;
import dev.serenity.model.GuildPreview;
import dev.serenity.model.Member;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared REST body of the guild family ({@code ../shared/discord-payloads/rest/}) decodes to its type.
 */
class GuildPayloadDecodingTests {

	private static final TypeReference<Map<Snowflake, Integer>> COUNTS = new TypeReference<>() {
	};

	private static List<Path> files(String prefix) {
		List<Path> files = SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((file) -> file.getFileName().toString().startsWith(prefix))
			.toList();
		assertThat(files).as("shared payloads " + prefix + "*").isNotEmpty();
		return files;
	}

	private static <T> T decode(Path file, Class<T> type) {
		T value = DiscordJson.mapper().readValue(SharedPayloads.read(file), type);
		assertThat(value).as(file.getFileName().toString()).isNotNull();
		return value;
	}

	@Test
	void guildsDecode() {
		for (Path file : files("GET_guild-")) {
			Guild guild = decode(file, Guild.class);
			assertThat(guild.id()).as(file.getFileName().toString()).isNotNull();
			assertThat(guild.name()).isNotBlank();
		}
		Guild mason = decode(files("GET_guild-01").get(0), Guild.class);
		assertThat(mason.id()).isEqualTo(Snowflake.of(2909267986263572999L));
		assertThat(mason.approximateMemberCount()).isEqualTo(2);
		assertThat(mason.roles()).singleElement().satisfies((role) -> {
			assertThat(role.name()).isEqualTo("@everyone");
			assertThat(role.permissions().value()).isEqualTo(49794752L);
		});
	}

	@Test
	void previewsDecode() {
		for (Path file : files("GET_guild_preview-")) {
			GuildPreview preview = decode(file, GuildPreview.class);
			assertThat(preview.id()).isEqualTo(Snowflake.of(197038439483310086L));
			assertThat(preview.approximateMemberCount()).isEqualTo(60814);
			assertThat(preview.features()).contains("VERIFIED");
			assertThat(preview.stickers()).isEmpty();
		}
	}

	@Test
	void bansDecode() {
		for (Path file : files("GET_guild_ban-")) {
			Ban ban = decode(file, Ban.class);
			assertThat(ban.reason()).isEqualTo("mentioning b1nzy");
			assertThat(ban.user().id()).isEqualTo(Snowflake.of(53908099506183680L));
		}
	}

	@Test
	void membersDecode() {
		for (Path file : files("GET_guild_member-")) {
			Member member = decode(file, Member.class);
			assertThat(member.nick()).isEqualTo("NOT API SUPPORT");
			assertThat(member.roles()).isEmpty();
			assertThat(member.deaf()).isFalse();
		}
		for (Path file : files("PATCH_guild_member-")) {
			Member member = decode(file, Member.class);
			assertThat(member.nick()).isEqualTo("nickname");
			assertThat(member.user().username()).isEqualTo("Austin");
			assertThat(member.roles()).containsExactly(Snowflake.of(440201724872097807L));
		}
	}

	@Test
	void rolesDecode() {
		for (Path file : files("GET_guild_role-0")) {
			Role role = decode(file, Role.class);
			assertThat(role.name()).isEqualTo("WE DEM BOYZZ!!!!!!");
			assertThat(role.colors().primaryColor()).isEqualTo(3447003);
			assertThat(role.hoist()).isTrue();
			assertThat(role.permissions().value()).isEqualTo(66321471L);
		}
	}

	@Test
	void roleMemberCountsDecodeToAMapByRoleId() {
		for (Path file : files("GET_guild_role_member_counts-")) {
			Map<Snowflake, Integer> counts = DiscordJson.mapper().readValue(SharedPayloads.read(file), COUNTS);
			assertThat(counts).isNotEmpty().allSatisfy((id, count) -> assertThat(count).isNotNegative());
		}
		Map<Snowflake, Integer> first = DiscordJson.mapper()
			.readValue(SharedPayloads.read(files("GET_guild_role_member_counts-01").get(0)), COUNTS);
		assertThat(first).containsEntry(Snowflake.of(613425648685547541L), 1337).hasSize(3);
	}

}
