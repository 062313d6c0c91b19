/**
 * JSON and JSON Lines for every paperdex value. The entry types are {@link
 * dev.paperdex.json.PaperdexJson}, which hands out the one configured {@code ObjectMapper}, and
 * {@link dev.paperdex.json.PaperdexModule}, the Jackson module to register in a mapper of your own.
 */
package dev.paperdex.json;
