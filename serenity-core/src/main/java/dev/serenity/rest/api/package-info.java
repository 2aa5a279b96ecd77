/**
 * Typed REST endpoints built on {@link dev.serenity.rest.DiscordRest#exchange}: request records that validate their
 * input before anything is sent, and endpoint classes such as {@link dev.serenity.rest.api.MessageApi}.
 */
package dev.serenity.rest.api;
