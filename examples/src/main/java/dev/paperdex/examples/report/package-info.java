/**
 * The HTML report of the {@code papers report} command: {@link dev.paperdex.examples.report.HtmlReport}
 * builds the page, {@link dev.paperdex.examples.report.Chromium} renders it headless for PNGs and tests.
 */
package dev.paperdex.examples.report;
