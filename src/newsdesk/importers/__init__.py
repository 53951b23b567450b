"""Bringing copy in: Word, HTML, Markdown, plain text and captured web pages."""
