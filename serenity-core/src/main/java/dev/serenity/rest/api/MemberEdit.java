package dev.serenity.rest.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Snowflake;

/**
 * A change to a member: the body of {@code PATCH /guilds/{guild.id}/members/{user.id}}. Each field is a
 * {@link Patch}: absent fields keep their value, cleared ones are sent as {@code null}. Each field needs its own
 * permission: {@code nick} Manage Nicknames, {@code roles} Manage Roles, {@code mute} Mute Members, {@code deaf}
 * Deafen Members, {@code channelId} Move Members, {@code communicationDisabledUntil} Moderate Members.
 *
 * <pre>{@code
 * MemberEdit.builder().nick("Bob").roles(List.of(memberRole)).build();
 * MemberEdit.builder().clearNick().build();        // "nick": null resets the nickname
 * MemberEdit.builder().disconnect().build();        // "channel_id": null disconnects from voice
 * }</pre>
 *
 * @param nick the nickname, at most {@value #MAX_NICK_LENGTH} characters; cleared resets it
 * @param roles the member's complete role list (replacing the old one), at most {@value RoleApi#MAX_ROLES}
 * @param mute whether the member is muted in voice
 * @param deaf whether the member is deafened in voice
 * @param channelId the voice channel to move the member to; cleared disconnects
 * @param communicationDisabledUntil when the member's timeout ends (at most 28 days ahead); cleared ends it
 */
public record MemberEdit(Patch<String> nick, Patch<List<Snowflake>> roles, Patch<Boolean> mute, Patch<Boolean> deaf,
		Patch<Snowflake> channelId, Patch<Instant> communicationDisabledUntil) {

	/** Most characters of a nickname. */
	public static final int MAX_NICK_LENGTH = 32;

	/**
	 * Create an edit.
	 * @throws IllegalArgumentException naming the field when nothing changes, the nickname is too long or an id is
	 * invalid
	 */
	public MemberEdit {
		nick = Patches.orAbsent(nick);
		roles = Patches.orAbsent(roles).map((ids) -> Checks.ids("roles", ids, RoleApi.MAX_ROLES));
		mute = Patches.orAbsent(mute);
		deaf = Patches.orAbsent(deaf);
		channelId = Patches.orAbsent(channelId).map((id) -> Checks.id("channelId", id));
		communicationDisabledUntil = Patches.orAbsent(communicationDisabledUntil);
		Checks.content("nick", nick.value(), MAX_NICK_LENGTH);
		Patches.requireChange("nick", nick, roles, mute, deaf, channelId, communicationDisabledUntil);
	}

	/**
	 * Start a builder in which every field is absent.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Patches.put(json, "nick", this.nick);
		Patches.put(json, "roles", this.roles.map(Checks::json));
		Patches.put(json, "mute", this.mute);
		Patches.put(json, "deaf", this.deaf);
		Patches.put(json, "channel_id", this.channelId.map(Checks::json));
		Patches.put(json, "communication_disabled_until", this.communicationDisabledUntil.map(Instant::toString));
		return json;
	}

	/** Builds a {@link MemberEdit}; fields not called stay absent; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> nick = Patch.absent();

		private Patch<List<Snowflake>> roles = Patch.absent();

		private Patch<Boolean> mute = Patch.absent();

		private Patch<Boolean> deaf = Patch.absent();

		private Patch<Snowflake> channelId = Patch.absent();

		private Patch<Instant> communicationDisabledUntil = Patch.absent();

		private Builder() {
		}

		/** Set the nickname. @param nick at most 32 characters; {@code null} resets it @return this builder */
		public Builder nick(String nick) {
			this.nick = Patch.of(nick);
			return this;
		}

		/** Reset the nickname ({@code "nick": null}). @return this builder */
		public Builder clearNick() {
			this.nick = Patch.clear();
			return this;
		}

		/** Replace the roles. @param roles the complete role list; empty removes all @return this builder */
		public Builder roles(List<Snowflake> roles) {
			this.roles = Patch.of((roles != null) ? new ArrayList<>(roles) : List.of());
			return this;
		}

		/** Mute or unmute in voice. @param mute whether @return this builder */
		public Builder mute(boolean mute) {
			this.mute = Patch.of(mute);
			return this;
		}

		/** Deafen or undeafen in voice. @param deaf whether @return this builder */
		public Builder deaf(boolean deaf) {
			this.deaf = Patch.of(deaf);
			return this;
		}

		/** Move to a voice channel. @param channelId the channel @return this builder */
		public Builder channelId(Snowflake channelId) {
			this.channelId = Patch.of(channelId);
			return this;
		}

		/** Disconnect from voice ({@code "channel_id": null}). @return this builder */
		public Builder disconnect() {
			this.channelId = Patch.clear();
			return this;
		}

		/**
		 * Time the member out until an instant (at most 28 days ahead), or end the timeout.
		 * @param until the end; {@code null} ends a timeout
		 * @return this builder
		 */
		public Builder communicationDisabledUntil(Instant until) {
			this.communicationDisabledUntil = Patch.of(until);
			return this;
		}

		/**
		 * Build and check.
		 * @return the edit
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public MemberEdit build() {
			return new MemberEdit(this.nick, this.roles, this.mute, this.deaf, this.channelId,
					this.communicationDisabledUntil);
		}

	}

}
