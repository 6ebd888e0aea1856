"""Article intake: read a text, find every printed figure and statement, draft data rows."""
