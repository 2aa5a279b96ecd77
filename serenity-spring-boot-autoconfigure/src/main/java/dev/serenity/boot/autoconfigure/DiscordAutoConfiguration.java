package dev.serenity.boot.autoconfigure;

import dev.serenity.boot.listener.DiscordListenerAnnotationBeanPostProcessor;
import dev.serenity.boot.listener.DiscordListenerEndpointRegistry;
import dev.serenity.boot.listener.DiscordListenerErrorHandler;
import dev.serenity.boot.listener.DiscordListenerObservationConvention;
import dev.serenity.client.DiscordClient;
import dev.serenity.client.DiscordClientBuilder;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.gateway.ShardManager;
import dev.serenity.gateway.command.ActivityData;
import dev.serenity.gateway.session.FileSessionStore;
import dev.serenity.model.ActivityType;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.rest.api.RestApis;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of a Discord bot: the {@link DiscordClient} built from {@code discord.*} and the
 * {@link DiscordClientCustomizer}s, its REST handles, the {@code @DiscordListener} pipeline, and the lifecycle that
 * connects the shards after the context is refreshed.
 */
@AutoConfiguration
@ConditionalOnClass(DiscordClient.class)
@ConditionalOnBooleanProperty(name = "discord.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DiscordProperties.class)
public final class DiscordAutoConfiguration {

	private final DiscordProperties properties;

	DiscordAutoConfiguration(DiscordProperties properties) {
		this.properties = properties;
	}

	@Bean
	@ConditionalOnMissingBean(DiscordConnectionDetails.class)
	PropertiesDiscordConnectionDetails discordConnectionDetails() {
		return new PropertiesDiscordConnectionDetails(this.properties);
	}

	@Bean(destroyMethod = "")
	@ConditionalOnMissingBean
	DiscordClient discordClient(DiscordConnectionDetails connection, ObjectProvider<DiscordClientCustomizer> customizers,
			ObjectProvider<WebClient.Builder> webClientBuilder) {
		DiscordProperties.Gateway gateway = this.properties.getGateway();
		DiscordProperties.Rest rest = this.properties.getRest();
		DiscordProperties.Listener listener = this.properties.getListener();
		DiscordClientBuilder builder = DiscordClient
			.builder(connection.token(), (this.properties.getIntents() != null)
					? GatewayIntent.toBits(this.properties.getIntents()) : 0)
			.restUrl(connection.restUrl())
			.compression(gateway.getCompression())
			.largeThreshold(gateway.getLargeThreshold())
			.maxFrameSize((int) Math.min(Integer.MAX_VALUE, gateway.getMaxFrameSize().toBytes()))
			.eventLoopThreads(gateway.getEventLoopThreads())
			.listenerLanes(listener.getLanes())
			.laneCapacity(listener.getLaneCapacity())
			.startupTimeout(this.properties.getStartup().getTimeout())
			.rest((config) -> config.requestTimeout(rest.getRequestTimeout())
				.globalLimit(rest.getGlobalLimit())
				.maxRetries(rest.getMaxRetries()));
		if (connection.gatewayUrl() != null) {
			builder.gatewayUrl(connection.gatewayUrl());
		}
		if (this.properties.getApplicationId() != null) {
			builder.applicationId(this.properties.getApplicationId());
		}
		DiscordProperties.Presence presence = this.properties.getPresence();
		builder.status(presence.getStatus());
		if (presence.getActivity() != null && !presence.getActivity().isBlank()) {
			builder.activity(activity(presence));
		}
		if (this.properties.getSession().getStore() == DiscordProperties.Session.StoreType.FILE) {
			builder.sessionStore(new FileSessionStore(this.properties.getSession().getDirectory()));
		}
		webClientBuilder.ifUnique(builder::webClientBuilder);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private static ActivityData activity(DiscordProperties.Presence presence) {
		ActivityType type = presence.getActivityType();
		if (type == ActivityType.STREAMING && presence.getActivityUrl() == null) {
			throw new InvalidDiscordPropertyException("discord.presence.activity-url", null,
					"a STREAMING activity needs the stream's URL (twitch.tv or youtube.com)");
		}
		if (type == ActivityType.UNKNOWN) {
			throw new InvalidDiscordPropertyException("discord.presence.activity-type", type,
					"use PLAYING, STREAMING, LISTENING, WATCHING, CUSTOM or COMPETING");
		}
		return new ActivityData(presence.getActivity(), type,
				(type == ActivityType.STREAMING) ? presence.getActivityUrl() : null, null);
	}

	/**
	 * The shard manager exists once the shards started (after the context refresh), so this bean is lazy: get it
	 * through an {@code ObjectProvider<ShardManager>} or from the context after startup.
	 */
	@Bean(destroyMethod = "")
	@Lazy
	@ConditionalOnMissingBean
	ShardManager discordShardManager(DiscordClient client) {
		return client.shardManager()
			.orElseThrow(() -> new IllegalStateException("The Discord shards have not started yet, so there is no "
					+ "ShardManager: inject an ObjectProvider<ShardManager> and call it after startup (or use "
					+ "DiscordClient.shardManager())"));
	}

	@Bean(destroyMethod = "")
	@ConditionalOnMissingBean
	DiscordRest discordRest(DiscordClient client) {
		return client.rest();
	}

	@Bean
	@ConditionalOnMissingBean
	MessageApi discordMessageApi(DiscordClient client) {
		return client.messages();
	}

	@Bean
	@ConditionalOnMissingBean
	RestApis discordRestApis(DiscordClient client) {
		return client.api();
	}

	@Bean
	@ConditionalOnMissingBean
	DiscordListenerErrorHandler discordListenerErrorHandler() {
		return DiscordListenerErrorHandler.logging();
	}

	@Bean
	@ConditionalOnMissingBean
	DiscordListenerEndpointRegistry discordListenerEndpointRegistry(BeanFactory beanFactory,
			DiscordListenerErrorHandler errorHandler, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<DiscordListenerObservationConvention> observationConvention) {
		DiscordListenerEndpointRegistry registry = new DiscordListenerEndpointRegistry(beanFactory, errorHandler);
		registry.setTimeout(this.properties.getListener().getTimeout());
		observationRegistry.ifUnique(registry::setObservationRegistry);
		observationConvention.ifUnique(registry::setObservationConvention);
		return registry;
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DiscordListenerAnnotationBeanPostProcessor discordListenerAnnotationBeanPostProcessor() {
		return new DiscordListenerAnnotationBeanPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean
	DiscordClientLifecycle discordClientLifecycle(DiscordClient client, DiscordListenerEndpointRegistry listeners) {
		return new DiscordClientLifecycle(client, ShardRange.of(this.properties.getShards()),
				this.properties.getStartup().isWaitForReady(), listeners);
	}

}
