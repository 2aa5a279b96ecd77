/**
 * Answering interactions safely: {@link dev.serenity.interaction.InteractionResponder} wraps one received
 * interaction with reply, ephemeral reply, defer, follow-up, edit-original and modal helpers over
 * {@link dev.serenity.rest.api.InteractionApi}, allows exactly one initial response (a second one fails with
 * {@link dev.serenity.interaction.InteractionAcknowledgedException}), defers automatically before Discord's
 * 3-second deadline and refuses to use the token after its 15-minute lifetime
 * ({@link dev.serenity.interaction.InteractionExpiredException}). Create responders with
 * {@link dev.serenity.interaction.InteractionResponders}.
 */
package dev.serenity.interaction;
