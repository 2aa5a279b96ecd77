package dev.serenity.model;

import java.util.List;

/**
 * The emojis of an application: the body of {@code GET /applications/{application.id}/emojis}.
 *
 * @param items the emojis; never {@code null}
 */
public record ApplicationEmojis(List<Emoji> items) {

	/**
	 * Create the list.
	 */
	public ApplicationEmojis {
		items = Copies.list(items);
	}

}
