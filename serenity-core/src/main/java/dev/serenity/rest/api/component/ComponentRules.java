package dev.serenity.rest.api.component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.model.ComponentType;

/**
 * Discord's rules for the components of a message or modal. Every failure is an {@link IllegalArgumentException}
 * whose message names the field by its path, e.g. {@code components[0].components[2].custom_id}.
 */
public final class ComponentRules {

	/** Most top-level action rows of a message without {@code IS_COMPONENTS_V2}. */
	public static final int MAX_ACTION_ROWS = 5;

	/** Most buttons in an action row. */
	public static final int MAX_ROW_BUTTONS = 5;

	/** Most components of a Components V2 message, nested ones included. */
	public static final int MAX_TOTAL_COMPONENTS = 40;

	/** Most top-level components of a modal. */
	public static final int MAX_MODAL_COMPONENTS = 5;

	/** Most characters of a {@code custom_id}. */
	public static final int MAX_CUSTOM_ID = 100;

	/** Most characters of a button's label. */
	public static final int MAX_BUTTON_LABEL = 80;

	/** Most options of a string select. */
	public static final int MAX_SELECT_OPTIONS = 25;

	/** Most characters of an option's label, value and description. */
	public static final int MAX_OPTION_TEXT = 100;

	/** Most characters of a select's placeholder. */
	public static final int MAX_PLACEHOLDER = 150;

	/** Most values of a select. */
	public static final int MAX_SELECT_VALUES = 25;

	/** Most characters of a label (and of a text input's legacy label). */
	public static final int MAX_LABEL = 45;

	/** Most characters of a label's description. */
	public static final int MAX_LABEL_DESCRIPTION = 100;

	/** Most characters of a text input's value, and the highest length limits. */
	public static final int MAX_TEXT_INPUT_LENGTH = 4000;

	/** Most characters of a text input's placeholder. */
	public static final int MAX_TEXT_INPUT_PLACEHOLDER = 100;

	/** Most text displays of a section. */
	public static final int MAX_SECTION_TEXTS = 3;

	/** Most items of a media gallery. */
	public static final int MAX_GALLERY_ITEMS = 10;

	/** Most characters of a thumbnail's or gallery item's description. */
	public static final int MAX_MEDIA_DESCRIPTION = 1024;

	/** Most characters of all text displays of a message together. */
	public static final int MAX_TEXT_DISPLAY_TOTAL = 4000;

	/** Highest accent colour. */
	public static final int MAX_COLOR = 0xFFFFFF;

	private final boolean modal;

	private final boolean componentsV2;

	private final Set<String> customIds = new HashSet<>();

	private final Set<Integer> ids = new HashSet<>();

	private int total;

	private int textCharacters;

	private ComponentRules(boolean modal, boolean componentsV2) {
		this.modal = modal;
		this.componentsV2 = componentsV2;
	}

	/**
	 * Check the components of a message.
	 * @param components the top-level components
	 * @param componentsV2 whether the message has the {@code IS_COMPONENTS_V2} flag (layout and content components
	 * at the top, up to {@value #MAX_TOTAL_COMPONENTS} in all); without it only up to {@value #MAX_ACTION_ROWS}
	 * action rows
	 * @throws IllegalArgumentException naming the path of the field at fault
	 */
	public static void checkMessage(List<? extends MessageComponent.TopLevel> components, boolean componentsV2) {
		new ComponentRules(false, componentsV2).top(components);
	}

	/**
	 * Check the components of a modal: 1 to {@value #MAX_MODAL_COMPONENTS} labels, text displays or (legacy) action
	 * rows holding one text input.
	 * @param components the top-level components
	 * @throws IllegalArgumentException naming the path of the field at fault
	 */
	public static void checkModal(List<? extends MessageComponent.TopLevel> components) {
		if (components == null || components.isEmpty() || components.size() > MAX_MODAL_COMPONENTS) {
			throw fail("components", "must hold 1 to " + MAX_MODAL_COMPONENTS + " components but has "
					+ ((components != null) ? components.size() : 0));
		}
		new ComponentRules(true, true).top(components);
	}

