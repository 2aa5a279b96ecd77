package dev.serenity.simulator.record;

import java.time.Instant;
import java.util.List;

/**
 * A REST request a client made, with the simulator's answer. Never holds the token.
 *
 * @param at when it arrived, on the simulator's clock
 * @param method the HTTP method
 * @param route the matched route, e.g. {@code POST /channels/{channel_id}/messages}, or {@code null} for a path no
 * route matches
 * @param path the path below {@code /api/v10}
 * @param query the raw query string, or {@code null}
 * @param status the answer's status
 * @param limitedBy why the request was refused before it ran: {@code user}, {@code global}, {@code shared} (a 429
 * of that scope) or {@code cloudflare} (the invalid request ban); {@code null} when it ran
 * @param userAgent the {@code User-Agent} header, or {@code null}
 * @param auditLogReason the {@code X-Audit-Log-Reason} header, percent-decoded, or {@code null}
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body the body as text; for {@code multipart/form-data}, the JSON payload
 * @param files the names of uploaded files, as {@code field=filename (bytes)}
 */
public record RestRecord(Instant at, String method, String route, String path, String query, int status,
		String limitedBy, String userAgent, String auditLogReason, String contentType, String body,
		List<String> files) {

	public RestRecord {
		files = List.copyOf(files);
	}

}
