package dev.serenity.json;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 configuration for Discord's JSON, shared by the gateway, REST and the model.
 *
 * <p>What the {@linkplain #mapper() mapper} does, and why:
 * <ul>
 * <li>Property names are snake_case, so {@code record Message(Snowflake channelId)} binds {@code channel_id}.</li>
 * <li>Unknown properties are ignored: Discord adds fields without notice.</li>
 * <li>{@code null} or absent values for primitives become {@code 0}/{@code false} instead of failing (Jackson 3 fails
 * by default).</li>
 * <li>Trailing tokens are allowed, because the gateway binds {@code d} from the middle of a frame with
 * {@code mapper.readValue(parser, type)} and the rest of the frame ({@code s}, {@code t}) follows it.</li>
 * <li>Enums of the model map values they do not know to {@code UNKNOWN} rather than failing.</li>
 * <li>{@link Snowflake} and {@link Permissions} are written as strings and read from strings or integers;
 * {@link Instant} uses Discord's ISO 8601 form. Bad values fail with a message naming the field.</li>
 * <li>{@code null} properties are left out when writing.</li>
 * <li>Input is bounded, so hostile or broken frames fail with a
 * {@link tools.jackson.core.exc.StreamConstraintsException} instead of exhausting the stack or the heap: nesting
 * deeper than {@value #MAX_NESTING_DEPTH} levels and strings longer than {@value #MAX_STRING_LENGTH} characters are
 * rejected. Numbers keep Jackson's limit of 1000 digits; document length is not limited here (the gateway bounds its
 * frames).</li>
 * </ul>
 *
 * <p>Every failure is a {@link tools.jackson.core.JacksonException}, which is unchecked.
 */
public final class DiscordJson {

	/**
	 * The deepest nesting of arrays and objects accepted. Discord's deepest payloads (components in containers,
	 * sub-command options, audit-log changes) nest fewer than 20 levels; Jackson 3's own default is 500. A lower bound
	 * also keeps recursive binding (a message's {@code referenced_message}, nested components) far from the thread's
	 * stack limit.
	 */
	public static final int MAX_NESTING_DEPTH = 128;

	/**
	 * The longest string value accepted, in characters: 16 MiB worth, so any string a 16 MiB frame could carry.
	 * Discord's longest strings (message content, embeds) are a few thousand characters.
	 */
	public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

	private static final JsonMapper MAPPER = builder().build();

	private DiscordJson() {
	}

	/**
	 * Return the shared mapper. It is immutable and thread-safe.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Return a new builder with this configuration, to derive a mapper with further settings.
	 * @return a builder; changing it does not affect {@link #mapper()}
	 */
	public static JsonMapper.Builder builder() {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_NESTING_DEPTH)
				.maxStringLength(MAX_STRING_LENGTH)
				.build())
			.build();
		return JsonMapper.builder(factory)
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.addModule(module());
	}

	/**
	 * Return a module with the (de)serializers for {@link Snowflake}, {@link Permissions} and {@link Instant}, for a
	 * mapper configured elsewhere (for example through Spring Boot's {@code JsonMapperBuilderCustomizer}). Such a mapper
	 * also needs snake_case naming and lenient unknown-property handling to read the model.
	 * @return a new module
	 */
	public static JacksonModule module() {
		SimpleModule module = new SimpleModule("serenity-discord");
		module.addSerializer(Snowflake.class, new SnowflakeJson.Serializer());
		module.addDeserializer(Snowflake.class, new SnowflakeJson.Deserializer());
		module.addKeySerializer(Snowflake.class, new SnowflakeJson.KeySerializer());
		module.addKeyDeserializer(Snowflake.class, new SnowflakeJson.KeyReader());
		module.addSerializer(Permissions.class, new PermissionsJson.Serializer());
		module.addDeserializer(Permissions.class, new PermissionsJson.Deserializer());
		module.addSerializer(Instant.class, new TimestampJson.Serializer());
		module.addDeserializer(Instant.class, new TimestampJson.Deserializer());
		return module;
	}

}
