"""The editor: writes the digest's text and checks every claim of it against the sources.

The verifier's core (claims, evidence, sentences) is pure: text in, claims out.
"""

from newsdesk.editor._brief import Report, StoryBrief
from newsdesk.editor._claims import Evidence, canonical_url, claims_in, unsupported
from newsdesk.editor._diff import StoryChange, TextChange, diff_digests
from newsdesk.editor._edits import (
    TextClaim,
    entry_document,
    entry_from_parts,
    entry_text,
    parse_entry_document,
    unsupported_in,
)
from newsdesk.editor._evaluate import (
    VerifyEvaluation,
    VerifyRecord,
    VerifyResult,
    evaluate_verification,
    read_verify_file,
)
from newsdesk.editor._llm import (
    ChatClient,
    ReplyCache,
    StoreReplyCache,
    client_from_settings,
    require_llm,
    why_offline,
)
from newsdesk.editor._offline import offline_day, offline_entry, offline_more
from newsdesk.editor._sentences import split_sentences
from newsdesk.editor._verify import Verifier, verify_digest
from newsdesk.editor._writer import Writer, draft_digest, verify_written, write_digest

__all__ = [
    "ChatClient",
    "Evidence",
    "ReplyCache",
    "Report",
    "StoreReplyCache",
    "StoryBrief",
    "StoryChange",
    "TextChange",
    "TextClaim",
    "Verifier",
    "VerifyEvaluation",
    "VerifyRecord",
    "VerifyResult",
    "Writer",
    "canonical_url",
    "claims_in",
    "client_from_settings",
    "diff_digests",
    "draft_digest",
    "entry_document",
    "entry_from_parts",
    "entry_text",
    "evaluate_verification",
    "offline_day",
    "offline_entry",
    "offline_more",
    "parse_entry_document",
    "read_verify_file",
    "require_llm",
    "split_sentences",
    "unsupported",
    "unsupported_in",
    "verify_digest",
    "verify_written",
    "why_offline",
    "write_digest",
]