	/**
	 * Return components as Discord's JSON.
	 * @param components the components
	 * @return the JSON array, as a list of maps
	 */
	public static List<Map<String, Object>> toJson(List<? extends MessageComponent> components) {
		return Json.all(components);
	}

	/**
	 * Return whether a list holds a component that needs {@code IS_COMPONENTS_V2} (anything but action rows).
	 * @param components the top-level components
	 * @return whether one is not an action row
	 */
	public static boolean needsComponentsV2(List<? extends MessageComponent.TopLevel> components) {
		return components != null && components.stream().anyMatch((c) -> c != null && !(c instanceof ActionRow));
	}

	private void top(List<? extends MessageComponent.TopLevel> components) {
		if (components == null) {
			return;
		}
		if (!this.modal && !this.componentsV2 && components.size() > MAX_ACTION_ROWS) {
			throw fail("components", "may hold at most " + MAX_ACTION_ROWS + " action rows but has "
					+ components.size() + " (Components V2 messages hold up to " + MAX_TOTAL_COMPONENTS + ")");
		}
		for (int i = 0; i < components.size(); i++) {
			String path = "components[" + i + "]";
			MessageComponent component = components.get(i);
			if (!this.modal && !this.componentsV2 && component != null && !(component instanceof ActionRow)) {
				throw fail(path, "must be an action row: " + component.type()
						+ " needs the IS_COMPONENTS_V2 flag");
			}
			if (this.modal && component != null && !(component instanceof Label || component instanceof TextDisplay
					|| component instanceof ActionRow)) {
				throw fail(path, "must be a label, text display or action row in a modal, not " + component.type());
			}
			if (!this.modal && component instanceof Label) {
				throw fail(path, "must not be a label: labels are for modals");
			}
			component(path, component);
		}
		if (!this.modal && this.componentsV2 && this.total > MAX_TOTAL_COMPONENTS) {
			throw fail("components", "may hold at most " + MAX_TOTAL_COMPONENTS + " components in all but has "
					+ this.total);
		}
		if (this.textCharacters > MAX_TEXT_DISPLAY_TOTAL) {
			throw fail("components", "text displays may have at most " + MAX_TEXT_DISPLAY_TOTAL
					+ " characters together but have " + this.textCharacters);
		}
	}

	private void component(String path, MessageComponent component) {
		if (component == null) {
			throw fail(path, "must not be null");
		}
		this.total++;
		if (component.id() != null) {
			if (component.id() < 0) {
				throw fail(path + ".id", "must not be negative but was " + component.id());
			}
			if (!this.ids.add(component.id())) {
				throw fail(path + ".id", "repeats " + component.id() + ": ids must be unique");
			}
		}
		if (component instanceof ActionRow row) {
			row(path, row);
		}
		else if (component instanceof Button button) {
			button(path, button);
		}
		else if (component instanceof StringSelect select) {
			stringSelect(path, select);
		}
		else if (component instanceof EntitySelect select) {
			entitySelect(path, select);
		}
		else if (component instanceof TextInput input) {
			textInput(path, input);
		}
		else if (component instanceof Section section) {
			section(path, section);
		}
		else if (component instanceof TextDisplay text) {
			this.textCharacters += required(path + ".content", text.content(), MAX_TEXT_DISPLAY_TOTAL);
		}
		else if (component instanceof Thumbnail thumbnail) {
			media(path + ".media", thumbnail.media(), false);
			optional(path + ".description", thumbnail.description(), MAX_MEDIA_DESCRIPTION);
		}
		else if (component instanceof MediaGallery gallery) {
			gallery(path, gallery);
		}
		else if (component instanceof FileDisplay file) {
			media(path + ".file", file.file(), true);
		}
		else if (component instanceof Separator separator) {
			if (separator.spacing() != Separator.SMALL && separator.spacing() != Separator.LARGE) {
				throw fail(path + ".spacing", "must be 1 (small) or 2 (large) but was " + separator.spacing());
			}
		}
		else if (component instanceof Container container) {
			container(path, container);
		}
		else if (component instanceof Label label) {
			required(path + ".label", label.label(), MAX_LABEL);
			optional(path + ".description", label.description(), MAX_LABEL_DESCRIPTION);
			component(path + ".component", label.component());
		}
	}

