package dev.serenity.model;

import java.util.List;

/**
 * A pack of standard stickers: the body of {@code GET /sticker-packs/{pack.id}}.
 *
 * @param id the pack's id
 * @param stickers the stickers; never {@code null}
 * @param name the name
 * @param skuId the pack's SKU
 * @param coverStickerId the sticker shown as the pack's icon, or {@code null}
 * @param description the description
 * @param bannerAssetId the banner image, or {@code null}
 */
public record StickerPack(Snowflake id, List<Sticker> stickers, String name, Snowflake skuId, Snowflake coverStickerId,
		String description, Snowflake bannerAssetId) {

	/**
	 * Create a pack.
	 */
	public StickerPack {
		stickers = Copies.list(stickers);
	}

}
