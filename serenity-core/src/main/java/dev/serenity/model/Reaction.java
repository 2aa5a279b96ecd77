package dev.serenity.model;

import java.util.List;

/**
 * The reactions of one emoji on a message.
 *
 * @param count the total number of reactions, normal and super
 * @param countDetails the counts by kind
 * @param me whether the bot reacted
 * @param meBurst whether the bot super-reacted
 * @param emoji the emoji
 * @param burstColors the colours of super reactions, as {@code "#rrggbb"}; never {@code null}
 */
public record Reaction(Integer count, CountDetails countDetails, Boolean me, Boolean meBurst, Emoji emoji,
		List<String> burstColors) {

	/**
	 * Create a reaction.
	 */
	public Reaction {
		burstColors = Copies.list(burstColors);
	}

	/**
	 * The reaction counts by kind.
	 *
	 * @param burst the number of super reactions
	 * @param normal the number of normal reactions
	 */
	public record CountDetails(Integer burst, Integer normal) {
	}

}
