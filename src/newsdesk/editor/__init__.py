"""The editor: writes the digest's text and checks every claim of it against the sources.

The verifier's core (claims, evidence, sentences) is pure: text in, claims out.
"""

from newsdesk.chinese import ORG_SUFFIXES
from newsdesk.editor._brief import Report, StoryBrief, language_name, zone_name
from newsdesk.editor._chinese_words import word_bounds
from newsdesk.editor._claim_extraction import claims_in, name_spans
from newsdesk.editor._claims import Evidence, unsupported
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
from newsdesk.editor._evidence_index import canonical_url
from newsdesk.editor._facts import Facts, clauses, facts_of, restates, subsumed
from newsdesk.editor._llm import (
    ChatClient,
    ReplyCache,
    StoreReplyCache,
    client_from_settings,
    llm_usable,
    require_llm,
    why_offline,
)
from newsdesk.editor._name_forms import descriptive
from newsdesk.editor._offline import offline_day, offline_entry, offline_more
from newsdesk.editor._roles import role_group
from newsdesk.editor._sentences import split_sentences
from newsdesk.editor._verify import Verifier, verify_digest
from newsdesk.editor._writer import Writer, draft_digest, verify_written, write_digest

__all__ = [
    "ORG_SUFFIXES",
    "ChatClient",
    "Evidence",
    "Facts",
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
    "clauses",
    "client_from_settings",
    "descriptive",
    "diff_digests",
    "draft_digest",
    "entry_document",
    "entry_from_parts",
    "entry_text",
    "evaluate_verification",
    "facts_of",
    "language_name",
    "llm_usable",
    "name_spans",
    "offline_day",
    "offline_entry",
    "offline_more",
    "parse_entry_document",
    "read_verify_file",
    "require_llm",
    "restates",
    "role_group",
    "split_sentences",
    "subsumed",
    "unsupported",
    "unsupported_in",
    "verify_digest",
    "verify_written",
    "why_offline",
    "word_bounds",
    "write_digest",
    "zone_name",
]