	private void row(String path, ActionRow row) {
		List<MessageComponent.RowChild> children = row.components();
		if (children.isEmpty() || children.size() > MAX_ROW_BUTTONS) {
			throw fail(path + ".components", "must hold 1 to " + MAX_ROW_BUTTONS + " components but has "
					+ children.size());
		}
		for (int i = 0; i < children.size(); i++) {
			String at = path + ".components[" + i + "]";
			MessageComponent child = children.get(i);
			if (child != null && !(child instanceof Button) && children.size() > 1) {
				throw fail(at, "exceeds the width of the row: a " + child.type() + " fills a row alone");
			}
			if (child instanceof TextInput && !this.modal) {
				throw fail(at, "must not be a text input: text inputs are for modals");
			}
			if (this.modal && child != null && !(child instanceof TextInput)) {
				throw fail(at, "must be a text input in a modal's action row, not " + child.type());
			}
			if (child instanceof TextInput input && input.label() == null) {
				throw fail(at + ".label", "must be set for a text input in an action row (or use a Label)");
			}
			component(at, child);
		}
	}

	private void button(String path, Button button) {
		if (button.style() == null) {
			throw fail(path + ".style", "must not be null");
		}
		optional(path + ".label", button.label(), MAX_BUTTON_LABEL);
		switch (button.style()) {
			case LINK -> {
				absent(path + ".custom_id", button.customId(), "a link button");
				absent(path + ".sku_id", button.skuId(), "a link button");
				String url = button.url();
				if (url == null || !(url.startsWith("https://") || url.startsWith("http://")
						|| url.startsWith("discord://"))) {
					throw fail(path + ".url", "must be an http(s) or discord URL for a link button but was " + url);
				}
				required(path + ".url", url, 512);
			}
			case PREMIUM -> {
				if (button.skuId() == null) {
					throw fail(path + ".sku_id", "must be set for a premium button");
				}
				absent(path + ".custom_id", button.customId(), "a premium button");
				absent(path + ".label", button.label(), "a premium button");
				absent(path + ".url", button.url(), "a premium button");
				absent(path + ".emoji", button.emoji(), "a premium button");
			}
			default -> {
				customId(path, button.customId());
				absent(path + ".url", button.url(), "a " + button.style() + " button");
				absent(path + ".sku_id", button.skuId(), "a " + button.style() + " button");
			}
		}
		if (button.style() != Button.Style.PREMIUM && (button.label() == null || button.label().isEmpty())
				&& button.emoji() == null) {
			throw fail(path + ".label", "must be set (or an emoji) for a " + button.style() + " button");
		}
	}

	private void stringSelect(String path, StringSelect select) {
		customId(path, select.customId());
		optional(path + ".placeholder", select.placeholder(), MAX_PLACEHOLDER);
		List<StringSelect.Option> options = select.options();
		if (options.isEmpty() || options.size() > MAX_SELECT_OPTIONS) {
			throw fail(path + ".options", "must hold 1 to " + MAX_SELECT_OPTIONS + " options but has "
					+ options.size());
		}
		Set<String> values = new HashSet<>();
		int defaults = 0;
		for (int i = 0; i < options.size(); i++) {
			String at = path + ".options[" + i + "]";
			StringSelect.Option option = options.get(i);
			if (option == null) {
				throw fail(at, "must not be null");
			}
			required(at + ".label", option.label(), MAX_OPTION_TEXT);
			required(at + ".value", option.value(), MAX_OPTION_TEXT);
			optional(at + ".description", option.description(), MAX_OPTION_TEXT);
			if (!values.add(option.value())) {
				throw fail(at + ".value", "repeats '" + option.value() + "': option values must be unique");
			}
			defaults += option.isDefault() ? 1 : 0;
		}
		int max = values(path, select.minValues(), select.maxValues());
		if (defaults > max) {
			throw fail(path + ".options", "has " + defaults + " default options but max_values is " + max);
		}
	}

