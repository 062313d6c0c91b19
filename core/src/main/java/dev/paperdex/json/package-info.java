/**
 * JSON and JSON Lines for every paperdex value. The entry type is {@link
 * dev.paperdex.json.PaperdexJson}, which hands out the one configured {@code ObjectMapper}.
 */
package dev.paperdex.json;
