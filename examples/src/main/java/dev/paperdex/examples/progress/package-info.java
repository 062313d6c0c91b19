/**
 * A progress bar on standard error for commands that read large inputs. {@link
 * dev.paperdex.examples.progress.Progress} counts the bytes read through the stream it wraps and
 * the records a command handles, and is silent unless standard error is a terminal.
 */
package dev.paperdex.examples.progress;