	private void entitySelect(String path, EntitySelect select) {
		if (select.type() == null || !EntitySelect.TYPES.contains(select.type())) {
			throw fail(path + ".type", "must be a user, role, mentionable or channel select but was "
					+ select.type());
		}
		customId(path, select.customId());
		optional(path + ".placeholder", select.placeholder(), MAX_PLACEHOLDER);
		if (!select.channelTypes().isEmpty() && select.type() != ComponentType.CHANNEL_SELECT) {
			throw fail(path + ".channel_types", "is only for channel selects");
		}
		for (int i = 0; i < select.channelTypes().size(); i++) {
			if (select.channelTypes().get(i) == null) {
				throw fail(path + ".channel_types[" + i + "]", "must not be null");
			}
		}
		int max = values(path, select.minValues(), select.maxValues());
		List<EntitySelect.DefaultValue> defaults = select.defaultValues();
		if (defaults.size() > max) {
			throw fail(path + ".default_values", "has " + defaults.size() + " entries but max_values is " + max);
		}
		Set<String> allowed = switch (select.type()) {
			case USER_SELECT -> Set.of("user");
			case ROLE_SELECT -> Set.of("role");
			case MENTIONABLE_SELECT -> Set.of("user", "role");
			default -> Set.of("channel");
		};
		for (int i = 0; i < defaults.size(); i++) {
			String at = path + ".default_values[" + i + "]";
			EntitySelect.DefaultValue value = defaults.get(i);
			if (value == null || value.id() == null || value.id().value() <= 0) {
				throw fail(at + ".id", "must be a valid snowflake");
			}
			if (!allowed.contains(value.type())) {
				throw fail(at + ".type", "must be one of " + allowed + " for a " + select.type() + " but was "
						+ value.type());
			}
		}
	}

	/** Check min/max values and return the effective maximum. */
	private static int values(String path, Integer minValues, Integer maxValues) {
		if (minValues != null && (minValues < 0 || minValues > MAX_SELECT_VALUES)) {
			throw fail(path + ".min_values", "must be 0 to " + MAX_SELECT_VALUES + " but was " + minValues);
		}
		if (maxValues != null && (maxValues < 1 || maxValues > MAX_SELECT_VALUES)) {
			throw fail(path + ".max_values", "must be 1 to " + MAX_SELECT_VALUES + " but was " + maxValues);
		}
		int min = (minValues != null) ? minValues : 1;
		int max = (maxValues != null) ? maxValues : 1;
		if (min > max) {
			throw fail(path + ".min_values", "must not exceed max_values (" + max + ") but was " + min);
		}
		return max;
	}

	private void textInput(String path, TextInput input) {
		customId(path, input.customId());
		if (input.style() != TextInput.SHORT && input.style() != TextInput.PARAGRAPH) {
			throw fail(path + ".style", "must be 1 (short) or 2 (paragraph) but was " + input.style());
		}
		optional(path + ".label", input.label(), MAX_LABEL);
		if (input.minLength() != null && (input.minLength() < 0 || input.minLength() > MAX_TEXT_INPUT_LENGTH)) {
			throw fail(path + ".min_length", "must be 0 to " + MAX_TEXT_INPUT_LENGTH + " but was " + input.minLength());
		}
		if (input.maxLength() != null && (input.maxLength() < 1 || input.maxLength() > MAX_TEXT_INPUT_LENGTH)) {
			throw fail(path + ".max_length", "must be 1 to " + MAX_TEXT_INPUT_LENGTH + " but was " + input.maxLength());
		}
		if (input.minLength() != null && input.maxLength() != null && input.minLength() > input.maxLength()) {
			throw fail(path + ".min_length", "must not exceed max_length (" + input.maxLength() + ")");
		}
		optional(path + ".value", input.value(), MAX_TEXT_INPUT_LENGTH);
		optional(path + ".placeholder", input.placeholder(), MAX_TEXT_INPUT_PLACEHOLDER);
	}

