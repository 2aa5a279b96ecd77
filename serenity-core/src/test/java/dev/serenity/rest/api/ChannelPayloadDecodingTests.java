package dev.serenity.rest.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.Channel;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Invite;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared REST payloads of the channel and invite family ({@code ../shared/discord-payloads/rest/}) decode to
 * their model types, which {@link ChannelApi} and {@link InviteApi} answer with.
 */
class ChannelPayloadDecodingTests {

	private static byte[] payload(String name) {
		Path file = SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((candidate) -> candidate.getFileName().toString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No shared payload " + name));
		return SharedPayloads.read(file);
	}

	@Test
	void everyGetChannelPayloadDecodes() {
		List<Path> files = SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((file) -> file.getFileName().toString().matches("GET_channel-\\d+\\.json"))
			.toList();
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			Channel channel = DiscordJson.mapper().readValue(SharedPayloads.read(file), Channel.class);
			assertThat(channel.id()).as(file.toString()).isNotNull();
			assertThat(channel.type()).as(file.toString()).isNotEqualTo(ChannelType.UNKNOWN);
		}
	}

	@Test
	void dmAndGroupDmChannelsDecode() {
		Channel dm = DiscordJson.mapper().readValue(payload("GET_channel-01.json"), Channel.class);
		assertThat(dm.type()).isEqualTo(ChannelType.DM);
		assertThat(dm.id().value()).isEqualTo(319674150115610528L);
		assertThat(dm.recipients()).singleElement().satisfies((user) -> assertThat(user.username()).isEqualTo("test"));
		Channel group = DiscordJson.mapper().readValue(payload("GET_channel-02.json"), Channel.class);
		assertThat(group.type()).isEqualTo(ChannelType.GROUP_DM);
		assertThat(group.name()).isEqualTo("Some test channel");
		assertThat(group.ownerId().value()).isEqualTo(82198810841029460L);
		assertThat(group.recipients()).hasSize(2);
	}

	@Test
	void channelInvitesDecodeWithMetadata() {
		List<Invite> invites = DiscordJson.mapper().readValue(payload("GET_channel_invites-01.json"),
				new TypeReference<List<Invite>>() {
				});
		assertThat(invites).singleElement().satisfies((invite) -> {
			assertThat(invite.code()).isEqualTo("ABCDEF1");
			assertThat(invite.channel().name()).isEqualTo("permanent-text");
			assertThat(invite.guild().name()).isEqualTo("Discord4J 3 Test Server");
			assertThat(invite.uses()).isEqualTo(6);
			assertThat(invite.maxAge()).isZero();
			assertThat(invite.temporary()).isFalse();
			assertThat(invite.createdAt()).isEqualTo(Instant.parse("2017-08-14T18:56:09.181Z"));
		});
	}

	@Test
	void inviteDecodes() {
		Invite invite = DiscordJson.mapper().readValue(payload("GET_invite-01.json"), Invite.class);
		assertThat(invite.type()).isZero();
		assertThat(invite.code()).isEqualTo("0vCdhLbwjZZTWZLD");
		assertThat(invite.guild().features()).contains("NEWS");
		assertThat(invite.inviter().username()).isEqualTo("speed");
		assertThat(invite.targetType()).isEqualTo(1);
		assertThat(invite.targetUser().username()).isEqualTo("bob");
	}

}
