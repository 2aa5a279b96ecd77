package dev.serenity.json;

import java.time.Instant;
import java.util.List;

import dev.serenity.model.PartialMember;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;

import static dev.serenity.json.StreamingValues.bind;
import static dev.serenity.json.StreamingValues.bool;
import static dev.serenity.json.StreamingValues.instant;
import static dev.serenity.json.StreamingValues.integer;
import static dev.serenity.json.StreamingValues.nullOr;
import static dev.serenity.json.StreamingValues.snowflake;
import static dev.serenity.json.StreamingValues.snowflakes;
import static dev.serenity.json.StreamingValues.string;

/**
 * Streaming readers for {@link User} and {@link PartialMember}, the authors and mentions of every message. They give
 * what {@link DiscordJson#mapper()} gives; see {@link StreamingValues}.
 */
final class UserJson {

	private static final PropertyNames USER_NAMES = PropertyNames.of(User.class);

	private static final PropertyNames MEMBER_NAMES = PropertyNames.of(PartialMember.class);

	private static final ObjectReader USERS = StreamingValues.reader(User.class);

	private static final ObjectReader MEMBERS = StreamingValues.reader(PartialMember.class);

	private static final ObjectReader DECORATIONS = StreamingValues.reader(User.AvatarDecorationData.class);

	private static final ObjectReader COLLECTIBLES = StreamingValues.reader(User.Collectibles.class);

	private static final ObjectReader PRIMARY_GUILDS = StreamingValues.reader(User.UserPrimaryGuild.class);

	private static final ObjectReader PERMISSIONS = StreamingValues.reader(Permissions.class);

	private UserJson() {
	}

	/**
	 * Read a user.
	 * @param parser the parser, on the value's first token
	 * @return the user, or {@code null} for JSON {@code null}
	 */
	static User user(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.START_OBJECT) {
			return (token == JsonToken.VALUE_NULL) ? null : bind(parser, USERS);
		}
		Snowflake id = null;
		String username = null;
		String discriminator = null;
		String globalName = null;
		String avatar = null;
		Boolean bot = null;
		Boolean system = null;
		Boolean mfaEnabled = null;
		String banner = null;
		Integer accentColor = null;
		String locale = null;
		Boolean verified = null;
		String email = null;
		Integer flags = null;
		Integer premiumType = null;
		Integer publicFlags = null;
		User.AvatarDecorationData avatarDecorationData = null;
		User.Collectibles collectibles = null;
		User.UserPrimaryGuild primaryGuild = null;
		PartialMember member = null;
		PropertyNames.Cursor properties = USER_NAMES.cursor(parser);
		String name;
		while ((name = properties.next()) != null) {
			switch (name) {
				case "id" -> id = snowflake(parser);
				case "username" -> username = string(parser);
				case "discriminator" -> discriminator = string(parser);
				case "global_name" -> globalName = string(parser);
				case "avatar" -> avatar = string(parser);
				case "bot" -> bot = bool(parser);
				case "system" -> system = bool(parser);
				case "mfa_enabled" -> mfaEnabled = bool(parser);
				case "banner" -> banner = string(parser);
				case "accent_color" -> accentColor = integer(parser);
				case "locale" -> locale = string(parser);
				case "verified" -> verified = bool(parser);
				case "email" -> email = string(parser);
				case "flags" -> flags = integer(parser);
				case "premium_type" -> premiumType = integer(parser);
				case "public_flags" -> publicFlags = integer(parser);
				case "avatar_decoration_data" -> avatarDecorationData = nullOr(parser, DECORATIONS);
				case "collectibles" -> collectibles = nullOr(parser, COLLECTIBLES);
				case "primary_guild" -> primaryGuild = nullOr(parser, PRIMARY_GUILDS);
				case "member" -> member = member(parser);
				default -> parser.skipChildren();
			}
		}
		return new User(id, username, discriminator, globalName, avatar, bot, system, mfaEnabled, banner, accentColor,
				locale, verified, email, flags, premiumType, publicFlags, avatarDecorationData, collectibles,
				primaryGuild, member);
	}

	/**
	 * Read a partial member.
	 * @param parser the parser, on the value's first token
	 * @return the member, or {@code null} for JSON {@code null}
	 */
	static PartialMember member(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.START_OBJECT) {
			return (token == JsonToken.VALUE_NULL) ? null : bind(parser, MEMBERS);
		}
		String nick = null;
		String avatar = null;
		String banner = null;
		List<Snowflake> roles = null;
		Instant joinedAt = null;
		Instant premiumSince = null;
		Boolean deaf = null;
		Boolean mute = null;
		Integer flags = null;
		Boolean pending = null;
		Permissions permissions = null;
		Instant communicationDisabledUntil = null;
		User.AvatarDecorationData avatarDecorationData = null;
		PropertyNames.Cursor properties = MEMBER_NAMES.cursor(parser);
		String name;
		while ((name = properties.next()) != null) {
			switch (name) {
				case "nick" -> nick = string(parser);
				case "avatar" -> avatar = string(parser);
				case "banner" -> banner = string(parser);
				case "roles" -> roles = snowflakes(parser);
				case "joined_at" -> joinedAt = instant(parser);
				case "premium_since" -> premiumSince = instant(parser);
				case "deaf" -> deaf = bool(parser);
				case "mute" -> mute = bool(parser);
				case "flags" -> flags = integer(parser);
				case "pending" -> pending = bool(parser);
				case "permissions" -> permissions = nullOr(parser, PERMISSIONS);
				case "communication_disabled_until" -> communicationDisabledUntil = instant(parser);
				case "avatar_decoration_data" -> avatarDecorationData = nullOr(parser, DECORATIONS);
				default -> parser.skipChildren();
			}
		}
		return new PartialMember(nick, avatar, banner, roles, joinedAt, premiumSince, deaf, mute, flags, pending,
				permissions, communicationDisabledUntil, avatarDecorationData);
	}

}
