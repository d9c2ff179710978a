"""Files: access rules, the content-addressed cache, uploads and FileData processing."""
