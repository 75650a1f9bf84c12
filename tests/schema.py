"""The published schema of comparison.json (version 1), as documented in the README."""

SOURCE_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}
NULLABLE_TEXT = {"type": ["string", "null"]}

COMPARISON_SCHEMA = {
    "type": "object",
    "required": ["schema", "event", "sources", "sentences", "matches", "facts"],
    "properties": {
        "schema": {"const": 1},
        "event": {
            "type": "object",
            "required": ["slug", "title", "date"],
            "properties": {
                "slug": SOURCE_ID,
                "title": {"type": "string", "minLength": 1},
                "date": NULLABLE_TEXT,
            },
        },
        "sources": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "name", "title", "url", "author", "published", "words"],
                "properties": {
                    "id": SOURCE_ID,
                    "name": {"type": "string", "minLength": 1},
                    "title": {"type": "string", "minLength": 1},
                    "url": NULLABLE_TEXT,
                    "author": NULLABLE_TEXT,
                    "published": NULLABLE_TEXT,
                    "words": {"type": "integer", "minimum": 0},
                },
            },
        },
        "sentences": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}},
        },
        "matches": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["sentences", "kind", "score"],
                "properties": {
                    "sentences": {
                        "type": "object",
                        "minProperties": 2,
                        "additionalProperties": {"type": "integer", "minimum": 0},
                    },
                    "kind": {"enum": ["same", "reworded", "split", "moved"]},
                    "score": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
        "facts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "kind", "text", "sources", "context", "sentence"],
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"enum": ["claim", "detail", "conflict"]},
                    "text": {"type": "string", "minLength": 1},
                    "sources": {"type": "array", "minItems": 1, "items": SOURCE_ID},
                    "context": {"type": "string", "minLength": 1},
                    "sentence": {
                        "type": "object",
                        "minProperties": 1,
                        "additionalProperties": {"type": "integer", "minimum": 0},
                    },
                },
            },
        },
        "wording": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "sources", "sentences"],
                "properties": {
                    "kind": {"enum": ["word", "spelling"]},
                    "sources": {
                        "type": "object",
                        "minProperties": 2,
                        "maxProperties": 2,
                        "additionalProperties": {"type": "string", "minLength": 1},
                    },
                    "sentences": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "minProperties": 2,
                            "additionalProperties": {"type": "integer", "minimum": 0},
                        },
                    },
                },
            },
        },
    },
}
