package dev.serenity.rest;

import java.util.List;
import java.util.Map;

import dev.serenity.model.Message;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RestRequest}: bad input fails when the request is built, naming the field.
 */
class RestRequestTests {

	private static final Route POST = Route.post("/channels/{channel.id}/messages", 1);

	@Test
	void aFileWithAnInvalidContentTypeIsRejectedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RestFile("a.png", new byte[1], "not a type"))
			.withMessageContaining("'contentType'")
			.withMessageContaining("not a type");
		assertThat(new RestFile("a.png", new byte[1], "image/png").contentType()).isEqualTo("image/png");
	}

	@Test
	void auditLogReasonIsUrlEncodedWithSpacesAsPercentTwenty() {
		RestRequest<Void> request = RestRequest.of(Route.delete("/channels/{channel.id}", 1))
			.withAuditLogReason("Spam & abuse: é/ü + more");
		assertThat(request.auditLogReason()).isEqualTo("Spam & abuse: é/ü + more");
		assertThat(request.encodedAuditLogReason())
			.isEqualTo("Spam%20%26%20abuse%3A%20%C3%A9%2F%C3%BC%20%2B%20more");
	}

	@Test
	void auditLogReasonMustHaveOneTo512Characters() {
		RestRequest<Void> request = RestRequest.of(Route.delete("/channels/{channel.id}", 1));
		assertThat(request.withAuditLogReason("é".repeat(512)).auditLogReason()).hasSize(512);
		assertThat(request.withAuditLogReason("😀".repeat(512)).auditLogReason()).as("counted in characters")
			.hasSize(1024);
		assertThatIllegalArgumentException().isThrownBy(() -> request.withAuditLogReason("x".repeat(513)))
			.withMessageContaining("'auditLogReason' must have at most 512 characters but has 513");
		assertThatIllegalArgumentException().isThrownBy(() -> request.withAuditLogReason("  "))
			.withMessageContaining("'auditLogReason' must not be blank");
		assertThat(request.withAuditLogReason("x").withAuditLogReason(null).auditLogReason()).isNull();
	}

	@Test
	void getRequestsTakeNoBodyAndNoFiles() {
		RestRequest<Message> get = RestRequest.of(Route.get("/channels/{channel.id}/messages/{message.id}", 1, 2),
				Message.class);
		assertThatIllegalArgumentException().isThrownBy(() -> get.withBody(Map.of("content", "x")))
			.withMessageContaining("'body'");
		assertThatIllegalArgumentException().isThrownBy(() -> get.withFile(RestFile.of("a.txt", new byte[1])))
			.withMessageContaining("'files'");
	}

	@Test
	void filesAreNumberedInOrderAndLimited() {
		RestRequest<Message> request = RestRequest.of(POST, Message.class).withBody(Map.of("content", "x"));
		for (int i = 0; i < RestRequest.MAX_FILES; i++) {
			request = request.withFile(RestFile.of("file" + i + ".txt", new byte[] { (byte) i }));
		}
		assertThat(request.multipart()).isTrue();
		assertThat(request.files()).extracting(RestFile::filename).startsWith("file0.txt", "file1.txt");
		RestRequest<Message> full = request;
		assertThatIllegalArgumentException().isThrownBy(() -> full.withFile(RestFile.of("one-more.txt", new byte[0])))
			.withMessageContaining("'files' may hold at most 10");
	}

	@Test
	void fileNamesMustBePlain() {
		assertThatIllegalArgumentException().isThrownBy(() -> RestFile.of(" ", new byte[0]))
			.withMessageContaining("'filename' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> RestFile.of("../etc/passwd", new byte[0]))
			.withMessageContaining("'filename'");
		assertThatIllegalArgumentException().isThrownBy(() -> RestFile.of("a\nb.txt", new byte[0]))
			.withMessageContaining("'filename'");
		assertThat(RestFile.of("a.png", new byte[3]).contentType()).isEqualTo(RestFile.DEFAULT_CONTENT_TYPE);
		assertThat(RestFile.of("a.png", new byte[3])).hasToString("RestFile[a.png, application/octet-stream, 3 bytes]");
	}

	@Test
	void queryParametersKeepTheirOrderAndReplaceByName() {
		RestRequest<List<Message>> request = RestRequest
			.of(Route.get("/channels/{channel.id}/messages", 1), new TypeReference<List<Message>>() {
			})
			.withQuery("limit", 50)
			.withQuery("before", 99)
			.withQuery("limit", 10);
		assertThat(request.query()).containsExactly(Map.entry("limit", "10"), Map.entry("before", "99"));
		assertThat(request.responseType().getTypeName()).isEqualTo("java.util.List<dev.serenity.model.Message>");
		assertThatIllegalArgumentException().isThrownBy(() -> request.withQuery("limit", null))
			.withMessageContaining("'limit'");
	}

	@Test
	void requestsAreImmutable() {
		RestRequest<Message> plain = RestRequest.of(POST, Message.class);
		RestRequest<Message> withBody = plain.withBody(Map.of("content", "x"));
		assertThat(plain.body()).isNull();
		assertThat(withBody.body()).isEqualTo(Map.of("content", "x"));
		assertThat(withBody.toString()).isEqualTo("RestRequest[POST /channels/{channel.id}/messages, body=true, "
				+ "files=0, auditLogReason=false]");
		assertThat(RestRequest.of(POST).responseType()).isEqualTo(Void.class);
	}

}
