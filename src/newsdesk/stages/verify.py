"""verify: every number, name and link of each draft checked against its sources, and
the checked digest stored with its report."""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsdesk.editor import Verifier, verify_digest
from newsdesk.model import Digest, LLMUsage
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages.select import unavailable_sources
from newsdesk.stages.write import Draft, Drafts, category_names, usage_since


@dataclass(frozen=True, slots=True)
class Verified:
    """The digests verify stored in this run."""

    #: One per draft, in the drafts' order.
    digests: tuple[Digest, ...]


class Verify:
    """Check each draft of the run (the digest's ``verify.policy`` says what happens to
    an unsupported claim: its writer may rewrite it) and store the result as the
    edition's revision, with the LLM calls both took and the sources that were down."""

    name = "verify"

    async def run(self, ctx: StageContext) -> StageResult:
        _, unused = ctx.tools.chat(ctx.store, ctx.now)
        checked = []
        rewrites = []
        for draft in ctx.input(Drafts).drafts:
            final, usage = await verify_draft(ctx, draft, unused)
            ctx.store.save_digest(final, ctx.now)
            checked.append(final)
            rewrites.append(usage)
        return StageResult(
            counts={
                "digests": len(checked),
                "unsupported": sum(len(d.verification.issues) for d in checked),
                "llm_requests": sum(u.requests for u in rewrites),
                "tokens_in": sum(u.tokens_in for u in rewrites),
                "tokens_out": sum(u.tokens_out for u in rewrites),
            },
            output=Verified(tuple(checked)),
        )


async def verify_draft(ctx: StageContext, draft: Draft, unused: str) -> tuple[Digest, LLMUsage]:
    """The draft checked and completed for storing, and the LLM calls its rewrites took."""
    digest = ctx.config.digest(draft.selection.digest)
    names = category_names(ctx.config, digest)
    verifier = Verifier(
        {b.story_id: b for b in draft.briefs},
        digest.language,
        [digest.title, "AI", *names.values()],
    )
    writer = draft.writer
    before = writer.usage()
    checked = await verify_digest(
        draft.digest, verifier, names, policy=digest.verify.policy, rewrite=writer.rewrite
    )
    rewrites = usage_since(before, writer.usage())
    final = replace(
        checked,
        revision=draft.selection.revision,
        usage=LLMUsage(
            calls=draft.usage.calls + rewrites.calls,
            cost=draft.usage.cost + rewrites.cost,
            budget_exhausted=rewrites.budget_exhausted,
            currency=rewrites.currency,
        ),
        fallbacks=(*([unused] if unused else []), *writer.fallbacks),
        unavailable=unavailable_sources(ctx.store, ctx.config, digest, ctx.now),
    )
    return final, rewrites
