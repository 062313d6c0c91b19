/**
 * Links in abstract text. The entry type is {@link dev.paperdex.links.LinkFinder}, which finds,
 * cleans and classifies URLs and bare arXiv ids in any string.
 */
package dev.paperdex.links;