	private void section(String path, Section section) {
		if (section.components().isEmpty() || section.components().size() > MAX_SECTION_TEXTS) {
			throw fail(path + ".components", "must hold 1 to " + MAX_SECTION_TEXTS + " text displays but has "
					+ section.components().size());
		}
		for (int i = 0; i < section.components().size(); i++) {
			component(path + ".components[" + i + "]", section.components().get(i));
		}
		if (section.accessory() == null) {
			throw fail(path + ".accessory", "must be a thumbnail or a button");
		}
		component(path + ".accessory", section.accessory());
	}

	private void gallery(String path, MediaGallery gallery) {
		if (gallery.items().isEmpty() || gallery.items().size() > MAX_GALLERY_ITEMS) {
			throw fail(path + ".items", "must hold 1 to " + MAX_GALLERY_ITEMS + " items but has "
					+ gallery.items().size());
		}
		for (int i = 0; i < gallery.items().size(); i++) {
			String at = path + ".items[" + i + "]";
			MediaGallery.Item item = gallery.items().get(i);
			if (item == null) {
				throw fail(at, "must not be null");
			}
			media(at + ".media", item.media(), false);
			optional(at + ".description", item.description(), MAX_MEDIA_DESCRIPTION);
		}
	}

	private void container(String path, Container container) {
		if (container.components().isEmpty()) {
			throw fail(path + ".components", "must hold at least one component");
		}
		if (container.accentColor() != null && (container.accentColor() < 0 || container.accentColor() > MAX_COLOR)) {
			throw fail(path + ".accent_color", "must be an RGB colour 0 to 0xFFFFFF but was "
					+ container.accentColor());
		}
		for (int i = 0; i < container.components().size(); i++) {
			component(path + ".components[" + i + "]", container.components().get(i));
		}
	}

	private static void media(String path, MediaItem media, boolean attachmentOnly) {
		if (media == null || media.url() == null || media.url().isBlank()) {
			throw fail(path + ".url", "must be set");
		}
		if (attachmentOnly && !media.isAttachment()) {
			throw fail(path + ".url", "must be an attachment://filename reference but was " + media.url());
		}
		if (!media.isAttachment() && !media.url().startsWith("https://") && !media.url().startsWith("http://")) {
			throw fail(path + ".url", "must be an http(s) URL or attachment://filename but was " + media.url());
		}
	}

	private void customId(String path, String customId) {
		required(path + ".custom_id", customId, MAX_CUSTOM_ID);
		if (!this.customIds.add(customId)) {
			throw fail(path + ".custom_id", "repeats '" + customId + "': custom ids must be unique");
		}
	}

	private static int required(String path, String value, int max) {
		if (value == null || value.isEmpty()) {
			throw fail(path, "must have 1 to " + max + " characters but is empty");
		}
		return optional(path, value, max);
	}

	private static int optional(String path, String value, int max) {
		if (value == null) {
			return 0;
		}
		int length = value.codePointCount(0, value.length());
		if (length > max) {
			throw fail(path, "must have at most " + max + " characters but has " + length);
		}
		return length;
	}

	private static void absent(String path, Object value, String what) {
		if (value != null) {
			throw fail(path, "must not be set for " + what);
		}
	}

	private static IllegalArgumentException fail(String path, String problem) {
		return new IllegalArgumentException("'" + path + "' " + problem);
	}

}
