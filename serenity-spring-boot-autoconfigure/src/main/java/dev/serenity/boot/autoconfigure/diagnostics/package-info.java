/**
 * Failure analyzers of the Discord auto-configuration: what to change when a bot fails to start.
 */
package dev.serenity.boot.autoconfigure.diagnostics;
