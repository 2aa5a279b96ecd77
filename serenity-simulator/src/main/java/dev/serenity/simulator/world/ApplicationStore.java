package dev.serenity.simulator.world;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current application's fields changed through {@code PATCH /applications/@me}, and its role connection
 * metadata.
 */
public final class ApplicationStore {

	private final ObjectNode changes = WorldJson.object();

	private ArrayNode roleConnectionMetadata = WorldJson.array();

	/**
	 * Return the changed fields.
	 * @return a copy of the fields set so far, by JSON name
	 */
	public synchronized ObjectNode changes() {
		return this.changes.deepCopy();
	}

	/**
	 * Set fields.
	 * @param fields the new values, by JSON name
	 */
	public synchronized void change(ObjectNode fields) {
		this.changes.setAll(fields.deepCopy());
	}

	/**
	 * Return the role connection metadata records.
	 * @return a copy of them
	 */
	public synchronized ArrayNode roleConnectionMetadata() {
		return this.roleConnectionMetadata.deepCopy();
	}

	/**
	 * Replace the role connection metadata records.
	 * @param records the records
	 */
	public synchronized void roleConnectionMetadata(ArrayNode records) {
		this.roleConnectionMetadata = records.deepCopy();
	}

}
