package dev.serenity.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that decoding loses nothing the model maps: the record is written back to JSON with
 * {@link DiscordJson#mapper()} and compared with the original JSON, guided by the record types. Every property a
 * record maps (its components, by snake_case or {@link JsonProperty} name) that is present and not {@code null} in
 * the original must be present and equal after the round trip. Numbers compare numerically, snowflakes and
 * permissions by value, timestamps as instants and enums by their JSON value. Properties the model does not map are
 * collected, not failed.
 */
public final class JsonRoundTrip {

	private static final SnakeCase SNAKE_CASE = new SnakeCase();

	private final List<String> failures = new ArrayList<>();

	private final Set<String> unmapped = new LinkedHashSet<>();

	private int checked;

	private JsonRoundTrip() {
	}

	/**
	 * Assert that no mapped field of the original JSON is lost by decoding it into a record.
	 * @param original the original JSON
	 * @param record the decoded record
	 * @return the comparison, for its {@linkplain #unmapped() unmapped properties}
	 */
	public static JsonRoundTrip assertNoMappedFieldLost(JsonNode original, Object record) {
		JsonRoundTrip comparison = compare(original, record);
		assertThat(comparison.failures).as("mapped fields lost or changed by decoding %s", record.getClass().getName())
			.isEmpty();
		assertThat(comparison.checked).as("number of mapped fields checked").isPositive();
		return comparison;
	}

	/**
	 * Compare without asserting.
	 * @param original the original JSON
	 * @param record the decoded record
	 * @return the comparison
	 */
	public static JsonRoundTrip compare(JsonNode original, Object record) {
		JsonRoundTrip comparison = new JsonRoundTrip();
		JsonNode written = DiscordJson.mapper().valueToTree(record);
		comparison.compare("$", original, written, record.getClass());
		return comparison;
	}

	/**
	 * Return the differences found.
	 * @return one line per lost or changed field
	 */
	public List<String> failures() {
		return this.failures;
	}

	/**
	 * Return the properties of the original that the model does not map, such as {@code $.d._trace}.
	 * @return their paths, array indexes written as {@code []}
	 */
	public Set<String> unmapped() {
		return this.unmapped;
	}

	private void compare(String path, JsonNode original, JsonNode written, Type type) {
		if (original == null || original.isNull() || original.isMissingNode()) {
			return;
		}
		if (written == null || written.isNull() || written.isMissingNode()) {
			this.failures.add(path + ": lost (was " + abbreviate(original) + ")");
			return;
		}
		this.checked++;
		Class<?> raw = rawClass(type);
		if (raw == Snowflake.class) {
			expectEqual(path, unsignedText(original), unsignedText(written), original, written);
		}
		else if (raw == Permissions.class) {
			expectEqual(path, unsignedText(original), unsignedText(written), original, written);
		}
		else if (raw == Instant.class) {
			expectEqual(path, instant(original), instant(written), original, written);
		}
		else if (JsonNode.class.isAssignableFrom(raw)) {
			if (!sameJson(original, written)) {
				this.failures.add(path + ": " + abbreviate(original) + " became " + abbreviate(written));
			}
		}
		else if (Collection.class.isAssignableFrom(raw)) {
			compareArray(path, original, written, typeArgument(type, 0));
		}
		else if (Map.class.isAssignableFrom(raw)) {
			compareMap(path, original, written, typeArgument(type, 1));
		}
		else if (raw.isRecord()) {
			compareRecord(path, original, written, raw);
		}
		else if (!sameScalar(original, written)) {
			this.failures.add(path + ": " + abbreviate(original) + " became " + abbreviate(written));
		}
	}

	private void compareRecord(String path, JsonNode original, JsonNode written, Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		for (RecordComponent component : components) {
			if (component.getAccessor().isAnnotationPresent(JsonValue.class)) {
				compare(path, original, written, component.getGenericType());
				return;
			}
		}
		if (!original.isObject() || !written.isObject()) {
			this.failures.add(path + ": expected objects for " + type.getSimpleName() + ", was "
					+ abbreviate(original) + " and " + abbreviate(written));
			return;
		}
		Set<String> mapped = new LinkedHashSet<>();
		for (RecordComponent component : components) {
			String name = jsonName(component);
			mapped.add(name);
			compare(path + "." + name, original.get(name), written.get(name), component.getGenericType());
		}
		for (String name : original.propertyNames()) {
			if (!mapped.contains(name)) {
				this.unmapped.add((path + "." + name).replaceAll("\\[\\d+]", "[]"));
			}
		}
	}

	private void compareArray(String path, JsonNode original, JsonNode written, Type elementType) {
		if (!original.isArray() || !written.isArray()) {
			this.failures.add(path + ": expected arrays, was " + abbreviate(original) + " and " + abbreviate(written));
			return;
		}
		List<JsonNode> elements = new ArrayList<>();
		for (JsonNode element : original.values()) {
			if (!element.isNull()) {
				elements.add(element);
			}
		}
		if (elements.size() != written.size()) {
			this.failures.add(path + ": " + elements.size() + " elements became " + written.size());
			return;
		}
		for (int i = 0; i < elements.size(); i++) {
			compare(path + "[" + i + "]", elements.get(i), written.get(i), elementType);
		}
	}

	private void compareMap(String path, JsonNode original, JsonNode written, Type valueType) {
		if (!original.isObject() || !written.isObject()) {
			this.failures.add(path + ": expected objects, was " + abbreviate(original) + " and " + abbreviate(written));
			return;
		}
		for (Map.Entry<String, JsonNode> entry : original.properties()) {
			compare(path + "." + entry.getKey(), entry.getValue(), written.get(entry.getKey()), valueType);
		}
	}

	private void expectEqual(String path, Object originalValue, Object writtenValue, JsonNode original,
			JsonNode written) {
		if (originalValue == null || !originalValue.equals(writtenValue)) {
			this.failures.add(path + ": " + abbreviate(original) + " became " + abbreviate(written));
		}
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		if (property != null && !property.value().isEmpty()) {
			return property.value();
		}
		return SNAKE_CASE.apply(component.getName());
	}

	private static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> cls) {
			return cls;
		}
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		throw new IllegalArgumentException("Unsupported type in the model: " + type);
	}

	private static Type typeArgument(Type type, int index) {
		if (type instanceof ParameterizedType parameterized) {
			return parameterized.getActualTypeArguments()[index];
		}
		throw new IllegalArgumentException("Raw collection type in the model: " + type);
	}

	private static BigInteger unsignedText(JsonNode node) {
		try {
			return node.isIntegralNumber() ? node.bigIntegerValue() : new BigInteger(node.asString());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Instant instant(JsonNode node) {
		if (node.isIntegralNumber()) {
			return Instant.ofEpochMilli(node.longValue());
		}
		try {
			return TimestampJson.parse(node.asString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean sameScalar(JsonNode original, JsonNode written) {
		if (original.isNumber() && written.isNumber()) {
			return original.decimalValue().compareTo(written.decimalValue()) == 0;
		}
		if (original.isValueNode() && written.isValueNode()) {
			return original.asString().equals(written.asString());
		}
		return sameJson(original, written);
	}

	private static boolean sameJson(JsonNode original, JsonNode written) {
		if (original.isNumber() && written.isNumber()) {
			return original.decimalValue().compareTo(written.decimalValue()) == 0;
		}
		if (original.isArray() && written.isArray()) {
			if (original.size() != written.size()) {
				return false;
			}
			for (int i = 0; i < original.size(); i++) {
				if (!sameJson(original.get(i), written.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (original.isObject() && written.isObject()) {
			if (!new HashSet<>(original.propertyNames()).equals(new HashSet<>(written.propertyNames()))) {
				return false;
			}
			for (String name : original.propertyNames()) {
				if (!sameJson(original.get(name), written.get(name))) {
					return false;
				}
			}
			return true;
		}
		return original.equals(written);
	}

	private static String abbreviate(JsonNode node) {
		String text = String.valueOf(node);
		return (text.length() <= 80) ? text : text.substring(0, 80) + "...";
	}

	/**
	 * Jackson's own snake_case translation, so names match the mapper's exactly.
	 */
	private static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {

		String apply(String name) {
			return translate(name);
		}

	}

}
