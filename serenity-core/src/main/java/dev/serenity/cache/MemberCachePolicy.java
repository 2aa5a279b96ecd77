package dev.serenity.cache;

import java.util.Objects;
import java.util.function.Predicate;

import dev.serenity.model.Member;

/**
 * Which guild members the cache keeps (JDA's {@code MemberCachePolicy}). The bot's own member is always kept, so
 * its permissions can be computed. A member the policy stops accepting (for {@link #ONLINE}, one who went offline;
 * for {@link #VOICE}, one who left voice) is dropped at that event.
 */
@FunctionalInterface
public interface MemberCachePolicy {

	/** No members (except the bot's own). */
	MemberCachePolicy NONE = (member) -> false;

	/** Every member the gateway tells about. */
	MemberCachePolicy ALL = (member) -> true;

	/** Members whose presence is not offline (needs the GUILD_PRESENCES intent). */
	MemberCachePolicy ONLINE = MemberFacts::online;

	/** Members connected to a voice channel (needs the GUILD_VOICE_STATES intent). */
	MemberCachePolicy VOICE = MemberFacts::inVoice;

	/** The guild's owner. */
	MemberCachePolicy OWNER = MemberFacts::owner;

	/**
	 * Return whether to keep a member.
	 * @param member the member and what the cache knows about it
	 * @return whether to cache it
	 */
	boolean cache(MemberFacts member);

	/**
	 * Return a policy that keeps what this or another policy keeps.
	 * @param other the other policy
	 * @return the union
	 */
	default MemberCachePolicy or(MemberCachePolicy other) {
		Objects.requireNonNull(other, "'other' must not be null");
		return (member) -> cache(member) || other.cache(member);
	}

	/**
	 * Return a policy that keeps what both this and another policy keep.
	 * @param other the other policy
	 * @return the intersection
	 */
	default MemberCachePolicy and(MemberCachePolicy other) {
		Objects.requireNonNull(other, "'other' must not be null");
		return (member) -> cache(member) && other.cache(member);
	}

	/**
	 * Return a policy from a predicate on the member alone.
	 * @param predicate which members to keep
	 * @return the policy
	 */
	static MemberCachePolicy of(Predicate<Member> predicate) {
		Objects.requireNonNull(predicate, "'predicate' must not be null");
		return (member) -> predicate.test(member.member());
	}

	/**
	 * A member and what the cache knows about it when a policy decides.
	 *
	 * @param guildId the guild
	 * @param member the member
	 * @param online whether its last presence was not offline
	 * @param inVoice whether it is connected to a voice channel
	 * @param owner whether it owns the guild
	 */
	record MemberFacts(long guildId, Member member, boolean online, boolean inVoice, boolean owner) {
	}

}
