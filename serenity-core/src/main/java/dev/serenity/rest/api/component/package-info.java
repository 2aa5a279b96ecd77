/**
 * Request-side message and modal components: typed builders for action rows, buttons, selects, text inputs and the
 * Components V2 layout and content components, serialized as Discord's JSON and checked by {@link
 * dev.serenity.rest.api.component.ComponentRules} with the path of the field at fault.
 */
package dev.serenity.rest.api.component;
