package dev.sesref.search;

/**
 * One section of a page's Markdown as search reads it, taken from the parsed body before any
 * citation is linked into it: the heading's anchor and text (both empty for the lead before the
 * first heading) and the section's plain text.
 */
public record BodySection(String anchor, String parent, String heading, String text) {}
