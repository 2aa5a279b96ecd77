package dev.serenity.simulator.http;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serenity.simulator.world.WorldJson;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message body as Discord takes it: JSON, or {@code multipart/form-data} with the JSON in {@code payload_json}
 * (or as plain form fields) and files in parts named {@code files[n]}.
 *
 * @param payload the JSON payload
 * @param files the uploaded files, in the order they were sent
 */
public record Multipart(JsonNode payload, List<Upload> files) {

	private static final Pattern FILES = Pattern.compile("files\\[(\\d{1,3})]");

	public Multipart {
		files = List.copyOf(files);
	}

	/**
	 * Decode a {@code multipart/form-data} body with Netty's {@link HttpPostRequestDecoder}.
	 * @param method the request's method
	 * @param headers the request's headers, with the boundary in {@code Content-Type}
	 * @param body the body
	 * @return the payload and files
	 * @throws HttpError 50035 for a malformed body, 50109 for invalid {@code payload_json}
	 */
	static Multipart parse(String method, HttpHeaders headers, byte[] body) {
		DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(method),
				"/", Unpooled.wrappedBuffer(body), headers.copy(), EmptyHttpHeaders.INSTANCE);
		HttpPostRequestDecoder decoder = null;
		try {
			decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request, StandardCharsets.UTF_8);
			ObjectNode fields = WorldJson.object();
			JsonNode payload = null;
			List<Upload> files = new ArrayList<>();
			for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
				if (data instanceof FileUpload upload) {
					files.add(upload(upload, files.size()));
				}
				else if (data instanceof Attribute attribute) {
					if (attribute.getName().equals("payload_json")) {
						payload = HttpCall.parse(attribute.getValue());
					}
					else {
						fields.put(attribute.getName(), attribute.getValue());
					}
				}
			}
			return new Multipart((payload != null) ? payload : formFields(fields), files);
		}
		catch (HttpError ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw HttpError.invalidForm(null, "MULTIPART_INVALID", "Invalid multipart/form-data body: " + ex);
		}
		finally {
			if (decoder != null) {
				decoder.destroy();
			}
			request.release();
		}
	}

	private static Upload upload(FileUpload upload, int position) throws IOException {
		Matcher matcher = FILES.matcher(upload.getName());
		int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : position;
		String type = upload.getContentType();
		if (type == null || type.isBlank() || type.equals("application/octet-stream")) {
			String guessed = URLConnection.guessContentTypeFromName(upload.getFilename());
			type = (guessed != null) ? guessed : type;
		}
		return new Upload(upload.getName(), index, upload.getFilename(), type, upload.get());
	}

	private static JsonNode formFields(ObjectNode fields) {
		ObjectNode payload = WorldJson.object();
		fields.properties().forEach((entry) -> {
			String value = entry.getValue().asString();
			switch (entry.getKey()) {
				case "tts", "enforce_nonce" -> payload.put(entry.getKey(), Boolean.parseBoolean(value));
				case "flags" -> {
					if (value.matches("\\d{1,9}")) {
						payload.put("flags", Integer.parseInt(value));
					}
					else {
						payload.put("flags", value);
					}
				}
				default -> payload.put(entry.getKey(), value);
			}
		});
		return payload;
	}

	/**
	 * An uploaded file.
	 *
	 * @param field the part's name, e.g. {@code files[0]}
	 * @param index the {@code n} of {@code files[n]}, the placeholder id in {@code attachments}
	 * @param filename the part's file name
	 * @param contentType the media type, given or guessed from the name
	 * @param data the bytes
	 */
	public record Upload(String field, int index, String filename, String contentType, byte[] data) {
	}

}
