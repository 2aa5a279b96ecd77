package dev.serenity.model;

import java.util.List;

/**
 * A guild's public widget: the body of {@code GET /guilds/{guild.id}/widget.json}. Members are anonymized.
 *
 * @param id the guild
 * @param name the guild's name
 * @param instantInvite the invite URL, or {@code null}
 * @param channels the voice channels everyone can join; never {@code null}
 * @param members up to 100 online members; never {@code null}
 * @param presenceCount the number of online members
 */
public record GuildWidget(Snowflake id, String name, String instantInvite, List<WidgetChannel> channels,
		List<WidgetMember> members, Integer presenceCount) {

	/**
	 * Create a widget.
	 */
	public GuildWidget {
		channels = Copies.list(channels);
		members = Copies.list(members);
	}

	/**
	 * A channel of the widget.
	 *
	 * @param id the channel
	 * @param name the name
	 * @param position the sort position
	 */
	public record WidgetChannel(Snowflake id, String name, Integer position) {
	}

	/**
	 * An online member of the widget, anonymized.
	 *
	 * @param id a per-widget index such as {@code "0"}, not the user's id
	 * @param username the name
	 * @param discriminator the legacy discriminator
	 * @param avatar always {@code null}
	 * @param status the online status, e.g. {@code online}
	 * @param avatarUrl the avatar URL
	 */
	public record WidgetMember(String id, String username, String discriminator, String avatar, String status,
			String avatarUrl) {
	}

}
