package dev.serenity.boot.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link DiscordListener} method that receives what the cache held before the event changed
 * or removed it: the {@code Message} before a MESSAGE_UPDATE or MESSAGE_DELETE, the {@code Member} before a
 * GUILD_MEMBER_UPDATE or GUILD_MEMBER_REMOVE, the {@code Channel}, {@code Role}, {@code Guild}, {@code Presence},
 * {@code VoiceState} or {@code User} before their updates and deletes, a {@code List} for bulk deletes. The
 * parameter is {@code null} (or an empty {@code Optional} when declared as one) when the cache did not have it or
 * had something of another type.
 *
 * <pre>{@code
 * @DiscordListener
 * void edited(MessageUpdateEvent event, @CachedBefore Optional<Message> before) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedBefore {

}
