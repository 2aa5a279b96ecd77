package dev.serenity.boot.command;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import dev.serenity.boot.autoconfigure.command.DiscordCommandsAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.interaction.InteractionResponders;
import dev.serenity.interaction.InteractionSignatureVerifier;
import dev.serenity.simulator.HttpInteractionDelivery;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DiscordCommandsAutoConfiguration}: its beans, the properties they take, and the errors naming a wrong
 * property.
 */
class DiscordCommandsAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(DiscordAutoConfiguration.class,
			DiscordSimulatorAutoConfiguration.class, DiscordCommandsAutoConfiguration.class);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS");

	private final ReactiveWebApplicationContextRunner webRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS",
				"discord.interactions.http.enabled=true");

	@Test
	void createsTheInteractionBeansWithTheConfiguredAutoDefer() {
		this.contextRunner.withPropertyValues("discord.interactions.auto-defer.after=1500ms").run((context) -> {
			assertThat(context).hasSingleBean(InteractionHandlerRegistry.class)
				.hasSingleBean(InteractionRouter.class)
				.hasSingleBean(GatewayInteractions.class)
				.hasSingleBean(CommandSynchronizer.class)
				.doesNotHaveBean(HttpInteractionsHandler.class);
			assertThat(context.getBean(InteractionResponders.class).autoDeferAfter()).hasMillis(1500);
		});
	}

	@Test
	void syncCanBeTurnedOff() {
		this.contextRunner.withPropertyValues("discord.commands.sync=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CommandSynchronizer.class));
	}

	@Test
	void anAutoDeferAtOrAfterTheDeadlineNamesTheProperty() {
		this.contextRunner.withPropertyValues("discord.interactions.auto-defer.after=3s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidDiscordPropertyException.class)
				.hasMessageContaining("discord.interactions.auto-defer.after");
		});
	}

	@Test
	void theHttpEndpointNeedsThePublicKey() {
		this.webRunner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidDiscordPropertyException.class)
				.hasMessageContaining("discord.interactions.http.public-key");
		});
	}

	@Test
	void theHttpEndpointIsServedWithAValidKey() {
		this.webRunner
			.withPropertyValues("discord.interactions.http.public-key="
					+ HttpInteractionDelivery.publicKey(HttpInteractionDelivery.generateKeys()))
			.run((context) -> assertThat(context).hasSingleBean(HttpInteractionsHandler.class)
				.hasSingleBean(InteractionSignatureVerifier.class));
	}

	@Test
	void theHttpEndpointNeedsAReactiveWebApplication() {
		this.contextRunner.withPropertyValues("discord.interactions.http.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(HttpInteractionsHandler.class));
	}

}
