package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.api.ReactionEmoji;

/**
 * A button, in an {@link ActionRow} or as a {@link Section}'s accessory. Primary, secondary, success and danger
 * buttons need a {@code custom_id}; link buttons a {@code url}; premium buttons a {@code sku_id} and nothing else.
 *
 * <pre>{@code
 * ActionRow.of(Button.primary("accept", "Accept"), Button.link("https://example.com", "Docs"))
 * }</pre>
 *
 * @param id the optional numeric id, or {@code null}
 * @param style the style
 * @param label the text, at most {@value ComponentRules#MAX_BUTTON_LABEL} characters, or {@code null}
 * @param emoji the emoji, or {@code null}
 * @param customId the id sent back in the interaction, at most {@value ComponentRules#MAX_CUSTOM_ID} characters
 * @param skuId the SKU of a premium button
 * @param url the URL of a link button
 * @param disabled whether the button is disabled
 */
public record Button(Integer id, Style style, String label, ReactionEmoji emoji, String customId, Snowflake skuId,
		String url, boolean disabled) implements MessageComponent.RowChild, MessageComponent.Accessory {

	/**
	 * Return a primary (blurple) button.
	 * @param customId the custom id
	 * @param label the text
	 * @return the button
	 */
	public static Button primary(String customId, String label) {
		return new Button(null, Style.PRIMARY, label, null, customId, null, null, false);
	}

	/**
	 * Return a secondary (grey) button.
	 * @param customId the custom id
	 * @param label the text
	 * @return the button
	 */
	public static Button secondary(String customId, String label) {
		return new Button(null, Style.SECONDARY, label, null, customId, null, null, false);
	}

	/**
	 * Return a success (green) button.
	 * @param customId the custom id
	 * @param label the text
	 * @return the button
	 */
	public static Button success(String customId, String label) {
		return new Button(null, Style.SUCCESS, label, null, customId, null, null, false);
	}

	/**
	 * Return a danger (red) button.
	 * @param customId the custom id
	 * @param label the text
	 * @return the button
	 */
	public static Button danger(String customId, String label) {
		return new Button(null, Style.DANGER, label, null, customId, null, null, false);
	}

	/**
	 * Return a link button; it sends no interaction.
	 * @param url the URL opened
	 * @param label the text
	 * @return the button
	 */
	public static Button link(String url, String label) {
		return new Button(null, Style.LINK, label, null, null, null, url, false);
	}

	/**
	 * Return a premium button that offers an SKU for purchase.
	 * @param skuId the SKU
	 * @return the button
	 */
	public static Button premium(Snowflake skuId) {
		return new Button(null, Style.PREMIUM, null, null, null, skuId, null, false);
	}

	/**
	 * Return a copy with an emoji.
	 * @param emoji the emoji
	 * @return the button
	 */
	public Button withEmoji(ReactionEmoji emoji) {
		return new Button(this.id, this.style, this.label, emoji, this.customId, this.skuId, this.url, this.disabled);
	}

	/**
	 * Return a copy that is disabled or enabled.
	 * @param disabled whether it is disabled
	 * @return the button
	 */
	public Button withDisabled(boolean disabled) {
		return new Button(this.id, this.style, this.label, this.emoji, this.customId, this.skuId, this.url, disabled);
	}

	/**
	 * Return a copy with a numeric id.
	 * @param id the id
	 * @return the button
	 */
	public Button withId(Integer id) {
		return new Button(id, this.style, this.label, this.emoji, this.customId, this.skuId, this.url, this.disabled);
	}

	@Override
	public ComponentType type() {
		return ComponentType.BUTTON;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("style", (this.style != null) ? this.style.value() : null);
		Json.put(json, "label", this.label);
		Json.put(json, "emoji", Json.emoji(this.emoji));
		Json.put(json, "custom_id", this.customId);
		Json.put(json, "sku_id", (this.skuId != null) ? Long.toString(this.skuId.value()) : null);
		Json.put(json, "url", this.url);
		if (this.disabled) {
			json.put("disabled", true);
		}
		return json;
	}

	/** The style of a button, which also decides its required field. */
	public enum Style {

		/** Blurple; needs {@code custom_id}. */
		PRIMARY(1),

		/** Grey; needs {@code custom_id}. */
		SECONDARY(2),

		/** Green; needs {@code custom_id}. */
		SUCCESS(3),

		/** Red; needs {@code custom_id}. */
		DANGER(4),

		/** Opens {@code url}. */
		LINK(5),

		/** Offers {@code sku_id} for purchase. */
		PREMIUM(6);

		private final int value;

		Style(int value) {
			this.value = value;
		}

		/**
		 * Return Discord's value.
		 * @return the value
		 */
		public int value() {
			return this.value;
		}

	}

}
