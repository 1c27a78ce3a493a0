"""Reading inputs into articles: discovery and loading (files, JSONL crawls, HTML),
decoding, portal furniture, language identification."""
