package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;

/**
 * What the message bodies ({@link MessageCreate}, {@link WebhookExecute}, {@link MessageEdit}) and the endpoint
 * families that send them ({@link MessageApi}, {@link WebhookApi}, {@link InteractionApi}) share: the checks of a
 * message, the {@code attachments} of its uploads and the multipart request that carries them.
 */
final class MessageBodies {

	private MessageBodies() {
	}

	/**
	 * Fail when {@code flags} holds a flag outside {@code settable}.
	 * @param flags the flags
	 * @param settable the flags that may be set
	 * @param names the names of the settable flags, as the message lists them
	 */
	static void checkFlags(int flags, int settable, String names) {
		if ((flags & ~settable) != 0) {
			throw new IllegalArgumentException("'flags' may only hold " + names + " but was " + flags);
		}
	}

	/**
	 * Fail when a message would be empty.
	 * @param content the text, or {@code null}
	 * @param nothingElse whether every other part (embeds, files, components, ...) is empty
	 * @param needs what the message names as needed, e.g. {@code "a message needs content, embeds or files"}
	 */
	/** Refuse a field that cannot be used with IS_COMPONENTS_V2, naming it. */
	static void legacy(String field, boolean set) {
		if (set) {
			throw new IllegalArgumentException("'" + field + "' must not be set with IS_COMPONENTS_V2: use text "
					+ "display and container components instead");
		}
	}

	static void requireBody(String content, boolean nothingElse, String needs) {
		if ((content == null || content.isEmpty()) && nothingElse) {
			throw new IllegalArgumentException("'content' must not be empty: " + needs);
		}
	}

	/** An {@code attachments} entry for the upload in part {@code files[index]}. */
	static Map<String, Object> newFile(int index, RestFile file) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", index);
		entry.put("filename", file.filename());
		return entry;
	}

	/** Put {@code attachments} for the uploads, in part order; nothing when there are none. */
	static void putAttachments(Map<String, Object> json, List<RestFile> files) {
		if (!files.isEmpty()) {
			json.put("attachments", newFiles(files));
		}
	}

	/** The {@code attachments} entries of the uploads, in part order. */
	static List<Map<String, Object>> newFiles(List<RestFile> files) {
		List<Map<String, Object>> attachments = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			attachments.add(newFile(i, files.get(i)));
		}
		return attachments;
	}

	/** The request with the files added as multipart parts (unchanged without files). */
	static <T> RestRequest<T> withFiles(RestRequest<T> request, List<RestFile> files) {
		RestRequest<T> withFiles = request;
		for (RestFile file : files) {
			withFiles = withFiles.withFile(file);
		}
		return withFiles;
	}

}
