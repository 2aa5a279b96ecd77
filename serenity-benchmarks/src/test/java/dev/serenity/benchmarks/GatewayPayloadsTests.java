package dev.serenity.benchmarks;

import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.InteractionCreateEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.PresenceUpdateEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated payloads decode to what the benchmarks claim they are.
 */
class GatewayPayloadsTests {

	@Test
	void messageCreateIsAboutOneKilobyte() {
		byte[] payload = GatewayPayloads.messageCreate(1);
		assertThat(payload.length).isBetween(700, 1300);
		MessageCreateEvent event = (MessageCreateEvent) DecodeBenchmark.decode(payload);
		assertThat(event.message().content()).isNotBlank();
		assertThat(event.message().author().id()).isNotNull();
	}

	@Test
	void guildCreateHasAThousandMembersAndTwoHundredChannels() {
		GuildCreateEvent event = (GuildCreateEvent) DecodeBenchmark.decode(GatewayPayloads.guildCreate(1000, 200));
		assertThat(event.guild().members()).hasSize(1000);
		assertThat(event.guild().channels()).hasSize(200);
		assertThat(event.guild().roles()).hasSize(20);
	}

	@Test
	void presenceAndInteractionDecode() {
		PresenceUpdateEvent presence = (PresenceUpdateEvent) DecodeBenchmark.decode(GatewayPayloads.presenceUpdate());
		assertThat(presence.presence().activities()).hasSize(2);
		InteractionCreateEvent interaction = (InteractionCreateEvent) DecodeBenchmark
			.decode(GatewayPayloads.interactionCreate());
		assertThat(interaction.interaction().data().options()).hasSize(2);
	}

	@Test
	void compressedStreamsInflateBack() {
		new InflateBenchmark().setUp();
	}

}
