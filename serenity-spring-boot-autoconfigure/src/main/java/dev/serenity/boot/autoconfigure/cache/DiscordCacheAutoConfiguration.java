package dev.serenity.boot.autoconfigure.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import dev.serenity.cache.CacheKind;
import dev.serenity.cache.CacheSettings;
import dev.serenity.cache.CacheStore;
import dev.serenity.cache.DiscordCache;
import dev.serenity.cache.EntitySettings;
import dev.serenity.cache.MemberCachePolicy;
import dev.serenity.client.DiscordClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Discord cache: {@link CacheSettings} from {@code discord.cache.*} (a
 * {@link MemberCachePolicy} bean replaces the policy the properties name, a {@link CacheStore} bean the heap
 * store), handed to the client by a {@link DiscordClientCustomizer}, and the client's {@link DiscordCache} as a bean.
 */
@AutoConfiguration(after = DiscordAutoConfiguration.class)
@ConditionalOnClass(DiscordClient.class)
@EnableConfigurationProperties(DiscordCacheProperties.class)
public final class DiscordCacheAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CacheSettings discordCacheSettings(DiscordCacheProperties properties,
			ObjectProvider<MemberCachePolicy> memberCachePolicy) {
		return settings(properties, memberCachePolicy.getIfUnique());
	}

	@Bean
	@ConditionalOnMissingBean(name = "discordCacheClientCustomizer")
	DiscordClientCustomizer discordCacheClientCustomizer(CacheSettings settings, ObjectProvider<CacheStore> store) {
		return (builder) -> {
			builder.cache(settings);
			store.ifUnique(builder::cacheStore);
		};
	}

	@Bean
	@ConditionalOnBean(DiscordClient.class)
	@ConditionalOnMissingBean
	DiscordCache discordCache(DiscordClient client) {
		return client.cache();
	}

	/**
	 * Turn the properties into settings, naming the property to fix when a value is out of range.
	 * @param properties the properties
	 * @param policy a policy bean, or {@code null}
	 * @return the settings
	 */
	static CacheSettings settings(DiscordCacheProperties properties, MemberCachePolicy policy) {
		if (!properties.isEnabled()) {
			return CacheSettings.disabled();
		}
		int messages = properties.getMessagesPerChannel();
		if (messages < 0 || messages > CacheSettings.MAX_MESSAGES_PER_CHANNEL) {
			throw new InvalidDiscordPropertyException("discord.cache.messages-per-channel", messages,
					"use 0 (no messages) to " + CacheSettings.MAX_MESSAGES_PER_CHANNEL);
		}
		CacheSettings.Builder builder = CacheSettings.builder()
			.messagesPerChannel(messages)
			.chunkMembers(properties.isChunkMembers())
			.memberCachePolicy((policy != null) ? policy : policy(properties.getMemberCachePolicy()));
		for (Map.Entry<CacheKind, DiscordCacheProperties.Kind> entry : properties.kinds().entrySet()) {
			builder.kind(entry.getKey(), kind(entry.getKey(), entry.getValue()));
		}
		return builder.build();
	}

	private static EntitySettings kind(CacheKind kind, DiscordCacheProperties.Kind properties) {
		String prefix = "discord.cache." + kind.displayName() + ".";
		if (properties.getMaximumSize() < 0) {
			throw new InvalidDiscordPropertyException(prefix + "maximum-size", properties.getMaximumSize(),
					"use 0 (no limit) or a positive count");
		}
		Duration ttl = (properties.getTimeToLive() != null) ? properties.getTimeToLive() : Duration.ZERO;
		if (ttl.isNegative()) {
			throw new InvalidDiscordPropertyException(prefix + "time-to-live", properties.getTimeToLive(),
					"use a positive duration, or leave it unset to keep entries for ever");
		}
		return new EntitySettings(properties.isEnabled(), properties.getMaximumSize(), ttl);
	}

	private static MemberCachePolicy policy(List<DiscordCacheProperties.MemberPolicy> names) {
		if (names == null || names.isEmpty()) {
			throw new InvalidDiscordPropertyException("discord.cache.member-cache-policy", null,
					"name at least one of all, none, online, voice, owner");
		}
		MemberCachePolicy policy = null;
		for (DiscordCacheProperties.MemberPolicy name : names) {
			MemberCachePolicy one = switch (name) {
				case ALL -> MemberCachePolicy.ALL;
				case NONE -> MemberCachePolicy.NONE;
				case ONLINE -> MemberCachePolicy.ONLINE;
				case VOICE -> MemberCachePolicy.VOICE;
				case OWNER -> MemberCachePolicy.OWNER;
			};
			policy = (policy == null || names.size() == 1) ? one : policy.or(one);
		}
		return policy;
	}

}
